"""Attendance lists written "Name - Role" a line ("Bo Li - Student/Researcher"): which lists of a
document have that layout, reading the lists together so one list's role words vouch for another's."""

from __future__ import annotations

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role, looks_like_name, normalise_role
from notes_extract.people_fields import dash_rests, dash_roles_layout
from notes_extract.segment import AttendancePart, attendance_label


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


# "Bo Ode - Head of Finance, Acme": a full name, a spaced dash, then what they do and where, with commas.
_NAME_DASH_FIELDS = lazy_compile(r"^(?P<name>[^,;:()–—-]+?)\s+[-–—]\s+(?P<rest>[^–—]+,[^–—]+)$")
# The most words of the person's part ("Jens Henrik Goebbert").
MAX_NAME_WORDS = 4
# The most fields after the dash: what the person does, where, and the place ("Chair, Acme, Leeds").
MAX_FIELDS_AFTER_DASH = 3


def person_before_dash(line: str) -> tuple[str, str | None] | None:
    """(name, role) of a list's line that is one full name, a spaced dash, then fields set apart by commas
    saying what the person does and where ("Bo Ode - Head of Finance, Acme"; the first field is the role
    when it is an office, "Ann Lee - Chair, Acme"): the commas after the dash part no two people. None for
    a line of another shape, or whose fields after the dash hold a name and dash again ("..., Cy Rand - Foo")."""
    m = _NAME_DASH_FIELDS.match(line.strip())
    if m is None or " - " in m["rest"] or not 2 <= len(m["name"].split()) <= MAX_NAME_WORDS or \
            not looks_like_name(m["name"]) or is_known_role(m["name"]) or attendance_label(m["name"]):
        return None
    if len(m["rest"].split(",")) > MAX_FIELDS_AFTER_DASH:
        return None  # "Board Members Present - Ann Lee, Bo Ode, Cy Rand, ...": a label and its names
    first = m["rest"].split(",")[0].strip()
    return m["name"].strip(), normalise_role(first) if is_known_role(first) else None
