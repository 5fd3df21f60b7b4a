"""The classic "X to <verb>" task where the minutes list nobody: a first name and a surname the document
never writes in lower case, then "to" and a person's task verb, own the task; a capitalised noun phrase
before "to" ("Garden Party to raise funds", its words written in lower case elsewhere) owns none."""

from __future__ import annotations

from notes_extract import extract_text

_HEAD = "Riverside Allotment Society\nCommittee Meeting, 4 March 2025\n\nPlots\n"


def _owners(text: str) -> list[tuple[str, list[str]]]:
    return [(a.text, [o.name for o in a.owners]) for a in extract_text(_HEAD + text, format="text").actions]


def test_a_full_name_before_to_and_a_task_owns_it_without_an_attendance_list() -> None:
    assert _owners("Two plots are vacant. Bob Hart to write to the owners.\n") == \
        [("Bob Hart to write to the owners.", ["Bob Hart"])]


def test_a_capitalised_noun_phrase_before_to_owns_nothing() -> None:
    assert _owners("Garden Party to contact the band. The party is on 3 June.\n") == []
