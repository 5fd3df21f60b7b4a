"""A table of people with no header row, a tick or "Yes" beside those who came and nothing beside
the others ("Ann Lee | Yes", "Bo Ode | "): the roll of a body's members as wikis keep it."""

from __future__ import annotations

import re

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.vocab.labels import ABSENT, PRESENT, ROLL_CALL_WORDS, STATUS_TICKS

# So many rows at least, and so many of them ticked: fewer are as likely a form's fields.
MIN_ROLL_ROWS = 3
MIN_TICKED_SHARE = 0.5
# "Yes", "✓": the mark beside one who came, the whole cell.
_TICK = lazy_compile("|".join(rf"(?:{words})" for category, words in STATUS_TICKS if category == PRESENT), re.I)


def presence_marks(block: Block) -> list[tuple[str, str]] | None:
    """(category, name) of each row of such a roll, or None for another table."""
    rows = [tuple(cell.strip() for cell in row) for row in block.rows]
    if len(rows) < MIN_ROLL_ROWS or any(len(row) != 2 for row in rows):
        return None
    if not all(len(name.split()) >= 2 and looks_like_name(name) and (not mark or _TICK.fullmatch(mark))
               for name, mark in rows):
        return None
    if sum(1 for _, mark in rows if mark) < MIN_TICKED_SHARE * len(rows):
        return None
    return [(PRESENT if mark else ABSENT, " ".join(name.split())) for name, mark in rows]


# "Present", "Apologies", "Absent": a row's last cell that says which list its person is in.
_STATUS_WORD = lazy_compile("|".join(rf"(?:{words})" for _, words in ROLL_CALL_WORDS), re.I)
MIN_STATUS_ROWS = 2


def status_rows(block: Block) -> bool:
    """Whether every row of a table with no header names a person and ends in the list they are in
    ("Commodore | Ann Lee | Present", "Bo Ode | Treasurer | Apologies")."""
    rows = [[cell.strip() for cell in row if cell.strip()] for row in block.rows]
    rows = [row for row in rows if row]
    return len(rows) >= MIN_STATUS_ROWS and all(
        len(row) >= 2 and _STATUS_WORD.fullmatch(row[-1]) and
        any(len(cell.split()) >= 2 and looks_like_name(cell) for cell in row[:-1]) for row in rows)
