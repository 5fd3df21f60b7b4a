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
