"""Logs kept in one Word file, written inconsistently (invented logs from tests/log_fixtures.py):
each must split into its meetings, each with its date, and a single meeting that mentions other
dates must stay one."""

import io

import pytest
from docx import Document as new_document

from notes_extract import extract_all
from tests import log_fixtures as fixtures


def _dates(fixture: fixtures.LogFixture) -> list[str | None]:
    return [r.meeting.date for r in extract_all(fixture.data, format="docx")]


@pytest.mark.parametrize("label", [
    lambda n, d: f"Meeting {n} - {d}",
    lambda n, d: f"Minutes {d}",
    lambda n, d: f"Meeting {(1, 2, 3, 3, 5, 6, 8, 9, 10, 11, 12, 13)[n - 1]} - {d}",  # a number repeats, some skip
])
def test_entry_headings_that_turn_bold_part_way_split_at_every_entry(label: object) -> None:
    fixture = fixtures.dated_log(12, styles=("h1", "bold"), label=label)  # type: ignore[arg-type]
    assert _dates(fixture) == fixture.dates


def test_bold_minutes_lines_with_dates_split_a_log() -> None:
    fixture = fixtures.dated_log(12, styles=("bold",), label=lambda n, d: f"Minutes {d}")
    assert _dates(fixture) == fixture.dates


def test_info_tables_and_date_lines_mixed_in_one_log_split_at_both() -> None:
    fixture = fixtures.info_table_log(9, date_paragraph_every=3)
    assert _dates(fixture) == fixture.dates


def test_a_log_kept_as_one_table_is_a_meeting_per_row() -> None:
    fixture = fixtures.one_table_log(8)
    records = extract_all(fixture.data, format="docx")
    assert [r.meeting.date for r in records] == fixture.dates
    assert all(len(r.attendance.present) == 3 and len(r.actions) == 1 for r in records)


def test_week_headings_dated_below_give_a_yearless_date_the_logs_year() -> None:
    fixture = fixtures.dated_log(12, label=lambda n, d: f"Week {n}", writings=(0, 1, 3))
    assert _dates(fixture) == fixture.dates


@pytest.mark.parametrize("heading_date", [True, False])
def test_a_single_meeting_with_dated_agenda_items_stays_one(heading_date: bool) -> None:
    fixture = fixtures.single_meeting(heading_date=heading_date)
    assert _dates(fixture) == fixture.dates


@pytest.mark.parametrize("variant", [
    dict(styles=("h1", "bold", "title"), writings=(0, 1, 4)),
    dict(styles=("plain",), page_breaks=True),
    dict(styles=("bold", "h1"), writings=(1, 0), newest_first=True),
    dict(styles=("bold",), next_dates=True),
    dict(styles=("bold",), short_every=3),
])
def test_logs_already_read_keep_splitting_right(variant: dict[str, object]) -> None:
    fixture = fixtures.dated_log(12, **variant)  # type: ignore[arg-type]
    assert _dates(fixture) == fixture.dates


def test_a_table_of_dated_rows_without_notes_is_no_log() -> None:
    """A register of dates and names (no column of notes) is one document's table, not a log."""
    doc = new_document()
    doc.add_heading("Hall bookings", level=0)
    table = doc.add_table(rows=5, cols=2)
    for r, (day, name) in enumerate((("Date", "Booked by"), ("3 May 2024", "Ilse Varga"), ("10 May 2024", "Dag Quist"),
                                     ("17 May 2024", "Yara Petrak"), ("24 May 2024", "Kofi Moreau"))):
        table.cell(r, 0).text, table.cell(r, 1).text = day, name
    out = io.BytesIO()
    doc.save(out)
    assert len(extract_all(out.getvalue(), format="docx")) == 1


def test_numbered_entries_newest_first_that_turn_bold_split_at_every_entry() -> None:
    fixture = fixtures.dated_log(12, styles=("h1", "bold"), newest_first=True,
                                 label=lambda n, d: f"Meeting {n} - {d}")
    assert _dates(fixture) == fixture.dates


def test_bold_date_lines_that_drop_the_year_part_way_stay_entries_of_the_log() -> None:
    fixture = fixtures.dated_log(10, styles=("bold",), writings=(0, len(fixtures.DATE_WRITINGS) - 1))
    assert _dates(fixture) == fixture.dates
