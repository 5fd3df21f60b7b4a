"""A log kept as one part of a larger document (a project report with its meeting minutes): the
report's parts before and after the log belong to no meeting. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract_all

_REPORT = """# Rover Project Report

## 1. Purpose of the Board

The team kept its work on a shared board so that everyone could see what was planned.

## 2. Board Lists

### Backlog

The larger features of the rover.

### Roles

- Lead: Kit Moss
- Builder: Rosa Diaz

## 3. Meeting Minutes

### Meeting 1: March 2, 2026

#### Wiring

- The harness is nearly done.

#### Budget

- We are under budget.

### Meeting 2: March 9, 2026

#### Field test

- The rover drove ten metres.

## 4. Lessons Learned

### Testing

We should have tested earlier.

## 5. Screenshots

- The full board
"""


def _titles(record) -> list[str]:
    return [s.title for s in record.sections]


def test_report_parts_before_the_minutes_are_in_no_meeting() -> None:
    records = extract_all(_REPORT.encode(), format="markdown")
    assert len(records) == 2
    assert _titles(records[0]) == ["Wiring", "Budget"]


def test_report_parts_after_the_last_meeting_are_not_its_items() -> None:
    records = extract_all(_REPORT.encode(), format="markdown")
    assert _titles(records[1]) == ["Field test"]


def test_a_members_list_before_the_entries_stays_with_every_meeting() -> None:
    log = ("# Rover Team\n\n## Members\n\n- Kit Moss\n- Rosa Diaz\n\n## About\n\nWe build a rover.\n\n"
           "## Minutes\n\n### Meeting 1: March 2, 2026\n\n#### Wiring\n\n- Kit to order the harness.\n\n"
           "### Meeting 2: March 9, 2026\n\n#### Field test\n\n- Rosa to book the field.\n")
    records = extract_all(log.encode(), format="markdown")
    assert len(records) == 2
    assert [p.name for p in records[1].attendance.present] == ["Kit Moss", "Rosa Diaz"]
    assert all("About" not in _titles(r) and "Field test" in _titles(r) for r in records[1:])
