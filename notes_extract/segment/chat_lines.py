"""Lines of a chat log pasted into minutes ("8:45 ann thanks bo", "[12:01:33] <ann> done").

A run of lines each opening with the clock time it was said is a transcript: each line is a turn of
the open item, however short, never an item's heading.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile

# "8:45 ", "12:01:33 ", "[12:01] ": a clock time with a colon, then the line's words.
_STAMPED = lazy_compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+\S")


def _stamped(block: Block | None) -> bool:
    return block is not None and block.kind is BlockKind.PARAGRAPH and bool(_STAMPED.match(block.text.strip()))


def chat_line(block: Block, previous: Block | None, following: Block | None) -> bool:
    """A time-stamped line beside another time-stamped line: a turn of a pasted chat log."""
    return _stamped(block) and (_stamped(previous) or _stamped(following))
