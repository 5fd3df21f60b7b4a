"""Decisions in three plain phrasings that had been missed: a year at the start of a sentence is no vote
count, an adverb before the passive verb ("automatically accepted"), and "Arising from the report it was
agreed" ("report" a noun, not someone reporting)."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_HEAD = "Finance Committee\n4 March 2025\nPresent: Ann Lee, Bob Hart, Cat Ng\n\n1. Budget\n"


@pytest.mark.parametrize(("line", "outcome"), [
    ("The 2024 budget was approved by a vote of 5-0.", "carried"),
    ("The updated policies were automatically accepted.", "carried"),
    ("The grant was initially refused.", "defeated"),
    ("Arising from this report it was AGREED that reserves be moved to savings.", "carried"),
    # "report" a noun before "and": what the body did with the paper, then what it decided
    ("The Council noted the report and agreed to raise the hall fee to £12.", "carried"),
    ("Members received the reports and then resolved to write to the county.", "carried"),
])
def test_a_decision_in_a_plain_phrasing(line: str, outcome: str) -> None:
    record = extract_text(_HEAD + line + "\n\n2. Close\nThe meeting closed.\n", format="text")
    assert [(d.text, d.outcome) for d in record.decisions] == [(line, outcome)]


@pytest.mark.parametrize("line", ["Ann said the council agreed to fund the hall.", "5-0 in favour.",
                                  "Every year money is needed and all help was gratefully accepted."])
def test_reports_and_bare_counts_stay_no_decision(line: str) -> None:
    record = extract_text(_HEAD + line + "\n\n2. Close\nThe meeting closed.\n", format="text")
    assert record.decisions == []
