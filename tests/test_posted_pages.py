"""Minutes copied from web pages: a weekday run into its day ("Wednesday14th November 2018"), and a
"held on July 4th" line on a page whose front matter gives the posting date (the year comes from
the posting). Invented minutes."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.dates import find_dates

FRONT = '---\ntitle: "Garden Club July Meeting"\ndate: "2024-07-29"\n---\n\n'


def test_a_weekday_run_into_its_day_is_read() -> None:
    [found] = find_dates("held on Wednesday14th November 2018 at 7pm")
    assert (found.date, found.text) == ("2018-11-14", "Wednesday14th November 2018")


def test_a_held_on_day_without_a_year_takes_the_posting_year() -> None:
    record = extract((FRONT + "Minutes of the meeting held on July 4th. Mrs Lee welcomed 15 members.\n").encode(),
                     format="markdown")
    assert record.meeting.date == "2024-07-04"


def test_a_held_on_day_after_the_posting_date_is_in_the_year_before() -> None:
    front = FRONT.replace("2024-07-29", "2025-01-10")
    record = extract((front + "Minutes of the meeting held on December 4th. Mrs Lee welcomed 15 members.\n").encode(),
                     format="markdown")
    assert record.meeting.date == "2024-12-04"
