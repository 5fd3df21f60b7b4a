"""Decisions read from wild minutes' recurring shapes (session 13, branch hd): each test an invented snippet."""

from __future__ import annotations

from notes_extract.api import extract_text


def _decisions(text: str) -> list:
    return extract_text(text, format="markdown").decisions


# A motion put in the passive or as "There was a motion ...", its result told in the next sentence: one decision.
def test_motion_made_then_that_motion_seconded_and_passed_is_one_decision() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## Garden plots\n\nThe panel met three applicants. "
                       "A motion was made to admit all three. That motion was seconded and passed unanimously.\n")
    assert len(found) == 1
    assert found[0].kind == "motion" and found[0].outcome == "carried"
    assert found[0].text.startswith("A motion was made to admit all three.")


def test_there_was_a_motion_for_then_the_motion_passed_is_one_decision() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## New business\n\n"
                       "There was a motion for a gift of $50 to the youth choir. "
                       "The motion was seconded and the motion passed.\n")
    assert len(found) == 1
    assert found[0].kind == "motion" and found[0].outcome == "carried"
    assert "gift of $50" in found[0].text


# "X moved approval of ...": what is moved named as a noun (US usage), seconded in the next sentence.
def test_moved_approval_of_is_a_motion_with_its_seconder() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\nPresent: Tara Vell, Omar Quist\n\n## Minutes\n\n"
                       "Tara Vell moved approval of the minutes of the March meeting. "
                       "Omar seconded the motion, which was unanimously passed.\n")
    assert len(found) == 1
    decision = found[0]
    assert decision.kind == "motion" and decision.outcome == "carried"
    assert decision.proposer == "Tara Vell" and decision.seconder == "Omar Quist"


# "Motion: Move to ...": the label's text starts with a verb, which is no mover.
def test_motion_label_over_a_verb_names_no_mover() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\nPresent: Tara Vell, Omar Quist\n\n## Elections\n\n"
                       "- Motion: Move to elect Omar Quist as Treasurer\n- Moved by: Tara Vell\n"
                       "- Seconded by: Omar Quist\n")
    assert found and found[0].proposer == "Tara Vell"


def test_motion_label_over_withdraw_names_no_mover() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## Budget\n\nMotion: Withdraw the earlier motions.\n")
    assert all(d.proposer is None for d in found)


def test_motion_label_over_a_name_ends_the_name_at_the_seconders_word() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## Budget\n\n"
                       "Approve the budget. Motion: Tara Vell Second: Omar Quist. Carried.\n")
    assert found and found[0].proposer == "Tara Vell"


# A question the room answers for itself: "Unanimous yes" after it, or the room's answer nested under it.
def test_unanimous_yes_after_a_question_is_the_question_decided() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## Summer fair\n\n"
                       "The hall quote was reasonable. Book the hall for the fair? Unanimous yes. "
                       "Flyers are printed next week.\n")
    assert len(found) == 1
    assert found[0].text == "Book the hall for the fair? Unanimous yes."
    assert found[0].kind == "other" and found[0].outcome == "carried"


def test_consensus_yes_nested_under_a_question_is_the_question_decided() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## Calendar\n\n"
                       "* Should we skip the August meeting?\n    * Consensus --- yes; we meet again in September\n"
                       "* Tara: can the shed key be copied?\n    * Yes, at the hardware shop\n")
    # one person's bare "Yes" under a question in a point of its own is a reply, not the room's decision
    assert len(found) == 1
    assert found[0].text.startswith("Should we skip the August meeting? Consensus")
    assert found[0].outcome == "carried"


# "Committee: The Board approved ...": a committee's or topic's name as a short label, then the sentence that decides.
def test_a_committee_label_before_the_deciding_sentence_is_a_decision() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## Committee reports\n\n"
                       "Grounds & Paths (GP): The Board approved new gravel for the east path.\n\n"
                       "Status: approved (2024-05-10)\n")
    # a status field decides nothing here
    assert [d.text for d in found] == ["Grounds & Paths (GP): The Board approved new gravel for the east path."]
    assert found[0].outcome == "carried"
    # the labelled committee's own report, subjectless or a bare result, is not the meeting's decision
    from notes_extract.extractors.decision_kinds import decision_kind

    assert decision_kind("Paths Group: Reviewed and approved the gravel plan.") is None
    assert decision_kind("HWG: the paths charter approved") is None


# "No consensus was reached", "We did not have consensus ...": none reached, no decision.
def test_consensus_not_reached_is_no_decision() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## Logo\n\n"
                       "No consensus was reached on the colour.\n\n"
                       "We did not have consensus which font is better; both have merits.\n\n"
                       "Consensus was reached to keep the old name.\n")
    assert [d.text for d in found] == ["Consensus was reached to keep the old name."]


# "The membership voted to accept ...", "Voted to continue ...": the vote's result is the act voted for.
def test_voted_to_do_something_is_carried() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## Roof\n\n"
                       "The members voted to repair the roof before winter.\n\n"
                       "## Grants\n\nVoted to renew the music grant for a year.\n")
    assert [(d.kind, d.outcome) for d in found] == [("motion", "carried"), ("motion", "carried")]


# "A second meeting to follow up ...": an article before "second" is no seconder.
def test_a_second_meeting_is_no_seconded_motion() -> None:
    found = _decisions("# Rowan Club minutes, 3 May 2024\n\n## To be discussed\n\n"
                       "* Issue 12: Move the shed door to the east side\n"
                       "* A second work day to follow up on the one in April\n")
    assert found == []


# Under an elections item, an item's own fields ("Presenter: Ann", "Discussion: None", "Vote: Unanimous"), a
# hyphenated word ("Co-chairs") and an office left empty ("Secretary: None") name no one elected.
def test_election_item_fields_are_no_results() -> None:
    from notes_extract.extractors.elections import election_result
    from notes_extract.people import Roster

    roster = Roster(["Tara Vell"])
    texts = ["Presenter: Tara", "Discussion: None", "Vote: Unanimous", "Co-chairs", "Secretary: None"]
    assert [election_result(t, roster, section="Officer Elections") for t in texts] == [None] * len(texts)
    held = election_result("Vice-Chair - Tara Vell", roster, section="Officer Elections")
    assert held is not None and held.outcome == "carried"
