"""Parts of an item that a template repeats under every item.

Minutes written from a template give each topic the same sub-headings or labels ("### Background",
"### Meeting comments" under every "## Topic"; "**Summary**: ...", "**Question**: ..." under every
linked heading). A sub-heading or label that recurs under two or more different headings names a
part of each item, not an item of its own: its text belongs to the item above it.
"""

from __future__ import annotations

from collections import Counter
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
# The levels given to bold lines, headings without levels: the topics', and the parts they repeat.
TOP_LEVEL, SUB_LEVEL = 1, 2
# Bold lines, which have no levels, read as a template's parts only when it gives each topic this many.
MIN_BOLD_TEMPLATE_PARTS = 2


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
    keys = [_part_key(block) for block in blocks]  # (asked once a block: a heading's again as a parent)
    bold_levels = _bold_line_levels(blocks, keys)
    for position, block in enumerate(blocks):
        key = keys[position]
        heading_level = block.level if block.kind is BlockKind.HEADING else bold_levels.get(position)
        if key is not None:
            # a sub-heading's parent is the nearest heading above it of a higher level; a line's, the nearest
            level = 99 if heading_level is None else heading_level
            parent = next((p for p, lv in reversed(headings) if lv < level), None)
            if parent is not None and keys[parent] != key:
                parents.setdefault(key, set()).add(parent)
                openers.setdefault(key, []).append(block)
        if heading_level is not None:
            headings.append((position, heading_level))
    return frozenset(b for key, found in openers.items() if len(parents[key]) >= MIN_PARENTS for b in found)


def _bold_line_levels(blocks: list[Block], part_keys: list[str | None]) -> dict[int, int]:
    """Where the document has no heading styles, its bold lines are its headings, with no levels: a bold
    line that recurs word for word under every topic of a run ("meeting comments" under each) sits a
    level below them, when the topics repeat two such lines at least ("Background", "Comments"); one
    that recurs alone ("CORRESPONDENCE" in the council's minutes and in a committee's report) stays a topic."""
    if any(block.kind is BlockKind.HEADING for block in blocks):
        return {}
    keys = {i: part_keys[i] for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH and b.all_bold}
    counts = Counter(key for key in keys.values() if key is not None)
    repeated = {key for key, n in counts.items() if n >= MIN_PARENTS}
    tops = [i for i, key in keys.items() if key not in repeated]
    parts = {key for key in repeated if _under_every_topic(key, keys, tops)}
    if len(parts) < MIN_BOLD_TEMPLATE_PARTS:
        parts = set()  # one bold line twice is a topic taken up twice, not a template's parts
    return {i: SUB_LEVEL if key in parts else TOP_LEVEL for i, key in keys.items()}


def _under_every_topic(key: str, keys: dict[int, str | None], tops: list[int]) -> bool:
    """Whether the bold line ``key`` recurs under each topic line of a run of them, once each."""
    parents = [max((t for t in tops if t < i), default=None) for i, k in keys.items() if k == key]
    if None in parents or len(set(parents)) != len(parents) or len(parents) < MIN_PARENTS:
        return False
    run = [t for t in tops if min(parents) <= t <= max(parents)]  # type: ignore[type-var]
    return set(run) == set(parents)


def on_template_part(segmenter: _Segmenter, step: Step) -> bool:
    """A template's part inside an item ("### Meeting comments", "**Summary**: ...") is text of the item."""
    current = segmenter.state.current
    if current is None or segmenter.state.context is not Context.NONE or \
            step.block not in segmenter.state.template_parts:
        return False
    current.blocks.append(step.block)
    return True
