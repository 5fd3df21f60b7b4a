"""Motions and decisions written in prose: a motion told over several sentences, a body's
decision after a lead-in clause, agreements and deferrals in other wordings (invented snippets)."""

import pytest

from notes_extract import api
from notes_extract.extractors.decisions import decision_kind, decisions_in, read_decision
from notes_extract.extractors.votes import read_votes
from notes_extract.nlp import sentences
from notes_extract.people import Roster

ROSTER = Roster(["Kim Park", "Lee Ford", "Dana Holt"])


def _decisions(*points: str) -> list:
    return [d for _, d in decisions_in([sentences(p) for p in points], ROSTER, section="Business")]


def test_motion_over_sentences_is_one_decision() -> None:
    found = _decisions("Kim Park moved that the report be accepted. This was seconded by Lee Ford. "
                       "There were 7 votes for and nil against this motion.")
    assert len(found) == 1
    motion = found[0]
    assert motion.text.endswith("nil against this motion.")
    assert (motion.kind, motion.proposer, motion.seconder, motion.outcome) == ("motion", "Kim Park", "Lee Ford",
                                                                                 "carried")
    assert motion.votes is not None and motion.votes.model_dump(by_alias=True) == {"for": 7, "against": 0,
                                                                                   "abstain": 0}


def test_seconded_and_agreed_sentence_completes_the_motion() -> None:
    found = _decisions("Dana Holt moved that the hall fee be raised. Seconded by Kim Park and unanimously agreed to.",
                       "Lee Ford moved that the raffle go ahead.")
    assert [d.text for d in found] == [
        "Dana Holt moved that the hall fee be raised. Seconded by Kim Park and unanimously agreed to.",
        "Lee Ford moved that the raffle go ahead."]
    assert (found[0].seconder, found[0].outcome) == ("Kim Park", "carried")
    assert found[1].seconder is None


def test_motion_on_the_statement_before_it() -> None:
    found = _decisions("That a mascot be adopted. Lee Ford moved that this motion be accepted. "
                       "Dana Holt seconded this motion. There were 6 votes in favour and nil against.")
    assert len(found) == 1
    assert found[0].text.startswith("That a mascot be adopted. Lee Ford moved")
    assert (found[0].proposer, found[0].seconder, found[0].outcome) == ("Lee Ford", "Dana Holt", "carried")


def test_passive_vote_count() -> None:
    votes = read_votes("8 votes were recorded for this motion with nil against.")
    assert votes is not None and votes.model_dump(by_alias=True) == {"for": 8, "against": 0, "abstain": 0}


@pytest.mark.parametrize(
    ("text", "kind", "outcome"),
    [
        ("After some debate, the Trustees approved the new budget.", "other", "carried"),
        ("Following the presentation, the board agreed to fund the pilot.", "agreement", "carried"),
        ("The bins were discussed at length, however all agreed that a rota is needed.", "agreement", "carried"),
        ("Agreement from Kim and Lee.", "agreement", "carried"),
        ("The minutes of the last meeting were read and confirmed.", "other", "carried"),
        ("We came to clarity that the library fund should close.", "agreement", "carried"),
        ("The question of the caretaker's wage to stand over until next meeting.", "other", "deferred"),
        ("The paving scheme can wait until the next meeting.", "other", "deferred"),
        ("Approved by the Trustees and will be filed with the accounts.", "other", "carried"),
        ("Approved by all.", "agreement", "carried"),
        ("Motion for the new kit carried unanimously.", "motion", "carried"),
        ("The following trustees were also elected: Kim Park, Lee Ford.", "other", "carried"),
    ],
)
def test_other_decision_wordings(text: str, kind: str, outcome: str | None) -> None:
    decision = read_decision(text, ROSTER, section=None)
    assert decision is not None
    assert (decision.kind, decision.outcome) == (kind, outcome)


@pytest.mark.parametrize(
    "text",
    [
        "After the break, Kim presented the accounts.",
        "Lee explained that the parish council approved the scheme.",
        "The dates were confirmed by email.",
        "We will wait for the quote.",
        "Motion suggestion for the AGM: publish the accounts a week earlier",
        "Motion to be put to the general meeting: raise the membership fee",
    ],
)
def test_not_decisions(text: str) -> None:
    assert decision_kind(text) is None


COUNCIL = Roster(["Cllr Mrs Ann Lane", "Cllr Bo Ward", "Cllr Cy Hand"])


def _council(*points: str) -> list:
    return [d for _, d in decisions_in([sentences(p) for p in points], COUNCIL, section="Minutes")]


def test_councillor_proposed_seconded_then_result() -> None:
    found = _council("Cllr Mrs Lane proposed acceptance of the accounts seconded by Cllr Ward. Unanimously Agreed")
    assert len(found) == 1
    assert found[0].text.startswith("Cllr Mrs Lane proposed acceptance")
    assert (found[0].kind, found[0].outcome) == ("motion", "carried")
    assert found[0].seconder is not None and "Ward" in found[0].seconder


def test_proposed_and_seconded_without_result_is_a_motion() -> None:
    found = _council("Cllr Hand proposed closing the meeting seconded by Cllr Ward")
    assert [(d.kind, d.outcome) for d in found] == [("motion", None)]


def test_proposed_and_seconded_election_is_one_decision() -> None:
    found = _council("It was proposed and seconded that Cllr Hand should remain as Chair. "
                     "With no other nominations Cllr Hand was duly elected.")
    assert len(found) == 1
    assert found[0].text.endswith("duly elected.")
    assert (found[0].kind, found[0].outcome) == ("other", "carried")


def test_mover_and_seconder_before_the_quoted_resolution() -> None:
    found = _council("The Mayor moved and Cr Ward seconded \u201cThat the rates be struck at 2d in the pound\u201d. "
                     "This was carried, Crs Hand and Lane voting against the motion.")
    assert len(found) == 1
    assert found[0].text.startswith("The Mayor moved and Cr Ward seconded")
    assert found[0].outcome == "carried"


def test_bare_proposal_then_meeting_approved() -> None:
    found = _council("Nominate Ann Lane to the garden committee. Meeting approved.")
    assert [d.text for d in found] == ["Nominate Ann Lane to the garden committee. Meeting approved."]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Cr Bell moved, Cr Ames seconded and it was carried \u201cThat this Board do now adjourn until "
         "Thursday next 14th inst.\u201d", "1911-03-14"),
        ("The meeting adjourned until the 2nd prox.", "1911-04-02"),
    ],
)
def test_next_meeting_from_an_adjournment_motion(line: str, date: str) -> None:
    text = f"Minutes of the Board meeting held on Thursday 9th March 1911.\n\nPresent: Crs Bell and Ames.\n\n{line}\n"
    record = api.extract(text.encode(), format="text")
    assert record.next_meeting is not None
    assert record.next_meeting.date == date
