"""Attendance lists written "Name - Role" a line ("Bo Li - Student/Researcher"): which lists of a
document have that layout, reading the lists together so one list's role words vouch for another's."""

from __future__ import annotations

from notes_extract.document import BlockKind
from notes_extract.people_fields import dash_rests, dash_roles_layout
from notes_extract.segment import AttendancePart


def dashed_lists(parts: list[AttendancePart]) -> set[str]:
    """The labels of the lists written "Bo Li - Student/Researcher" a line; role words in the other such
    lists ("Ann Lee - Chair") vouch for one list's rests ("Abi Stone - Wednesday Rep")."""
    labels = {p.label for p in parts}
    lines = {label: [t for p in parts if p.label == label for t in list_lines(p)] for label in labels}
    rests = {label: dash_rests(lines[label]) for label in labels}
    return {label for label in labels
            if dash_roles_layout(lines[label], [r for other in labels - {label} for r in rests[other]])}


def list_lines(part: AttendancePart) -> list[str]:
    """The lines of a list: the text after its label ("Guests: Al Roe - Registrar"), then its blocks."""
    return [*([part.text] if part.text.strip() else []),
            *(b.text for b in part.blocks if b.kind is not BlockKind.TABLE)]
