"""Item headings that end in the first name of whoever gives the item, the same way through the minutes.

"Childrens Programming-Dawn", "Library Board-Cindy", "Art Committee-Dawn"; "Finance - Mike"; "President
(Craig)", "Treasurer (Mike)", "Finance (Bo)", "Garden (AL)": a committee's reports headed by their subject and
their giver's first name or initials, with no attendance list to know the names by. One such heading
proves nothing ("Summer Fun-Day", "Budget - Draft"); where several headings of a document end alike in a
single capitalised word that is no role, place, month or body, that word is who presents the item.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.dates import MONTHS
from notes_extract.vocab.meetings import PLACE_WORDS
from notes_extract.vocab.people import BODY_ACRONYMS, ROLE_WORDS, STREET_WORDS

# Headings that must end in a first name before such endings are read as presenters.
MIN_NAME_SUFFIXES = 3

_FIRST_NAME = r"[A-Z][a-z][a-z'’]{1,14}"
# In brackets a first name may be two letters ("Finance (Bo)"), or initials ("Annual show (CR)").
_BRACKETED_NAME = rf"{_FIRST_NAME}|[A-Z][a-z]|[A-Z]{{2,3}}"
# "Title - Mike", "Title-Dawn" (a hyphen straight after a word), "Title (Craig)"; "Ron/Cindy": two givers.
_SUFFIX = lazy_compile(rf"^(?P<title>.*?[a-z)])(?:\s+[-–—]\s*|-)(?P<who>{_FIRST_NAME}(?:/{_FIRST_NAME})?)$"
                       rf"|^(?P<title2>.*?\S)\s*\((?P<who2>(?:{_BRACKETED_NAME})(?:/(?:{_BRACKETED_NAME}))?)\)$")
_NOT_NAMES = frozenset(ROLE_WORDS) | BODY_ACRONYMS | STREET_WORDS | frozenset(PLACE_WORDS) | \
    frozenset(m.lower() for m in MONTHS)


def _split(text: str) -> tuple[str, str] | None:
    m = _SUFFIX.match(text.strip())
    if m is None:
        return None
    title, who = (m["title"], m["who"]) if m["title"] is not None else (m["title2"], m["who2"])
    if not re.search(r"[A-Za-z]", title) or any(part.lower() in _NOT_NAMES for part in who.split("/")):
        return None
    return title.strip(), who


def name_suffixes(headings: list[str]) -> frozenset[str]:
    """The first names that end several of the document's headings (each part of "Ron/Cindy")."""
    found = [split[1] for text in headings if (split := _split(text))]
    if len(found) < MIN_NAME_SUFFIXES:
        return frozenset()
    return frozenset(part for who in found for part in who.split("/"))


def split_name_suffix(text: str, names: frozenset[str]) -> tuple[str, str] | None:
    """(title, presenter) for a heading ending in one of ``names``; of two givers, the first."""
    split = _split(text)
    if split is None or not all(part in names for part in split[1].split("/")):
        return None
    return split[0], split[1].split("/")[0]
