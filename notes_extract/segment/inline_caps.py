"""An item heading in capitals run into the text before its first bullet, as a flattened export leaves it.

"... needs re-erecting. PUBLIC PARTICIPATION • It was suggested ..." holds the end of one item, the heading
of the next ("PUBLIC PARTICIPATION") and that item's first point. The heading is only believed where a
sentence has ended before it and a bullet follows it, so capitals inside a sentence ("the NCC agreed")
never cut the text.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile

# The heading level of an item cut out of running text (as `flattened` gives cut items).
ITEM_HEADING_LEVEL = 2
# The fewest words a heading in capitals has here: one capitalised word ("NOTE") is no heading.
MIN_HEADING_WORDS = 2

_CAPS_WORD = r"[A-Z][A-Z'’&/-]+"
_CAPS_BEFORE_BULLET = lazy_compile(
    rf"(?:(?<=[.!?:])|^)\s*(?P<title>{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|&|OF|AND))+)\s*•\s*")


def cut_inline_caps_headings(blocks: list[Block]) -> list[Block]:
    """The blocks with each heading in capitals run in before a bullet made a heading of its own."""
    out: list[Block] = []
    for block in blocks:
        m = _CAPS_BEFORE_BULLET.search(block.text) if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) \
            and "•" in block.text else None
        if m is None or len(m["title"].split()) < MIN_HEADING_WORDS:
            out.append(block)
            continue
        before, after = block.text[:m.start()].strip(), block.text[m.end():].strip()
        if before:
            out.append(make_block(block.kind, before, label=block.label, level=block.level, page=block.page))
        out.append(make_block(BlockKind.HEADING, m["title"], level=ITEM_HEADING_LEVEL, page=block.page))
        # the rest may hold further bullets: each a point of the new item
        out += [make_block(BlockKind.LIST_ITEM, part, level=0, page=block.page)
                for part in after.split("•") if part.strip()]
    return numbered(out) if len(out) != len(blocks) else blocks
