"""First names the document itself shows to be people, so that "Name: text" is a turn, not an item.

A scribe writes "Nick: Created the scrum folder" or "Lynette: noted that we need ..." once per person:
no one speaks twice, so the dialogue pass (`turns.find_speakers`) does not call them speakers, and the
line reads as a "Title: text" item. The document says elsewhere who those words are: it lists them as
people ("Team: Nick Kamenica, Tej Tripathy, ...") or writes them as the subject of a reporting verb
("Lynette noted that ...", "Marti said ..."). A one-word label the document shows to be a person's
first name, and never writes in lower case, is someone speaking (GOLD.md: a speaker's turn is a point
of the current item, never an item of its own).
"""

from __future__ import annotations

import re
from collections.abc import Container

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people_lists import split_people
from notes_extract.segment.labels import attendance_label
from notes_extract.vocab.actions import REPORTING_VERBS
from notes_extract.vocab.build import any_of

# A list of people has at least this many entries, most of them a first name and a surname.
MIN_LISTED_PEOPLE = 3
MIN_FULL_NAME_SHARE = 0.6

# "Lynette noted", "Marti gave the report": a capitalised word (not opening a sentence after "The")
# as the subject of a reporting verb.
_REPORTING_SUBJECT = lazy_compile(
    rf"(?<![Tt]he )\b(?P<name>[A-Z][a-z]{{2,}})\s+(?:{any_of((*REPORTING_VERBS, 'reported', 'asked', 'gave'))})\b")
# "Nick Kamenica [X]", "Tej Tripathy": a first name, a surname, and a mark beside them.
_FULL_NAME = lazy_compile(r"^(?P<first>[A-Z][a-z]+)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*\[[^\]]*\])?$")
_WORD = lazy_compile(r"[A-Za-z]+")
# "Ana": a first name alone, in an attendance line of such.
_FIRST_NAME_ONLY = lazy_compile(r"[A-Z][a-z]+")
# "AS", "BOD": a person written as initials, in a list of such.
_INITIALS = lazy_compile(r"[A-Z]{2,3}")


def _listed_first_names(text: str, above_label: bool = False) -> set[str]:
    """The first names of a line that lists people ("Team: Nick Kamenica [X], Tej Tripathy [X], ...")."""
    parts = [p.strip() for p in split_people(text.split(":", 1)[-1]) if p.strip()]
    if len(parts) >= MIN_LISTED_PEOPLE and all(_INITIALS.fullmatch(p) for p in parts):
        return set(parts)  # "Attendees: AS, BO, CR, DF": people by their initials ("AS: deadline moved ...")
    label = attendance_label(text)
    names = label.rest if label is not None else text if above_label else ""
    if names.strip():
        # "Attendees: Ana, Ben, Cy. Absent: Dee" (or "Attendees:" over "Ana, Ben, Cy."): an attendance line of
        # first names ("Ana: finished the survey" is hers)
        listed = [p.strip(" .") for p in split_people(names.split(". ")[0]) if p.strip(" .")]
        if len(listed) >= MIN_LISTED_PEOPLE and all(_FIRST_NAME_ONLY.fullmatch(p) for p in listed):
            return set(listed)
    found = [m["first"] for p in parts if (m := _FULL_NAME.match(p))]
    if len(parts) < MIN_LISTED_PEOPLE or len(found) < MIN_FULL_NAME_SHARE * len(parts):
        return set()
    return set(found)


class NamedPeople:
    """One-word names the document shows to be people's first names, looked up one label at a time.
    A name is shown only by blocks whose text holds it, so a look-up reads those blocks alone (each once)."""

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._lower: set[str] | None = None  # the words the document writes in lower case
        self._names: dict[int, set[str]] = {}  # a block's place in the list: the names it shows
        self._answers: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name not in self._answers:
            if self._lower is None:
                self._lower = {w for b in self._blocks for w in _WORD.findall(b.text) if w.islower()}
            # (initials are never a lower-case word: "AS" is someone, however often the text says "as")
            self._answers[name] = (_INITIALS.fullmatch(name) is not None or name.lower() not in self._lower) and \
                any(name in self._names_in(i) for i, block in enumerate(self._blocks) if name in block.text)
        return self._answers[name]

    def _names_in(self, i: int) -> set[str]:
        if i not in self._names:
            text = self._blocks[i].text
            above = self._blocks[i - 1].text if i else ""
            label = attendance_label(above) if above else None
            self._names[i] = _listed_first_names(text, label is not None and not label.rest.strip()) | \
                {m["name"] for m in _REPORTING_SUBJECT.finditer(text)}
        return self._names[i]


def names_a_person(label: str, people: Container[str]) -> bool:
    """Whether a "Label: text" paragraph's label is one of those first names (or listed initials): a turn's
    speaker."""
    return re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,3}", label.strip()) is not None and label.strip() in people
