"""A single meeting stays one record when a date line under the document's undated title lines,
then its attendance, is followed by item lines that carry dates of their own ("Bake Sale-May
3rd"); a log whose entries each name their attendance still splits. Every snippet is invented."""

from __future__ import annotations

import pytest

from notes_extract import extract_all

_TITLE_LINES_TXT = (b"Friends of the Elmhurst Library\nBoard Minutes\nMarch 11, 2025\n\n"
                    b"Present: Ann Lee, Bo Chan, Cy Diaz\n\n"
                    b"Bake Sale-May 3rd\nTables booked. Bo to bring the urns.\n\n"
                    b"Poetry Evening-June 12th\nTwo readers confirmed.\n\n"
                    b"Next meeting: April 8, 2025.\n")
_TITLE_LINES_BOLD_MD = (b"**Hollins Walking Group**\n\n**Committee minutes - 4 February 2025**\n\n"
                        b"Present: Ann Lee, Bo Chan\n\n**Spring ramble - Saturday, March 15th**\n"
                        b"Route agreed.\n\n**Map day - April 5th**\nCy will bring the maps.\n")


@pytest.mark.parametrize(("data", "fmt", "date"), [(_TITLE_LINES_TXT, "text", "2025-03-11"),
                                                   (_TITLE_LINES_BOLD_MD, "markdown", "2025-02-04")])
def test_dated_item_lines_under_the_title_lines_and_the_meetings_date_stay_one_meeting(
        data: bytes, fmt: str, date: str) -> None:
    records = extract_all(data, format=fmt)
    assert [str(r.meeting.date) for r in records] == [date]

_LONG_ITEMS_TXT = (b"Hollins Walking Group\nCommittee Meeting\nSeptember 9, 2025\n\n"
                   b"Present: Ann Lee, Bo Chan, Cy Diaz\n\n"
                   b"Autumn Ramble-October 4th\nThe route is agreed.\nBo will lead the fast group.\n"
                   b"We will ask the farm for parking.\n\n"
                   b"Quiz Evening-November 15th\nTickets are $10.\nCy will order the food.\nPosters go up soon.\n\n"
                   b"Next meeting October 14, 2025.\n")


def test_dated_item_lines_with_several_lines_each_stay_one_meeting_when_only_the_meeting_date_has_a_year() -> None:
    assert [str(r.meeting.date) for r in extract_all(_LONG_ITEMS_TXT, format="text")] == ["2025-09-09"]


def test_a_log_under_a_title_line_whose_entries_name_their_attendance_still_splits() -> None:
    data = (b"Hollins Walking Group - committee notes\n\n"
            b"March 11, 2025\nPresent: Ann Lee, Bo Chan\nRoute agreed.\n\n"
            b"April 8, 2025\nPresent: Ann Lee, Cy Diaz\nMaps printed.\n\n"
            b"May 13, 2025\nPresent: Bo Chan, Cy Diaz\nWalk went ahead.\n")
    assert [str(r.meeting.date) for r in extract_all(data, format="text")] == ["2025-03-11", "2025-04-08", "2025-05-13"]


_PROSE_ATTENDANCE_TXT = (b"Hollins Walking Group\nCommittee Minutes - April 8, 2025\n\n"
                         b"Ann Lee opened the meeting at 7 PM with 11 members present. Minutes approved.\n\n"
                         b"REPORTS\n\nTreasurer-Bo\n\n-Balance is $412.\n\nRoutes-Cy\n\n-Two new routes walked.\n\n"
                         b"OLD BUSINESS\n\nMap Day Recap\n\n-Well attended.\n\n"
                         b"Spring Ramble-May 3rd\n\n-Volunteers needed for the car park.\n\n"
                         b"Bird Walk, Saturday, May 17th\n\n-Cy will lead.\n\nDues\n\n-Due in June.\n")


def test_event_lines_dated_without_a_year_under_the_dated_title_stay_one_meeting_without_an_attendance_list() -> None:
    assert [str(r.meeting.date) for r in extract_all(_PROSE_ATTENDANCE_TXT, format="text")] == ["2025-04-08"]


@pytest.mark.parametrize("heads", [(b"Tuesday, April 8", b"Tuesday, May 13"),
                                   (b"Meeting - April 8", b"Meeting - May 13")])
def test_a_log_dated_in_full_once_then_by_day_and_month_still_splits(heads: tuple[bytes, bytes]) -> None:
    data = (b"Hollins Walking Group notes\n\nMarch 11, 2025\nPresent: Ann Lee, Bo Chan\nRoute agreed.\n"
            b"Maps to be printed.\n\n" + heads[0] + b"\nMaps printed.\nBo showed the new boots.\nFive walkers came.\n\n"
            + heads[1] + b"\nWalk went ahead.\nCy will lead the next one.\nTea afterwards.\n")
    assert len(extract_all(data, format="text")) == 3


def test_a_next_meeting_line_naming_the_body_opens_no_entry() -> None:
    data = (b"Hollins Walking Group\nCommittee Meeting - 6 January 2025\n\nPresent: Ann Lee, Bo Chan, Cy Diaz\n\n"
            b"Quiz evening Friday 24 January 2025\nTickets printed.\nBo will run the bar.\n\n"
            b"Club AGM Friday 14 March 2025\nNominations by 28 February.\n\n"
            b"Footpaths\nTwo stiles reported broken.\nCy to write to the council.\nPhotos attached.\n\n"
            b"Next committee meeting Monday 3 February 2025.\n")
    records = extract_all(data, format="text")
    assert [str(r.meeting.date) for r in records] == ["2025-01-06"]
    assert records[0].next_meeting is not None and str(records[0].next_meeting.date) == "2025-02-03"
