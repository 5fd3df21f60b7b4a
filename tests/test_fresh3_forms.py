"""Forms found in the fresh3 set's tuning half, each on an invented snippet: a typed council's roman-numbered
items ("II.  Correspondence." over its numbered points, "V.   98-1 New Course Proposal."), and minutes that open
with the sentence "The X met at 3:00 p.m. on ... in ...", which names the body, not a title line.

Every snippet is invented."""

from __future__ import annotations

from notes_extract import extract_text

_ROMAN_ITEMS = """March 4, 2024

The Curriculum Committee met at 3:00 p.m. on Monday, March 4, 2024, in Room 210.

Members present:    Dr. Ames, Dr. Brook, Ms. Cole, Mr. Dunn.

I.   Minutes.
     Dr. Ames moved and Dr. Brook seconded the motion to approve the minutes of February 19.
     The motion passed unanimously.

II.  Correspondence.
     1.  Memo from the Registrar regarding course deletions.
     2.  Letter from the Dean about the spring timetable.

III. 24-7 New Course Proposal, ART 210, Printmaking.
     Ms. Cole presented the proposal and answered questions.

IV.  24-9R Revised Minor in Film Studies.
     Mr. Dunn will circulate the revised proposal.
"""


def test_roman_items_titled_by_a_stop_with_points_or_a_docket_number_are_sections() -> None:
    # "II. Correspondence." has its numbered points below it; "III. 24-7 New Course Proposal ..." opens with
    # the proposal's own number
    record = extract_text(_ROMAN_ITEMS, format="text")
    titles = [s.title for s in record.sections]
    assert titles[:2] == ["Minutes", "Correspondence"]
    assert len(titles) == 4
    assert "New Course Proposal, ART 210, Printmaking" in titles[2]
    assert "Revised Minor in Film Studies" in titles[3]
    assert [p.text for p in record.sections[1].points][:1] == ["Memo from the Registrar regarding course deletions."]


def test_a_bulleted_stop_title_over_a_nested_list_is_no_item() -> None:
    # a bullet's nested list may be the next items written one level down: no title of its own
    text = ("Board notes\n\n- Owen reported on the summer school. We agreed to fund it.\n"
            "- Advertise ourselves to the funding bodies.\n  - Web page (Claire)\n  - Other business\n"
            "- What to do. Who should do it.\n")
    titles = [s.title for s in extract_text(text, format="markdown").sections]
    assert "Advertise ourselves to the funding bodies" not in titles


def test_the_body_that_met_titles_the_minutes_and_the_place_is_the_location() -> None:
    record = extract_text(_ROMAN_ITEMS, format="text")
    assert record.meeting.title == "Curriculum Committee"
    assert record.meeting.location == "Room 210"


def test_the_body_that_met_over_a_wrapped_place_line() -> None:
    text = ("February 3, 1998\n\nThe Council on Graduate Studies met at 2:00 p.m. on Tuesday, February 3, 1998, "
            "in the\nArcola Room of the Student Union.\n\nMembers present:    Dr. Ames, Dr. Brook.\n\n"
            "I.   Minutes.\n     The minutes were approved.\n\nII.  Reports.\n     Dr. Ames reported on the budget.\n\n"
            "III. Adjournment.\n     The meeting adjourned at 3:10 p.m.\n")
    assert extract_text(text, format="text").meeting.title == "Council on Graduate Studies"


_CLUB = """# Riverside Cycling Club committee meeting

Date: 12 March 2024

Present: Ann Lee, Bo Ode, Cy Rand, Dee Fox

## Rides

Preliminary routes were discussed. Consensus was four rides a month was enough for the winter.

## Kit

Bo announced that the new jerseys have been ordered, and will arrive in four weeks.

Ann asked members to bring their old lights to the next meeting.

## Website

The web page needs updating with the new ride times. Cy to ACTION.

The hedge by the clubhouse needs cutting back. Clerk to action.

ACTION:  Bo to send round the survey results.  DONE
"""


def test_consensus_opening_a_sentence_is_a_decision() -> None:
    decisions = [d.text for d in extract_text(_CLUB, format="markdown").decisions]
    assert decisions == ["Consensus was four rides a month was enough for the winter."]


def test_a_thing_that_will_arrive_and_a_request_to_all_members_are_no_tasks() -> None:
    tasks = [a.text for a in extract_text(_CLUB, format="markdown").actions]
    assert not any(t.startswith(("Bo announced", "Ann asked")) for t in tasks)


def test_who_will_action_the_sentence_before_owns_it() -> None:
    actions = {a.text: a for a in extract_text(_CLUB, format="markdown").actions}
    web = actions["The web page needs updating with the new ride times. Cy to ACTION."]
    assert [o.name for o in web.owners] == ["Cy Rand"]
    assert "The hedge by the clubhouse needs cutting back. Clerk to action." in actions


def test_a_status_word_as_a_sentence_after_the_task_is_its_state() -> None:
    survey = next(a for a in extract_text(_CLUB, format="markdown").actions if a.text.startswith("Bo to send"))
    assert (survey.text, survey.status) == ("Bo to send round the survey results.", "done")


def test_a_mail_archive_header_and_a_blog_sidebar_title_nothing() -> None:
    post = ("[riverside-list] Minutes for the committee meeting\n\nAnn Lee annlee at example.org\n"
            "Sun Jun 11 16:27:57 EDT 2006\n\n\nRIVERSIDE CYCLING CLUB COMMITTEE MEETING 6/10/06\n\n"
            "Attendees were as follows:\n\nAnn, Bo, Cy\n\nROUTES\n\nThe winter routes were agreed.\n")
    meeting = extract_text(post, format="text").meeting
    assert meeting.title is not None and "annlee" not in meeting.title
    assert meeting.location is None
    blog = ("Recent Posts\n\nCommittee meeting notes 21st February\n\nRiverside Allotment Society\n\n"
            "Date: 21st February 2018\n\nPresent: Ann Lee, Bo Ode\n\nWater supply\n\n"
            "The taps will be turned on in March.\n")
    assert extract_text(blog, format="text").meeting.title == "Riverside Allotment Society"


_BOARD = """Riverside Neighborhood Association
Board Meeting
December 7, 2025

In attendance: Ann, Bo, Cy, Dee

Call to order 6:06 pm

Finance Update

Meeting next Monday, looking at potential for increased staff time

Cy suggested a monthly financial statement would be more helpful than a yearly one.

Parks Committee

Bo and Dee have been meeting the school about the parking spaces they will lose.
"""


def test_a_report_title_over_a_note_in_sentence_case_heads_it() -> None:
    # "Finance Update" over "Meeting next Monday, looking at ...": no list of two short lines, and the
    # note, running words with a comma, titles nothing
    titles = [s.title for s in extract_text(_BOARD, format="text").sections]
    assert "Finance Update" in titles
    assert not any(t.startswith("Meeting next Monday") for t in titles)


def test_a_name_over_a_caption_in_title_case_is_no_report_title() -> None:
    from notes_extract.segment.title_over_note import note_under_title
    assert not note_under_title("Davey Franklin Jones", "Legal Fees for purchase of land at Jubilee Gardens")
    assert not note_under_title("Ann Lee Smith", "will organise the concert and book the hall for May")


def test_the_place_the_body_met_in_after_the_date_and_time_is_the_location() -> None:
    text = ("The Finance Committee met on March 4, 2025 at 7 p.m. in the Council Chambers of City Hall.\n\n"
            "Present: Ann Lee, Bo Ode\n\n1. Budget\nThe budget was approved.\n")
    meeting = extract_text(text, format="text").meeting
    assert (meeting.title, meeting.location) == ("Finance Committee", "Council Chambers of City Hall")


def test_recorded_by_a_name_and_office_names_the_minute_taker() -> None:
    text = ("Garden Club committee meeting\n\nDate: 3 June 2024\n\nPresent: Ann Lee, Bo Ode, Dee Fox\n\n"
            "1. Budget\nThe budget was approved.\n\nRecorded by Dee Fox, Secretary\n")
    assert extract_text(text, format="text").meeting.minute_taker == "Dee Fox"


def test_a_sentence_saying_when_the_meeting_began_is_no_title() -> None:
    for opening in ("The meeting began at 7:10 PM on March 4, 2025.", "Committee meeting 4/3/25 commenced 7.15 pm"):
        text = f"{opening}\n\nPresent: Ann Lee, Bo Ode\n\n1. Budget\nThe budget was approved.\n"
        assert extract_text(text, format="text").meeting.title is None


def test_every_name_of_a_comma_list_before_agreed_to_owns_the_task() -> None:
    text = ("Club committee\n\nDate: 3 June 2024\n\nPresent: Ann Lee, Bo Ode, Cy Rand, Dee Fox\n\n1. Fete\n"
            "After some talk, Ann, Bo, and Cy agreed to sort out the stalls.\n")
    action = extract_text(text, format="text").actions[0]
    assert [o.name for o in action.owners] == ["Ann Lee", "Bo Ode", "Cy Rand"]
