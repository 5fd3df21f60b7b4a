"""A motion's result sentence saying two ways the vote went ("Motion passed unanimously by voice vote.",
"Motion carried on a vote of 5-2."): the motion's outcome, not a decision of its own. Invented minutes."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

HEAD = "Minutes of the Board meeting, 3 March 2025\n\nPresent: Ann Lee (Chair), Bo Ode, Cy Rand\n\n1. Budget\n"


@pytest.mark.parametrize("result", [
    "Motion passed unanimously by voice vote.",
    "Motion passed unanimously on a roll call vote.",
    "Motion carried on a vote of 5-2.",
    "The motion carried on a show of hands.",
])
def test_a_result_with_its_vote_completes_the_motion(result: str) -> None:
    record = extract_text(HEAD + f"Motion made and seconded to adopt the budget. {result}\n", format="text")
    assert [(d.text, d.outcome) for d in record.decisions] == [
        (f"Motion made and seconded to adopt the budget. {result}", "carried")]


def test_a_motion_with_no_result_stated_has_no_outcome() -> None:
    record = extract_text(HEAD + "A motion was made and seconded to approve the budget.\n", format="text")
    assert [(d.text, d.outcome) for d in record.decisions] == [
        ("A motion was made and seconded to approve the budget.", None)]


PARISH = ("Minutes of the Parish Council meeting, 3 March 2025\n\n"
          "Present: Cllr Ann Lee (Chair), Cllr Bo Ode, Cllr Cy Rand\n\n1. Planning\n")


@pytest.mark.parametrize("line", [
    "On a proposal from Cllr Ode, seconded by Cllr Rand, it was resolved to raise no objection.",
    "A proposal by Cllr Ode, seconded by Cllr Rand, that the precept be set at 20,000 pounds was carried.",
    "Following a proposal from Cllr Ode, seconded by Cllr Rand, the Council agreed to buy a bench.",
    "Cllr Ode put forward a motion to raise no objection, seconded by Cllr Rand. All in favour.",
])
def test_a_proposal_from_a_member_names_the_mover(line: str) -> None:
    record = extract_text(PARISH + line + "\n", format="text")
    assert [(d.proposer, d.seconder) for d in record.decisions] == [("Bo Ode", "Cy Rand")]


def test_the_proposal_referred_to_names_no_mover() -> None:
    line = "The Council agreed a design consistent with the proposal by Cllr Ode.\n"
    record = extract_text(PARISH + line, format="text")
    assert [d.proposer for d in record.decisions] == [None]


def test_this_was_carried_decides_the_proposal_before_it() -> None:
    line = "There was a proposal from Cllr Ode, seconded by Cllr Rand, that the Council object. This was carried.\n"
    record = extract_text(PARISH + line, format="text")
    assert [(d.text, d.outcome) for d in record.decisions] == [(line.strip(), "carried")]
