"""A "Dates" heading over a calendar of coming events is an item of the minutes, not furniture.

"Dates" alone is most often the meeting's own date field ("Dates: 9 April"), which the
furniture rule drops; but a club's or board's minutes often keep an item listing the dates
ahead, one event a line:

    Dates
    - 3 May: spring rapidplay
    - 14 June: AGM
"""

from __future__ import annotations

import re

from notes_extract.dates import find_dates
from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan
from notes_extract.vocab.sections import DATES_LIST_HEADING

# "Dates", "Key dates", "Dates for the diary", "Upcoming dates".
_DATES_HEADING = lazy_compile(rf"^\W*{DATES_LIST_HEADING}\s*:?\W*$", re.I)
# A calendar lists at least this many events.
MIN_LISTED_EVENTS = 2
# The year a yearless date is read in (only whether there is a date matters here).
_ANY_YEAR = 2000


def _event_line(text: str) -> bool:
    """Whether a line is a date and the event on it ("3 May: spring rapidplay", "AGM - 14 June")."""
    found = find_dates(text, default_year=_ANY_YEAR)
    if not found:
        return False
    rest = text[:found[0].start] + text[found[0].end:]
    return bool(re.search(r"[A-Za-z]{2,}", rest))


def lists_coming_events(span: SectionSpan) -> bool:
    """Whether ``span`` is a "Dates" heading over list items each naming a date and its event."""
    if not _DATES_HEADING.match(span.heading_text):
        return False
    items = [block.text for block in span.blocks if block.kind is BlockKind.LIST_ITEM]
    return len(items) >= MIN_LISTED_EVENTS and all(_event_line(text) for text in items)
