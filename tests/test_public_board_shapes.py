"""Minutes of public boards and commissions (councils, districts, authorities) in the shapes
their clerks write: roman-numbered agenda headings from "I. Call to Order", lettered items
under a heading that only groups them, "Presented by ..." lines. Every snippet is invented.
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def markdown(data: str) -> MinutesRecord:
    return extract(data.encode(), format="markdown")


_BOARD = """## I. Call to Order

Chair Okafor called the meeting to order at 6:00 p.m.

## II. Pledge of Allegiance

Led by Director Vance.

## III. Treasurer's Report

Presented by Board Treasurer Lindqvist.

## IV. Recommended Action

### A. Bus Shelter Lighting Contract

For the Board to award the lighting contract.

Director Vance made the motion to award the contract. Director Poole seconded the motion.

### B. Fare Review Timeline

Director Poole made the motion to adopt the timeline. Director Marsh seconded the motion.

## V. Adjourn

Chair Okafor adjourned the meeting at 7:10 p.m.
"""


def test_minutes_opening_with_item_one_have_no_title_and_keep_the_item() -> None:
    record = markdown(_BOARD)
    assert record.meeting.title is None  # neither "I. Call to Order" nor the sentence under it
    assert [s.title for s in record.sections][:2] == ["Call to Order", "Pledge of Allegiance"]
    assert record.meeting.start_time == "18:00"


def test_lettered_items_under_a_heading_that_only_groups_them_are_the_sections() -> None:
    titles = [s.title for s in markdown(_BOARD).sections]
    assert "Recommended Action" not in titles
    assert titles[3:5] == ["Bus Shelter Lighting Contract", "Fare Review Timeline"]


def test_a_presented_by_line_names_the_items_presenter() -> None:
    sections = {s.title: s for s in markdown(_BOARD).sections}
    assert sections["Treasurer's Report"].presenter == "Lindqvist"
    assert sections["Call to Order"].presenter is None
