"""Guards that keep a single meeting single when its own lines look like a log's entries.

A "Date: 7 April 2024" line under a "Next meeting" heading dates the next meeting, not an entry;
and a meeting that opens with its own date and attendance and then lists dated items ("Plant sale
– 12 April 2024", "Open day – 11 May 2024") without attendance of their own is one meeting whose
items carry dates.
"""

from __future__ import annotations

from collections.abc import Sequence

from notes_extract.dates import find_dates
from notes_extract.document import Block
from notes_extract.log_starts import LogStart
from notes_extract.log_titles import attendance_follows
from notes_extract.segment.labels import attendance_label, next_meeting_label

# The most blocks under a dated line for it to read as an item (a diary date and its line or two),
# not a meeting's entry, under a dated title with attendance.
MAX_BLOCKS_UNDER_A_DATED_ITEM = 2
# How many blocks above a date line a next-meeting heading or label may stand.
MAX_BLOCKS_FROM_NEXT_MEETING_LABEL = 2


def under_next_meeting(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` sits right under a bare "Next meeting" heading or label."""
    above = blocks[max(0, index - MAX_BLOCKS_FROM_NEXT_MEETING_LABEL): index]
    # a bare label, whose value the date line is ("Next meeting: in 2 months ..." says its own thing),
    # unless a dated block between already gave it (a form table under "Next meeting", then the next
    # meeting's own title)
    return any((rest := next_meeting_label(b.text.strip())) is not None and not rest.strip(" :-–—")
               and not any(find_dates(c.text) for c in above[n + 1:])
               for n, b in enumerate(above))


def preamble_is_a_meeting(blocks: list[Block], starts: Sequence[LogStart]) -> bool:
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


def _dated_title_over_dated_items(blocks: list[Block], starts: Sequence[LogStart]) -> bool:
    """"# Committee meeting, 3 March 2024", its attendance, then "### 12 April 2024" headings (or
    diary lines, each with a line or two under it) with none of their own: the document's dated
    title over dated items, one meeting."""
    first, later = starts[0], starts[1:]
    title = blocks[first.index]
    if first.index != 0 or not later or not attendance_follows(blocks, first.index) or \
            any(attendance_follows(blocks, s.index) for s in later):
        return False
    gaps = [after.index - s.index for s, after in zip(later, later[1:], strict=False)]
    deeper = all(blocks[s.index].level > title.level for s in later)
    return deeper or len(later) == 1 or max(gaps) <= MAX_BLOCKS_UNDER_A_DATED_ITEM + 1


def _runs_one_way(group: Sequence[LogStart]) -> bool:
    """Whether the group's date keys run oldest first or newest first."""
    keys: list[str] | list[int] = [s.key for s in group]
    if all(k.isdigit() for k in keys):  # "Meeting 9", "Meeting 10": numbers, not text
        keys = [int(k) for k in keys]
    return keys == sorted(keys) or keys == sorted(keys, reverse=True)


def preferred_log(logs: Sequence[Sequence[LogStart]], blocks: list[Block]) -> Sequence[LogStart]:
    """The log to split at: the largest group, unless its dates jump about while a smaller group
    of the same starts, each opening with its attendance, runs in date order: then the dated lines
    between them (diary dates, dated tasks) are items inside those meetings."""
    largest = max(logs, key=lambda g: (len(g), -g[0].index))
    if _runs_one_way(largest):
        return largest
    for group in sorted(logs, key=lambda g: (-len(g), g[0].index)):
        if group is largest or len(group) < 2 or not _runs_one_way(group):
            continue
        ends = [*(s.index for s in group[1:]), len(blocks)]
        if all(attendance_follows(blocks[:end], s.index) for s, end in zip(group, ends, strict=True)):
            return group
    return largest
