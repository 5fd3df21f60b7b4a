"""Owner lines in to-do lists: a line that only names who owns the tasks nested under it ("MartinO:",
"Ann / Raj", "**Ann**"), and labels that name a part of the work instead ("Frontend:")."""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import TASK_AREA_WORDS

# "MartinO:", "Ann / Raj", "@bob", "Everyone", "Ann to:": a line that only names who owns the tasks nested under it.
_OWNER_WORD = r"(?:@[\w-]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
OWNER_LINE = lazy_compile(rf"^\s*(?P<who>{_OWNER_WORD}(?:\s*(?:/|,|&|\+|\band\b)\s*{_OWNER_WORD}){{0,3}})"
                          r"(?:\s+to\s*:|\s*:?)\s*$")

# "Ann to ring the water board", "Bo and Cy to clear the pond": a line that sets its owners a task.
_OWNER_TASK_LINE = lazy_compile(rf"^\s*{_OWNER_WORD}(?:\s*(?:/|,|&|\+|\band\b)\s*{_OWNER_WORD}){{0,3}}"
                                r"\s+to\s+[a-z]{2,}\b")


def owner_task_line(block: Block | None) -> bool:
    """Whether ``block`` is a plain line giving its owners a task ("Ann to ring the water board")."""
    return block is not None and block.kind is BlockKind.PARAGRAPH and bool(_OWNER_TASK_LINE.match(block.text))


def owns_nested_items(block: Block, following: Block | None) -> bool:
    """Whether a list item only names an owner ("MartinO:") and the items nested under it follow,
    or a line or heading of its own ("**Ann**", "Raj:", "### Ann") does and a list follows."""
    if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.HEADING) or \
            not OWNER_LINE.match(block.text) or following is None or following.kind is not BlockKind.LIST_ITEM:
        return False
    return block.kind is not BlockKind.LIST_ITEM or following.level > block.level


def task_area_label(text: str) -> bool:
    """Whether a label over to-do items names a part of the work ("Frontend:", "Docs / Testing"), not their owners."""
    words = re.split(r"\s*(?:/|,|&|\+|\band\b)\s*", text.strip().strip("*_ ").rstrip(":").strip().lower())
    return all(word in TASK_AREA_WORDS for word in words)
