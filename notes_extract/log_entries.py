"""Log entries written in another shape than the log's own, found once its entries are known.

`meetings` picks a log's entries as the largest group of blocks of one shape. Real logs
slip: one entry heading a level deeper ("### 12 March 2024" among "## 5 March 2024"),
one written as a bold line ("**12 March 2024**"), one whose date has a typo
("## 12 Mrach 2024"). Left alone, each such entry's notes merge silently into the
meeting before it. This module finds them from the entries around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.log_starts import StartT
from notes_extract.log_titles import attendance_follows, attended_entries, title_opening, titled_alike
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import WEEKDAYS

# An entry holds its opening line and at least this many blocks more.
MIN_BLOCKS_UNDER_ENTRY = 1
# A heading read as a mistyped date is short: a weekday, a day, a month and a year at most.
MAX_DATE_TYPO_WORDS = 5


_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WORD = r"[A-Za-z]{3,10}\.?"
# Dates whose month word (or a numeric part) did not parse: "12 Mrach 2024", "Mrach 12, 2024",
# "31/13/2024"; a weekday may lead ("Tuesday 12 Mrach 2024").
_DATE_SHAPED = lazy_compile(
    rf"^\W*(?:(?:{any_of(WEEKDAYS)})\W+)?"
    rf"(?:{_ORDINAL}\s+{_WORD},?\s+{_YEAR}|{_WORD}\s+{_ORDINAL},?\s+{_YEAR}"
    rf"|\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}})\W*$",
    re.I,
)


def _is_entry_shaped(block: Block, entry: Block) -> bool:
    """A heading (of any level) when the log's entries are headings or bold lines, or a line
    written wholly bold: the shapes a writer slips into for one entry."""
    return block.kind is BlockKind.HEADING or (block.kind is BlockKind.PARAGRAPH and block.all_bold) or \
        (block.kind is entry.kind and block.level == entry.level)


def _in_sequence(date: str, before: str | None, after: str | None, rising: bool) -> bool:
    """Whether ``date`` falls strictly between the entries around it, in the log's order."""
    low, high = (before, after) if rising else (after, before)
    return (low is None or low < date) and (high is None or date < high)


def _dated(starts: Sequence[StartT]) -> list[str] | None:
    """Each entry's ISO date, or None when one entry has none (the log is not read by date)."""
    dates = [s.date.date if s.date is not None and s.date.has_year else None for s in starts]
    return None if any(d is None for d in dates) else [d for d in dates if d is not None]


def stray_entries(blocks: list[Block], starts: list[StartT], recognise: Callable[[Block, int, bool], StartT | None],
                  day_first: bool) -> list[StartT]:
    """The log's entries with those written in another shape: a dated heading of another level or
    a bold date line whose date falls between the entries around it (or after the last) and that
    has something under it."""
    dates = _dated(starts)
    first = blocks[starts[0].index]
    if starts[0].numbered or dates is None or not _is_entry_shaped(first, first) or \
            dates != sorted(dates) and dates != sorted(dates, reverse=True):
        return starts
    rising = dates == sorted(dates)
    known = {s.index for s in starts}
    # When every entry names its attendance, a dated line without any is an item's date
    # ("2. Plant sale on 18 March 2024"), not an entry written another way.
    attended = attended_entries(blocks, sorted(known))
    # When every entry repeats one title ("Club committee meeting, 3 May 2024"), a dated heading
    # titled otherwise ("Open day – 27 May 2024") is an item's, unless it is a bare date.
    log_title = title_opening(first.text) if titled_alike(blocks, starts) else None
    found: list[StartT] = []
    for i, block in enumerate(blocks[starts[0].index + 1:], start=starts[0].index + 1):
        if i in known or not _is_entry_shaped(block, first) or attended and \
                not attendance_follows(blocks, i, min([k for k in known if k > i], default=len(blocks))):
            continue
        start = recognise(block, i, day_first)
        if start is None or start.date is None or not start.date.has_year or start.date.date is None:
            continue
        if log_title is not None and title_opening(block.text) not in (log_title, ()):
            continue
        before = [d for s, d in zip(starts, dates, strict=True) if s.index < i]
        after = [d for s, d in zip(starts, dates, strict=True) if s.index > i]
        if start.date.date in dates or not _in_sequence(start.date.date, before[-1], after[0] if after else None,
                                                          rising):
            continue
        found.append(replace(start, shape=getattr(starts[0], "shape")))  # noqa: B009 (a _Start's field)
    if log_title and (opening := _opening_entry(blocks, starts, recognise, day_first, log_title, rising)):
        found.append(opening)
    return _holding(blocks, sorted([*starts, *found], key=lambda s: s.index), known)


def _opening_entry(blocks: list[Block], starts: list[StartT], recognise: Callable[[Block, int, bool], StartT | None],
                   day_first: bool, log_title: tuple[str, ...], rising: bool) -> StartT | None:
    """The log's first entry written another way than the rest (its title styled as the document's
    title): above the first entry, a dated line that repeats the entries' title, dated before
    them in the log's order, with its own attendance under it."""
    first = starts[0]
    for i in range(first.index - 1, -1, -1):
        start = recognise(blocks[i], i, day_first)
        if start is None or start.date is None or not start.date.has_year or not start.date.date or \
                title_opening(blocks[i].text) != log_title or first.date is None or not first.date.date:
            continue
        earlier = start.date.date < first.date.date if rising else start.date.date > first.date.date
        if earlier and attendance_follows(blocks, i, first.index):
            return replace(start, shape=getattr(first, "shape"), split_at=getattr(first, "split_at"))  # noqa: B009
        return None
    return None


def _holding(blocks: list[Block], starts: list[StartT], known: set[int]) -> list[StartT]:
    """Without added entries that hold nothing before the next entry (a date heading over nothing
    is a note's date, not a meeting)."""
    ends = [s.index for s in starts[1:]] + [len(blocks)]
    return [s for s, end in zip(starts, ends, strict=True)
            if s.index in known or end - s.index > MIN_BLOCKS_UNDER_ENTRY]


def mistyped_entries(blocks: list[Block], starts: list[StartT]) -> list[int]:
    """Headings of the entries' own level that are shaped like a date that did not parse
    ("## 12 Mrach 2024" in a log of "## 5 March 2024"), after the first entry and holding
    something: each is an entry of its own, whose date could not be read."""
    first = blocks[starts[0].index]
    if first.kind is not BlockKind.HEADING or starts[0].numbered:
        return []
    known = {s.index for s in starts}
    out: list[int] = []
    for i in range(starts[0].index + 1, len(blocks) - MIN_BLOCKS_UNDER_ENTRY):
        block = blocks[i]
        if i in known or block.kind is not BlockKind.HEADING or block.level != first.level:
            continue
        if len(block.text.split()) <= MAX_DATE_TYPO_WORDS and _DATE_SHAPED.match(block.text) and \
                not _opens_entry(blocks[i + 1], first):
            out.append(i)
    return out


def _opens_entry(block: Block, entry: Block) -> bool:
    """The block right after a heading is another heading of the entries' level: nothing under it."""
    return block.kind is BlockKind.HEADING and block.level <= entry.level
