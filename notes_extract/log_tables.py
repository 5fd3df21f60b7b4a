"""A meeting log kept as one table, a row per meeting ("Date | Attendees | Discussion | Actions").

A team that keeps its log in a Word table writes each meeting as a row: its date in the first
column, under a "Date" header, and its notes in the cells beside it. Each row becomes a meeting
of its own, written out as the lines its cells stand for: "Date: ...", "Attendees: ...", and
each other column as a part titled by its header.
"""

from __future__ import annotations

import re

from notes_extract.dates import FoundDate, find_dates
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import is_attendance_group_heading
from notes_extract.vocab.labels import MEETING_DATE_LABELS

# A log table holds at least this many meetings (rows under its header).
MIN_TABLE_LOG_ROWS = 3
# Some column beside the date holds notes: its cells average at least this many words.
MIN_NOTES_WORDS_PER_CELL = 4
# The table is the log: the rest of the document holds less text than this share of it.
MAX_TEXT_OUTSIDE_SHARE = 1 / 2
# The level of the part each column (other than date and attendance) opens in a row's meeting.
COLUMN_PART_LEVEL = 2

_DATE_HEADER = lazy_compile(rf"^\W*(?:{MEETING_DATE_LABELS})\W*$", re.I)


def table_log(blocks: list[Block], day_first: bool) -> tuple[list[list[Block]], list[FoundDate]] | None:
    """Each row's meeting and date, when the document is one table of dated meetings."""
    tables = [i for i, b in enumerate(blocks) if b.kind is BlockKind.TABLE]
    if len(tables) != 1:
        return None
    at = tables[0]
    table = blocks[at]
    dates = _row_dates(table, day_first)
    if dates is None or not _holds_notes(table):
        return None
    outside = sum(len(b.text) for b in blocks if b is not table)
    if outside >= len(table.text) * MAX_TEXT_OUTSIDE_SHARE:
        return None
    preamble, after = blocks[:at], blocks[at + 1:]
    meetings = [[*preamble, *_row_blocks(table.rows[0], row, table)] for row in table.rows[1:]]
    meetings[-1] += after
    return meetings, dates


def _row_dates(table: Block, day_first: bool) -> list[FoundDate] | None:
    """The date opening each row under a "Date" header, when every row has its own, in order."""
    rows = table.rows
    if len(rows) < MIN_TABLE_LOG_ROWS + 1 or not rows[0] or not _DATE_HEADER.match(rows[0][0]):
        return None
    dates: list[FoundDate] = []
    for row in rows[1:]:
        found = find_dates(row[0], day_first=day_first) if row else []
        if not found or found[0].start > 0 or not found[0].has_year or not found[0].date:
            return None
        dates.append(found[0])
    isos = [d.date for d in dates]
    if len(set(isos)) < len(isos) or isos not in (sorted(isos), sorted(isos, reverse=True)):  # type: ignore[type-var]
        return None
    return dates


def _holds_notes(table: Block) -> bool:
    """Whether some column beside the date holds notes rather than short values."""
    body = table.rows[1:]
    for c in range(1, len(table.rows[0])):
        words = [len(row[c].split()) for row in body if c < len(row)]
        if words and sum(words) / len(words) >= MIN_NOTES_WORDS_PER_CELL:
            return True
    return False


def _row_blocks(header: tuple[str, ...], row: tuple[str, ...], table: Block) -> list[Block]:
    """A row's meeting as lines: its date and attendance as labelled lines, each other column as
    a part under its header."""
    out: list[Block] = []
    for label, value in zip(header, row, strict=False):
        if not value.strip():
            continue
        if label is header[0] or is_attendance_group_heading(label) or not label.strip():
            line = f"{label.strip()}: {value}" if label.strip() else value
            out.append(Block(BlockKind.PARAGRAPH, line, table.index, table.page))
            continue
        out.append(Block(BlockKind.HEADING, label.strip(), table.index, table.page, COLUMN_PART_LEVEL))
        out.append(Block(BlockKind.PARAGRAPH, value, table.index, table.page))
    return out


def date_column(rows: list[list[str]] | tuple[tuple[str, ...], ...], column: int, day_first: bool) -> bool:
    """"Date | Balance" over two or more dated rows: a column of dates in a table of figures or events, not
    a meeting's form (whose "Date" label has one value under it)."""
    dated = [row for row in rows[1:] if find_dates(" ".join(row[column:column + 1]), day_first=day_first)]
    return len(dated) >= 2
