"""A log kept inside a larger document: the parts around it that belong to no meeting.

Project reports and wiki pages often hold their meeting minutes as one part among others
("## 1. Purpose of the board", "## 2. Board columns", "## 3. Meeting Minutes" over
"### Meeting 1: April 1, 2026" ..., then "## 4. Task cards"). The parts before and after the
log, headed at a level above the entries', are the document's own: copied into every meeting
(or left in the last one) they read as that meeting's agenda items.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind
from notes_extract.segment.labels import is_attendance_group_heading


def _shallower(block: Block, entry: Block) -> bool:
    return block.kind is BlockKind.HEADING and block.level < entry.level


def report_parts_dropped(preamble: list[Block], entry: Block) -> list[Block]:
    """The preamble without the document's own parts: a heading above the entries' level that
    another heading of its level (or above) follows before the first entry heads a part of its
    own, dropped with all under it; once one is dropped, the last such heading, which only
    groups the entries, goes too. The title and a list of members stay."""
    if entry.kind is not BlockKind.HEADING:
        return preamble
    heads = [i for i, b in enumerate(preamble) if i > 0 and _shallower(b, entry)]
    parts = [i for i in heads
             if any(preamble[j].level <= preamble[i].level for j in heads if j > i)
             and not is_attendance_group_heading(preamble[i].text)]
    if not parts:
        return preamble
    drop: set[int] = set()
    for i in parts:
        end = next((j for j in heads if j > i and preamble[j].level <= preamble[i].level), len(preamble))
        drop.update(range(i, end))
    container = heads[-1]
    if container not in drop and all(not b.text.strip() for b in preamble[container + 1:]):
        drop.add(container)  # "## 3. Meeting Minutes" right over the entries: it only groups them
    return [b for i, b in enumerate(preamble) if i not in drop]


def log_end(blocks: list[Block], last: int, end: int) -> int:
    """Where the last entry ends: at the first heading above the entries' level after it
    ("## 4. Task cards" after "### Meeting 5"), which opens a part of the document's own."""
    entry = blocks[last]
    if entry.kind is not BlockKind.HEADING:
        return end
    return next((i for i in range(last + 1, end) if _shallower(blocks[i], entry)), end)
