"""Attendance forms found by the eighteenth session's invented battery, each on a small invented document."""

from __future__ import annotations

from notes_extract import extract_text


def test_an_attendance_sentence_over_a_table_of_names() -> None:
    record = extract_text("# Board meeting 2024-03-03\n\nThe following were present:\n\n"
                          "| Ann Lee | Bo Ode |\n|---|---|\n| Cy Park | Dee Fox |\n\n"
                          "## Budget\nThe board approved the budget.\n", format="markdown")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Park", "Dee Fox"]
    record = extract_text("Minutes of the Board Meeting, 3 March 2024\n\nThe following were present:\n"
                          "Ann Lee\tBo Ode\nCy Park\tDee Fox\n\n1. Budget\nThe board approved the budget.\n",
                          format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Park", "Dee Fox"]


def test_an_attendance_sentence_over_a_table_of_other_things_takes_none() -> None:
    record = extract_text("# Board meeting 2024-03-03\n\nThe following were present:\n\n"
                          "| Budget | approved |\n|---|---|\n| Hall hire | deferred to May |\n\n"
                          "## Budget\nThe board approved the budget.\n", format="markdown")
    assert record.attendance.present == []


def test_members_and_guests_present_lists_who_came() -> None:
    record = extract_text("Club meeting\n\nThe following members and guests were present:\nAnn Lee, Bo Ode, Cy Park\n\n"
                          "1. Budget\nThe club approved the budget.\n", format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Park"]
    assert record.attendance.in_attendance == []
    record = extract_text("Club meeting\n\nPresent: Ann Lee, Bo Ode\nThe following guests were present: Cy Park\n\n"
                          "1. Budget\nThe club approved the budget.\n", format="text")
    assert [p.name for p in record.attendance.in_attendance] == ["Cy Park"]


def test_an_attendance_sentence_over_a_table_with_a_name_column_header() -> None:
    record = extract_text("# Club meeting 2006-03-07\n\nThe following members were present:\n\n"
                          "| Name | Call sign | Office |\n|---|---|---|\n| Ann Lee | K1AB | |\n"
                          "| Bo Ode | N1XY | President |\n| Cy Park | W1CD | |\n\n"
                          "## Budget\nThe club approved the budget.\n", format="markdown")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Ann Lee", None), ("Bo Ode", "president"), ("Cy Park", None)]


def test_a_job_title_before_a_surname_alone_is_the_role() -> None:
    record = extract_text("Regular Council Meeting\n\nCOUNCIL PRESENT: Mayor Tate, Councilmembers Hall and Stone.\n"
                          "STAFF PRESENT: City Manager Jonson, Finance Director Hahn, Lieutenant Franz, "
                          "and City Clerk Paul.\n\n1. Budget\nThe council discussed the budget.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.in_attendance] == [
        ("Jonson", "city manager"), ("Hahn", "finance director"), ("Franz", "lieutenant"), ("Paul", "city clerk")]


def test_a_job_title_is_not_read_as_a_title_before_a_surname() -> None:
    record = extract_text("Board meeting\n\nPresent: Ann Lee, Bo Ode\nIn attendance: Assistant Director\n\n"
                          "1. Budget\nThe board discussed the budget.\n", format="text")
    assert all(p.name != "Director" for p in record.attendance.in_attendance)


def test_a_lower_case_label_run_on_after_the_list_before_it() -> None:
    record = extract_text("Club meeting\nopened: 2012-03-15 18:15\npresent: Ann Lee (Chair), Bo Ode (Secretary), "
                          "Cy Park, Dee Fox\napologies: Ed Fry, Gil Hart\n\n1. Budget\nThe club approved the budget.\n",
                          format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Park", "Dee Fox"]
    assert [p.name for p in record.attendance.apologies] == ["Ed Fry", "Gil Hart"]


def test_a_capitals_label_then_one_titled_name_without_a_colon() -> None:
    record = extract_text("Minutes of the meeting\n\n1. APOLOGIES Cllr E Fry.\n2. PRESENT Cllr A Lee, Cllr B Ode.\n"
                          "3. BUDGET\nThe council approved the budget.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.apologies] == [("E Fry", "councillor")]


def test_names_then_a_remark_under_a_bare_apologies_label_closed_by_a_full_stop() -> None:
    record = extract_text("Minutes of the meeting\n\nPresent: Ann Lee, Bo Ode, Cy Park\n\n1. APOLOGIES FOR ABSENCE.\n\n"
                          "Cllr E Fry and Cllr G Hart. The meeting accepted these as proper reasons for absence.\n\n"
                          "2. BUDGET\n\nThe council approved the budget.\n", format="text")
    assert [p.name for p in record.attendance.apologies] == ["E Fry", "G Hart"]
    assert any("accepted these" in d.text for d in record.decisions)  # the remark is still read


def test_a_reason_for_absence_in_brackets_is_no_role() -> None:
    record = extract_text("Minutes of the meeting\n\nPresent: Ann Lee, Bo Ode\n"
                          "Apologies: Cllr E Fry (family commitment), Gil Hart (holiday), Hal Ives (chair)"
                          "\n\n1. Budget\nThe council approved the budget.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.apologies] == [
        ("E Fry", "councillor"), ("Gil Hart", None), ("Hal Ives", "chair")]


def test_a_plain_case_label_with_no_colon_before_a_run_of_full_names() -> None:
    record = extract_text("Minutes of the Board Meeting, 3 March 2024\n\n"
                          "Present Ann Lee, Bo Ode, Cy Park and Dee Fox.\n\n1. Budget\nThe board met.\n",
                          format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Park", "Dee Fox"]
    record = extract_text("Minutes of the Board Meeting, 3 March 2024\n\nPresent: Ann Lee, Bo Ode\n"
                          "Visitors included Bruce Seely (Sales), Jim Moore (Parks), Shane Gold (IT).\n\n"
                          "1. Budget\nThe board discussed the budget.\n", format="text")
    assert all(not p.name.startswith("included") for p in record.attendance.in_attendance)


def test_a_clergy_title_before_a_name_is_no_part_of_it() -> None:
    record = extract_text("Vestry meeting\n\nRoll Call: Present: Fr. Crow, D. Rad, Canon Ed Fry; Absent: R. Cog.\n\n"
                          "1. Budget\nThe vestry approved the budget.\n", format="text")
    assert [p.name for p in record.attendance.present] == ["Crow", "D. Rad", "Ed Fry"]


def test_a_lower_case_list_after_a_semicolon_starts_its_own_list() -> None:
    record = extract_text("Minutes\n\nPresent: Ann Lee, Bo Ode, Cy Park; apologies from Dee Fox and Ed Fry.\n\n"
                          "1. Budget\nThe board met.\n", format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Park"]
    assert [p.name for p in record.attendance.apologies] == ["Dee Fox", "Ed Fry"]
    record = extract_text("Minutes\n\nPresent: Ann Lee, Bo Ode, Cy Park; absent: Dee Fox.\n\n1. Budget\nMet.\n",
                          format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Park"]
    assert [p.name for p in record.attendance.absent] == ["Dee Fox"]


def test_table_cells_each_a_name_and_its_role_after_a_comma() -> None:
    record = extract_text("# Board meeting\n\nPresent:\n\n| Ann Lee, Chair | Bo Ode, Treasurer |\n|---|---|\n"
                          "| Cy Park | Dee Fox |\n\n## Notes\n- Budget discussed\n", format="markdown")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Ann Lee", "chair"), ("Bo Ode", "treasurer"), ("Cy Park", None), ("Dee Fox", None)]
    record = extract_text("# Board meeting 2024-03-03\n\nPresent:\n\n| Ann Lee | Church Steward |\n|---|---|\n"
                          "| Cy Park | Treasurer |\n\n## Notes\n- Budget discussed\n", format="markdown")
    assert [(p.name, p.role) for p in record.attendance.present] == [("Ann Lee", "church steward"),
                                                                      ("Cy Park", "treasurer")]
