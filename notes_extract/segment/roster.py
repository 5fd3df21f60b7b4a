"""A heading over a roster table ("Project Team's Particulars" over "Student ID | Name"):
who is on the team, not an item of the agenda and not a record of who came. The
heading and its table are set aside, so neither opens a section nor adds its rows to one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import attendance_label, is_attendance_group_heading, is_role_line, next_meeting_label
from notes_extract.segment.state import Step
from notes_extract.segment.tables import classify_action_table
from notes_extract.vocab.labels import ROSTER_NAME_COLUMN

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

_NAME_HEADER = lazy_compile(rf"^(?:{ROSTER_NAME_COLUMN})$", re.I)
# A person's name in a roster's cell: capitalised words, no digits or sentence punctuation.
_NAME_CELL = lazy_compile(r"[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,4}")
# A roster has a few short columns and at least this many people.
MIN_ROSTER_PEOPLE = 2
MAX_ROSTER_COLUMNS = 4
MAX_ROSTER_CELL_WORDS = 4
# Share of the name column's cells that must read as names.
MIN_NAME_CELL_SHARE = 0.8


def is_roster_table(block: Block) -> bool:
    """A table listing people under one name column, each row short ("Matric No. | Student Name")."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < MIN_ROSTER_PEOPLE + 1:
        return False
    header = [cell.strip() for cell in block.rows[0]]
    name_columns = [i for i, cell in enumerate(header) if _NAME_HEADER.match(cell)]
    if len(name_columns) != 1 or len([c for c in header if c]) > MAX_ROSTER_COLUMNS:
        return False
    if classify_action_table(block) is not None:
        return False  # "Name | Done this week | Next week": each person's tasks, not who is on the team
    body = [row for row in block.rows[1:] if any(cell.strip() for cell in row)]
    if any(len(cell.split()) > MAX_ROSTER_CELL_WORDS for row in body for cell in row):
        return False
    names = [row[name_columns[0]].strip() for row in body if len(row) > name_columns[0]]
    named = sum(1 for name in names if _NAME_CELL.fullmatch(name))
    return len(body) >= MIN_ROSTER_PEOPLE and named >= MIN_NAME_CELL_SHARE * len(body)


def _is_label(text: str) -> bool:
    return bool(attendance_label(text) or is_attendance_group_heading(text) or
                next_meeting_label(text) is not None or is_role_line(text))


def on_roster(segmenter: _Segmenter, step: Step) -> bool:
    """A heading whose content is a roster table, and that table: set aside (with the loose text)."""
    loose = segmenter.seg.loose_blocks
    if step.is_table:
        if not (step.previous is not None and loose and loose[-1] is step.previous and is_roster_table(step.block)):
            return False
    elif step.following is None or not is_roster_table(step.following) or _is_label(step.text) or \
            not segmenter.heading_like(step):
        return False
    loose.append(step.block)
    segmenter.state.current = None  # the item before it ends at the heading
    return True
