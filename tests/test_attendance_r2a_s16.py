"""Attendance and meeting-fact forms found by the sixteenth session's invented battery (round two), each on
a small invented document."""

from __future__ import annotations

from notes_extract import extract_text


def test_a_list_of_names_set_wholly_in_bold_under_an_attendance_label() -> None:
    record = extract_text("# Board meeting – 14 May 2025\n\nPresent:\n\n- **Ann Lee**\n- **Bo Ode**\n\n"
                          "## Apologies\n- **Ed Fry**\n- **Gil Hart** (Secretary)\n\n"
                          "## Budget\nThe board approved the budget.\n", format="markdown")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode"]
    assert [(p.name, p.role) for p in record.attendance.apologies] == [("Ed Fry", None), ("Gil Hart", "secretary")]
    assert [s.title for s in record.sections] == ["Budget"]


def test_bold_grouping_bullets_after_bold_names_stay_headings() -> None:
    record = extract_text("# Board meeting – 14 May 2025\n\nPresent:\n\n- **Ann Lee**\n- **Bo Ode**\n"
                          "- **New Business**\n\nThe board approved the budget.\n", format="markdown")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode"]


def test_a_dashed_role_list_line_with_a_remark_in_brackets_is_one_person() -> None:
    record = extract_text("Club Committee Meeting\n14 May 2025\n\nPresent:\nAnn Lee – Chair\nBo Ode – Secretary\n"
                          "Dee Fox – Member (proxy)\nEd Fry – Member\n\n1. Budget\nAgreed.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Ann Lee", "chair"), ("Bo Ode", "secretary"), ("Dee Fox", "member"), ("Ed Fry", "member")]


def test_a_role_after_a_dash_then_a_remark_in_brackets_leaves_the_name_alone() -> None:
    record = extract_text("Club Committee Meeting\n14 May 2025\n\nPresent:\nAnn Lee\nBo Ode\n"
                          "Dee Fox – Treasurer (proxy)\n\n1. Budget\nAgreed.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Ann Lee", None), ("Bo Ode", None), ("Dee Fox", "treasurer")]


def test_a_date_written_year_first_with_the_month_name_between_dashes() -> None:
    record = extract_text("Club Committee Meeting\n2025-May-14\n\nPresent: Ann Lee, Bo Ode\n\n1. Budget\nAgreed.\n",
                          format="text")
    assert record.meeting.date == "2025-05-14"


def test_an_at_sign_in_the_title_block_marks_the_place() -> None:
    record = extract_text("Club Committee Meeting\n14-May-2025 @ The Red Lion\n\nPresent: Ann Lee, Bo Ode\n\n"
                          "1. Budget\nAgreed.\n", format="text")
    assert record.meeting.location == "The Red Lion"
    record = extract_text("Club Committee Meeting\n14 May 2025\n@Ann Lee\n\nPresent: Ann Lee, Bo Ode\n\n"
                          "1. Budget\nAgreed.\n", format="text")
    assert record.meeting.location is None  # a mention, not a place


def test_a_minutes_label_over_an_attendee_s_name_names_the_writer() -> None:
    head = "Club Committee Meeting\n14 May 2025\n\nPresent: Ann Lee, Bo Ode, Gil Hart\n\nMinutes:\n"
    record = extract_text(head + "Gil Hart\n\n1. Budget\nAgreed.\n", format="text")
    assert record.meeting.minute_taker == "Gil Hart"
    record = extract_text(head + "Budget Review\n\n1. Budget\nAgreed.\n", format="text")
    assert record.meeting.minute_taker is None  # the minutes' own first line, no attendee


def test_a_plain_present_label_before_a_name_with_its_office_in_brackets() -> None:
    record = extract_text("Allotment Society Committee Meeting 14 May 2025\n\n1. Apologies Ann Lee, Bo Ode\n"
                          "2. Present Cat Dyer (Chair), Ed Fry, Gil Hart\n\n3. Matters arising\nNone.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Cat Dyer", "chair"), ("Ed Fry", None), ("Gil Hart", None)]
    assert record.meeting.chair == "Cat Dyer"


def test_a_role_line_naming_two_full_names_gives_each_the_role() -> None:
    record = extract_text("Club Committee Meeting\n14 May 2025\n\nChair: Ann Lee, Bo Ode\n\n"
                          "Present: Ann Lee, Bo Ode, Gil Hart\n\n1. Budget\nAgreed.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Ann Lee", "chair"), ("Bo Ode", "chair"), ("Gil Hart", None)]


def test_a_co_chairs_line_gives_both_listed_people_the_role() -> None:
    record = extract_text("Club Committee Meeting\n14 May 2025\n\nCo-chairs: Ann Lee and Bo Ode\n\n"
                          "Present: Ann Lee, Bo Ode, Gil Hart\n\n1. Budget\nAgreed.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Ann Lee", "co-chair"), ("Bo Ode", "co-chair"), ("Gil Hart", None)]
