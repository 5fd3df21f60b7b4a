"""Board items written "N. TITLE - text": the first item after the members' list is an item even when
its text says the meeting was quorate, and a clock time after a title's dash is no part of the title."""

from notes_extract import api
from notes_extract.extractors.item_heads import clean_title

_MINUTES = """MAPLE RIDGE TENANTS BOARD
Regular meeting, 5 March 2026

Members: Rosa Pike (Chair), Owen Tate, Hana Lund

1. OPENING - 6:30 pm, quorum confirmed.

2. LAUNDRY ROOM
Owen reported that dryer 2 is broken again.

3. CLOSE - 7:40 pm
"""


def test_first_numbered_item_after_members_and_clock_tail(tmp_path) -> None:
    path = tmp_path / "board.txt"
    path.write_text(_MINUTES)
    record = api.extract(str(path))
    assert [s.title for s in record.sections] == ["OPENING", "LAUNDRY ROOM", "CLOSE"]
    assert [p.name for p in record.attendance.present] == ["Rosa Pike", "Owen Tate", "Hana Lund"]


def test_clock_after_dash_leaves_the_title() -> None:
    assert clean_title("Adjournment – 9.12pm") == "Adjournment"
    assert clean_title("Budget 2025 - 2026") == "Budget 2025 - 2026"  # no clock: years stay
