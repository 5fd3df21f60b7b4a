"""Small councils' and liaison groups' minutes: attendance written with titles and full stops,
apologies after a long agenda phrase, several "X to <verb>" tasks in one sentence, and
"..., all members agreed" decisions. All snippets are invented."""

from __future__ import annotations

import pytest

from notes_extract import extract
from notes_extract.models import MinutesRecord
from notes_extract.people import split_people


def text(data: str) -> MinutesRecord:
    return extract(data.encode(), format="markdown")


def names(entries: list) -> list[str]:
    return [entry.name for entry in entries]


@pytest.mark.parametrize(("line", "people"), [
    ("Mr. Howard Quill. Mrs. Nora Deane.", ["Mr. Howard Quill", "Mrs. Nora Deane"]),
    ("Dr. Ina Presley. Prof. Al Ray", ["Dr. Ina Presley", "Prof. Al Ray"]),
    ("Mrs. Wendy Arkle (Residents Association)", ["Mrs. Wendy Arkle (Residents Association)"]),
    ("Graham Pole. Colin Sands", ["Graham Pole", "Colin Sands"]),
])
def test_a_full_stop_after_a_title_ends_no_one(line: str, people: list[str]) -> None:
    assert split_people(line) == people


TITLED_LINES = """Orchard Lane Residents Group

Minutes of meeting held 12 February 2025

Present:

Mrs. Wendy Arkle (Residents Association)

Mr. Tobias Fenn (Borough Council)

Dr. Ina Presley

**1.  Apologies:**  Mr. Howard Quill. Mrs. Nora Deane.

**2.  Parking:** Two complaints were received about parking.
"""


def test_titles_with_full_stops_are_never_people_of_their_own() -> None:
    record = text(TITLED_LINES)
    assert names(record.attendance.present) == ["Wendy Arkle", "Tobias Fenn", "Ina Presley"]
    assert names(record.attendance.apologies) == ["Howard Quill", "Nora Deane"]


@pytest.mark.parametrize("label", [
    "To receive and consider accepting apologies for absence",
    "To receive and note apologies",
    "To note and accept apologies for absence",
])
def test_apologies_after_a_long_agenda_phrase(label: str) -> None:
    record = text(f"""MINUTES OF HAMBLEDON TOWN COUNCIL MEETING

TUESDAY MARCH 4th 2025

Present: Mrs K Orme-Chair, Mr B. Tully, Mr C Vance

**1.  {label}:** Mrs D Hale, Mr P. Quint,

**2\\. Footpaths:** The footpath by the mill was discussed at length.
""")
    assert names(record.attendance.apologies) == ["D Hale", "P. Quint"]
    assert "apologies" not in " ".join(s.title.lower() for s in record.sections)
