"""What became of a paper, told after its reading: "..., which were approved." closing the sentence, and
"Approval was given for ...", are decisions of the meeting; a relative clause inside the sentence is not."""

from __future__ import annotations

import pytest

from notes_extract import extract_text


def _decisions(body: str):
    text = ("Riverside Club\nCommittee Meeting held on 12 March 2025\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"
            f"1. Business\n{body}\n\n2. Other business\nNone.\n")
    return extract_text(text, format="text").decisions


@pytest.mark.parametrize("body", [
    "The Secretary read the minutes of the last AGM, which were approved.",
    "The Treasurer presented the accounts, which were adopted.",
    "Approval was given for the new fence.",
])
def test_a_papers_fate_closing_or_opening_the_sentence_is_a_decision(body: str) -> None:
    assert [(d.text, d.outcome) for d in _decisions(body)] == [(body, "carried")]


@pytest.mark.parametrize("body", [
    "The grant, which was approved last year, has been spent.",
    "Bo described the plan, which he had agreed with the council.",
])
def test_a_relative_clause_inside_the_sentence_decides_nothing(body: str) -> None:
    assert _decisions(body) == []
