"""A meeting's info table laid out across: a header row of field labels ("Date | Time | Venue | Chair")
over one row of their values. Its fields read as the "Label: value" lines of a title block."""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.tables import is_roll_call_table
from notes_extract.vocab.labels import FIELD_LINE_LABELS, ROLL_CALL_WORDS, STATUS_TICKS

_FIELD_LABEL = lazy_compile(rf"^\W{{0,3}}(?:{FIELD_LINE_LABELS})\W{{0,3}}$", re.I)
# A header row names at least this many fields (two could be any table's "Date | Item").
MIN_ACROSS_FIELDS = 3


def across_header_fields(rows: list[list[str]]) -> list[str]:
    """"Date: 19 March 2024", "Venue: Room 2", ... for a two-row table whose first row is only labels."""
    if len(rows) != 2:
        return []
    header, values = ([c.strip() for c in row] for row in rows)
    labels = [c for c in header if c]
    if len(labels) < MIN_ACROSS_FIELDS or not all(_FIELD_LABEL.match(c) for c in labels):
        return []
    return [f"{label.strip(' :*_')}: {value}" for label, value in zip(header, values, strict=False)
            if label and value]


def paired_fields(row: list[str]) -> list[str]:
    """"Date: 12 March", "Time: 7pm" for a row laid out in label and value pairs ("Date | 12 March | Time | 7pm")."""
    cells = [c.strip() for c in row]
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) < 4:
        return []
    cells += [""] * (len(cells) % 2)
    pairs = [(cells[i], cells[i + 1]) for i in range(0, len(cells), 2)]
    if not all(_FIELD_LABEL.match(label) for label, value in pairs if label or value):
        return []
    return [f"{label.strip(' :*_')}: {value}" for label, value in pairs if label and value]


def table_fields(rows: list[list[str]]) -> list[str]:
    """A meeting's info table as "Label: value" lines, however it lays its fields out; [] for another table."""
    if across := across_header_fields(rows):
        return across
    lines = [paired_fields(row) for row in rows]
    return [line for pair in lines for line in pair] if any(lines) else []


def info_table_lines(blocks: list[Block]) -> list[str]:
    """The rows of two-column tables as "Label: value" lines, where the first cell is a short label."""
    lines = []
    for block in blocks:
        if block.kind is not BlockKind.TABLE or is_roll_call_table(block) or marks_attendance(block):
            continue  # "Ann Lee | Y (on Teams)": who came and how, not the meeting's facts
        lines += across_header_fields(block.rows)
        for row in block.rows:
            cells = [c.strip() for c in row if c.strip()]
            lines += paired_fields(row)
            if len(cells) == 2 and len(cells[0].split()) <= 3 and not cells[0].endswith("."):
                lines.append(f"{cells[0].rstrip(':')}: {cells[1]}")
    return lines


# A roll call's mark beside each name ("Dana White, President | Present").
_ROLL_MARK = lazy_compile(rf"^({'|'.join(words for _, words in (*ROLL_CALL_WORDS, *STATUS_TICKS))})$", re.I)


def marks_attendance(block: Block) -> bool:
    """Whether a table is a roll call: a column of attendance marks beside the names."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 2:
        return False
    width = max(len(row) for row in block.rows)
    return any(all(_ROLL_MARK.match(row[i].strip()) for row in block.rows if i < len(row) and row[i].strip())
               and sum(1 for row in block.rows if i < len(row) and row[i].strip()) >= 2 for i in range(1, width))
