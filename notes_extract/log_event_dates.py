"""A meeting's own dated title over lines that name coming events by day and month: one meeting.

"Friends of the Library" / "Meeting Minutes - May 20, 2008" at the top, then, among the items,
"Book Sale-July 5th" and "Loon Program, Wednesday, June 4th": the secretary dates the meeting in
full and the events of its year by day and month, and names each event. A log dates its entries
alike, and when it names them, names a meeting ("Meeting - 4 June", "Week 3").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notes_extract.dates import find_dates
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.log_starts import LogStart
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import WEEKDAYS
from notes_extract.vocab.meetings import LOG_ENTRY_NOUNS, LOG_ENTRY_TITLE_NOUNS, MEETING_NOUNS

# The most title lines above a meeting's own date line ("Friends of the Library" / "Board Meeting Minutes").
MAX_TITLE_LINES_ABOVE_DATE = 3

_MEETING_WORD = lazy_compile(
    rf"\b(?:{any_of(MEETING_NOUNS)}|{any_of(LOG_ENTRY_NOUNS)}|{any_of(LOG_ENTRY_TITLE_NOUNS)})s?\b", re.I)
_WEEKDAY = lazy_compile(rf"\b(?:{any_of(WEEKDAYS)})\b", re.I)
# A word of the event's name: three letters or more ("Book", "Sale"), not an ordinal's "th".
_NAME_WORD = lazy_compile(r"[^\W\d_]{3,}")


def titled_above(head: Sequence[Block]) -> bool:
    """Whether the blocks above the first dated line are at most the document's title lines ("Friends of
    the Library" / "Board Meeting Minutes" over "June 10, 2025"): no date, no list, no table."""
    return len(head) <= MAX_TITLE_LINES_ABOVE_DATE and all(
        b.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and not find_dates(b.text) for b in head)


def dated_title_over_events(blocks: list[Block], starts: Sequence[LogStart]) -> bool:
    """Whether the first dated line, under the title lines alone, gives its year, and every later one
    gives none and names an event rather than a meeting ("Book Sale-July 5th")."""
    first, later = starts[0], starts[1:]
    if first.date and first.date.has_year and titled_above(blocks[: first.index]):
        events = later
    elif _dated_title_line(blocks[: first.index]):
        events = list(starts)  # the meeting's dated title is a line of its own, above every dated heading
    else:
        return False
    return bool(events) and all(s.date is not None and not s.date.has_year and _names_an_event(blocks[s.index].text)
                                for s in events)


def _dated_title_line(head: Sequence[Block]) -> bool:
    """Whether one of the document's first lines dates it with the year, under its title lines alone."""
    for n, block in enumerate(head[: MAX_TITLE_LINES_ABOVE_DATE + 1]):
        if block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH):
            return False
        if any(found.has_year for found in find_dates(block.text)):
            return titled_above(head[:n])
    return False


def _names_an_event(text: str) -> bool:
    """Whether the line's words besides its date name something other than a meeting."""
    rest = text
    for found in reversed(find_dates(text, default_year=2000)):
        rest = rest[: found.start] + " " + rest[found.end:]
    rest = _WEEKDAY.sub(" ", rest)
    return bool(_NAME_WORD.search(rest)) and not _MEETING_WORD.search(rest)
