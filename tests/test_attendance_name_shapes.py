"""Names in attendance lists written in shapes other rules took for something else: a middle initial's
full stop ("- Ann B. Lee") is no item title ending."""

from __future__ import annotations

from notes_extract import extract_text

_TITLE = "# Riverside Allotment Society\n\nMinutes of the committee meeting, 4 March 2025\n\n"
_ITEMS = "\n## 1. Finance\n\nThe treasurer reported a balance of 200 pounds.\n"


def _names(people: list) -> list[str]:
    return [person.name for person in people]


def test_bullets_of_names_with_middle_initials_are_people_not_items() -> None:
    text = _TITLE + "Present:\n\n- Ann B. Lee\n- Bo C. Ode\n- Cy D. Rand\n- Dee E. Fox\n" + _ITEMS
    record = extract_text(text, format="markdown")
    assert _names(record.attendance.present) == ["Ann B. Lee", "Bo C. Ode", "Cy D. Rand", "Dee E. Fox"]
    assert [section.title for section in record.sections] == ["Finance"]


def test_offices_and_holders_with_where_they_are_from_or_a_dash() -> None:
    text = _TITLE + "Attendees present\n\n- Chair: Ann Lee (Acme)\n- Treasurer: Bo Ode (Foo Trust)\n" \
        "- Secretary - Cy Rand\n- Member: Dee Fox (Baz)\n" + _ITEMS
    record = extract_text(text, format="markdown")
    assert sorted(_names(record.attendance.present)) == ["Ann Lee", "Bo Ode", "Cy Rand", "Dee Fox"]
    assert {a.name: a.role for a in record.attendance.present}["Bo Ode"] == "treasurer"


def test_a_qualified_label_over_offices_and_holders_opens_the_list() -> None:
    text = _TITLE + "Meeting attendees\n\n- Chair: Ann Lee (Acme)\n- Treasurer: Bo Ode (Foo Trust)\n" + _ITEMS
    record = extract_text(text, format="markdown")
    assert sorted(_names(record.attendance.present)) == ["Ann Lee", "Bo Ode"]


def test_a_note_with_a_clock_time_after_where_someone_is_from() -> None:
    text = _TITLE + "Present:\n\n- Ann Lee (Acme)\n- Bo Ode (Foo Trust) - left at 8pm\n" \
        "- Cy Rand (Bar) - arrived 7.45 pm\n" + _ITEMS
    record = extract_text(text, format="markdown")
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_a_full_name_then_a_dash_and_what_they_do_with_commas_is_one_person() -> None:
    text = _TITLE + "Present:\n\n- Ann Lee - Acme Corp\n- Bo Ode - Head of Finance, Foo Trust\n" \
        "- Cy Rand - Bar Ltd\n" + _ITEMS
    record = extract_text(text, format="markdown")
    assert _names(record.attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_a_label_and_a_dash_over_many_names_is_no_person() -> None:
    text = _TITLE + "Present:\n\n- Board Members - Ann Lee, Bo Ode, Cy Rand, Dee Fox\n" + _ITEMS
    record = extract_text(text, format="markdown")
    assert "Board Members" not in _names(record.attendance.present)


def test_a_roll_call_typed_in_two_columns_read_as_text() -> None:
    text = "RIVERSIDE ALLOTMENT SOCIETY\nMinutes of the committee meeting, 4 March 2025\n\nROLL CALL\n" \
        "Ann Lee       Present\nBo Ode        Absent\nCy Rand       Present\n\n1. Finance\nThe treasurer reported.\n"
    record = extract_text(text, format="text")
    assert _names(record.attendance.present) == ["Ann Lee", "Cy Rand"]
    assert _names(record.attendance.absent) == ["Bo Ode"]


def test_a_deputy_office_before_the_name_is_one_title() -> None:
    text = _TITLE + "Present: Ann Lee, Bo Ode\n\nAlso present: Town Clerk Dee Fox, Deputy Clerk Eve Gray, " \
        "Assistant Clerk Fay Hunt\n" + _ITEMS
    record = extract_text(text, format="markdown")
    assert _names(record.attendance.in_attendance) == ["Dee Fox", "Eve Gray", "Fay Hunt"]
