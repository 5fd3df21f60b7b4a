"""Meeting facts and boundaries seen across real minutes (session 13): labelled start and end
times, the chair who called the meeting to order, titles that are not sentences, front matter
titles and places, a secretary's signature, a next meeting's date block. Invented snippets."""

from __future__ import annotations

from notes_extract.api import extract_all, extract_text


def _meeting(text: str, fmt: str | None = None):
    return extract_text(text, format=fmt).meeting


# Labelled start and end times, label and time in either order.

def test_meeting_start_time_label_outranks_a_discussion_line_timed_first():
    text = ("Monday, 4 May 2026\n\nMeeting Start Time: 7:05\nMeeting End Time: 7:50\n\n"
            "7:15 - Roof repairs have started\n- the scaffold is up\n\n7:30 - Bake sale\n- stall booked\n")
    m = _meeting(text)
    assert (m.start_time, m.end_time) == ("07:05", "07:50")


def test_meeting_started_at_colon_label():
    text = ("Board meeting 2026-02-11\n\n* Meeting attendees: Ola, Pim, Rue\n* Meeting started at: 19:40\n"
            "* Meeting ended at: 20:55\n\n## Budget\n\n* Ola presented the budget.\n")
    assert _meeting(text, "markdown").start_time == "19:40"


def test_call_meeting_to_order_label_with_time_after_colon():
    text = ("Garden Club Meeting 3/9/26\nCall meeting to order: 6:10 pm\nTreasurer report was accepted.\n"
            "Plant swap planned for April.\nMeeting adjourned: 7:20 p.m.\n")
    m = _meeting(text)
    assert (m.start_time, m.end_time) == ("18:10", "19:20")


def test_time_called_to_order_outranks_the_time_called_for():
    text = ("# Spring Assembly Minutes\n\n**Date:** 2026-04-02\n**Time:** 6:00 PM\n\n"
            "**Time Called to Order:** 6:17 pm\n\n## Reports\n\nThe treasurer reported a surplus.\n")
    assert _meeting(text, "markdown").start_time == "18:17"


def test_time_first_adjourned_line_and_bracketed_item_times():
    text = "Minutes of Members Meeting, 5 June 2026\n\n8:10pm: Meeting called to order\n\n" \
           "  • Hall hire was discussed.\n\n9:05pm: Meeting adjourned\n"
    assert _meeting(text).end_time == "21:05"
    text = ("# Members meeting 2026-06-05\n\n## Minutes\n\n  1. Call to order (7:04 PM by Ola)\n"
            "  2. Reports\n     * Ola reported on the website.\n  3. Adjourn (7:48 PM by Ola)\n")
    m = _meeting(text, "markdown")
    assert (m.start_time, m.end_time) == ("19:04", "19:48")


# The chair who called the meeting to order, named with an office title.

def test_called_to_order_at_a_time_by_a_titled_name_not_on_a_list():
    text = ("Harbour Board\nMinutes of the meeting of April 9, 2026\n\n"
            "The meeting was called to order at 7:00 p.m. by Chairman Tom Reeve. Members present included "
            "Ann Cole and Bo Dean.\n\nThe board voted to repair the slipway.\n")
    assert _meeting(text).chair == "Tom Reeve"


def test_called_to_order_by_president_then_comma_text():
    text = ("Rose Society\nMay 7, 2026\n\nThe meeting was called to order by President Iris Vale, and the "
            "members shared a supper.\n\nThe plant sale raised $300.\n")
    assert _meeting(text).chair == "Iris Vale"


def test_chair_title_name_called_the_monthly_meeting_to_order():
    text = ("# Town of Pine Lake\n\n## CALL TO ORDER\nChair Ruth Olsen called the monthly meeting to order on "
            "March 3, 2026 at 6:30 pm at the town hall.\n\n## ROADS\nThe grader needs new blades.\n")
    assert _meeting(text, "markdown").chair == "Ruth Olsen"


# A title line, not a sentence of the running text under it.

def test_minutes_of_a_generic_meeting_over_a_called_to_order_line():
    text = ("Minutes of General Meeting\n\n7:45pm: Meeting called to order\n\n"
            "  • Finances are steady.\n  • The roof fund needs donors.\n")
    assert _meeting(text).title == "General Meeting"


def test_sentences_under_the_title_are_not_the_title():
    text = ("Members Assembly\n\nOctober 8, 2026\n\n"
            "The meeting was called to order at 5:30 pm with 20 members present.\n\n"
            "The minutes from the previous meeting were read and accepted.\n\nThe dues will rise in January.\n")
    assert _meeting(text).title == "Members Assembly"


def test_an_opening_sentence_naming_who_convened_is_no_title():
    text = ("Meeting Minutes – May 5, 2026\n\nClub Captain Ann Roe convened an informal committee meeting at 8:00 pm "
            "on May 5, 2026 after practice.  Attending were:  Ann Roe, Bo Dee, Cy Fox.\n\n"
            "  • The kit order was placed.\n")
    assert _meeting(text).title is None


# A front matter title over a heading that names no meeting; the secretary's signature at the foot.

def test_front_matter_title_over_a_part_heading():
    text = ('---\ntitle: "Residents Board Meeting Summary - May 3, 2026"\ndate: 2026-05-03\n---\n\n'
            "## Overview\n\nThe board discussed the road fund.\n\n## Next Steps\n\n* **Treasurer:** Check the fund.\n")
    assert _meeting(text, "markdown").title == "Residents Board Meeting"  # the record's name, "Summary", goes


def test_name_over_secretary_at_the_foot_is_the_minute_taker():
    text = ("Riverside Anglers Club\nCommittee meeting 12/04/26\nPegs\nNew pegs to be ordered. TB\n"
            "AOB\nWinter work party to be planned. RK\nMary Holt\nSecretary")
    assert _meeting(text).minute_taker == "Mary Holt"


def test_name_comma_board_secretary_at_the_foot_is_the_minute_taker():
    text = ("Trustee Meeting 4/14/26\nPresent: Ann Cole, Mary Holt, Bo Dean.\n"
            "Budget reviewed and approved.\nMeeting adjourned: 6:40 p.m.\nMary Holt, Board Secretary")
    assert _meeting(text).minute_taker == "Mary Holt"


# A single meeting stays single: the date block in its "Next Meeting" part dates the next meeting.

def test_date_block_deep_in_a_next_meeting_part_is_no_new_meeting():
    text = ("# Spring Assembly Minutes\n\n**Date:** 2026-04-02\n**Time:** 6:00 PM\n**Location:** Town Library\n\n"
            "## I. Reports\n\nThe treasurer reported a surplus.\n\n## II. Next Meeting\n\n"
            "**Motion:** Move to meet again in May\n\n- **Moved by:** Ann Cole\n- **Seconded by:** Bo Dean\n\n"
            "Carried.\n\n**Date:** 2026-05-07\n**Time:** 6:00 PM\n**Location:** Town Library\n\n"
            "## III. Adjournment\n\n**Meeting Adjourned:** 7:55 PM\n")
    records = extract_all(text.encode(), format="markdown")
    assert len(records) == 1
    assert records[0].meeting.date == "2026-04-02"
    assert records[0].meeting.end_time == "19:55"


# Where the meeting was: after its date in the line that names it; a clock's full stops and bold marks dropped.

def test_place_after_the_date_in_the_call_to_order_sentence():
    text = ("# Town of Pine Lake\n\n## CALL TO ORDER\nChair Ruth Olsen called the monthly meeting to order on "
            "March 3, 2026 at 6:30 pm at the Pine Lake Town hall.\n\n## ROADS\nThe grader needs new blades.\n")
    assert _meeting(text, "markdown").location == "Pine Lake Town hall"


def test_place_after_the_date_in_the_minutes_line():
    text = ("Minutes of the Annual Meeting of Elm Parish Council on 12th May 2026 in the Village Hall.\n\n"
            "1. Present: A. Cole, B. Dean.\n\n2. Apologies: C. Fox.\n\n3. Accounts were approved.\n")
    assert _meeting(text).location == "Village Hall"


def test_title_block_place_without_the_clocks_full_stops_or_bold_marks():
    text = "Student Union Senate\nThursday, March 5, 2026\n6:10 p.m., Oak Room\n\nI. CALL TO ORDER\n\nQuorum met.\n"
    assert _meeting(text).location == "Oak Room"
    text = "# Club Exec Minutes\n\nThursday, March 5, 2026; 5:00pm @ Club Office**\n\n## Budget\n\nAgreed.\n"
    assert _meeting(text, "markdown").location == "Club Office"


def test_place_line_that_says_the_meeting_was_held_there():
    text = "The Meeting –\nwas held at the Elm Grove Twp. Hall\nNetworking –\n6:00 PM, doors open\n" \
           "Business – the club voted to buy tables on 3/5/2026.\n"
    assert _meeting(text).location == "Elm Grove Twp. Hall"  # a lower-case "the" is no part of the place


def test_minutes_compiled_by_names_the_minute_taker():
    text = ("Members Meeting Minutes\nApril 4, 2026\n\nThe tour of the mill was well attended.\n\n"
            "About 20 people attended this meeting; minutes were compiled by Rosa Finch, secretary\n")
    assert _meeting(text).minute_taker == "Rosa Finch"
