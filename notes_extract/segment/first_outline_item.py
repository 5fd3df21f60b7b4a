"""The first item of a lettered or roman outline, which readers cannot tell from prose.

"A. Welcome and Introductions" then "B. Treasurer's Report", or "I. Call to Order" then
"II. Approval of Minutes": the loaders read "B." and "II." as list numbers, but leave "A." and "I."
as text, since a line may open with an initial ("A. Lee reported ...") or the pronoun. The item
numbered next in the same style proves the first one an item of the list too.
"""

from __future__ import annotations

from dataclasses import replace

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
    blocks = number_bare_roman_items(blocks)
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


# "IV      APPROVAL OF ACCOUNTS", "II Roll call": a roman number with no mark after it, then the title.
_BARE_ROMAN = lazy_compile(r"^(?P<numeral>[IVX]{1,5})\s+(?P<rest>[A-Z0-9“\"'(].*)$")
_ROMAN_NUMBERS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
                  "XVI", "XVII", "XVIII", "XIX", "XX")
# An item's roman number, I to XX.
ROMAN_NUMBER = "|".join(sorted(_ROMAN_NUMBERS, key=len, reverse=True))


def roman_value(numeral: str) -> int:
    """The value of a roman number from I to XX ("IV" gives 4)."""
    return _ROMAN_NUMBERS.index(numeral) + 1
# Lines numbered so, rising in order, a document needs before its numbers are read as items'.
MIN_BARE_ROMAN_ITEMS = 3
# The numbers may skip a few (an item whose number the page lost), never many.
MAX_ROMAN_STEP = 2


def number_bare_roman_items(blocks: list[Block]) -> list[Block]:
    """The blocks with paragraphs numbered by bare roman numbers ("I CONSTITUTE", "II ATTENDANCE", "III
    CORRESPONDENCE", as a kirk session's minutes type them with a gap the reader collapsed) made the list items
    they are, their numbers their labels. A line opening with "I" is a sentence; only numbers that rise in order
    through the document, from "I", prove an outline."""
    found = {i: m for i, block in enumerate(blocks) if block.kind is BlockKind.PARAGRAPH and
             (m := _BARE_ROMAN.match(block.text.strip())) and m["numeral"] in _ROMAN_NUMBERS}
    run: list[int] = []
    for i, m in found.items():
        value = _ROMAN_NUMBERS.index(m["numeral"])
        last = _ROMAN_NUMBERS.index(found[run[-1]]["numeral"]) if run else -1
        if 0 < value - last <= MAX_ROMAN_STEP and (run or value == 0):
            run.append(i)
    if len(run) < MIN_BARE_ROMAN_ITEMS:
        return blocks
    out = list(blocks)
    for i in run:
        m, bold = found[i], blocks[i].lead_bold
        out[i] = replace(blocks[i], kind=BlockKind.LIST_ITEM, text=m["rest"], label=f"{m['numeral']}.", level=0,
                         lead_bold=bold[len(m["numeral"]):].strip() if bold.startswith(m["numeral"]) else "")
    return out
