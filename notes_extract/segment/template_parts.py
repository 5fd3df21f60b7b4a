"""Parts of an item that a template repeats under every item.

Minutes written from a template give each topic the same sub-headings or labels ("### Background",
"### Meeting comments" under every "## Topic"; "**Summary**: ...", "**Question**: ..." under every
linked heading). A sub-heading or label that recurs under two or more different headings names a
part of each item, not an item of its own: its text belongs to the item above it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.segment.headings import inline_topic
from notes_extract.segment.labels import ACTION_LINE, DECISION_LINE
from notes_extract.segment.state import Context, Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Different headings a sub-heading or label must recur under before it reads as a template's part.
MIN_PARENTS = 2
# The longest label or sub-heading read as a template's part, in words.
MAX_PART_WORDS = 6


def _part_key(block: Block) -> str | None:
    """The sub-heading or label a block opens with, as compared across items; None for other blocks."""
    if block.kind is BlockKind.HEADING or block.kind is BlockKind.PARAGRAPH and (
            block.all_bold or block.text.rstrip().endswith(":")):  # "**Question**:" on its own line
        label = block.text
    elif block.kind is BlockKind.PARAGRAPH and (topic := inline_topic(block)):
        label = topic[0]
    else:
        return None
    if ACTION_LINE.match(block.text) or DECISION_LINE.match(block.text):
        return None  # "Action: ..." under every item is read as the action it states
    label = label.strip(" :").casefold()
    return label if label and len(label.split()) <= MAX_PART_WORDS else None


def template_parts(blocks: list[Block]) -> frozenset[Block]:
    """The blocks that open a part every item repeats: a sub-heading, a bold line or a "Label: text"
    paragraph whose label recurs under at least MIN_PARENTS different headings of a higher level."""
    parents: dict[str, set[int]] = {}
    openers: dict[str, list[Block]] = {}
    headings: list[tuple[int, int]] = []  # (position, level) of the headings read so far
    for position, block in enumerate(blocks):
        key = _part_key(block)
        if key is not None:
            # a sub-heading's parent is the nearest heading above it of a higher level; a line's, the nearest
            level = block.level if block.kind is BlockKind.HEADING else 99
            parent = next((p for p, lv in reversed(headings) if lv < level), None)
            if parent is not None and _part_key(blocks[parent]) != key:
                parents.setdefault(key, set()).add(parent)
                openers.setdefault(key, []).append(block)
        if block.kind is BlockKind.HEADING:
            headings.append((position, block.level))
    return frozenset(b for key, found in openers.items() if len(parents[key]) >= MIN_PARENTS for b in found)


def on_template_part(segmenter: _Segmenter, step: Step) -> bool:
    """A template's part inside an item ("### Meeting comments", "**Summary**: ...") is text of the item."""
    current = segmenter.state.current
    if current is None or segmenter.state.context is not Context.NONE or \
            step.block not in segmenter.state.template_parts:
        return False
    current.blocks.append(step.block)
    return True
