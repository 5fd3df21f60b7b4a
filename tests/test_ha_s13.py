"""Attendance written in forms read from the wild pool: job titles after names, labels run on after a
list whose line break was lost, lower-case titles in a sentence of those present, "also attended".
Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text
from notes_extract.people import parse_entry


def _lists(text: str, fmt: str | None = None) -> dict[str, list[tuple[str, str | None]]]:
    """The record's non-empty attendance lists as (name, role) pairs."""
    attendance = extract_text(text, format=fmt).model_dump()["attendance"]
    return {category: [(a["name"], a["role"]) for a in people] for category, people in attendance.items() if people}


# --- a job title after a full name ------------------------------------------------

def test_a_job_title_after_a_dash_is_the_role() -> None:
    person = parse_entry("Tilda Marsh - Scrum Master")
    assert person is not None and (person.name, person.role) == ("Tilda Marsh", "scrum master")


def test_a_job_title_after_a_comma_is_the_role() -> None:
    person = parse_entry("Owen Pike, Product Owner")
    assert person is not None and (person.name, person.role) == ("Owen Pike", "product owner")


def test_a_job_title_in_a_bulleted_attendance_list() -> None:
    lists = _lists("# Sprint review\n\n### Attendance:\n* Tilda Marsh - Scrum Master\n* Owen Pike\n* Rae Quill\n\n"
                   "### Notes\n* The board was cleared.\n", "markdown")
    assert lists["present"] == [("Tilda Marsh", "scrum master"), ("Owen Pike", None), ("Rae Quill", None)]


def test_an_organisation_after_a_dash_stays_no_role() -> None:
    person = parse_entry("Tilda Marsh - Acme")
    assert person is not None and (person.name, person.role) == ("Tilda Marsh", None)


# --- a label run on after the last name of the list before ------------------------

def test_apologies_label_run_on_after_present_list() -> None:
    lists = _lists("Minutes of the Rovers committee 13/08/17\n"
                   "Present: T. Marsh, O. Pike, R. Quill and S.Tunn Apologies: V. West, W. Yale and Z. Ames\n\n"
                   "Finance\n\nThe balance was read.\n")
    assert [n for n, _ in lists["present"]] == ["T. Marsh", "O. Pike", "R. Quill", "S.Tunn"]
    assert [n for n, _ in lists["apologies"]] == ["V. West", "W. Yale", "Z. Ames"]


def test_absent_label_run_on_after_present_list() -> None:
    lists = _lists("Minutes of the garden club\n\nPresent: Tilda Marsh, Owen Pike Absent: Rae Quill\n\n"
                   "Treasurer\n\nThe balance was read.\n")
    assert [n for n, _ in lists["present"]] == ["Tilda Marsh", "Owen Pike"]
    assert [n for n, _ in lists["absent"]] == ["Rae Quill"]


# --- lower-case titles before the names they cover ---------------------------------

_TITLED = ("# Town of Elmford\n\nChair Tilda Marsh called the meeting to order at 6:30 pm. Board members present were "
           "supervisors Tilda Marsh, Owen Pike, and Rae Quill, treasurer Sam Tunn, clerk Vera West and guests "
           "Walt Yale and Zoe Ames. All present said the pledge.\n\n## Minutes\n\nThe minutes were approved.\n")


def _titled_lists() -> dict[str, list[tuple[str, str | None]]]:
    return _lists(_TITLED, "markdown")


def test_lower_case_titles_give_each_name_its_role() -> None:
    lists = _titled_lists()
    assert lists["present"] == [("Tilda Marsh", "supervisor"), ("Owen Pike", "supervisor"),
                                ("Rae Quill", "supervisor"), ("Sam Tunn", "treasurer")]


def test_guests_under_a_lower_case_title_attend_as_non_members() -> None:
    lists = _titled_lists()
    assert ("Walt Yale", "guest") in lists["in_attendance"] and ("Zoe Ames", "guest") in lists["in_attendance"]
    assert ("Vera West", "clerk") in lists["in_attendance"]


# --- "also attended" -------------------------------------------------------------------

def test_also_attended_names_a_non_member() -> None:
    lists = _lists("Select Board\n\nThe meeting was called to order at 7:00 p.m. by Chairman Tilda Marsh. Selectmen "
                   "present included Owen Pike, Rae Quill and Sam Tunn. Town Administrator Vera West also attended."
                   "\n\nThe minutes were approved.\n")
    assert lists["in_attendance"] == [("Vera West", "town administrator")]


def test_names_then_attended_are_present() -> None:
    lists = _lists("Garden club\n\nTilda Marsh, Owen Pike and Rae Quill attended.\n\nThe minutes were approved.\n")
    assert lists["present"] == [("Tilda Marsh", None), ("Owen Pike", None), ("Rae Quill", None)]


def test_a_counted_group_that_attended_is_nobody() -> None:
    lists = _lists("Garden club\n\nSeveral residents attended the meeting.\n\nThe minutes were approved.\n")
    assert "present" not in lists and "in_attendance" not in lists


# --- an initial typed against the surname in a group's line -------------------------

def test_group_lines_of_initials_against_surnames_under_participants() -> None:
    lists = _lists("# Working group call\n\n## **Participants**\n\n- **Core team:** T.Marsh, O.Pike, R. Quill\n"
                   "- **Other:** S.Tunn, V.West\n\n## News\n\n- The draft went out.\n", "markdown")
    assert [n for n, _ in lists["present"]] == ["T.Marsh", "O.Pike", "R. Quill", "S.Tunn", "V.West"]


def test_a_label_word_inside_the_opening_label_cuts_nothing() -> None:
    """Guard: "Commissioners Present:" and "IN ATTENDANCE:" are one label each, not a run-on one."""
    lists = _lists("Port commission\n\nCommissioners Present: Tilda Marsh, Owen Pike\n\n"
                   "IN ATTENDANCE: District Councillor Rae Quill\n\nThe minutes were approved.\n")
    assert lists["present"] == [("Tilda Marsh", "commissioner"), ("Owen Pike", "commissioner")]
    assert [n for n, _ in lists["in_attendance"]] == ["Rae Quill"]


def test_attended_inside_an_item_tells_of_another_meeting() -> None:
    lists = _lists("Parish Council\n\nPresent: Cllr Tilda Marsh, Cllr Owen Pike\n\n1. PLANNING\n\n"
                   "Cllr Marsh reported on the planning committee which had met on 9th July. Cllr Marsh, "
                   "Cllr Pike and Cllr Rae Quill attended the meeting.\n\n2. MATTERS ARISING\n\nNone.\n")
    assert [n for n, _ in lists["present"]] == ["Tilda Marsh", "Owen Pike"]


def test_attended_beside_the_members_listed_names_non_members() -> None:
    lists = _lists("Parish Council\n\nPresent: Cllr Tilda Marsh, Cllr Owen Pike\n\n"
                   "The Chairman opened the meeting at 7.30pm. PCSO Rae Quill and PCSO Sam Tunn attended.\n\n"
                   "1. MATTERS ARISING\n\nNone.\n")
    assert [n for n, _ in lists["present"]] == ["Tilda Marsh", "Owen Pike"]
    assert [n for n, _ in lists["in_attendance"]] == ["Rae Quill", "Sam Tunn"]


def test_attended_after_the_items_have_begun_is_no_attendance() -> None:
    lists = _lists("Parish Council\n\nPresent: Cllr Tilda Marsh, Cllr Owen Pike\n\n1. MATTERS ARISING\n\nNone.\n\n"
                   "REPORT OF THE MEETING OF THE FINANCE COMMITTEE HELD ON MONDAY 2nd FEBRUARY\n\n"
                   "Cllr Marsh, Cllr Pike and Cllr Rae Quill attended the meeting.\n")
    assert [n for n, _ in lists["present"]] == ["Tilda Marsh", "Owen Pike"] and "in_attendance" not in lists


# --- offices cut short in brackets; a label with its verb ---------------------------

def test_offices_cut_short_in_brackets_are_roles() -> None:
    lists = _lists("Board meeting\n\nPresent: Tilda Marsh (Pres.), Owen Pike (Treas.), Rae Quill (Sec.)\n\n"
                   "1. Minutes\n\nApproved.\n")
    assert lists["present"] == [("Tilda Marsh", "president"), ("Owen Pike", "treasurer"), ("Rae Quill", "secretary")]


def test_absent_were_then_names() -> None:
    lists = _lists("Board meeting\n\nAttending were: Tilda Marsh, Owen Pike and Rae Quill. Absent were Sam Tunn and "
                   "Vera West.\n\n1. Minutes\n\nApproved.\n")
    assert [n for n, _ in lists["absent"]] == ["Sam Tunn", "Vera West"]
