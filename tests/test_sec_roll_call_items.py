"""An item that only calls the roll is no section; its people are the attendance
(extractors/roll_call_items.py). Invented minutes."""

from notes_extract.api import extract_text

ROLL_CALL = """TOWNSHIP PLANNING BOARD
Regular Meeting, 12 May 2026

I. CALL TO ORDER

Chair Okafor called the meeting to order at 7:02 pm.

II. QUORUM ROLL CALL

Present: Okafor, Lindqvist, Mbeki, Duarte
Absent: Haines

III. SITE PLAN REVIEW

The board reviewed the revised site plan for the garden centre and asked for a new drainage survey.

IV. ADJOURNMENT

The meeting was adjourned at 8:15 pm.
"""


def test_an_item_that_only_calls_the_roll_is_no_section() -> None:
    record = extract_text(ROLL_CALL)
    titles = [s.title for s in record.sections]
    assert "QUORUM ROLL CALL" not in titles
    assert "CALL TO ORDER" in titles and "SITE PLAN REVIEW" in titles
    assert len(record.attendance.present) == 4


COMBINED = """# Library Technology Committee, 3 June 2026

## 1. Call to Order & Roll Call

Chair Ruiz called the meeting to order at 6:05 p.m. Present: Members Ruiz, Chen, Abara. Excused: Member Olsen.

## 2. Catalogue Migration

Member Chen reported that the catalogue export finished and the import test passed.

## 3. Attendance Policy

The committee discussed the volunteers' attendance policy and asked staff for a draft.
"""


def test_call_to_order_and_roll_call_over_the_opening_only_is_no_section() -> None:
    titles = [s.title for s in extract_text(COMBINED, format="markdown").sections]
    assert titles == ["Catalogue Migration", "Attendance Policy"]
