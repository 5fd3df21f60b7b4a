"""Decisions in plain prose forms that had been missed (session 18): an adverb after "resolved", "It was
generally agreed", "The decision was that ...", "voted 5 to 2 to ...", "Members were unanimous that ...",
"put to the meeting and passed", and a deciding sentence with a clause of its own that ends in a colon over
its list. Statements still to come or bare labels over decisions stay as before."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_HEAD = "Village Club Committee\n4 March 2025\nPresent: Ann Lee, Bob Hart, Cat Ng\n\n1. Club matters\n"
_TAIL = "\n\n2. Close\nThe meeting closed.\n"


@pytest.mark.parametrize(("line", "kind"), [
    ("Members resolved unanimously to support the application.", "resolution"),
    ("The Committee resolved unanimously that the fee be held.", "resolution"),
    ("It was generally agreed that the website needed updating.", "agreement"),
    ("It was broadly agreed that the fete should move to June.", "agreement"),
    ("The decision was to order twenty new shirts.", "agreement"),
    ("Decision was that standard kit suppliers are fine.", "agreement"),
    ("Councillors voted 5 to 2 to adopt the streetlights.", "motion"),
    ("The committee voted 8-7 in favour of objecting to the plan.", "motion"),
    ("Members were unanimous that the car park should be resurfaced.", "agreement"),
    ("The committee was unanimous in approving the new kit.", "agreement"),
    ("The amendments to the rules, as circulated, were put to the meeting and passed unanimously.", "other"),
])
def test_a_decision_in_a_prose_form(line: str, kind: str) -> None:
    record = extract_text(_HEAD + line + _TAIL, format="text")
    assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [(line, kind, "carried")]


@pytest.mark.parametrize("line", ["The decision was to be made at the AGM.",
                                  "The decision is to be taken next month."])
def test_a_decision_still_to_come_is_none(line: str) -> None:
    record = extract_text(_HEAD + line + _TAIL, format="text")
    assert record.decisions == []


_LIST = "\n- new nets\n- a coaching day\n"


@pytest.mark.parametrize("lead", [
    "It was decided that the club would proceed with the following:",
    "The committee agreed that the newsletter should cover these topics, in order and briefly:",
])
def test_a_deciding_sentence_over_its_list_is_the_decision(lead: str) -> None:
    record = extract_text("# Club notes, 4 March 2025\n\n## Plans\n\n" + lead + "\n" + _LIST, format="markdown")
    assert [(d.text, d.kind) for d in record.decisions] == [(lead, "agreement")]


def test_a_list_agreed_to_by_the_members_is_no_clause_of_its_own() -> None:
    lead = "Future meeting dates were agreed to by all Council members:"
    record = extract_text("# Club notes, 4 March 2025\n\n## Plans\n\n" + lead + "\n" + _LIST, format="markdown")
    assert lead not in [d.text for d in record.decisions]


def test_one_sentence_of_several_elections_is_one_decision_each() -> None:
    line = ("Election of officers: AL was elected as Chair (proposed BH, seconded CN); BH was elected as Secretary "
            "(proposed AL, seconded by CN), and CN was elected as Treasurer (proposed AL, seconded by BH).")
    record = extract_text(_HEAD.replace("Club matters", "Annual meeting") + line + _TAIL, format="text")
    assert [(d.text, d.kind, d.proposer, d.seconder) for d in record.decisions] == [
        ("AL was elected as Chair (proposed BH, seconded CN)", "other", "Bob Hart", "Cat Ng"),
        ("BH was elected as Secretary (proposed AL, seconded by CN)", "other", "Ann Lee", "Cat Ng"),
        ("CN was elected as Treasurer (proposed AL, seconded by BH).", "other", "Ann Lee", "Bob Hart")]


def test_an_election_and_a_clause_of_another_kind_stay_one_sentence() -> None:
    line = "Ann Lee was elected Chair, and the meeting thanked her."
    record = extract_text(_HEAD + line + _TAIL, format="text")
    assert [d.text for d in record.decisions] == [line]


_ELECTIONS = "Society AGM\n4 March 2025\nPresent: Ann Lee, Bob Hart, Cat Ng\n\n1. Election of officers\n"


@pytest.mark.parametrize("line", ["Both: Yes.", "Bob: no",
                                  "The Chair has previously appointed Cat Ng as the returning officer."])
def test_candidates_and_answers_under_an_elections_item_are_no_results(line: str) -> None:
    text = "# Society AGM, 4 March 2025\n\n## Election of officers\n\n- Will you run the walks?\n    - " + line + "\n"
    record = extract_text(text, format="markdown")
    assert record.decisions == []


@pytest.mark.parametrize(("line", "proposer", "seconder"), [
    ("Secretary – Bob Hart – proposed Ann Lee, seconded Cat Ng", "Ann Lee", "Cat Ng"),
    ("President – Ann Lee, nominated by Bob Hart, seconded by Cat Ng;", "Bob Hart", "Cat Ng"),
])
def test_an_office_and_its_holder_with_movers_after_a_dash_or_comma(line: str, proposer: str, seconder: str) -> None:
    record = extract_text(_ELECTIONS + line + _TAIL, format="text")
    assert [(d.text, d.kind, d.proposer, d.seconder) for d in record.decisions] == [
        (line, "other", proposer, seconder)]


def test_the_candidates_line_over_the_result_is_no_election() -> None:
    text = ("Society AGM\n4 March 2025\n\n1. Election of Chair\nVoting:\n- Candidates: Ann Lee, Bob Hart\n"
            "- Ann Lee is elected Chair\n\n2. Close\nThe meeting closed.\n")
    assert [d.text for d in extract_text(text, format="text").decisions] == ["Ann Lee is elected Chair"]


@pytest.mark.parametrize("line", ["The Parish Council agreed to await further quotes before awarding a contract.",
                                  "The Steering Group agreed to replace the boiler.",
                                  "The PCC gave approval for the boiler to be replaced.",
                                  "The Vestry agreed to replace the boiler."])
def test_a_body_named_in_several_words_decides(line: str) -> None:
    record = extract_text(_HEAD + line + _TAIL, format="text")
    assert [(d.text, d.outcome) for d in record.decisions] == [(line, "carried")]


@pytest.mark.parametrize("line", ["The Deputy Chief Executive agreed to request a further consultation.",
                                  "Ann Lee agreed to circulate the paper."])
def test_an_officer_or_a_person_agreeing_to_act_decides_nothing(line: str) -> None:
    record = extract_text(_HEAD + line + _TAIL, format="text")
    assert record.decisions == []


@pytest.mark.parametrize("line", ["We'll go with option B for the build system.", "We’ll go with Netlify for hosting."])
def test_the_team_choosing_with_a_contracted_will(line: str) -> None:
    record = extract_text("# Team notes, 4 March 2025\n\n## Tooling\n\n- " + line + "\n", format="markdown")
    assert [(d.text, d.kind) for d in record.decisions] == [(line, "other")]


@pytest.mark.parametrize(("line", "kind", "outcome"), [
    ("The minutes of the previous meeting were taken as read and signed.", "other", "carried"),
    ("Consent was given for the scouts to use the hall.", "other", "carried"),
    ("The board authorized the treasurer to open a savings account.", "other", "carried"),
    ("The committee opted to keep fees unchanged.", "agreement", "carried"),
    ("Following discussion the committee settled on a fee of £40.", "agreement", "carried"),
    ("Members voted by a show of hands to raise the fee.", "motion", None),
])
def test_leave_given_and_choices_made_by_the_body(line: str, kind: str, outcome: str | None) -> None:
    record = extract_text(_HEAD + line + _TAIL, format="text")
    assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [(line, kind, outcome)]


def test_results_written_into_an_annotated_agenda() -> None:
    text = ("# Faculty meeting, 4 March 2025\n\nAgenda:\n\n"
            "1. Election for secretary (Ann Lee elected for a 3 year term.)\n"
            "2. Review of minutes of 16 October (passed)\n3. Report from the Dean (to be approved next time)\n"
            "4. Report from the Dean.\n\nThe Dean reported on the budget.\n")
    record = extract_text(text, format="markdown")
    assert [(d.text, d.section) for d in record.decisions] == [
        ("Ann Lee elected for a 3 year term.", "Election for secretary"),
        ("Review of minutes of 16 October (passed)", "Review of minutes of 16 October")]
