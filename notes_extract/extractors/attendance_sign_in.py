"""Sign-in lists read down to their names: "Ann Lee / Acme / @annl" on each line of a list (the name,
then where the person is from and their handle), under a header line of the same shape."""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import BlockKind
from notes_extract.people_bars import bar_fields_layout, is_bar_header, person_from_bar_fields
from notes_extract.segment import AttendancePart


def names_of_sign_in_lists(parts: list[AttendancePart]) -> list[AttendancePart]:
    """Each label's list, when its lines are sign-in lines, with each line cut to the person's name (and
    a role its last field names, in brackets) and its header line dropped; other lists as they are."""
    for label in dict.fromkeys(p.label for p in parts):
        group = [p for p in parts if p.label == label]
        lines = [b.text for p in group for b in p.blocks if b.kind is not BlockKind.TABLE]
        if not bar_fields_layout(lines):
            continue
        for part in group:
            kept = [b for b in part.blocks if b.kind is BlockKind.TABLE or not is_bar_header(b.text)]
            part.blocks = [replace(b, text=_entry(b.text)) if b.kind is not BlockKind.TABLE else b for b in kept]
    return parts


def _entry(line: str) -> str:
    person = person_from_bar_fields(line)
    if person is None or len(person) < 2:
        return line
    name, role = person
    return f"{name} ({role})" if role else name
