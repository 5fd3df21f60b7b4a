"""Standing agenda items ("Old Business:", "New Business:") are items of their own, never a part of the item above."""

from __future__ import annotations

from notes_extract import extract_text

MINUTES = """Minutes for the March Meeting

The meeting was called to order at 7 PM.

Treasurers Report: Rosa presented the accounts for Tom. Tom is owed $31.50 for the seed order.

Unfinished Business:

  \u2022 The tool shed roof still leaks

  \u2022 The seed swap moves to April.

New Business:

          Tom offered to run the spring plant sale.

          A new hose reel is needed by the east beds.

The meeting was adjourned at 8:15 pm.
"""


def test_a_standing_item_label_after_a_run_in_item_opens_its_own_section() -> None:
    record = extract_text(MINUTES)
    points = {section.title: [point.text for point in section.points] for section in record.sections}
    assert list(points) == ["Treasurers Report", "Unfinished Business", "New Business"]
    assert points["Unfinished Business"] == ["The tool shed roof still leaks", "The seed swap moves to April."]
