"""Attendance in the layouts of formal councils, committees and community calls: a list wrapped over
several lines, officials listed by office with their names in brackets, a roll call of several labels
in one paragraph, names after a numbered "Present:" with full stops between them, a visitor after the
counted public, a signature's writer, "Name - Role" lines with roles of any words, a list under a
"Name (pronouns), Affiliation, ..." header line, observers under a heading, and the chair named by
the label or a roster line. Every snippet is invented."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.models import MinutesRecord


def _people(record: MinutesRecord, category: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in getattr(record.attendance, category)]


def _names(record: MinutesRecord, category: str) -> list[str]:
    return [a.name for a in getattr(record.attendance, category)]


def test_a_wrapped_members_list_is_read_on_every_line() -> None:
    record = extract_text(
        "MINUTES OF THE ORDINARY MEETING OF THE HARBOUR DISTRICT\n\n"
        "MEMBERS PRESENT:\n\n"
        "Councillors Abbot, Brennan, Carrow,\n\n"
        "Dunmore, Ó Faoláin, Egan,\n\n"
        "Fenwick and Garvey\n\n"
        "1. Minutes\n\nThe minutes were adopted.\n", format="markdown")
    assert _names(record, "present") == ["Abbot", "Brennan", "Carrow", "Dunmore", "Ó Faoláin", "Egan",
                                         "Fenwick", "Garvey"]


def test_officials_listed_by_office_are_their_names_in_brackets() -> None:
    record = extract_text(
        "MINUTES OF THE ORDINARY MEETING OF THE HARBOUR DISTRICT\n\n"
        "MEMBERS PRESENT:\n\nCouncillors Abbot, Brennan and Carrow\n\n"
        "OFFICIALS IN ATTENDANCE:\n\n"
        "Director of Services (Mr. J. Quill), Senior Engineer (Ms. R. Tobin),\n\n"
        "Clerical Officer, Finance Section (Ann Vale) Staff Officer, Planning\n\n"
        "(Mrs. K. Wren).\n\n"
        "1. Minutes\n\nThe minutes were adopted.\n", format="markdown")
    assert _people(record, "in_attendance") == [
        ("J. Quill", "director of services"), ("R. Tobin", "senior engineer"),
        ("Ann Vale", "clerical officer"), ("K. Wren", "staff officer")]


def test_present_in_the_chair_names_the_chair_whatever_their_title() -> None:
    record = extract_text(
        "MINUTES OF THE ORDINARY MEETING OF THE HARBOUR DISTRICT\n\n"
        "PRESENT IN THE CHAIR:\n\nMayor Colm Rafter\n\n"
        "MEMBERS PRESENT:\n\nCouncillors Abbot, Brennan and Carrow\n\n"
        "1. Minutes\n\nThe minutes were adopted.\n", format="markdown")
    assert ("Colm Rafter", "chair") in _people(record, "present")
    assert record.meeting.chair == "Colm Rafter"


def test_a_roll_call_paragraph_with_several_labels() -> None:
    record = extract_text(
        "# Parks Advisory Board\n\nJune 3, 2021\n\n**1. Call to Order & Roll Call**\n\n"
        "Chair Ostrow called the meeting to order at 7:05 p.m. Present: Members Ostrow, Pelham,\n"
        "Quist. Excused absence: Member Rourke. Unexcused absense: Member Saltz. Also present:\n"
        "Secretary Tilney.\n\n**2. Public Comment**\n\nNone.\n", format="markdown")
    assert _names(record, "present") == ["Ostrow", "Pelham", "Quist"]
    assert _names(record, "apologies") == ["Rourke"]
    assert _names(record, "absent") == ["Saltz"]
    assert _people(record, "in_attendance") == [("Tilney", "secretary")]


def test_a_numbered_present_item_with_full_stops_and_the_counted_public() -> None:
    record = extract_text(
        "Millbrook Parish Council\n\nMinutes of the meeting held on 4 March 2019\n\n"
        "1\\. Present: K. Arden. Mrs. Bligh, T. Corrie, S. Dunn together with 3 members of the public.\n\n"
        "2\\. Apologies: F. Eddy\n\n3\\. Minutes were signed.\n", format="markdown")
    assert _names(record, "present") == ["K. Arden", "Bligh", "T. Corrie", "S. Dunn"]


def test_an_officer_after_the_counted_public_is_in_attendance() -> None:
    record = extract_text(
        "Millbrook Parish Council\n\nMinutes of the meeting held on 4 March 2019\n\n"
        "Present: Mrs Jo Arden - Chairman, Mr Tom Corrie, Ms Sal Dunn.\n\n"
        "4 members of the public\n\n"
        "Police Community Support Officer Lena Marsh\n\n"
        "1\\. Apologies for Absence:\n\nNone.\n", format="markdown")
    assert "Lena Marsh" not in _names(record, "present")
    assert _people(record, "in_attendance") == [("Lena Marsh", "police community support officer")]


def test_the_writer_of_a_signature_is_not_added_to_those_present() -> None:
    record = extract_text(
        "STUDENT SENATE\n\nMinutes, May 2, 2019\n\nPresent: Arlo, Benz, Cato\n\n"
        "I. BUSINESS\n\nThe budget was approved.\n\n"
        "Respectfully submitted,\n\nDara Quince\nSenate Recorder\n", format="text")
    assert _names(record, "present") == ["Arlo", "Benz", "Cato"]
    assert record.meeting.minute_taker == "Dara Quince"


def test_name_dash_role_lines_with_roles_of_any_words() -> None:
    record = extract_text(
        "# Robotics Club Minutes\n\n# Attendance\n\n"
        "* Tia Moss - President\n* Ravi Kell - Outreach Lead\n* Ola Pike - Events Rep\n"
        "* Juno - Rep-at-large\n\n# Updates\n\n* The lab is open.\n", format="markdown")
    assert _people(record, "present") == [("Tia Moss", "president"), ("Ravi Kell", "outreach lead"),
                                          ("Ola Pike", "events rep"), ("Juno", "rep-at-large")]


def test_a_list_under_a_field_header_line_is_one_person_a_line() -> None:
    record = extract_text(
        "## Community call, March 2, 2023\n\nAttending:\n"
        "- Name (pronouns), Affiliation, Project\n"
        "- Ana Ruiz (she/her), Lakeside University, Data Lessons\n"
        "- Ben Ode he/him, unaffiliated, new to the shell lesson\n"
        "- Cai Wen, Delta Lab, maintainer for the SQL lesson, Spanish version\n\n"
        "## Agenda\n\n#### 1. Welcome\n\nEveryone said hello.\n", format="markdown")
    assert _names(record, "present") == ["Ana Ruiz", "Ben Ode", "Cai Wen"]


def test_a_non_voting_observers_heading_lists_observers_in_attendance() -> None:
    record = extract_text(
        "# Steering Committee 2020-01-09\n\n## Attending\n* Ann Lowe\n* Bo Chen\n\n"
        "## Non-voting observers\n* Cy Dunn\n* Di Eames\n\n# Agenda\n\n* Budget\n", format="markdown")
    assert _people(record, "in_attendance") == [("Cy Dunn", "observer"), ("Di Eames", "observer")]
    assert all(s.title != "Non-voting observers" for s in record.sections)


def test_a_roster_line_name_comma_chair_names_the_chair() -> None:
    record = extract_text(
        "Parks Advisory Board\n\nOrla Hennessy, Chair\n\nPiet Ostrow, Vice Chair\n\n"
        "Minutes of June 3, 2021\n\nPresent: Members Hennessy, Ostrow, Quist.\n\n"
        "1. Budget\n\nThe budget was discussed.\n", format="text")
    assert record.meeting.chair == "Orla Hennessy"
