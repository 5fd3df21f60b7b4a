"""Consent in scribe minutes: a call for objections nobody answers with one, and the
room's assent noted on a line of its own, are decisions (invented snippets)."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord

HEAD = "# Widget group call, 3 March 2025\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"


def markdown(body: str) -> MinutesRecord:
    return extract((HEAD + body).encode(), format="markdown")


def decided(record: MinutesRecord) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.kind, d.outcome) for d in record.decisions]


def test_call_for_objections_answered_with_none_is_a_decision() -> None:
    record = markdown("## Roadmap\n\n- Ann: Any objections to folding the timeline into the plan?\n"
                      "- Bo: no objection, +1 to that\n- Cy: none\n")
    assert decided(record) == [("Any objections to folding the timeline into the plan?", "other", "carried")]
    objected = markdown("## Roadmap\n\n- Ann: Any objections to folding the timeline into the plan?\n"
                        "- Bo: -1, the dates are wrong\n")
    assert decided(objected) == []  # someone is against: no decision


def test_assent_noted_on_a_line_of_its_own_is_a_decision() -> None:
    record = markdown("## Publishing\n\n- Ann: We could publish the draft as a note.\n\n(General agreement)\n")
    assert ("(General agreement)", "agreement", "carried") in decided(record)


def test_chair_taking_the_room_as_consensus_is_a_decision() -> None:
    record = markdown("## Naming\n\n- Bo: Plain names are easier to read.\n"
                      "- Ann: I'll take that as a rough consensus.\n")
    assert decided(record) == [("I'll take that as a rough consensus.", "other", "carried")]


def test_no_objections_under_an_item_is_a_decision_but_a_verdict_is_not() -> None:
    record = markdown("- Agree the agenda\n    - No objections.\n- Planning\n    - 12 Mill Lane, porch\n"
                      "    - No objection\n")
    assert [text for text, _, _ in decided(record)] == ["No objections."]


def test_election_result_under_a_nomination_is_an_election_with_its_count() -> None:
    record = markdown("## Elections\n\n - Cy Rand stands for Treasurer (proposed: Ann, seconded: Bo)\n"
                      " - Elected unanimously (9)\n")
    (decision,) = record.decisions
    assert (decision.kind, decision.proposer, decision.seconder) == ("other", "Ann Lee", "Bo Ode")
    assert decision.votes is not None and (decision.votes.for_, decision.votes.against) == (9, 0)


def test_vote_result_under_its_label_among_turns_is_a_decision() -> None:
    record = markdown("## Merging\n\n- AL: We should fold the two projects into one.\n"
                      "- BO: Fine, once the first is feature-complete.\n- VOTE: Unanimously approved.\n")
    assert decided(record) == [("VOTE: Unanimously approved.", "other", "carried")]
