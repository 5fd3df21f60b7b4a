"""Numbered heading hierarchies and meeting facts, each on a small invented document."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord
from tests.test_loader_pdf import Page, build_pdf


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def titles(record: MinutesRecord) -> list[str]:
    return [s.title for s in record.sections]


def test_an_outline_item_that_only_groups_its_sub_items_gives_way_to_them() -> None:
    record = markdown(
        b"# Garden Club Committee\n\n12 March 2024\n\n"
        b"## 1 Welcome\n\nThe chair welcomed everyone.\n\n"
        b"## 2 Events\n\n### 2.1 Seed swap\n\nThe swap will run in April.\n\n"
        b"### 2.2 Open day\n\nVolunteers are needed for the gate.\n\n"
        b"## 3 Reports\n\n### 3.1 Treasurer\n\nThe balance is healthy.\n\n"
        b"## 4 Compost bins\n\nTwo bins need new lids.\n")
    assert titles(record) == ["Welcome", "Seed swap", "Open day", "Treasurer", "Compost bins"]
    assert next(s for s in record.sections if s.title == "Treasurer").kind == "report"


def test_hyphenated_outline_numbers_count_their_depth_and_leave_the_title() -> None:
    record = markdown(
        b"# Robotics Team Meeting\n\n3 June 2024\n\n"
        b"## 1 Hardware\n\n### 1-1 Gripper\n\nThe gripper jams at full speed.\n\n"
        b"#### 1-1-1 Spare parts\n\nTwo servos are on order.\n\n"
        b"### 1-2 Chassis\n\nThe chassis was welded.\n\n"
        b"## 2 Software\n\nThe planner now runs on the board.\n\n"
        b"## 3 Outreach\n\nA school visit is planned.\n")
    assert titles(record) == ["Gripper", "Chassis", "Software", "Outreach"]


def test_running_minute_numbers_keep_their_sub_items_inside_the_minute() -> None:
    record = markdown(
        b"# Upton Parish Council\n\n4 April 2024\n\n"
        b"## 301 PLANNING\n\n### 301.1 Applications\n\nNo observations were made.\n\n"
        b"### 301.2 Appeals\n\nNone were received.\n\n"
        b"## 302 FINANCE\n\nThe accounts were noted.\n\n"
        b"## 303 HIGHWAYS\n\nPotholes were reported.\n")
    assert titles(record) == ["PLANNING", "FINANCE", "HIGHWAYS"]


def test_an_agenda_number_prefix_is_not_the_subject_nor_a_presenter() -> None:
    record = markdown(
        b"# Chess Society Committee\n\n5 May 2024\n\n"
        b"## Agenda 1: Choose next VP\n\n- Two members stood.\n\n"
        b"## Agenda 2: Summer league\n\n- Fixtures were drafted.\n")
    assert titles(record) == ["Choose next VP", "Summer league"]
    assert record.sections[0].presenter is None


def test_the_chair_is_read_from_a_sentence_that_says_so_in_any_case() -> None:
    record = markdown(
        b"# Walking Group AGM\n\n9 June 2024\n\n"
        b"Present: Ann Lee, Tom Hill, Kay Moss\n\n"
        b"## Opening\n\nThe meeting began at 10am. Ann Lee, Convenor, was the Chair.\n\n"
        b"## Routes\n\nNew routes were proposed.\n")
    assert record.meeting.chair == "Ann Lee"


def test_the_chair_elected_at_the_meeting_is_its_chair() -> None:
    record = markdown(
        b"# Film Club Committee\n\n9 June 2024\n\n"
        b"## Opening\n\nTom Hill was elected Chair.\n\n"
        b"## Screenings\n\nThree films were chosen.\n")
    assert record.meeting.chair == "Tom Hill"


def test_a_front_matter_date_with_a_clock_time_gives_the_start() -> None:
    record = markdown(
        b"---\ndate: 14/05/2024 18:30\n---\n\n"
        b"Attendees: Ann, Tom, Kay\n\n## Budget\n\n- The budget was discussed.\n")
    assert record.meeting.date == "2024-05-14"
    assert record.meeting.start_time == "18:30"


def test_opened_and_closed_times_outrank_the_scheduled_start() -> None:
    record = markdown(
        b"# Makerspace Committee - 2024-06-08\n\n"
        b"Scheduled start: 2024-06-08, 12:30\n\n"
        b"## Members Present\n\n* Ann Lee\n* Tom Hill\n\n"
        b"## Meeting\n\n* Opened: 1310\n* Closed: 1415\n\n"
        b"## Tools\n\nThe lathe was serviced.\n")
    assert (record.meeting.start_time, record.meeting.end_time) == ("13:10", "14:15")



def test_a_title_loses_its_agenda_prefix() -> None:
    assert markdown(b"# Agenda for the Orchard Trust Meeting\n\n2 May 2024\n\n## Trees\n\nPruning is due.\n"
                    ).meeting.title == "Orchard Trust Meeting"


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


def test_an_info_block_of_bullets_gives_the_date_times_place_and_notetaker() -> None:
    meeting = markdown(
        b"# Harbour Rowing Club Committee\n\n- Date: 12 March 2024\n- Time: 7:00 pm - 8:30 pm\n"
        b"- Location: Boathouse loft\n- Notetaker: Kay Moss\n\n"
        b"Present: Ann Lee, Tom Hill, Kay Moss\n\n## Budget\n\nThe budget was agreed.\n").meeting
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-03-12", "19:00", "20:30")
    assert (meeting.location, meeting.minute_taker) == ("Boathouse loft", "Kay Moss")


def test_an_info_table_reads_like_labelled_lines() -> None:
    meeting = markdown(
        b"# Harbour Rowing Club Committee\n\n| Date | 12 March 2024 |\n|---|---|\n| Time | 19:00 |\n"
        b"| Location | Boathouse loft |\n| Notetaker | Kay Moss |\n\n"
        b"Present: Ann Lee, Tom Hill, Kay Moss\n\n## Budget\n\nThe budget was agreed.\n").meeting
    assert (meeting.date, meeting.start_time, meeting.location) == ("2024-03-12", "19:00", "Boathouse loft")
    assert meeting.minute_taker == "Kay Moss"


def test_a_minutes_dash_date_title_names_no_minute_taker() -> None:
    record = text(b"Minutes - 12 March 2024\n\nPresent: Ann Lee, Tom Hill\n\n"
                  b"1. Budget\nThe budget was agreed.\n\n2. Garden\nThe garden needs weeding.\n")
    assert (record.meeting.title, record.meeting.date, record.meeting.minute_taker) == (None, "2024-03-12", None)
    assert titles(record) == ["Budget", "Garden"]


def test_sub_headings_under_an_agenda_title_are_its_items() -> None:
    record = markdown(b"# Agenda for the Board Meeting\n\n12 March 2024\n\n## Budget\n\nThe budget was agreed.\n\n"
                      b"## Garden\n\nThe garden needs weeding.\n")
    assert record.meeting.title == "Board Meeting"
    assert titles(record) == ["Budget", "Garden"]


def test_hyphen_numbered_plain_text_headings_nest_by_their_depth() -> None:
    record = text(b"Harbour Rowing Club Committee\n12 March 2024\n\n1 Boats\n1-1 Repairs\nThe hull was patched.\n"
                  b"1-2 Paint\n1-2-1 Colours\nBlue was chosen.\n1-2-2 Suppliers\nTwo quotes came in.\n"
                  b"2 Finance\nThe balance is good.\n3 Social\nA dinner is planned.\n")
    assert record.meeting.date == "2024-03-12"
    assert titles(record) == ["Repairs", "Colours", "Suppliers", "Finance", "Social"]


def test_grouping_items_give_way_at_every_depth_of_a_markdown_outline() -> None:
    record = markdown(
        b"# Harbour Rowing Club Committee\n\n12 March 2024\n\n## 1. Boats\n\nThe boats were checked.\n\n"
        b"## 2. Finance\n\n### 2.1 Budget\n\n#### 2.1.1 Grants\n\nOne grant came in.\n\n"
        b"#### 2.1.2 Fees\n\nFees stay the same.\n\n### 2.2 Audit\n\nThe audit is booked.\n\n"
        b"## 3. Social\n\nA dinner is planned.\n")
    assert titles(record) == ["Boats", "Grants", "Fees", "Audit", "Social"]


def test_section_kinds_of_updates_minutes_and_closing_business() -> None:
    from notes_extract.extractors.sections import section_kind
    assert section_kind("Update on the Website") == "report"
    assert section_kind("Sponsor Update") == "report"
    assert section_kind("Update the constitution") == "discussion"
    assert section_kind("Release updates discussion") == "discussion"
    assert section_kind("Agree minutes from previous meeting") == "previous_minutes"
    assert section_kind("Review Last Meeting's Minutes") == "previous_minutes"
    assert section_kind("Matters arising from the previous minutes") == "action_review"
    assert section_kind("Miscellaneous") == "aob"
    assert section_kind("Further business") == "aob"


def test_a_meeting_notes_title_with_a_month_first_date_names_the_meeting() -> None:
    record = markdown(b"# Fortnightly Meeting Notes \xe2\x80\x93 04/23/2024\n\nPresent: Ann Lee, Tom Hill\n\n"
                      b"## Budget\n\nThe budget was agreed.\n")
    assert record.meeting.title == "Fortnightly Meeting"


def test_a_document_heading_that_names_the_meeting_beats_its_sub_headings() -> None:
    record = markdown(b"# Weekly Meeting Notes - 04/23/2024\n\n## Overview:\nWhere: Room 4\n\n"
                      b"## Attendance:\nPresent: Ann Lee, Tom Hill\n\n## Progress\n\n- The survey was sent.\n")
    assert record.meeting.title == "Weekly Meeting"


def test_a_dated_sub_heading_still_dates_the_meeting_it_does_not_name() -> None:
    record = markdown(b"# Orchard Trust Committee\n\n## Wednesday 3 July 2024\n\n"
                      b"Present: Ann Lee, Tom Hill\n\n## Trees\n\nPruning is due.\n")
    assert (record.meeting.title, record.meeting.date) == ("Orchard Trust Committee", "2024-07-03")


def test_a_numbered_item_over_a_table_is_a_section_heading() -> None:
    # "2. Actions of the previous meeting" printed as a numbered line with its action table below.
    page = Page().text(72, 80, "Garden Club Committee", size=18, bold=True).text(72, 110, "12 March 2024")
    page.text(72, 140, "1. Welcome").text(72, 160, "The chair welcomed everyone to the meeting.")
    page.text(72, 190, "2. Actions of the previous meeting")
    page.table(205, [["No.", "Detail", "Resp."], ["1.1", "Fix the shed door", "Ann Lee"],
                     ["1.2", "Buy new seed trays", "Bob Jones"]], columns=(72, 120, 380, 520))
    page.text(72, 300, "3. Open day").text(72, 320, "Volunteers are needed for the gate.")
    record = extract(build_pdf([page]), format="pdf")
    assert "Actions of the previous meeting" in titles(record)
