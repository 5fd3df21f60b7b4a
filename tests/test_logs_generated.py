"""Single meetings and meeting logs composed at random from many invented parts
(tests/meeting_generator.py): a single meeting gives one record with its own date, a log one record
per meeting with its date. Also the shapes the generator found broken, each as a small snippet."""

from __future__ import annotations

import random

import pytest

from notes_extract import extract_all
from tests.meeting_generator import log, render, single

FORMATS = ("docx", "markdown", "text")
# Seeds kept modest so the suite stays fast; every shape of title, attendance, items and next
# meeting is drawn among them.
SINGLE_SEEDS = range(0, 12)
LOG_SEEDS = (0, 2, 3, 4, 5, 6, 10, 12, 22, 24, 31, 35, 46)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SINGLE_SEEDS)
def test_a_generated_single_meeting_is_one_record_with_its_own_date(seed: int, fmt: str) -> None:
    generated = single(seed, fmt)
    records = extract_all(generated.data, format=fmt)
    assert [str(r.meeting.date) for r in records] == generated.dates, generated.label


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", LOG_SEEDS)
def test_a_generated_log_gives_each_meeting_with_its_date(seed: int, fmt: str) -> None:
    generated = log(seed, fmt)
    records = extract_all(generated.data, format=fmt)
    assert [str(r.meeting.date) for r in records] == generated.dates, generated.label


_ATTENDED_LOG_WITH_DATED_ITEMS = (
    "# Kiln Lane Club meeting, 4 March 2024\n\nPresent: Ona Brisk, Pel Varro\n\n"
    "## 1. Jumble sale on 21 March 2024\n\nTables booked.\n\n## 2. Accounts\n\nBalance read out.\n\n"
    "# Kiln Lane Club meeting, 8 April 2024\n\nPresent: Ona Brisk, Tam Quell\n\n"
    "## 1. Accounts\n\nNo change.\n\n"
    "# Kiln Lane Club meeting, 6 May 2024\n\nPresent: Pel Varro, Tam Quell\n\n## 1. Repairs\n\nRoof mended.\n")


def test_a_dated_item_heading_between_attended_entries_is_not_an_entry() -> None:
    records = extract_all(_ATTENDED_LOG_WITH_DATED_ITEMS.encode(), format="markdown")
    assert [str(r.meeting.date) for r in records] == ["2024-03-04", "2024-04-08", "2024-05-06"]


_INFO_LOG_WITH_NEXT_MEETING_HEADINGS = (
    "# Kiln Lane Club meeting\n\nDate: 4 March 2024\n\nPresent: Ona Brisk, Pel Varro\n\n## Repairs\n\nRoof mended.\n\n"
    "## Next meeting\n\nDate: 8 April 2024\n\nVenue: the barn\n\n"
    "# Kiln Lane Club meeting\n\nDate: 8 Apr 2024\n\nPresent: Ona Brisk, Tam Quell\n\n## Accounts\n\nNo change.\n\n"
    "## Next meeting\n\nDate: 6 May 2024\n\nVenue: the barn\n\n"
    "# Kiln Lane Club meeting\n\nDate: 06/05/2024\n\nPresent: Pel Varro, Tam Quell\n\n## Repairs\n\nGate painted.\n")


def test_a_date_line_under_next_meeting_in_a_log_of_date_lines_is_not_an_entry() -> None:
    records = extract_all(_INFO_LOG_WITH_NEXT_MEETING_HEADINGS.encode(), format="markdown")
    assert [str(r.meeting.date) for r in records] == ["2024-03-04", "2024-04-08", "2024-05-06"]


_TEXT_LOG_WITH_DATED_TASK_LINES = (
    "Kiln Lane Club meeting, 4 March 2024\n\nPresent: Ona Brisk, Pel Varro\n\nTasks\n\n"
    "Print flyers: Ona Brisk, 20 March 2024\nHire the van: Pel Varro, 2 April 2024\n\n"
    "Kiln Lane Club meeting, 8 April 2024\n\nPresent: Ona Brisk, Tam Quell\n\nAccounts read.\n\n"
    "Kiln Lane Club meeting, 6 May 2024\n\nPresent: Pel Varro, Tam Quell\n\nTasks\n\n"
    "Sweep the yard: Tam Quell, 20 May 2024\nOil the gate: Ona Brisk, 27 May 2024\n")


def test_in_plain_text_the_dated_titles_with_attendance_are_the_entries_not_dated_task_lines() -> None:
    records = extract_all(_TEXT_LOG_WITH_DATED_TASK_LINES.encode(), format="text")
    assert [str(r.meeting.date) for r in records] == ["2024-03-04", "2024-04-08", "2024-05-06"]


def test_a_minutes_title_after_a_next_meeting_form_table_opens_the_next_entry() -> None:
    parts: list[tuple[str, object]] = []
    for day, nxt in (("3 March 2024", "7 April 2024"), ("7 April 2024", "5 May 2024"), ("5 May 2024", "2 June 2024")):
        parts += [("para", f"Minutes of the Kiln Lane Club meeting held on {day}"),
                  ("para", "Present: Ona Brisk, Pel Varro"), ("para", "Roof mended and gate painted."),
                  ("h1", "Next meeting"),
                  ("table", [("Date", nxt), ("Time", "7pm")])]
    data = render(parts, "docx", random.Random(1))  # headings drawn as styles, bold or plain
    records = extract_all(data, format="docx")
    assert [str(r.meeting.date) for r in records] == ["2024-03-03", "2024-04-07", "2024-05-05"]


_ONE_LEVEL_LOG_WITH_DATED_ITEM_HEADINGS = (
    "# Kiln Lane Club: minutes 2024\n\n"
    "# Kiln Lane Club committee meeting, 4 March 2024\n\nPresent: Ona Brisk, Pel Varro\n\n"
    "# 1. Jumble sale on 21 March 2024\n\nTables booked.\n\n# 2. Accounts\n\nBalance read out.\n\n"
    "# Kiln Lane Club committee meeting, 8 April 2024\n\nPresent: Ona Brisk, Tam Quell\n\n"
    "# 1. Plant stall on 20 April 2024\n\nVolunteers found.\n\n"
    "# Kiln Lane Club committee meeting, 6 May 2024\n\nPresent: Pel Varro, Tam Quell\n\n# 1. Repairs\n\nRoof mended.\n")


def test_dated_item_headings_of_the_entries_level_titled_otherwise_are_items() -> None:
    # Every heading is one level; the entries repeat one title and open with their attendance.
    records = extract_all(_ONE_LEVEL_LOG_WITH_DATED_ITEM_HEADINGS.encode(), format="markdown")
    assert [str(r.meeting.date) for r in records] == ["2024-03-04", "2024-04-08", "2024-05-06"]


_FORM_LOG_WITH_MORE_DIARY_DATES = "".join(
    f"# Kiln Lane Club meeting\n\n| Date | {day} |\n|---|---|\n| Time | 7pm |\n\n"
    f"Present: Ona Brisk, Pel Varro\n\n## Dates for the diary\n\n"
    + "".join(f"**{d}**\n\nA fair in the hall.\n\n" for d in diary)
    for day, diary in (("4 March 2024", ("9 March 2024", "16 March 2024", "23 March 2024")),
                       ("8 April 2024", ("13 April 2024", "20 April 2024", "11 May 2024")),
                       ("6 May 2024", ("18 May 2024", "25 May 2024"))))


def test_form_tables_with_attendance_are_the_entries_not_the_more_numerous_diary_dates() -> None:
    # The last diary date of an entry (11 May) falls after the next meeting's: each date line's
    # attendance is looked for only up to the next opening of any shape.
    records = extract_all(_FORM_LOG_WITH_MORE_DIARY_DATES.encode(), format="markdown")
    assert [str(r.meeting.date) for r in records] == ["2024-03-04", "2024-04-08", "2024-05-06"]


_TITLED_LOG_WITH_DEEPER_DATED_ITEMS = (
    "# Kiln Lane Club meeting, 4 March 2024\n\nPresent: Ona Brisk, Pel Varro\n\n"
    "## Accounts\n\nBalance read out.\n\n## Jumble sale on 21 March 2024\n\nTables booked.\n\n"
    "# Kiln Lane Club meeting, 8 April 2024\n\nPresent: Ona Brisk, Tam Quell\n\n"
    "## Dates for the diary\n\n### Open day – 27 April 2024\n\nVolunteers needed.\n\n"
    "# Kiln Lane Club meeting, 6 May 2024\n\nPresent: Pel Varro, Tam Quell\n\n## Repairs\n\nRoof mended.\n")


def test_a_deeper_dated_item_heading_right_before_the_next_entry_is_not_a_meeting() -> None:
    # The next entry's attendance, a few blocks on, is not the dated item's own.
    records = extract_all(_TITLED_LOG_WITH_DEEPER_DATED_ITEMS.encode(), format="markdown")
    assert [str(r.meeting.date) for r in records] == ["2024-03-04", "2024-04-08", "2024-05-06"]
