"""Shapes read this session (the eighth): lines no earlier rule read, or read wrongly. All names and
lines are invented."""

from __future__ import annotations

from notes_extract import extract, extract_all


def _record(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def test_the_pronoun_i_elected_chair_names_no_chair() -> None:
    text = ("Minutes of the Annual Village Meeting\n3 May 2020\n\nPresent: Ann Lee, Bob Grant\n\n"
            "1. Youth Forum report\n\nOut of the four who stood, I was elected as the Chairperson.\n")
    assert _record(text).meeting.chair is None


def test_an_initial_i_still_begins_a_name() -> None:
    text = ("Minutes of the Annual Village Meeting\n3 May 2020\n\nPresent: Ann Lee, Bob Grant\n\n"
            "After a vote, I. Marsh was elected as the Chairperson.\n\n1. Youth Forum report\n\nThe forum met twice.\n")
    assert _record(text).meeting.chair == "I. Marsh"


def test_an_eight_digit_iso_date_is_a_date() -> None:
    from notes_extract.dates import find_dates

    assert [f.date for f in find_dates("Agenda 20250610")] == ["2025-06-10"]
    # not a date: an impossible month, a longer number, part of a decimal or a code
    assert find_dates("ref 20251310, id 2025061012, total 20250610.5, v1.20250610") == []


def test_a_log_whose_headings_carry_eight_digit_dates_is_split_into_meetings() -> None:
    text = ("# Agenda 20250610\n\n- Storage quotas\n  - Status: done\n\n# Agenda 20250513\n\n- Bucket sharing\n"
            "  - Status: open\n\n# Agenda 20250401\n\n- Login flow\n")
    records = extract_all(text.encode(), format="markdown")
    assert [r.meeting.date for r in records] == ["2025-06-10", "2025-05-13", "2025-04-01"]


def test_a_clock_time_opening_a_heading_is_its_slot_not_its_subject() -> None:
    text = ("# Plenum\n\n12 June 2014\n\nPresent: Ann Lee, Bob Grant\n\n### 20:30 Finances\n\nWe have money.\n\n"
            "### (7.45pm) Website\n\nIt is down.\n\n### 21:00-21:10 - Any other business\n\nNone.\n")
    assert [s.title for s in _record(text, "markdown").sections] == ["Finances", "Website", "Any other business"]


def test_a_heading_that_is_only_a_date_dates_the_notes_and_is_no_section() -> None:
    text = ("# Meeting Notes\n\n## Open tasks\n- Check the branch rules\n\n### 6th Nov, 2025\n"
            "- The calls stay closed.\n- Ann Lee to create a mailing list.\n")
    record = _record(text, "markdown")
    assert record.meeting.date == "2025-11-06"
    assert "6th Nov, 2025" not in [s.title for s in record.sections]
