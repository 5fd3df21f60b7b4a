"""Guards that keep a single meeting single when its own lines look like a log's entries.

A "Date: 7 April 2024" line under a "Next meeting" heading dates the next meeting, not an entry;
and a meeting that opens with its own date and attendance and then lists dated items ("Plant sale
– 12 April 2024", "Open day – 11 May 2024") without attendance of their own is one meeting whose
items carry dates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from notes_extract.dates import find_dates
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.log_event_dates import dated_title_over_events, titled_above
from notes_extract.log_mixed import opens_with_attendance
from notes_extract.log_starts import LogStart
from notes_extract.log_titles import attendance_follows, title_opening, titled_alike
from notes_extract.segment.labels import attendance_label, next_meeting_label

# The most blocks under a dated line for it to read as an item (a diary date and its line or two),
# not a meeting's entry, under a dated title with attendance.
MAX_BLOCKS_UNDER_A_DATED_ITEM = 2
# The shapes of a dated title line (a date line or heading, a "Minutes of ... held on" title).
_TITLE_LINE_SHAPES = ("date", "minutes title")
# "V. ", "5) ": an item's number before the heading's words.
_ITEM_NUMBER = lazy_compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*|[IVXivx]{1,5}|[A-Za-z])[.)]\s+")
# "Date:", "**Time:**": a labelled fact's label.
_FACT_LABEL = lazy_compile(r"^[\W_]*[A-Za-z][\w /&]{1,24}[*_]*\s*:")
# How many blocks above a date line a next-meeting heading or label may stand.
MAX_BLOCKS_FROM_NEXT_MEETING_LABEL = 2


def _date_fact_only(text: str) -> bool:
    """"Date: 7 May 2026", "**Date:** 2026-05-07 ...", "7 May 2026": a labelled fact or a bare date."""
    rest = text.strip()
    for found in reversed(find_dates(rest)):
        rest = rest[: found.start] + rest[found.end:]
    return bool(_FACT_LABEL.match(text)) or not re.search(r"[A-Za-z]{3,}", rest)


def _in_next_meeting_part(blocks: list[Block], index: int) -> bool:
    """Whether the nearest heading above the (non-heading) block at ``index`` is a bare "Next meeting"
    heading ("## V. Next Meeting" over a motion, then "**Date:** ..."): that part says when the next
    meeting is, however many lines come between."""
    block = blocks[index]
    if block.kind is BlockKind.HEADING or not _date_fact_only(block.text):
        return False  # "Minutes of the Club meeting held on 7 April" under it opens the next entry
    heading = next((blocks[j] for j in range(index - 1, -1, -1) if blocks[j].kind is BlockKind.HEADING), None)
    rest = next_meeting_label(_ITEM_NUMBER.sub("", heading.text.strip())) if heading else None
    return rest is not None and not rest.strip(" :-–—")


def under_next_meeting(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` sits right under a bare "Next meeting" heading or label, or in the
    part such a heading opens."""
    if _in_next_meeting_part(blocks, index):
        return True
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


def numbered_headings_lead_items(blocks: list[Block], starts: Sequence[LogStart]) -> bool:
    """Whether numbered entry headings are only the first of one meeting's item headings: "### Sprint 4
    Review:", "### Sprint 5 Plan:", then "### Budget:", "### Risks:", "### Next Steps:" at their level,
    more of them than the numbered ones and none between them. A log's entries hold their parts
    between each other; a meeting's items run on after the numbered ones."""
    if not starts or not starts[0].numbered:
        return False
    first = blocks[starts[0].index]
    if first.kind is not BlockKind.HEADING:
        return False
    entries = {s.index for s in starts}
    others: list[int] = []
    for i in range(starts[0].index + 1, len(blocks)):
        block = blocks[i]
        if block.kind is BlockKind.HEADING and block.level < first.level:
            break  # a part of the document above the entries' level
        if i not in entries and block.kind is BlockKind.HEADING and block.level == first.level:
            others.append(i)
    return bool(others) and min(others) > max(entries) and len(others) > len(entries)


def _dated_title_over_dated_items(blocks: list[Block], starts: Sequence[LogStart]) -> bool:
    """"# Committee meeting, 3 March 2024" (or a date line under the title's lines), its attendance,
    then "### 12 April 2024" headings (or diary lines, each with a line or two under it) with none
    of their own: the document's dated title over dated items, one meeting. With or without the
    attendance, so is a dated title over events named and dated without a year (`log_event_dates`)."""
    first, later = starts[0], starts[1:]
    title = blocks[first.index]
    if not later or any(attendance_follows(blocks, s.index) for s in later):
        return False
    if dated_title_over_events(blocks, starts):  # "Book Sale-July 5th" under "Meeting Minutes - May 20, 2008"
        return True
    if not titled_above(blocks[: first.index]):
        return False
    if not attendance_follows(blocks, first.index):
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
    """The log to split at: the largest group, unless a smaller group's starts each open with
    their attendance while the largest's extra starts are items inside those meetings (diary dates,
    dated tasks): because the largest's dates jump about, or none of its starts has attendance, or
    the smaller group repeats one title the extra starts do not."""
    by_size = sorted(logs, key=lambda g: (-len(g), g[0].index))
    largest = by_size[0]
    stops = sorted({s.index for g in logs for s in g} | {len(blocks)})
    attended = [g for g in by_size[1:] if len(g) >= 2 and all(_attended(g, blocks, stops))]
    for group in attended:
        if _titled_apart(group, largest, blocks) and not any(_attended(_others(largest, group), blocks, stops)):
            return group
    if attended and not any(_attended(largest, blocks, stops)):
        return attended[0]
    if _runs_one_way(largest):
        return largest
    return next((g for g in attended if _runs_one_way(g)), largest)


def _attended(group: Sequence[LogStart], blocks: list[Block], stops: list[int]) -> list[bool]:
    """For each start, whether its attendance follows before the next start of any group (or is a
    row of its form table)."""
    return [opens_with_attendance(blocks[:stops[bisect_right(stops, s.index)]], s) for s in group]


def _others(largest: Sequence[LogStart], group: Sequence[LogStart]) -> list[LogStart]:
    """The largest group's starts that ``group`` leaves out."""
    indexes = {s.index for s in group}
    return [s for s in largest if s.index not in indexes]


def _titled_apart(group: Sequence[LogStart], largest: Sequence[LogStart], blocks: list[Block]) -> bool:
    """Whether ``group`` is part of ``largest``, repeats one title, and the largest's other starts
    are titled otherwise ("Choir committee meeting, 7 June 2024" entries among "3. Summer fair on
    19 June 2024" item headings). Only dated title lines have titles (a form table's labels are none)."""
    known = {s.index for s in largest}
    indexes = {s.index for s in group}
    if largest[0].shape[-1] not in _TITLE_LINE_SHAPES or not indexes < known or not titled_alike(blocks, group):
        return False
    title = title_opening(blocks[group[0].index].text)
    return all(title_opening(blocks[i].text) != title for i in known - indexes)


def _runs_one_way(group: Sequence[LogStart]) -> bool:
    """Whether the group's date keys run oldest first or newest first."""
    keys: list[str] | list[int] = [s.key for s in group]
    if all(k.isdigit() for k in keys):  # "Meeting 9", "Meeting 10": numbers, not text
        keys = [int(k) for k in keys]
    return keys == sorted(keys) or keys == sorted(keys, reverse=True)


def holds_its_entry(blocks: list[Block], index: int) -> bool:
    """Whether what follows an entry's opening is under it: a dated list item with its
    notes nested below ("- 26/05/2017" over indented points) opens an entry; one followed
    by a sibling item ("- 12 March 2024", "- Quiz night") is a date in a list of events."""
    opening = blocks[index]
    if opening.kind is not BlockKind.LIST_ITEM or index + 1 >= len(blocks):
        return True
    following = blocks[index + 1]
    return following.kind is not BlockKind.LIST_ITEM or following.level > opening.level


# Dates a log needs besides a stamp's two for the stamp to be read as one.
MIN_DATES_WITH_STAMP = 3


def document_stamps(group: Sequence[LogStart], blocks: list[Block]) -> set[int]:
    """The indexes of a date line that opens and closes a group of date lines word for word, other dates
    between ("08/11/2020" over the minutes and again under their signatures: the day they were approved):
    a stamp on the document, not two entries. Headings are left alone (two meetings of one day may be
    headed alike)."""
    if len(group) < MIN_DATES_WITH_STAMP:
        return set()
    first, last = blocks[group[0].index], blocks[group[-1].index]
    if first.kind is BlockKind.HEADING or first.text.strip() != last.text.strip():
        return set()
    return {s.index for s in group if blocks[s.index].text.strip() == first.text.strip()}
