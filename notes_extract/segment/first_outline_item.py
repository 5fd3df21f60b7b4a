"""The first item of a lettered or roman outline, which readers cannot tell from prose.

"A. Welcome and Introductions" then "B. Treasurer's Report", or "I. Call to Order" then
"II. Approval of Minutes": the loaders read "B." and "II." as list numbers, but leave "A." and "I."
as text, since a line may open with an initial ("A. Lee reported ...") or the pronoun. The item
numbered next in the same style proves the first one an item of the list too.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile

# "A. Welcome", "I. Call to Order", "A) Welcome": the first number of a capital-letter or roman outline.
_FIRST = lazy_compile(r"^(?P<label>(?P<n>[AI])(?P<mark>[.)]))\s+(?P<rest>[A-Z].*)$")
# The number each first one is followed by.
_SECOND = {"A": "B", "I": "II"}
# How many blocks of the first item's text may come before the second item.
MAX_BLOCKS_BETWEEN = 12


def _next_label(blocks: list[Block], start: int) -> str | None:
    """The label of the first top-level list item after ``start`` (within reach), or None."""
    for block in blocks[start + 1:start + 1 + MAX_BLOCKS_BETWEEN]:
        if block.kind is BlockKind.LIST_ITEM and block.level == 0:
            return (block.label or "").strip()
        if block.kind is BlockKind.HEADING:
            return None
    return None


def number_first_outline_items(blocks: list[Block]) -> list[Block]:
    """The blocks with an "A." / "I." paragraph made the list item it opens, where "B." / "II." follows."""
    out: list[Block] = []
    changed = False
    for i, block in enumerate(blocks):
        m = _FIRST.match(block.text.strip()) if block.kind is BlockKind.PARAGRAPH else None
        if m and _next_label(blocks, i) == f"{_SECOND[m['n']]}{m['mark']}":
            bold = block.lead_bold.strip()
            bold = bold[len(m["label"]):].strip() if bold.startswith(m["label"]) else ""
            out.append(make_block(BlockKind.LIST_ITEM, m["rest"], label=m["label"], level=0, page=block.page,
                                  lead_bold=bold))
            changed = True
            continue
        out.append(block)
    return numbered(out) if changed else blocks
