"""Numbered minutes written "N. Title- what happened" (a hyphen typed against the title, a space after it):
each line is an item and its outcome; a one-word title ("Footpaths- ...") in a list of such topics is an
item, not a person; and an attendance item written so ("Apologies for absence- A and B") gives its people."""

from __future__ import annotations

from notes_extract import extract_text

_TEXT = ("OAKLEY PARISH COUNCIL\nA meeting of Oakley parish council was held on Monday 19th of July 2021 at 7pm "
         "in the village hall\n1. Apologies for absence- Cllr Jo Bird and Cllr Di Fry\n"
         "2. Accounts- accounts for 2020 signed off\n3. Bin update- clerk to put a complaint in on missed bins\n"
         "4. Park inspection- clerk to get quotes for a park safety inspection\n"
         "5. Footpaths- church footpath blocked to be chased up by clerk\n")


def test_items_and_outcomes_split_at_a_hyphen_typed_against_the_title() -> None:
    record = extract_text(_TEXT, format="text")
    assert [s.title for s in record.sections] == ["Accounts", "Bin update", "Park inspection", "Footpaths"]
    assert [(a.text, a.section) for a in record.actions][:2] == [
        ("clerk to put a complaint in on missed bins", "Bin update"),
        ("clerk to get quotes for a park safety inspection", "Park inspection")]
    assert [p.name for p in record.attendance.apologies] == ["Jo Bird", "Di Fry"]


def test_a_list_of_names_and_tasks_keeps_its_people() -> None:
    text = ("Garden Club\nCommittee Meeting, 4 June 2025\n\nActions\n1. Braden - call the council about the gate\n"
            "2. Ann Lee - book the hall\n3. Cy - order the seeds\n")
    record = extract_text(text, format="text")
    assert [s.title for s in record.sections] == []
    assert len(record.actions) == 3


def test_a_one_word_topic_neither_makes_nor_breaks_a_list_of_topics() -> None:
    text = _TEXT.replace("5. Footpaths", "5. Hedges- hedges to be cut by the contractor\n6. Agars- signed off\n"
                                          "7. Footpaths")
    assert [s.title for s in extract_text(text, format="text").sections] == [
        "Accounts", "Bin update", "Park inspection", "Hedges", "Agars", "Footpaths"]

