"""A single meeting stays one record when its own lines look like a log's entries: a "Date:" line
under a bare "Next meeting" heading, or dated item headings after the meeting's own date and
attendance. Every snippet is invented."""

from __future__ import annotations

import pytest

from notes_extract import extract_all

_NEXT_MEETING_MD = (b"# Garden Club committee\n\nDate: 3 March 2024\n\nAttendees: Ann Lee, Bo Chan\n\n"
                    b"## Budget\n\nWe agreed the budget.\n\n## Next meeting\n\nDate: 7 April 2024\n\nVenue: the hall\n")
_NEXT_MEETING_TXT = (b"Garden Club committee\n\nDate: 3 March 2024\nAttendees: Ann Lee, Bo Chan\n\nBudget\n"
                     b"We agreed the budget.\n\nNext meeting\nDate: 7 April 2024\nTime: 7pm\n")
_DATED_ITEMS_MD = (b"# Garden Club committee\n\nDate: 3 March 2024\n\nAttendees: Ann Lee, Bo Chan\n\n"
                   b"## Plant sale \xe2\x80\x93 12 April 2024\n\nStalls booked. Ann to print posters.\n\n"
                   b"## Open day \xe2\x80\x93 11 May 2024\n\nTwo volunteers needed.\n\n"
                   b"## Quiz night \xe2\x80\x93 8 June 2024\n\nTickets on sale.\n")


@pytest.mark.parametrize(("data", "fmt"), [(_NEXT_MEETING_MD, "markdown"), (_NEXT_MEETING_TXT, "text")])
def test_a_date_line_under_a_bare_next_meeting_heading_dates_the_next_meeting(data: bytes, fmt: str) -> None:
    records = extract_all(data, format=fmt)
    assert len(records) == 1
    assert str(records[0].meeting.date) == "2024-03-03"
    assert records[0].next_meeting is not None and str(records[0].next_meeting.date) == "2024-04-07"


def test_dated_item_headings_after_the_meetings_own_date_and_attendance_stay_one_meeting() -> None:
    records = extract_all(_DATED_ITEMS_MD, format="markdown")
    assert len(records) == 1 and str(records[0].meeting.date) == "2024-03-03"
    assert [s.title for s in records[0].sections][:1] == ["Plant sale – 12 April 2024"]


def test_a_log_whose_entries_each_name_their_attendance_still_splits() -> None:
    data = (b"# Garden Club committee\n\nDate: 3 March 2024\n\nAttendees: Ann Lee, Bo Chan\n\nBudget agreed.\n\n"
            b"## Committee meeting \xe2\x80\x93 7 April 2024\n\nAttendees: Ann Lee, Cy Diaz\n\nPosters printed.\n\n"
            b"## Committee meeting \xe2\x80\x93 5 May 2024\n\nAttendees: Bo Chan, Cy Diaz\n\nStalls booked.\n")
    assert len(extract_all(data, format="markdown")) >= 2


def test_dated_headings_under_the_documents_dated_title_and_attendance_stay_one_meeting() -> None:
    data = (b"# Garden Club committee meeting, 3 March 2024\n\nPresent: Ann Lee, Bo Chan\n\n## Events\n\n"
            b"### 12 April 2024\n\nPlant sale in the hall.\n\n### 11 May 2024\n\nOpen day with tours.\n\n"
            b"### 8 June 2024\n\nQuiz night.\n")
    records = extract_all(data, format="markdown")
    assert len(records) == 1 and str(records[0].meeting.date) == "2024-03-03"


def _meeting_text(date: str, diary: list[str]) -> str:
    lines = [f"Harbour Rowing Club committee meeting, {date}", "Present: Ilse Berg, Bruno Hale, Kofi Mensah",
             "1. Dates for the diary"]
    for event in diary:
        lines += [event, "Volunteers needed."]
    lines += ["2. Boats", "The new oars have arrived."]
    return "\n\n".join(lines)


def test_diary_lines_at_the_titles_level_stay_items_of_the_one_meeting() -> None:
    text = _meeting_text("14/10/2024", ["Quiz night – 31 October 2024", "Summer fair – 16 November 2024",
                                         "Plant sale – 2 December 2024"])
    records = extract_all(text.encode(), format="text")
    assert [str(r.meeting.date) for r in records] == ["2024-10-14"]


def test_a_log_whose_meetings_hold_diary_dates_splits_at_its_attended_titles() -> None:
    text = "\n\n".join([_meeting_text("7 June 2023", ["Carol concert – 19 July 2023", "Open day – 2 August 2023"]),
                        _meeting_text("5 July 2023", ["Quiz night – 15 August 2023", "Fair – 26 August 2023"]),
                        _meeting_text("2 August 2023", ["Plant sale – 12 September 2023", "Fete – 21 September 2023"])])
    records = extract_all(text.encode(), format="text")
    assert [str(r.meeting.date) for r in records] == ["2023-06-07", "2023-07-05", "2023-08-02"]


def test_a_committees_report_inside_the_minutes_is_no_second_meeting() -> None:
    text = "\n\n".join([
        "MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD IN THE VILLAGE HALL ON WEDNESDAY 12th MARCH 2008",
        "Present: Cllr A Lee (Chairman), Cllr B Chan, Cllr C Diaz",
        "PLANNING", "No objection was raised to the extension at 4 Mill Lane.",
        "REPORT OF THE FINANCE COMMITTEE HELD ON MONDAY 10th MARCH",
        "Present: Cllr A Lee, Cllr B Chan",
        "The accounts for February were approved.", "The bank reconciliation was checked."])
    records = extract_all(text.encode(), format="text")
    assert [str(r.meeting.date) for r in records] == ["2008-03-12"]
