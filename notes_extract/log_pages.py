"""Logs whose entries are told apart only by where they start: each on a new page (a page or
section break) or after a drawn rule, under a title that does not date it ("Team Meeting")
and with its date in a line or table just below.

A run of parts is a log when the parts open the same way (the same first line once dates and
numbers are set aside, or a table with the same labels) and each gives a date of its own in
its first lines, the dates running in one order. A single meeting of several pages opens
each page differently ("4. Finance", "5. Any other business") or repeats no new date, and
stays one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from notes_extract.dates import FoundDate, find_dates
from notes_extract.document import Block, BlockKind, more_words_than
from notes_extract.lazy_pattern import lazy_compile

# A log split at pages or rules has at least this many entries (a two-page meeting is common).
MIN_PAGED_ENTRIES = 3
# An entry's date sits in its first blocks: its title, then a "Date:" line or an info table.
ENTRY_DATE_WITHIN_BLOCKS = 4
# At least this share of the parts open the same way.
MIN_SAME_OPENING_SHARE = 3 / 4
# An entry holds its opening and at least this many blocks more.
MIN_BLOCKS_UNDER_PAGED_ENTRY = 1
# Openings longer than this are running text, not an entry's title.
MAX_OPENING_WORDS = 12

_NUMBERS = lazy_compile(r"\d+")
_NOT_WORD = lazy_compile(r"[^\w]+|_")


@dataclass(frozen=True)
class PagedLog:
    """Where each entry starts, its date, and what the entries were told apart by."""

    starts: list[int]
    dates: list[FoundDate]
    split_at: str


def paged_log(blocks: list[Block], day_first: bool) -> PagedLog | None:
    """The entries of a log kept a page (or a rule-separated part) per meeting, or None."""
    parts = _part_starts(blocks)
    if len(parts) < MIN_PAGED_ENTRIES:
        return None
    openings = [_opening(blocks[i]) for i in parts[1:]]
    common, count = Counter(openings).most_common(1)[0]
    if common is None or count < len(openings) * MIN_SAME_OPENING_SHARE:
        return None
    first = next((i for i in range(parts[1]) if _opening(blocks[i]) == common), None)
    starts = [i for i in ([first] if first is not None else []) + parts[1:] if _opening(blocks[i]) == common]
    ends = starts[1:] + [len(blocks)]
    dates = [_entry_date(blocks[start:min(end, start + ENTRY_DATE_WITHIN_BLOCKS)], day_first)
             for start, end in zip(starts, ends, strict=True)]
    if len(starts) < MIN_PAGED_ENTRIES or any(d is None or d.date is None for d in dates) or \
            any(end - start <= MIN_BLOCKS_UNDER_PAGED_ENTRY for start, end in zip(starts, ends, strict=True)):
        return None
    found = [d for d in dates if d is not None]
    isos = [d.date for d in found if d.date]
    if len(set(isos)) != len(isos) or isos not in (sorted(isos), sorted(isos, reverse=True)):
        return None  # pages of one meeting that mention dates, not one meeting a page
    ruled = any(blocks[i].after_rule for i in starts)
    paged = any(blocks[i].page != blocks[i - 1].page for i in starts if i)
    split_at = " and ".join(what for what, used in (("page breaks", paged), ("rules", ruled)) if used)
    return PagedLog(starts, found, split_at)


def _part_starts(blocks: list[Block]) -> list[int]:
    """Where each part starts: the first block, and each block on a new page or after a rule."""
    return [0] + [i for i in range(1, len(blocks))
                  if blocks[i].after_rule or (blocks[i].page or 0) > (blocks[i - 1].page or 0)]


def _opening(block: Block) -> tuple[str, ...] | None:
    """How a part opens, with its dates and numbers set aside: a title's words, or a table's
    first column (its labels); None for running text."""
    if block.kind is BlockKind.TABLE:
        return ("table", *(_bare(row[0]) for row in block.rows if row))
    if more_words_than(block.text, MAX_OPENING_WORDS):
        return None
    text = block.text
    for date in find_dates(text):
        text = text.replace(date.text, " ")
    return ("line", _bare(text))


def _bare(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", _NUMBERS.sub(" ", text)).lower().split())


def _entry_date(blocks: list[Block], day_first: bool) -> FoundDate | None:
    """The first full date in an entry's first blocks."""
    for block in blocks:
        for date in find_dates(block.text, day_first=day_first):
            if date.date is not None and date.has_year:
                return date
    return None


def paged_meetings(blocks: list[Block], starts: list[int]) -> list[list[Block]]:
    """Each entry's blocks after the log's preamble (the lines before the first entry); an entry's
    title heading as a plain line, as the other log entries' openings are."""
    preamble = blocks[:starts[0]]
    meetings: list[list[Block]] = []
    for start, end in zip(starts, starts[1:] + [len(blocks)], strict=True):
        head = blocks[start]
        if head.kind is BlockKind.HEADING:
            head = Block(BlockKind.PARAGRAPH, head.text, head.index, head.page)
        meetings.append([*preamble, head, *blocks[start + 1:end]])
    return meetings


def splits_finer(paged: PagedLog, entries: list[int]) -> bool:
    """Whether the page-by-page entries are the log's, against the ``entries`` another shape
    found (none, or some of them: a log dated by "Date:" lines on some pages and by a table or a
    sentence on others): more entries, none of which holds two of the others."""
    if not entries:
        return True
    ends = paged.starts[1:] + [max(entries) + 1]
    held = [sum(start <= i < end for i in entries) for start, end in zip(paged.starts, ends, strict=True)]
    return len(paged.starts) > len(entries) and max(held) <= 1 and entries[0] >= paged.starts[0] - 1
