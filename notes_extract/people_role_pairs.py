"""Attendance entries written "Name, Role" that semicolons separate, as boards and senates list their
officers: "Ann Lee, President; Bo Ode, President Elect; Cy Rand, Immediate Past President; Di Moss".

The comma inside each entry sets the name from the office, so the entry is one person with a role,
not two people. The shape is only believed when it is uniform (at most one comma in every entry, two
entries or more with one) and most of the words after the commas are offices the vocabulary knows,
once an office's "elect"/"past" qualifiers are set aside; "Brooks, M.A. Seville" (a member and the one
standing in, initials and all) is two people and keeps the list out.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role, looks_like_name, role_phrase
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import OFFICE_QUALIFIERS

# Entries with a role after their comma that a list needs before it is read this way.
MIN_ROLE_PAIRS = 2
# The share of those roles the vocabulary must know ("Parliamentarian" rides along with "President").
MIN_KNOWN_ROLE_SHARE = 0.5
# The most words a role after the comma has ("Senate Administrative Assistant").
MAX_ROLE_WORDS = 4

_QUALIFIER = lazy_compile(rf"^(?:{any_of(OFFICE_QUALIFIERS)})[\s–-]+|[\s–-]+(?:{any_of(OFFICE_QUALIFIERS)})$", re.I)
_INITIALLED = lazy_compile(r"^(?:[A-Z]\.\s*)+[A-Z]")  # "M.A. Seville": a person, not an office
_LEADING_AND = lazy_compile(r"^(?:and|&)\s+", re.I)


def _known_office(role: str) -> bool:
    """Whether ``role`` is an office the vocabulary knows, once qualifiers and dashes are set aside
    ("President–Elect", "Immediate Past President", "Ex–Officio")."""
    bare = role.replace("–", "-")
    for _ in range(2):
        bare = _QUALIFIER.sub("", bare).strip()
    return any(is_known_role(form) or role_phrase(form) for form in (role.replace("–", "-"), bare) if form)


def role_pairs(text: str) -> list[str] | None:
    """The entries of ``text`` as "Name (Role)" or "Name" when it lists people as "Name, Role" between
    semicolons, else None (the caller splits the list its own way)."""
    if text.count(";") < 1 or "(" in text:
        return None
    entries = [_LEADING_AND.sub("", piece.strip()) for piece in text.strip().rstrip(".;").split(";")]
    if any(entry.count(",") > 1 or not entry for entry in entries):
        return None
    pairs = [(name.strip(), role.strip()) for name, role in
             (entry.split(",", 1) for entry in entries if "," in entry)]
    if len(pairs) < MIN_ROLE_PAIRS:
        return None
    if any(not looks_like_name(name) or not role[:1].isupper() or len(role.split()) > MAX_ROLE_WORDS
           or _INITIALLED.match(role) for name, role in pairs):
        return None
    if sum(_known_office(role) for _, role in pairs) < MIN_KNOWN_ROLE_SHARE * len(pairs):
        return None
    if not all(looks_like_name(entry) for entry in entries if "," not in entry):
        return None
    return [f"{entry.split(',', 1)[0].strip()} ({entry.split(',', 1)[1].strip()})" if "," in entry else entry
            for entry in entries]
