"""Formal motions and what follows them (invented minutes): a bare result line closes the
motion above it, movers named by other verbs, a carried order to a person is also their
action, and tally lines are the motion's votes."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import Decision, MinutesRecord

_HEAD = "# Rowing club committee\n\n## Present\n\n- Nina Marsh\n- Owen Pryce\n- Ravi Soto\n\n"


def _markdown(body: str) -> MinutesRecord:
    return extract((_HEAD + body).encode(), format="markdown")


def _only(record: MinutesRecord) -> Decision:
    [decision] = record.decisions
    return decision


def test_result_line_after_a_proposal_carries_that_proposal() -> None:
    record = _markdown("## Membership\n\n- Nina Marsh proposed that Tam Kerr be invited to join as a member.\n\n"
                       "  Motion carried unanimously.\n")
    decision = _only(record)
    # the motion's own wording first (its result may follow it in the same item's text)
    assert decision.text.startswith("Nina Marsh proposed that Tam Kerr be invited to join as a member.")
    assert (decision.kind, decision.outcome, decision.proposer) == ("motion", "carried", "Nina Marsh")


def test_result_line_under_a_heading_and_its_mover_carries_the_heading() -> None:
    record = _markdown("## Adopt the boat rota\n\nProposed by: Owen\n\nAs circulated on Monday.\n\n"
                       "Unanimously approved.\n")
    decision = _only(record)
    assert (decision.text, decision.outcome, decision.proposer) == ("Adopt the boat rota", "carried", "Owen Pryce")


def test_assent_after_a_moved_motion_seconds_it() -> None:
    record = _markdown("## Reports\n\nRavi moved that the captain's report be adopted and Owen agreed.\n")
    decision = _only(record)
    assert (decision.proposer, decision.seconder) == ("Ravi Soto", "Owen Pryce")


def test_name_opening_a_sentence_seconded_at_its_end_moved_it() -> None:
    record = _markdown("## Minutes\n\nOwen accepted the minutes as a true record and Nina seconded.\n")
    decision = _only(record)
    assert (decision.proposer, decision.seconder) == ("Owen Pryce", "Nina Marsh")


def test_attendee_named_before_motion_moved_it() -> None:
    record = _markdown("## Closing\n\nRavi motion to adjourn.\n")
    assert _only(record).proposer == "Ravi Soto"


def test_carried_order_to_a_person_is_also_their_action() -> None:
    # an order to the body itself, or an appointment ("should serve"), sets no one a task
    record = _markdown("## Trailer\n\nNina should sell the old trailer to the sailing club.\n\nProposed by: Ravi\n\n"
                       "Unanimously approved.\n\n## Website\n\nThe committee should publish these notes online.\n\n"
                       "Proposed by: Nina\n\nCarried.\n\n## Safety\n\nIt was proposed by Nina and seconded by Owen "
                       "that Ravi should serve as safety officer. Carried.\n")
    assert [d.outcome for d in record.decisions] == ["carried"] * 3
    [action] = record.actions
    assert action.text == "Nina should sell the old trailer to the sailing club."
    assert [o.name for o in action.owners] == ["Nina Marsh"]


def test_tally_lines_under_a_motion_are_its_votes() -> None:
    record = _markdown("## Fees\n\nOwen Pryce moved that the boat fee be raised.\n\n- For: 6\n- Against: 1\n"
                       "- Abstain: Tam Kerr, Uma Lind\n\nCarried.\n")
    decision = _only(record)
    assert decision.text == "Owen Pryce moved that the boat fee be raised."
    assert decision.votes is not None
    assert (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (6, 1, 2)


def test_abstainers_under_a_confirmation_are_no_election() -> None:
    text = ("Rowing club committee\nMarch 3, 2024\n\nI. ROLL CALL\n\nPresent: Marsh, Pryce, Soto\n\n"
            "II. APPOINTMENTS\n\nMarsh spoke for the nominee.\n\nDO CONFIRM, 301, TAM KERR, BOATMAN\n"
            "Abstain: Pryce\n\nIII. REPORTS\n\nNothing to report.\n")
    record = extract(text.encode(), format="text")
    assert [d.text for d in record.decisions] == ["DO CONFIRM, 301, TAM KERR, BOATMAN"]
