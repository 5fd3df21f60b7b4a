"""Formal minutes titles as a log's entries: a file holding a run of minutes, each opening with
"Minutes of the meeting of the X held on <date> at <place>" and its attendance.

The title line may be long (the place, the time) and plain (no heading style, no bold); what
makes it an entry is that it names minutes and their meeting's date, and that the meeting's
attendance follows within a few lines. A single meeting's "Minutes of the meeting held on
3 February" under its approval item has no attendance after it, so it never opens an entry.
"""

from __future__ import annotations

import re

from notes_extract.dates import FoundDate, find_dates
from notes_extract.document import Block, BlockKind
from notes_extract.segment.labels import attendance_label, is_attendance_group_heading
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import MINUTES_TITLE_HELD, MINUTES_TITLE_NOUNS

# The longest title line read as an entry's opening, in words.
MAX_MINUTES_TITLE_WORDS = 40
# How many blocks after the title its attendance may start (a venue or time line may come between).
MAX_BLOCKS_TO_ATTENDANCE = 4

_MINUTES_TITLE = re.compile(rf"^\W*(?:the\s+)?{any_of(MINUTES_TITLE_NOUNS)}\s+of\s+(?:the\s+|an?\s+)?\S.*?"
                            rf"\b{any_of(MINUTES_TITLE_HELD)}\s+", re.I)


def minutes_title_date(block: Block, day_first: bool) -> FoundDate | None:
    """The date a formal minutes title line gives ("Minutes of ... held on 3 March 2024 ..."), if it is one."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or block.label:
        return None  # "3. Minutes of the meeting held on ...": an agenda item, not a title
    text = block.text.strip()
    if len(text.split()) > MAX_MINUTES_TITLE_WORDS or text.endswith((".", ";")) and not text.endswith("m."):
        return None
    m = _MINUTES_TITLE.match(text)
    if m is None:
        return None
    dates = [d for d in find_dates(text[m.start():], day_first=day_first, default_year=2000) if d.has_year]
    return dates[0] if len(dates) == 1 else None


def attendance_follows(blocks: list[Block], index: int) -> bool:
    """Whether the meeting's attendance starts within a few blocks after ``index``."""
    for block in blocks[index + 1: index + 1 + MAX_BLOCKS_TO_ATTENDANCE]:
        text = block.text.strip()
        if attendance_label(text) or is_attendance_group_heading(text):
            return True
    return False
