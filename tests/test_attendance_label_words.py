"""Attendance labels whose own words were read wrongly: a label in capitals with words of its own before
the word the capitals split keys on ("STAFF PRESENT:", "ALSO PRESENT:"), and officials, who attend
without being members."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_TITLE = "RIVERSIDE ALLOTMENT SOCIETY\nMinutes of the committee meeting, 4 March 2025\n\n"
_ITEMS = "\n1. Finance\nThe treasurer reported a balance of 200 pounds.\n"


def _names(people: list) -> list[str]:
    return [person.name for person in people]


@pytest.mark.parametrize("label", ["STAFF PRESENT", "ALSO PRESENT", "GUESTS PRESENT", "OTHERS PRESENT"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_capitals_label_with_words_before_its_keyword(label: str, fmt: str) -> None:
    text = _TITLE + f"MEMBERS PRESENT: Ann Lee, Bo Ode\n\n{label}: Dee Fox, Eve Gray\n" + _ITEMS
    record = extract_text(text, format=fmt)
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode"]
    assert _names(record.attendance.in_attendance) == ["Dee Fox", "Eve Gray"]


def test_capitals_label_run_on_after_a_title_line_is_still_cut() -> None:
    text = "MINUTES OF THE PARISH COUNCIL MEETING HELD ON 4 MARCH 2025 PRESENT: Ann Lee, Bo Ode\n" + _ITEMS
    record = extract_text(text, format="text")
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode"]


def test_officials_in_attendance_attend_without_being_members() -> None:
    text = _TITLE + "Members present: Ann Lee, Bo Ode\n\nOfficials in attendance: Dee Fox, Eve Gray\n" + _ITEMS
    record = extract_text(text, format="text")
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode"]
    assert _names(record.attendance.in_attendance) == ["Dee Fox", "Eve Gray"]


@pytest.mark.parametrize("label", ["Attendees present", "Participants present:", "Attendance list",
                                   "Attendance register"])
def test_a_list_of_who_came_named_in_other_words(label: str) -> None:
    text = "# Riverside Allotment Society\n\nMinutes of the committee meeting, 4 March 2025\n\n" + \
        f"{label}\n\n- Ann Lee - Acme Corp\n- Bo Ode - Foo Trust\n\n## 1. Finance\n\nThe treasurer reported.\n"
    record = extract_text(text, format="markdown")
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode"]
    assert [section.title for section in record.sections] == ["Finance"]


@pytest.mark.parametrize("label", ["Project team", "Board of Directors", "Team Members", "Working group",
                                   "Voting members", "Selectmen"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_body_or_its_members_as_the_label_of_names_run_on(label: str, fmt: str) -> None:
    text = _TITLE + f"{label}: Ann Lee, Bo Ode, Cy Rand\n" + _ITEMS
    record = extract_text(text, format=fmt)
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_a_body_label_inside_an_item_names_no_attendance() -> None:
    text = _TITLE + "Present: Ann Lee, Bo Ode\n\n1. Elections\nProject team: Cy Rand, Dee Fox and Eve Gray\n"
    record = extract_text(text, format="text")
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode"]


@pytest.mark.parametrize("prefix", ["Regular Meeting of the Board", "Meeting of the Parish Council",
                                    "Board of Directors Meeting 4 March 2025"])
def test_a_meeting_named_before_the_attendance_label_on_its_line(prefix: str) -> None:
    text = f"RIVERSIDE ALLOTMENT SOCIETY\n{prefix}: Present: Ann Lee, Bo Ode, Cy Rand\n" + _ITEMS
    record = extract_text(text, format="text")
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]


@pytest.mark.parametrize("label", ["Team attendees", "Today's participants", "Team present", "Persons present"])
def test_a_label_whose_first_word_is_a_label_of_its_own(label: str) -> None:
    text = "# Riverside Allotment Society\n\nMinutes of the committee meeting, 4 March 2025\n\n" + \
        f"{label}\n\n- Ann Lee\n- Bo Ode\n\n## 1. Finance\n\nThe treasurer reported.\n"
    record = extract_text(text, format="markdown")
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode"]
