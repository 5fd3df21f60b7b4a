"""The status cell of an attendance table ("Present", "Apologies", "Yes", "✓") and the note after it on how
the person took part ("Y (on teams)", "Present - remote")."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.labels import ROLL_CALL_WORDS, STATUS_TICKS

# A status cell of an attendance table, the whole cell ("Present", "Apologies", "Yes", "✓"), and a
# note after it on how they took part ("Y (on teams)", "Present - remote").
_STATUS_CELL = [(category, lazy_compile(rf"^(?:{words})\.?(?:\s*\((?P<note>[^()]+)\)|\s+[-–—,]\s*(?P<dashed>.+))?$",
                                        re.I)) for category, words in (*ROLL_CALL_WORDS, *STATUS_TICKS)]


def status_category(cell: str) -> str | None:
    """The list a status cell of an attendance table puts its row's person in."""
    return status_and_note(cell)[0]


def status_and_note(cell: str) -> tuple[str | None, str | None]:
    """The list a status cell puts its row's person in, and its note on how they took part."""
    for category, pattern in _STATUS_CELL:
        if m := pattern.match(cell.strip()):
            return category, (m["note"] or m["dashed"] or "").strip() or None
    return None, None
