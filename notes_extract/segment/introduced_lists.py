"""Numbered lists a sentence introduces: that sentence's list, not the minutes' items.

Under a heading, a sentence ending in a colon over a numbered list is what the list belongs to:

    What companies should we invite?
    Parties that I think should be involved:
    1. Atlassian: their guides
    2. Portswigger

The numbers count the parties; they are not items 1 and 2 of the minutes. A label ("Agenda:",
"Present:") is no such sentence: its lists have handlers of their own.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind
from notes_extract.segment.labels import attendance_label

# A sentence introducing a list has at least this many words ("Items agreed:" is a label).
MIN_INTRO_WORDS = 4


def introduced_list_items(blocks: list[Block]) -> frozenset[int]:
    """The ``id`` of each list item in a run right under a sentence that ends in a colon, after a heading."""
    found: set[int] = set()
    seen_heading = False
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING or block.kind is BlockKind.PARAGRAPH and block.all_bold:
            seen_heading = True
            continue
        if not (seen_heading and _introduces(block)):
            continue
        for item in blocks[i + 1:]:
            if item.kind is not BlockKind.LIST_ITEM:
                break
            found.add(id(item))
    return frozenset(found)


def _introduces(block: Block) -> bool:
    text = block.text.rstrip()
    return block.kind is BlockKind.PARAGRAPH and text.endswith(":") and \
        len(text.split()) >= MIN_INTRO_WORDS and attendance_label(text) is None
