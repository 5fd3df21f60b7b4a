"""Officials listed by their office first, the holder's name in brackets after it: "Deputy Chief
Executive (Mr. P. Dowling), Meetings Administrator (Mr. E. Griffin), Staff Officer, Corporate Services
(Ms. V. Thompson)". The office is the holder's role; a department after a comma is no part of it."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import HONORIFIC, is_role_word, looks_like_name, normalise_role
from notes_extract.vocab.people import OFFICE_LAST_WORDS, ORGANISATION_ENDINGS

# One entry: the office (and perhaps its department), then the holder in brackets.
_OFFICE_THEN_HOLDER = lazy_compile(r"(?P<office>[^()]+?)\s*\((?P<name>[^()]+)\)")
# What may stand between two entries, and at the line's end.
_BETWEEN = lazy_compile(r"[\s,;.]*(?:(?:and|&)\s+)?")
_LEADING_JOINS = lazy_compile(r"^(?:[\s,;]|and\s|&\s|the\s)+", re.I)
_INITIAL_OR_FIRST_THEN_SURNAME = lazy_compile(r"(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z][\w'’-]+"
                                              r"|[A-Z][a-z]+\s+[A-Z][a-z][\w'’-]+")


def offices_then_holders(line: str) -> list[tuple[str, str]] | None:
    """(holder's name as written, role) for each entry of a line written "Office (Name), ...", or None
    when the line is not written so: every bracket holds a person's name (one at least with a title,
    "Mr.", "Ms."), and every office ends in a word for an office ("Executive", "Administrator")."""
    entries: list[tuple[str, str]] = []
    position = 0
    for m in _OFFICE_THEN_HOLDER.finditer(line):
        if m.start() != position and not _BETWEEN.fullmatch(line[position:m.start()]):
            return None
        office = _LEADING_JOINS.sub("", m["office"]).split(",")[0].strip()
        name = m["name"].strip()
        if not office or not _names_an_office(office) or not _holder_name(name):
            return None
        entries.append((name, normalise_role(office) or office.lower()))
        position = m.end()
    if not entries or not _BETWEEN.fullmatch(line[position:]):
        return None
    # ("Chief Executive (P Dougherty), Governance Adviser (E Stephenson)": without titles, each holder named by
    # an initial or first name and a surname)
    if not any(HONORIFIC.match(name) for name, _ in entries) and not all(_INITIAL_OR_FIRST_THEN_SURNAME.fullmatch(name)
                                                                         for name, _ in entries):
        return None
    return entries


def _holder_name(text: str) -> bool:
    """A person's name in brackets ("Mr. P. Dowling", "Tina Knox"), not an organisation ("Acme Ltd")."""
    words = text.split()
    return looks_like_name(text) and len(words) >= 2 and words[-1].lower().strip(".") not in ORGANISATION_ENDINGS \
        and not is_role_word(words[-1])


def _names_an_office(text: str) -> bool:
    """"Meetings Administrator", "Director of Services": words ending in a word for an office (before
    the "of" that names its field)."""
    last = re.split(r"\s+of\s+", text, maxsplit=1, flags=re.I)[0].split()[-1].lower()
    return is_role_word(last) or last in OFFICE_LAST_WORDS
