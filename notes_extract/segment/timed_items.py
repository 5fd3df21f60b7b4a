"""Items stamped with the clock time they were taken up: "7:11 - Discussion on the food forest",
"8:30pm: Meeting called to order", "7:30 CONFERENCE REPORT". Minutes kept as a running log of the
meeting's items write each one so; a line in lower case after a bare stamp ("10:02 ann thanks bo") is a
chat log's turn, and a line with a speaker's label after the separator ("10:02 - Ann: yes") a turn too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.state import Context, Step
from notes_extract.vocab.meetings import MEETING_CLOSE_ITEMS, MEETING_CLOSED_LINES, MEETING_OPENED_LINES

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Time-stamped item lines a document has at least, to be kept as a timed log of its items.
MIN_TIMED_ITEMS = 2
# An item's line is a title or a short sentence; a longer one is minuted text that mentions a time.
MAX_TIMED_ITEM_WORDS = 16
_CLOCK = r"\(?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\)?"
# "7:11 - Topic", "8:30pm: Topic": the stamp, a dash or colon, the item's words from a capital.
_SEPARATED = lazy_compile(rf"^{_CLOCK}\s*[-–—:]\s*(?P<title>[A-Z0-9].*)$", re.I)
# "7:30 CONFERENCE REPORT (with ...)": the stamp, then a title in capitals.
_CAPITALS = lazy_compile(rf"^{_CLOCK}\s+(?P<title>[A-Z][A-Z0-9'’/&.-]+(?:\s+[A-Z0-9'’/&().-]+)*)(?:\s+\(.*\))?\s*$")
# "7.30pm - 9.00pm", "19:30 – 21:00 UTC" alone on a line: the hours
# the meeting ran, never a heading.
CLOCK_RANGE_ONLY = lazy_compile(
    r"^[\W_]*(?P<a>\d{1,2}(?:[.:][0-5]\d)?\s*(?:[ap]\.?\s?m\.?)?)\s*(?:-|–|—|to|until)\s*"
    r"(?P<b>\d{1,2}(?:[.:][0-5]\d)?\s*(?:[ap]\.?\s?m\.?)?)\s*(?:(?-i:[A-Z]{1,3}[SD]T|[A-Z]{1,2}T|UTC|GMT))?[\W_]*$",
    re.I)
_BOUNDARY = lazy_compile(rf"{MEETING_OPENED_LINES}|{MEETING_CLOSED_LINES}", re.I)
_CLOSE_ITEM = lazy_compile(rf"\W*(?:{MEETING_CLOSE_ITEMS})\W*", re.I)
# "Ann: yes" after the stamp: a speaker's turn.
_SPEAKER = lazy_compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?:\s")


def timed_item(block: Block) -> str | None:
    """The item a time-stamped paragraph opens ("Discussion on the food forest"), or None."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    text = block.text.strip()
    if len(text.split()) > MAX_TIMED_ITEM_WORDS:
        return None
    m = _SEPARATED.match(text) or _CAPITALS.match(text)
    if m is None or not m["title"][:1].isupper() and not m["title"][:1].isdigit() or _SPEAKER.match(m["title"]):
        return None
    return m["title"].strip()


def timed_items(blocks: list[Block]) -> bool:
    """Whether the minutes stamp several items with the time they were taken up. The times the
    meeting opened and closed ("8:30pm: Meeting called to order") say nothing of its items."""
    return sum(1 for block in blocks if (title := timed_item(block)) and not _BOUNDARY.search(title)
               and not _CLOSE_ITEM.fullmatch(title)) >= MIN_TIMED_ITEMS


def on_timed_item(segmenter: _Segmenter, step: Step) -> bool:
    """In minutes kept as a timed log, a time-stamped line opens an item, titled by its words."""
    if not segmenter.timed_items or segmenter.state.context is not Context.NONE:
        return False
    title = timed_item(step.block)
    if title is None:
        return False
    segmenter.open_section(SectionSpan(step.block, step.text, title, "", level=99))
    segmenter.state.seen_structure = True
    return True
