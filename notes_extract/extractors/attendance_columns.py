"""Attendance tables read by their columns: a name column with role and status columns beside it
("Name | Role | Attendance"), ticks in one column ("Present: ✓ / X"), or one column per list
("Name | Present | Apologies | Absent", a mark in the column the person belongs to)."""

from __future__ import annotations

import re

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role, is_role_word, looks_like_name, normalise_role
from notes_extract.segment import attendance_label
from notes_extract.vocab.labels import (
    ABSENT,
    ATTENDANCE_ROLE_COLUMN,
    ATTENDANCE_STATUS_COLUMN,
    ROLL_CALL_WORDS,
    STATUS_TICKS,
)
from notes_extract.vocab.people import PLAIN_MEMBER_WORDS

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


_ROLE_HEADER = lazy_compile(rf"^({ATTENDANCE_ROLE_COLUMN})$", re.I)
# "Organisation" heads where people are from, not their role.
_WHERE_FROM_HEADER = lazy_compile(r"^organi[sz]ations?$", re.I)
_STATUS_HEADER = lazy_compile(rf"^({ATTENDANCE_STATUS_COLUMN})$", re.I)
_TICK = lazy_compile(r"[x✓✔☑]", re.I)
# A tick glyph: where a column holds both these and "X", the X says "no" (a cross against a tick).
_TICK_GLYPH = lazy_compile(r"[✓✔☑]")


def _list_columns(header: list[str], name_col: int) -> dict[int, str]:
    """The columns a header names after the lists they stand for ("Present | Apologies | Absent"),
    when it has two or more: a mark in one of them puts the row's person in that list."""
    columns = {}
    for i, cell in enumerate(header):
        label = attendance_label(cell.strip()) if i != name_col and cell.strip() else None
        if label and not label.rest.strip():
            columns[i] = label.category
    return columns if len(set(columns.values())) >= 2 else {}


# "@annlee": a cell that is only a handle.
_HANDLE_CELL = lazy_compile(r"@[\w.-]+")


def _handle_column(block: Block, name_col: int) -> int | None:
    """The column beside the names that gives each person's handle ("| Ann Lee | Acme | @annlee |"): its filled
    cells are all handles, so a task owned by "@annlee" is hers."""
    width = max((len(row) for row in block.rows[1:]), default=0)
    for col in range(width):
        cells = [row[col].strip() for row in block.rows[1:] if col < len(row) and row[col].strip()]
        if col != name_col and cells and all(_HANDLE_CELL.fullmatch(cell) for cell in cells):
            return col
    return None


def named_columns(block: Block, header: list[str], name_col: int,
                  category: str) -> list[tuple[str, str, str | None]]:
    """People in a table with a name column, its role and status columns read beside it; a
    note in the status cell ("Y (remote)") is how they took part, their role in the record;
    a role column's cell is the person's role whatever its words ("Trustee", "CFO")."""
    # "Name | Organisation | Role": the role column, not where they are from, when the header has both
    role_cols = [i for i, c in enumerate(header) if _ROLE_HEADER.match(c)]
    role_col = next((i for i in role_cols if not _WHERE_FROM_HEADER.match(header[i])),
                    role_cols[0] if role_cols else None)
    by_list = _list_columns(header, name_col)
    status_col = next((i for i, c in enumerate(header) if _STATUS_HEADER.match(c) and i != name_col), None)
    statuses = [row[status_col].strip() if status_col is not None and status_col < len(row) else ""
                for row in block.rows[1:]]
    # A column ticked for those who came ("x", "✓") leaves those who did not blank.
    ticked = any(_TICK.fullmatch(status) for status in statuses)
    crossed = any(_TICK_GLYPH.fullmatch(s) for s in statuses) and any(s.lower() == "x" for s in statuses)
    handle_col = _handle_column(block, name_col)
    out = []
    for row, status in zip(block.rows[1:], statuses, strict=True):
        name = row[name_col].strip() if name_col < len(row) else ""
        if name and handle_col is not None and handle_col < len(row) and row[handle_col].strip():
            name = f"{name} {row[handle_col].strip()}"  # "Ann Lee | Acme | @annlee": her handle, as "Ann Lee @annlee"
        role = row[role_col].strip() if role_col is not None and role_col < len(row) else ""
        listed_in, note = status_and_note(status)
        if ticked and not status or crossed and status.lower() == "x":
            listed_in = ABSENT
        if marked := [by_list[i] for i in by_list if i < len(row) and row[i].strip()]:
            listed_in = marked[0]  # "Kwame Asante | | ✓ |": the column marked is the list
        if name:
            cell_role = normalise_role(role) if role and not _WHERE_FROM_HEADER.match(header[role_col or 0]) and \
                role.lower() not in PLAIN_MEMBER_WORDS else None  # "Member": a seat, no role
            out.append((listed_in or category, f"{name} ({role})" if role else name,
                        normalise_role(note) if note else cell_role))
    return out


def says_what_they_do(cell: str) -> bool:
    """A cell beside a name that gives the person's office ("Treasurer", "Church Steward", "Minister
    (Chair)"), not a second name."""
    return is_known_role(cell) or is_role_word(re.sub(r"\s*\([^()]*\)", "", cell).split()[-1] if cell.split() else "")


def office_and_holder(cells: list[str]) -> tuple[str, str] | None:
    """(office, name) of a row's two cells before its status, one a full name, the other an office."""
    for office, name in ((cells[0], cells[1]), (cells[1], cells[0])):
        if len(name.split()) >= 2 and looks_like_name(name) and says_what_they_do(office):
            return office, name
    return None
