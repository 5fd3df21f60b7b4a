"""Minute references as item numbers: "24/101 Apologies for absence", "Min. 23/45 Planning".

Councils number each minute with the year and a running number; the reference is the item's
number, as "3." is in other minutes, so the paragraph it opens becomes the numbered item it is,
the reference its label. One reference proves nothing ("24/0099 Rose Cottage" is a planning
application): only references that run in order through the document, sharing their year part,
number its items.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind, numbered
from notes_extract.lazy_pattern import lazy_compile

# "24/101 ", "Min 24/101: ", "Minute 2024/15. ": a reference before the item's title.
_MINUTE_REF = lazy_compile(
    r"^(?:(?i:min(?:ute)?s?\.?|m)\s*)?(?P<year>\d{2,4})/(?P<number>\d{1,4})(?P<sub>\.\d{1,2})?[.:)]?\s+(?=\S)")
MINUTE_REF_LABEL = lazy_compile(r"\d{2,4}/\d{1,4}(\.\d{1,2})?")
# A document numbers its items by reference when at least this many run in order.
MIN_MINUTE_REFS = 3
# The running numbers may skip a few (a confidential item minuted elsewhere), never many.
MAX_MINUTE_REF_STEP = 3


def number_minute_refs(blocks: list[Block]) -> list[Block]:
    """The blocks, each paragraph that opens with a running minute reference made a numbered item."""
    found = {i: m for i, b in enumerate(blocks)
             if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and (m := _MINUTE_REF.match(b.text))}
    tops = [(i, m) for i, m in found.items() if not m["sub"]]
    runs = _running(tops)
    if len(runs) < MIN_MINUTE_REFS:
        return blocks
    years = {m["year"] for _, m in runs}
    out = list(blocks)
    made_items = set()
    for i, m in found.items():
        if m["year"] in years and (i in dict(runs) or m["sub"]):
            block = blocks[i]
            if block.kind is BlockKind.PARAGRAPH:
                made_items.add(i)
            label = f"{m['year']}/{m['number']}{m['sub'] or ''}"
            out[i] = replace(block, text=block.text[m.end():].strip(), label=label,
                             kind=BlockKind.LIST_ITEM if block.kind is BlockKind.PARAGRAPH else block.kind,
                             level=1 if m["sub"] and block.kind is BlockKind.PARAGRAPH else
                             (0 if block.kind is BlockKind.PARAGRAPH else block.level),
                             lead_bold=block.lead_bold[m.end():] if block.lead_bold else "")
    return numbered(_items_under_refs(out, made_items))


def _items_under_refs(blocks: list[Block], made_items: set[int]) -> list[Block]:
    """The blocks with the list items that follow a reference made an item one level deeper:
    "23/45 RISK REGISTER" over an indented "The Board reviewed ..." is that item's text,
    not an item beside it."""
    out = list(blocks)
    parent: Block | None = None
    for i, block in enumerate(blocks):
        if i in made_items:
            parent = out[i]
        elif parent is not None and block.kind is BlockKind.LIST_ITEM and not block.label and \
                block.level <= parent.level:
            out[i] = replace(block, level=parent.level + 1 + block.level)
        elif block.kind is not BlockKind.LIST_ITEM:
            parent = None
    return out


def _running(tops: list[tuple[int, re.Match[str]]]) -> list[tuple[int, re.Match[str]]]:
    """The longest run of references whose numbers rise by small steps under one year part."""
    best: list[tuple[int, re.Match[str]]] = []
    run: list[tuple[int, re.Match[str]]] = []
    for i, m in tops:
        if run and run[-1][1]["year"] == m["year"] and \
                0 < int(m["number"]) - int(run[-1][1]["number"]) <= MAX_MINUTE_REF_STEP:
            run.append((i, m))
        else:
            run = [(i, m)]
        if len(run) > len(best):
            best = list(run)
    return best
