"""A "Notes" heading that holds the minutes of every agenda item is no section of its own: the agenda's
items are (extractors/sections.py, merge_agenda). Invented minutes."""

from notes_extract.api import extract_text

NOTES = """# Packaging working group, 2 June 2026

Attendees: Rosa Lind, Kofi Mensah, Pia Berg

## Agenda

* Release signing keys
* Mirror outage follow-up
* Documentation sprint

## Notes

* Signing keys: the new keys are generated and will be published next week.
* The mirror outage was caused by an expired certificate; monitoring now checks it.
* The documentation sprint is moved to July.
"""


def test_a_notes_heading_over_the_agenda_items_minutes_is_no_section() -> None:
    titles = [s.title for s in extract_text(NOTES, format="markdown").sections]
    assert titles == ["Release signing keys", "Mirror outage follow-up", "Documentation sprint"]
