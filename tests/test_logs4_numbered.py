"""Logs of numbered entry headings ("## Meeting 3 - 12 May 2021") where some entries carry a long
title after their date, or end it with a full stop: each is still a meeting when its number falls
in its place in the log's numbering. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract_all


def _log(headings: list[str]) -> bytes:
    entries = [f"## {h}\n\n- Kit to order the sensors.\n- The rover drove ten metres.\n" for h in headings]
    return ("# Rover team\n\n" + "\n".join(entries)).encode()


def test_a_long_titled_entry_among_short_ones_is_a_meeting_newest_first() -> None:
    records = extract_all(_log([
        "Meeting 4 - 9th June 2021",
        "Meeting 3 - 2nd June 2021 - wiring, the battery mount, field test plans and the budget",
        "Meeting 2 - 26th May 2021",
        "Meeting 1 - 19th May 2021 - kick-off, roles, the repository and the first month of work",
    ]), format="markdown")
    assert [r.meeting.date for r in records] == ["2021-06-09", "2021-06-02", "2021-05-26", "2021-05-19"]


def test_entry_titles_ending_in_a_full_stop_are_meetings() -> None:
    records = extract_all(_log([
        "Meeting 1 - Kick-off",
        "Meeting 2 - Review of the wiring and the budget.",
        "Meeting 3 - Field test",
        "Meeting 4 - Planning of the second sprint.",
    ]), format="markdown")
    assert len(records) == 4


def test_a_numbered_heading_out_of_sequence_opens_no_meeting() -> None:
    # "Meeting 2" again between 5 and 6: the number is not in its place, the heading is the
    # entry's own part, not another meeting.
    records = extract_all(_log([
        "Meeting 5 - 2nd June 2021",
        "Meeting 2 - what we decided then about the battery mount and the wiring.",
        "Meeting 6 - 9th June 2021",
    ]), format="markdown")
    assert len(records) == 2


def test_long_numbered_and_dated_entry_lines_of_a_plain_log_are_entries() -> None:
    text = ("Reef project meetings\n\nMeeting 4 - 14th November 2018\nItems to discuss:\n- the map figure\n\n"
            "Meeting 3 - 4th Oct 2018 - biomass models, main text figure and the introduction\n"
            "Jan and James discussed the first model results.\n\n"
            "Meeting 2 - 21st Sept 2018 - biomass models\nJan and James looked at the data.\n\n"
            "Meeting 1 - 2nd May 2018 - Github setup\nWe will follow the lessons of the workshop.\n")
    dates = [r.meeting.date for r in extract_all(text.encode(), format="text")]
    assert dates == ["2018-11-14", "2018-10-04", "2018-09-21", "2018-05-02"]


def test_a_date_stamped_over_the_minutes_and_under_the_signatures_is_no_entry() -> None:
    text = ("08/11/2020\n\nRiver School District\nBoard of Education Minutes\nJuly 16, 2020\n\nSpecial Meeting\n\n"
            "Call to Order\nThe meeting was called to order by the president, Paula Vila.\n\n"
            "Roll Call\nPresent: Paula Vila, Lee Kim, Sam Costa\n\n"
            "Budget\nIt was moved by Lee Kim, seconded by Sam Costa, to approve the budget. Motion carried 3-0.\n\n"
            "Adjournment\nAt 10:36 p.m. the meeting was adjourned.\n\n"
            "Paula Vila, President     Kent Kerr, Executive Secretary\n\n08/11/2020\nApproved: _________\n")
    records = extract_all(text.encode(), format="text")
    assert [r.meeting.date for r in records] == ["2020-07-16"]
