"""Logs whose entries open with a dated list item or line that carries the entry's first words.

A committee's running record may keep one bullet per meeting, its date first and what was
decided straight after it ("- 2024-03-05 Ann proposed that ..."), or write each entry as a
paragraph opening with its date. `meetings` reads a log's entries from lines that are (nearly)
only a date; here such an opening is cut into its date line and the entry's content under it,
so that the usual split reads it.

Only the document's own entries are cut: several openings of one shape whose dates (each with
its year) run in one order, with nothing after the first but openings and what they hold (no
heading, no undated item beside them), under a short preamble that gives no date of its own. A
meeting's "Dates for the diary" list, its dated tasks or events, sits under the meeting's own
date, or has the meeting's later items after it, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.dates import FoundDate, find_dates
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.dates import MONTHS, WEEKDAYS

# A log of dated openings has at least this many (two dated bullets are a meeting's diary dates).
MIN_DATED_OPENINGS = 3
# What follows an opening's date is the entry's content: a sentence, not a short title.
MIN_CONTENT_WORDS = 4
# Deepest list level an entry's opening may sit at.
MAX_OPENING_LIST_LEVEL = 1
# The entries hold at least this share of the document's words: a log's preamble is its title and roster.
MIN_ENTRIES_WORD_SHARE = 1 / 2
# Share of a log's entries that may stand out of date order (one added at the top late).
MAX_OUT_OF_ORDER_SHARE = 1 / 4

# Between the date and the entry's words: a colon, dash or comma.
_SEPARATOR = lazy_compile(r"^[\s:;,.\-–—|)]*")
# Every date form opens with a digit, or a weekday's or a month's name, each at least three letters (see
# `dates`): a text opening with anything else opens with no date, and is not searched for its dates here.
_DATE_OPENING = lazy_compile(rf"\d|{'|'.join(sorted({word[:3] for word in (*WEEKDAYS, *MONTHS)}))}", re.I)


def dated_openings_cut(blocks: list[Block], day_first: bool) -> list[Block] | None:
    """The blocks with each entry's dated opening cut into its date line and a paragraph of the
    entry's content, when the document is a log written that way; else None."""
    openings = _openings(blocks, day_first)
    if openings is None:
        return None
    out: list[Block] = []
    for i, block in enumerate(blocks):
        date = openings.get(i)
        if date is None:
            out.append(block)
            continue
        content = _SEPARATOR.sub("", block.text[date.end:])
        # a bullet's words nest under its date ("- 2020-07-10" over "  Ann proposed ..."); a line's follow it
        under = replace(block, text=content, level=block.level + 1, label=None, lead_bold="") \
            if block.kind is BlockKind.LIST_ITEM else Block(BlockKind.PARAGRAPH, content, block.index, block.page)
        out += [replace(block, text=block.text[:date.end].strip(), lead_bold="", label=None), under]
    return out


def _openings(blocks: list[Block], day_first: bool) -> dict[int, FoundDate] | None:
    """The dated openings of the document's entries, by position, if it is such a log."""
    found = {i: d for i, b in enumerate(blocks) if (d := _opening_date(b, day_first)) is not None}
    shapes = {(blocks[i].kind, blocks[i].level) for i in found}
    if len(found) < MIN_DATED_OPENINGS or len(shapes) != 1:
        return None
    kind, level = shapes.pop()
    first = min(found)
    if any(find_dates(b.text, day_first=day_first) for b in blocks[:first]):
        return None  # the meeting's own date above: its dated items are not entries
    if _words(blocks[first:]) < MIN_ENTRIES_WORD_SHARE * _words(blocks):
        return None  # a meeting's items above its closing list of dated events
    for i, block in enumerate(blocks[first:], start=first):
        if block.kind is BlockKind.HEADING or block.kind is BlockKind.TABLE:
            return None  # the dated lines are one part of the document, not its entries
        if i not in found and block.kind is BlockKind.LIST_ITEM and kind is BlockKind.LIST_ITEM and \
                block.level <= level:
            return None  # an undated item beside the dated ones: a list of events or tasks
    keys = [d.date or "" for d in found.values()]
    if len(set(keys)) < len(keys) or not _in_one_order(keys):
        return None
    return found


def _words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def _opening_date(block: Block, day_first: bool) -> FoundDate | None:
    """The date a list item or paragraph opens with, when the entry's content follows it."""
    if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or block.level > MAX_OPENING_LIST_LEVEL:
        return None
    if not _DATE_OPENING.match(block.text):
        return None
    dates = find_dates(block.text, day_first=day_first)
    if not dates or dates[0].start > 0 or not dates[0].has_year or not dates[0].date:
        return None
    content = _SEPARATOR.sub("", block.text[dates[0].end:])
    return dates[0] if len(content.split()) >= MIN_CONTENT_WORDS else None


def _in_one_order(keys: list[str]) -> bool:
    """Whether the dates run oldest first or newest first, all but a few in place."""
    allowed = int(len(keys) * MAX_OUT_OF_ORDER_SHARE)
    return any(len(keys) - _longest_run(seq) <= allowed for seq in (keys, keys[::-1]))


def _longest_run(keys: list[str]) -> int:
    """The length of the longest rising subsequence of ``keys``."""
    best: list[int] = [1] * len(keys)
    for i, key in enumerate(keys):
        best[i] = 1 + max((best[j] for j in range(i) if keys[j] < key), default=0)
    return max(best, default=0)
