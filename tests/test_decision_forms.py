"""Decisions and tasks said in other words: a proposal rejected or deferred in the passive, the items
of a "Decisions" heading. Invented minutes."""

from __future__ import annotations

import pytest

from notes_extract import extract

HEAD = "Minutes of the Committee meeting held on 12 March 2024\n\nPresent: Ann Lee, Bo Ode, Cy Rand, Di Fox\n\n"


@pytest.mark.parametrize("sentence,outcome", [("The proposal to close the bar was rejected.", "defeated"),
                                              ("The request for a grant was refused.", "defeated"),
                                              ("The decision on fees was deferred to the next meeting.", "deferred")])
def test_a_proposal_rejected_or_deferred_in_the_passive_is_a_decision(sentence: str, outcome: str) -> None:
    record = extract((HEAD + f"1. Bar\n{sentence}\n").encode(), format="markdown")
    assert [(d.text, d.outcome) for d in record.decisions] == [(sentence, outcome)]


@pytest.mark.parametrize("heading", ["Decisions", "Decisions made", "Approved"])
def test_the_items_under_a_decisions_heading_are_decisions(heading: str) -> None:
    text = HEAD + f"## {heading}\n\n- The 2024 budget\n- Use the new logo from May\n\n## Hall\n\nThe hall is fine.\n"
    record = extract(text.encode(), format="markdown")
    assert [(d.text, d.section) for d in record.decisions] == [("The 2024 budget", heading),
                                                               ("Use the new logo from May", heading)]


@pytest.mark.parametrize("sentence", ["Amongst other things, we decided we would join the walking network.",
                                      "In addition, we agreed to meet monthly."])
def test_a_team_decision_after_a_short_lead_in_phrase(sentence: str) -> None:
    record = extract((HEAD + f"1. Plans\n{sentence}\n").encode(), format="markdown")
    assert [d.text for d in record.decisions] == [sentence]


def test_arrangements_confirmed_in_the_passive_are_a_decision_but_news_confirmed_is_not() -> None:
    text = HEAD + ("1. Walks\nThe arrangements for the October walk were confirmed.\n"
                   "It was confirmed that the grant had arrived.\n")
    record = extract(text.encode(), format="markdown")
    assert [d.text for d in record.decisions] == ["The arrangements for the October walk were confirmed."]
