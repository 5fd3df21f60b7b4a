"""Documents attached after the minutes' close: a committee report, an officer's notes.

Once the meeting has closed ("Meeting closed at 8pm", a "Meeting close" item), a new
heading at the document's top level with a date of its own just below it ("Programme
Committee notes" / "A. Author" / "11th March 2016") opens another document. Its items
are not this meeting's: the record is read from the blocks before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.dates import first_full_date
from notes_extract.document import Block, BlockKind, Document
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import MEETING_CLOSE_ITEMS, MEETING_CLOSED_LINES, MINUTES_TITLE_WORDS
from notes_extract.warning_codes import warning

_CLOSE_ITEM = lazy_compile(rf"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:{MEETING_CLOSE_ITEMS})\W*$", re.I)
# (every such line holds one of its verbs, rarer in minutes than "meeting")
_CLOSED_LINE = TriggeredPattern(lazy_compile(MEETING_CLOSED_LINES, re.I), ("closed", "ended", "adjourned", "finished"))
_MINUTES_TITLE = lazy_compile(rf"\b{any_of(MINUTES_TITLE_WORDS)}\b", re.I)
# How close under its title an attachment gives its own date (an author's line may come between).
DATE_WITHIN_BLOCKS = 3
# The longest line that is only a date ("11th March 2016", "Date: 4 May 2021").
MAX_DATE_LINE_WORDS = 6


def _closes_meeting(block: Block) -> bool:
    text = block.text.strip()
    return bool(_CLOSE_ITEM.match(text) or (block.kind is not BlockKind.TABLE and _CLOSED_LINE.search(text)))


def _dated_below(blocks: list[Block], at: int) -> bool:
    return any(len(b.text.split()) <= MAX_DATE_LINE_WORDS and first_full_date(b.text)
               for b in blocks[at + 1:at + 1 + DATE_WITHIN_BLOCKS])


def attachment_start(blocks: list[Block]) -> int | None:
    """Where a document attached after the meeting's close begins, or None when there is none."""
    closed_at = next((i for i, b in enumerate(blocks) if _closes_meeting(b)), None)
    if closed_at is None:
        return None
    levels = [b.level for b in blocks[:closed_at] if b.kind is BlockKind.HEADING]
    if not levels:
        return None
    top = min(levels)
    for i in range(closed_at + 1, len(blocks)):
        block = blocks[i]
        if block.kind is BlockKind.HEADING and block.level <= top and not _MINUTES_TITLE.search(block.text) \
                and _dated_below(blocks, i):
            return i
    return None


def without_attachment(doc: Document) -> tuple[Document, str | None]:
    """The document cut before an attachment after the close, and the warning that says so."""
    start = attachment_start(doc.blocks)
    if start is None:
        return doc, None
    title = doc.blocks[start].text.strip()
    return replace(doc, blocks=doc.blocks[:start]), warning(
        "attachment-not-read", f"'{title}' and what follows it stand after the meeting's close, with a date of "
        "their own: read as an attached document, not as this meeting's items.")
