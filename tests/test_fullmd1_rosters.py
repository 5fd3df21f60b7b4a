"""Checkbox rosters and head counts under an attendance heading (fullmd1): a note written after a
roster line's people, and a head count set between the heading and the names, leave the list going
on; none of its lines is a task. All snippets are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord
from notes_extract.segment.checkbox_roster import roster_people
from notes_extract.segment.head_counts import is_head_count

HEAD = b"# Minutes of the Heron Standards Group, 3 March 2025\n\n"
BODY = b"\n## Schema review\n\n- The draft schema was discussed.\n"


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def names(record: MinutesRecord, category: str) -> list[str]:
    return [a.name for a in getattr(record.attendance, category)]


def test_a_note_in_italics_after_the_people_is_dropped() -> None:
    line = "[x] Fabrikam: Ola Berg (Primary), Tess Moor (Alternate) *-- Ola sent regrets before the call*"
    assert [name for name, _ in roster_people(line) or []] == ["Ola Berg", "Tess Moor"]


def test_words_after_the_last_bracket_are_a_note_not_a_person() -> None:
    assert [name for name, _ in roster_people("[x] Contoso: Ian Pike (Primary) joined 10 min late") or []] == \
        ["Ian Pike"]


def test_a_roster_with_notes_goes_on_to_its_last_line() -> None:
    record = markdown(HEAD + b"# ATTENDEES\n\n## Voting Members\n\n"
                      b"- [x] Fabrikam: Ola Berg (Primary), Tess Moor (Alternate) *-- Ola sent regrets*\n"
                      b"- [x] Contoso: Ian Pike (Primary) joined 10 min late\n"
                      b"- [x] Rita Lund, Northwind Trust (Elected)\n"
                      b"- [ ] Sam Vale, Tailspin (Elected)\n\n"
                      b"## Secretariat Staff\n\n- [x] Uma Reyes\n- [ ] Noel Hart\n" + BODY)
    assert {"Tess Moor", "Ian Pike", "Rita Lund"} <= set(names(record, "present"))
    assert {"Sam Vale", "Noel Hart"} <= set(names(record, "absent"))
    assert names(record, "in_attendance") == ["Uma Reyes"]
    assert record.actions == []


def test_a_head_count_heading_between_the_label_and_the_names() -> None:
    record = markdown(HEAD + b"## **Attendance**\n##### <li> *4 out of 4* </li>\n"
                      b"- [x] Lena Ortiz\n- [x] Ravi Shah\n- [x] Mei Chen\n- [x] Omar Diaz\n\n"
                      b"## **Agenda**\n- [x] Review the sprint board.\n" + BODY)
    assert names(record, "present") == ["Lena Ortiz", "Ravi Shah", "Mei Chen", "Omar Diaz"]
    assert not {a.text for a in record.actions} & set(names(record, "present"))


def test_what_counts_as_a_head_count() -> None:
    assert is_head_count("7 of 9 members present")
    assert is_head_count("<li> *5 out of 5* </li>")
    assert not is_head_count("Page 1 of 2")
    assert not is_head_count("Item 3 of 5 on the agenda")
