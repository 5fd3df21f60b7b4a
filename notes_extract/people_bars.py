"""Sign-in lists that set a person's details apart with slashes or bars, one person a line:
"Ann Lee / Acme / @annl", "Bo Li | Foo Lab | bli", often under a header line of the same shape
("**name** / **institution** / **GitHub handle**")."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role, looks_like_name, normalise_role
from notes_extract.vocab.labels import ATTENDANCE_NAME_COLUMN, PERSON_DETAIL_COLUMN
from notes_extract.vocab.people import ORGANISATION_ENDINGS

# A bar, or a slash with a space on at least one side ("UCSD /@mthomas"), outside brackets.
_BAR = lazy_compile(r"\s*\|\s*|\s+/\s*|\s*/\s+")
_MARKUP = " *_`"
_HEADER_FIELD = lazy_compile(rf"(?:{ATTENDANCE_NAME_COLUMN}|{PERSON_DETAIL_COLUMN})", re.I)
# An organisation's initials ("NCAR", "UCSD"): no person's name.
_ACRONYM = lazy_compile(r"[A-Z][A-Z&]{1,7}")
# The fewest lines of that shape that make a list a sign-in list.
MIN_BAR_LINES = 2
# A name field is a few words.
MAX_NAME_FIELD_WORDS = 4


def bar_fields(line: str) -> list[str]:
    """The fields of a line set apart by bars or spaced slashes, brackets kept whole, markup dropped."""
    fields: list[str] = []
    start = 0
    for bar in _BAR.finditer(line):
        before = line[:bar.start()]
        if before.count("(") + before.count("[") <= before.count(")") + before.count("]"):
            fields.append(line[start:bar.start()])
            start = bar.end()
    fields.append(line[start:])
    cleaned = [field.strip().strip(_MARKUP) for field in fields]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    return cleaned


def is_bar_header(line: str) -> bool:
    """Whether the line is a sign-in list's header: two fields or more, each a column's name."""
    fields = bar_fields(line)
    return len(fields) >= 2 and all(_HEADER_FIELD.fullmatch(field) for field in fields)


def is_bar_person_line(line: str) -> bool:
    """"Ann Lee / Acme / @annl": a short name, then the person's details after a bar or slash."""
    fields = bar_fields(line)
    return len(fields) >= 2 and bool(fields[0]) and looks_like_name(fields[0]) and \
        len(fields[0].split()) <= MAX_NAME_FIELD_WORDS and not is_known_role(fields[0])


def _no_person(field: str, name: str, repeated: set[str]) -> bool:
    """A field after ``name`` that names no second person: a handle, lower case, initials, a list, an
    organisation ("Foo Labs", one word after a full name, three words or more), a role."""
    words = field.split()
    return field.startswith("@") or field.islower() or bool(_ACRONYM.fullmatch(field)) or "," in field or \
        field in repeated or not looks_like_name(field) or words[-1].lower() in ORGANISATION_ENDINGS or \
        len(words) == 1 < len(name.split()) or len(words) >= MIN_ORGANISATION_WORDS or is_known_role(field)


# "University of Oslo", "Open Source Initiative": a field of this many words names no person.
MIN_ORGANISATION_WORDS = 3


def bar_fields_layout(lines: list[str]) -> bool:
    """Whether a list is one person a line, then their details after bars or slashes: most lines
    of that shape, two or more, and in most of them a later field that is no second person
    ("Ann Lee / Bo Ode", a member and their alternate, is two people)."""
    rows = [bar_fields(line) for line in lines if line.strip() and not is_bar_header(line)]
    fielded = [fields for fields in rows if len(fields) >= 2]
    if len(fielded) < MIN_BAR_LINES or 2 * len(fielded) < len(rows):
        return False
    if not all(is_bar_person_line(" / ".join(fields)) for fields in fielded):
        return False
    later = [field for fields in fielded for field in dict.fromkeys(fields[1:])]
    repeated = {field for field in later if later.count(field) > 1}
    with_details = [fields for fields in fielded if any(_no_person(f, fields[0], repeated) for f in fields[1:])]
    return 2 * len(with_details) > len(fielded)


def person_from_bar_fields(line: str) -> tuple[str, str | None] | None:
    """The name and role of a sign-in line ("Bo Li / Acme / Chair" → "Bo Li", "chair"); None for its header."""
    if is_bar_header(line):
        return None
    fields = bar_fields(line)
    role = normalise_role(fields[-1]) if len(fields) > 1 and is_known_role(fields[-1]) else None
    return fields[0], role
