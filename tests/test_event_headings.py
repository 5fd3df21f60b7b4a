"""Headings that name coming events by day and month, under the meeting's own dated title: one meeting.

A Word file typed without styles gets its item titles as headings by layout; "Plant Sale - April 6th"
and "Quiz Night, Friday, May 10th" among them date events of the meeting's year, under a title line
that dates the meeting in full ("Meeting Minutes - 3 March 2024"). They open no meetings of a log.
"""

from __future__ import annotations

from notes_extract import extract_all

NOTES = """# Friends of the Garden

Meeting Minutes - 3 March 2024

Ann Lee opened the meeting at 7 PM with 12 members present.

## Treasurer

The balance is 410 pounds.

## Plant Sale - April 6th

Volunteers are needed to price the plants.

## Quiz Night, Friday, May 10th

Tickets go on sale next week.

## Dues

Members were reminded that dues are due.
"""


def test_event_headings_dated_without_a_year_stay_items_of_one_meeting() -> None:
    found = extract_all(NOTES.encode(), format="markdown")
    assert len(found) == 1
    record = found[0]
    assert record.meeting.date == "2024-03-03"
    assert [s.title for s in record.sections] == ["Treasurer", "Plant Sale - April 6th", "Quiz Night, Friday, May 10th",
                                                  "Dues"]


def test_the_first_heading_over_a_sentence_with_a_figure_is_an_item_not_the_title_block() -> None:
    # "## Venue" over "12 Mill Lane" belongs to the title block; "## Finance" over a sentence is the first item
    notes = ("# Friends of the Garden\n\nMeeting Minutes - 3 March 2024\n\n## Finance\n\nThe balance is 410 pounds.\n\n"
             "## Dues\n\nMembers were reminded that dues are due.\n")
    [record] = extract_all(notes.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Finance", "Dues"]
