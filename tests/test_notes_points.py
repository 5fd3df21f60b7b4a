"""An agenda, then every point under one "Notes" heading: the agenda's items are the sections, the notes'
points go to the items they discuss (none is lost), and a decision or action raised in the notes names
the item, never the heading the record does not keep."""

from __future__ import annotations

from notes_extract import extract_text

_MINUTES = """# Harbour swim club committee

## Present
* Lena Ruiz
* Tom Okafor

## Agenda
* Winter pool hire
* Coaching rota

## Notes

Lena reported the pool hire quote for the winter months. It was agreed that the winter pool hire be
booked for twelve weeks.

Tom showed the draft coaching rota. Tom will send the coaching rota to all coaches.
"""


def test_the_notes_points_go_to_the_items_they_discuss() -> None:
    record = extract_text(_MINUTES, format="markdown")
    assert [(s.title, len(s.points)) for s in record.sections] == [("Winter pool hire", 1), ("Coaching rota", 1)]
    assert [d.section for d in record.decisions] == ["Winter pool hire"]
    assert [a.section for a in record.actions] == ["Coaching rota"]


def test_notes_naming_no_item_stay_a_section_of_their_own() -> None:
    text = _MINUTES.split("## Notes")[0] + "## Notes\n\nEveryone enjoyed the gala. Tom will thank the volunteers.\n"
    record = extract_text(text, format="markdown")
    assert "Notes" in [s.title for s in record.sections]
    assert [a.section for a in record.actions] == ["Notes"]
