"""Guards that keep a single meeting single when its own lines look like a log's entries.

A "Date: 7 April 2024" line under a "Next meeting" heading dates the next meeting, not an entry;
and a meeting that opens with its own date and attendance and then lists dated items ("Plant sale
– 12 April 2024", "Open day – 11 May 2024") without attendance of their own is one meeting whose
items carry dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from notes_extract.dates import find_dates
from notes_extract.document import Block
from notes_extract.log_titles import attendance_follows
from notes_extract.segment.labels import attendance_label, next_meeting_label

# How many blocks above a date line a next-meeting heading or label may stand.
MAX_BLOCKS_FROM_NEXT_MEETING_LABEL = 2


class _StartLike(Protocol):
    index: int


def under_next_meeting(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` sits right under a bare "Next meeting" heading or label."""
    above = blocks[max(0, index - MAX_BLOCKS_FROM_NEXT_MEETING_LABEL): index]
    # a bare label, whose value the date line is ("Next meeting: in 2 months ..." says its own thing),
    # unless a dated block between already gave it (a form table under "Next meeting", then the next
    # meeting's own title)
    return any((rest := next_meeting_label(b.text.strip())) is not None and not rest.strip(" :-–—")
               and not any(find_dates(c.text) for c in above[n + 1:])
               for n, b in enumerate(above))


def preamble_is_a_meeting(blocks: list[Block], starts: Sequence[_StartLike]) -> bool:
    """Whether the text before the first entry is itself a meeting's head (a date and the
    attendance) while no entry has attendance of its own: the "entries" are its dated items."""
    if not starts:
        return False
    head = blocks[: starts[0].index]
    dated = any(find_dates(b.text) for b in head)
    attended = any(attendance_label(b.text.strip()) for b in head)
    if dated and attended and not any(attendance_follows(blocks, s.index) for s in starts):
        return True
    return _dated_title_over_dated_items(blocks, starts)


def _dated_title_over_dated_items(blocks: list[Block], starts: Sequence[_StartLike]) -> bool:
    """"# Committee meeting, 3 March 2024", its attendance, then "### 12 April 2024" headings with
    none of their own: the document's dated title over dated items, one meeting."""
    first, later = starts[0], starts[1:]
    title = blocks[first.index]
    return first.index == 0 and bool(later) and attendance_follows(blocks, first.index) and \
        all(blocks[s.index].level > title.level for s in later) and \
        not any(attendance_follows(blocks, s.index) for s in later)
