"""Logs that record two kinds of meeting in two shapes: a project team writes its own meetings
under "Team Meeting – 3 March 2024" headings and its client meetings as a form table (Date /
Location / Attendees) or a "Date: ..." line. Each shape makes a group of its own in `meetings`,
and the smaller one would be merged into the meetings before it.

The groups join when each joined start is a meeting's opening on its own — a date (with its year,
or in a log whose year an earlier entry gives) with the meeting's attendance right under it — and
the joined dates run in one order without repeating. A single meeting's own "Date:" line and its
dated item headings or "Next meeting" date never join: those have no attendance under them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from notes_extract.document import Block, BlockKind
from notes_extract.log_starts import LogStart, StartT
from notes_extract.log_styles import _in_order as in_order
from notes_extract.log_titles import attendance_follows
from notes_extract.segment.labels import attendance_label, is_attendance_group_heading

# The shapes of a dated opening: a date line or heading, a "Date:" info line, a form table.
_DATED_SHAPES = ("date", "info", "form")
# A log of two shapes has at least this many entries.
MIN_MIXED_ENTRIES = 2

_T = TypeVar("_T")


def mixed_entries(groups: list[list[StartT]], blocks: list[Block]) -> list[list[StartT]]:
    """The entries of a log whose meetings open in two or more shapes (dated headings, "Date:"
    lines, form tables), each a meeting of its own: one joined group, or none."""
    dated = [g for g in groups if g and g[0].shape[-1] in _DATED_SHAPES]
    if len(dated) < 2:
        return []
    # Each opening's attendance must come before the next dated opening of any shape: a dated item
    # heading ("Open day on 3 May 2024") is not made a meeting by the next meeting's attendance.
    openings = sorted({s.index for g in dated for s in g})
    ends = dict(zip(openings, [*openings[1:], len(blocks)], strict=True))
    strong = [g for g in dated if all(opens_a_meeting(blocks[:ends[s.index]], s) for s in g)]
    if len(strong) < 2:
        return []
    starts = sorted((s for g in strong for s in g), key=lambda s: s.index)
    if len(starts) < MIN_MIXED_ENTRIES or not in_order(starts) or _repeats([s.key for s in starts]):
        return []
    split_at = " and ".join(dict.fromkeys(s.split_at for s in starts))
    return [[replace(s, shape=("mixed",), split_at=split_at) for s in starts]]


def opens_a_meeting(blocks: list[Block], start: LogStart) -> bool:
    """Whether a dated opening is a meeting's own: its attendance follows within a few blocks
    (or, for a form table, is one of its rows)."""
    return start.date is not None and bool(start.date.date) and opens_with_attendance(blocks, start)


def opens_with_attendance(blocks: list[Block], start: LogStart) -> bool:
    """Whether the attendance follows a start within a few blocks (or, for a form table, is one
    of its rows)."""
    block = blocks[start.index]
    if block.kind is BlockKind.TABLE and any(attendance_label(cell.strip()) or is_attendance_group_heading(cell.strip())
                                             for row in block.rows for cell in row):
        return True
    return attendance_follows(blocks, start.index)


def _repeats(keys: list[_T]) -> bool:
    """Whether any key comes twice (one day's date on two openings is one meeting's)."""
    return len(set(keys)) < len(keys)
