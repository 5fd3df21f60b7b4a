"""Attendance written in other shapes: a Markdown heading over initials or first names,
<br> line breaks between labels, a checkbox roster with group sub-headings, "Meeting Chair:".
All snippets are invented."""

from __future__ import annotations

import pytest

from notes_extract import extract
from notes_extract.models import MinutesRecord

HEAD = b"# Minutes of the Orchard Society meeting, 14 May 2025\n\n"
BODY = b"\n## Budget\n\n- The budget was discussed.\n"


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def roles(record: MinutesRecord, category: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in getattr(record.attendance, category)]


def names(record: MinutesRecord, category: str) -> list[str]:
    return [a.name for a in getattr(record.attendance, category)]


@pytest.mark.parametrize("heading", [b"## Attendance", b"## Attending:", b"### Present"])
def test_a_heading_over_first_names_or_initials(heading: bytes) -> None:
    record = markdown(HEAD + heading + b"\n- Priya\n- TK\n- Olu\n\n## Apologies\n- WB\n" + BODY)
    assert names(record, "present") == ["Priya", "TK", "Olu"]
    assert names(record, "apologies") == ["WB"]


def test_br_separates_labels_in_a_markdown_paragraph() -> None:
    record = markdown(HEAD + b"Present: Priya Nair, Tom Kerr<br />Apologies: Wes Bell\n" + BODY)
    assert names(record, "present") == ["Priya Nair", "Tom Kerr"]
    assert names(record, "apologies") == ["Wes Bell"]


def test_br_separates_labels_in_an_html_block() -> None:
    record = markdown(HEAD + b"<p><strong>Present:</strong> Priya, Tom, Olu <br />\n"
                             b"<strong>Apologies:</strong> Wes <br />\n"
                             b"<strong>Late arrivals:</strong> Ida Moss</p>\n" + BODY)
    assert names(record, "present") == ["Priya", "Tom", "Olu", "Ida Moss"]
    assert names(record, "apologies") == ["Wes"]


ROSTER = (b"# ATTENDEES\n\n## Board Members\n\n"
          b"- [x] Quince Ltd: Priya Nair (Primary)\n"
          b"- [x] Pear Co: Tom Kerr (Primary), Olu Ade (Alternate)\n"
          b"- [ ] Wes Bell, Apple Growers Union (Elected Seat)\n\n"
          b"## Society Staff\n\n- [x] Ida Moss\n- [ ] Ned Fry\n\n"
          b"# MINUTES\n\nMeeting Chair: Priya Nair\n" + BODY)


def test_a_checkbox_roster_is_attendance_not_tasks() -> None:
    record = markdown(HEAD + ROSTER)
    assert roles(record, "present") == [("Priya Nair", "primary"), ("Tom Kerr", "primary"), ("Olu Ade", "alternate")]
    assert roles(record, "absent") == [("Wes Bell", "elected seat"), ("Ned Fry", None)]
    assert names(record, "in_attendance") == ["Ida Moss"]
    assert record.actions == []
    assert [s.title for s in record.sections] == ["Budget"]


def test_meeting_chair_line_names_the_chair() -> None:
    assert markdown(HEAD + ROSTER).meeting.chair == "Priya Nair"
