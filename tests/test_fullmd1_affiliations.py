"""Attendance lists written one person a line, then a comma and where they are from (fullmd1):
"Ida Moss, Fabrikam", "Ned Fry, community/Contoso". The organisation is no second person.
All snippets are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord
from notes_extract.people_affiliations import comma_affiliation_layout

HEAD = b"# Minutes of the Kestrel Advisory Board, 9 June 2024\n\n"
BODY = b"\n## Budget\n\n- The budget was discussed.\n"


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def names(record: MinutesRecord, category: str) -> list[str]:
    return [a.name for a in getattr(record.attendance, category)]


def test_a_comma_then_where_from_on_every_line() -> None:
    record = markdown(HEAD + b"## Attendees\n\nMembers present:\n\n"
                      b"- Ida Moss, Fabrikam Bank\n- Ned Fry, Northwind\n- Uma Reyes, community/Contoso\n"
                      b"- Tom Hale, 12 Oaks\n\nNot present:\n\n- Cy Ode, Tailspin\n" + BODY)
    assert names(record, "present") == ["Ida Moss", "Ned Fry", "Uma Reyes", "Tom Hale"]
    assert names(record, "absent") == ["Cy Ode"]


def test_two_full_names_a_line_stay_two_people() -> None:
    assert not comma_affiliation_layout(["Ida Moss, Ned Fry", "Uma Reyes, Tom Hale"])
    record = markdown(HEAD + b"## Attendees\n\n- Ida Moss, Ned Fry\n- Uma Reyes, Tom Hale\n" + BODY)
    assert names(record, "present") == ["Ida Moss", "Ned Fry", "Uma Reyes", "Tom Hale"]
