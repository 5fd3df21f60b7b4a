"""Formal motion wordings, votes and team agreements (invented snippets, one shape a test)."""

from notes_extract.api import extract_all
from notes_extract.extractors.decisions import decision_kind, decisions_in
from notes_extract.extractors.votes import read_votes
from notes_extract.models import Decision
from notes_extract.nlp import sentences
from notes_extract.people import Roster

ROSTER = Roster([])


def _decisions(*points: str) -> list[Decision]:
    return [d for _, d in decisions_in([sentences(p) for p in points], ROSTER, section=None)]


def _record_decisions(markdown: str) -> list[dict]:
    (record,) = extract_all(markdown.encode(), format="markdown")
    return record.model_dump(mode="json")["decisions"]


def test_proposed_by_names_with_initials_then_that() -> None:
    (motion,) = _decisions("It was proposed by Mrs. Vale and seconded by K. Orme that the minutes of 2 May be "
                           "signed as a correct record.")
    assert (motion.kind, motion.proposer, motion.seconder) == ("motion", "Vale", "K. Orme")


def test_movers_then_dash_then_what_they_move() -> None:
    (motion,) = _decisions("Proposed by T. Wren and seconded by Mrs. Vale - the clerk be appointed.")
    assert (motion.kind, motion.proposer, motion.seconder) == ("motion", "T. Wren", "Vale")


def test_terse_movers_before_lower_case_wording() -> None:
    (motion,) = _decisions("Hall hire £20.00 - Lamps £13.50 - proposed T. Wren seconded J. Ash pass for payment.")
    assert motion.text.startswith("Hall hire")
    assert (motion.proposer, motion.seconder) == ("T. Wren", "J. Ash")


def test_a_moved_point_is_no_detail_of_the_motion_before() -> None:
    found = _decisions("It was proposed by J. Ash, seconded by T. Wren that the accounts be adopted.",
                       "Treasurer. Proposed by T. Wren and seconded by J. Ash - the clerk be appointed.")
    assert [d.proposer for d in found] == ["J. Ash", "T. Wren"]


def test_seconded_election_is_kind_other() -> None:
    (election,) = _decisions("Nominations were called for and Mrs. Vale proposed T. Wren, this was seconded by "
                             "J. Ash and T. Wren was duly elected.")
    assert (election.kind, election.outcome) == ("other", "carried")


def test_mover_with_seconder_in_brackets() -> None:
    (motion,) = _decisions("Member Orme moved (Member Vale seconded) to approve the minutes of the May meeting.")
    assert (motion.kind, motion.proposer, motion.seconder) == ("motion", "Orme", "Vale")
    assert motion.text.startswith("Member Orme moved")


def test_roll_call_counts_with_noes() -> None:
    votes = read_votes("AYES: 4; NOES 1; ABSENT: 2.")
    assert votes is not None and (votes.for_, votes.against) == (4, 1)


def test_roll_call_line_is_no_section_and_no_attendance() -> None:
    found = _record_decisions("# Board\n\nPresent: Ann Orme, Bo Vale\n\n## Minutes\n\n"
                              "Member Orme moved to approve the minutes.\n\n"
                              "AYES: 4; NOES 1; ABSENT: 2. Motion carries.\n\n"
                              "Chair Vale tabled consideration of the June minutes.\n")
    assert [(d["kind"], d["outcome"]) for d in found] == [("motion", "carried"), ("other", "deferred")]
    assert found[0]["votes"] == {"for": 4, "against": 1, "abstain": 0}


def test_movers_lines_then_and_resolved() -> None:
    (resolution,) = _decisions("Copy of the draft minutes circulated.", "Proposed by Councillor Orme;",
                               "Seconded by Councillor Vale;", "And Resolved:",
                               "“That, the draft minutes be taken as read and signed”")
    assert resolution.text.startswith("“That, the draft minutes")
    assert (resolution.kind, resolution.outcome) == ("resolution", "carried")
    assert (resolution.proposer, resolution.seconder) == ("Orme", "Vale")


def test_agreeing_with_a_view_decides_nothing() -> None:
    assert decision_kind("Members broadly agreed with the sentiment of the proposal.") is None


def test_passive_team_agreements() -> None:
    assert decision_kind("Database schema agreed between team members.") == "agreement"
    assert decision_kind("Release dates agreed upon.") == "agreement"
    assert decision_kind("Agreements made for everyone to keep testing over the holiday") == "agreement"


def test_decision_on_hold_is_deferred_with_what_it_puts_off() -> None:
    (deferred,) = _decisions("Someone suggested moving the picnic to June.  The decision is on hold.")
    assert (deferred.kind, deferred.outcome) == ("other", "deferred")
    assert deferred.text.startswith("Someone suggested")


def test_question_the_poll_answers() -> None:
    (answered,) = _decisions("Should we move the chat to a new server? Poll said yes")
    assert (answered.kind, answered.outcome) == ("other", "carried")


def test_senate_verdict_with_vote_code() -> None:
    (confirmed,) = _decisions("DO CONFIRM, 902, ANN ORME, TREASURER")
    assert (confirmed.kind, confirmed.outcome) == ("other", "carried")
    assert confirmed.votes is not None and (confirmed.votes.for_, confirmed.votes.against,
                                            confirmed.votes.abstain) == (9, 0, 2)
    assert decision_kind("As amended, DO APPROVE.") == "other"


def test_motion_ending_withdraw_is_withdrawn() -> None:
    (withdrawn,) = _decisions("Orme motion to recess, withdraw.")
    assert withdrawn.outcome == "withdrawn"


def test_conditional_decides_nothing() -> None:
    assert decision_kind("If we reach consensus on this we can be very powerful.") is None
    assert decision_kind("If the hall is booked it was agreed that the fete moves to the green.") == "agreement"
