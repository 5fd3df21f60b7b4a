"""A table of people at the head of the minutes with no label over it ("Name | Initials | Role"):
company boards and project teams list who came that way. Its header names a name column and
only columns about the person (their initials, role, organisation), and every row names someone;
read before any item and any other attendance list, it is the list of those present."""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.vocab.labels import ATTENDANCE_NAME_COLUMN, ATTENDANCE_ROLE_COLUMN, INITIALS_COLUMN

_NAME_HEADER = lazy_compile(rf"^(?:{ATTENDANCE_NAME_COLUMN})$", re.I)
_ABOUT_PERSON_HEADER = lazy_compile(rf"^(?:{ATTENDANCE_ROLE_COLUMN}|{INITIALS_COLUMN})$", re.I)
# Two rows of people at least: one row is as likely a form.
MIN_PEOPLE_ROWS = 2


def is_people_table(block: Block) -> bool:
    """Whether ``block`` is a "Name | Initials | Role" table whose every row names a person."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < MIN_PEOPLE_ROWS + 1:
        return False
    header = [cell.strip() for cell in block.rows[0]]
    names = [i for i, cell in enumerate(header) if _NAME_HEADER.match(cell)]
    if len(names) != 1 or not all(i in names or _ABOUT_PERSON_HEADER.match(cell) for i, cell in enumerate(header)
                                  if cell):
        return False
    if len([c for c in header if c]) < 2:
        return False  # a name column alone may list anything
    body = [row for row in block.rows[1:] if any(cell.strip() for cell in row)]
    return len(body) >= MIN_PEOPLE_ROWS and all(
        len(row) > names[0] and len(row[names[0]].split()) >= 2 and looks_like_name(row[names[0]]) for row in body)
