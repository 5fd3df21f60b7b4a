"""Motions whose result names the voters on the next line, and movers after "Motion: That ..."."""
# ruff: noqa: E501  (the snippets are minutes lines, one paragraph a line)

from __future__ import annotations

from notes_extract.api import extract_all
from notes_extract.extractors.votes import read_votes

_BOARD = """Board of Trustees Minutes
March 3, 2021

Roll Call
Present:
Ann Lark, chair
Bo Penn, member

Budget Plan (B-2)
The chair opened the item for public comment. After a short discussion, it was moved by Ms. Lark and seconded by Dr. Penn to extend the comment period.
MOTION CARRIED UNANIMOUSLY [Lark, Penn, Ode, Fry].

Ms. Ode thanked the staff for their work on the plan and asked about buses for the district.

It was moved by Dr. Penn, seconded by Ms. Lark, to adopt the plan for the autumn term. MOTION CARRIED 3-1 [AYES: Lark, Penn, Ode; NOES: Fry; ABSTAIN: None].

Adjournment (C)
The meeting was adjourned.
"""

_CLUB = """# Club committee meeting 3/4/2024

Present: Ann Lee, Bo Ode, Cy Fry

## Subscriptions

The current plan costs too much. Motion: That the club subscription is allowed to lapse at the end of the period and members are told in advance.
Moved Ann, seconded Bo. Unanimously passed.

## Special motions

1. That only paid members could stand for the offices of ABCC Cy Fry moved that this motion be accepted. Bo Ode seconded this motion. There were 3 votes in favour and nil against.
"""


def _decisions(text: str, fmt: str) -> list:
    return extract_all(text.encode(), format=fmt)[0].decisions


def test_result_line_naming_voters_closes_the_motion_above() -> None:
    first = _decisions(_BOARD, "text")[0]
    assert first.text.endswith("to extend the comment period.")
    assert first.outcome == "carried"
    assert (first.votes.for_, first.votes.against) == (4, 0)


def test_moved_by_then_seconded_by_then_to_is_the_decision() -> None:
    decisions = _decisions(_BOARD, "text")
    assert len(decisions) == 2
    second = decisions[1]
    assert second.text.startswith("It was moved by Dr. Penn")
    assert (second.proposer, second.seconder) == ("Bo Penn", "Ann Lark")
    assert (second.votes.for_, second.votes.against) == (3, 1)


def test_count_before_bracketed_roll_call_is_the_count() -> None:
    votes = read_votes("MOTION CARRIED 6-2 [AYES: Ann, Bo, Cy, Di, Ed, Flo; NOES: Gus, Hal]")
    assert (votes.for_, votes.against) == (6, 2)


def test_motion_that_is_no_mover() -> None:
    assert _decisions(_CLUB, "markdown")[0].proposer == "Ann Lee"


def test_acronym_before_mover_is_not_the_mover() -> None:
    assert _decisions(_CLUB, "markdown")[1].proposer == "Cy Fry"
