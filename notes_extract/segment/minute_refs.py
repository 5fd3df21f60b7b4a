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

# "24/101 ", "Min 24/101: ", "Minute 2024/15. ", "C048/23 ", "PC/24/101 ", "Min. No. 23/45", "(45/23) ": a
# reference before the item's title, its two parts in either order (year/number or number/year), a council's
# letters before it; the item's own number may follow ("C048/23   1.   APOLOGIES FOR ABSENCE"), or a dash
# ("Minute 24/101 – Apologies").
_MINUTE_REF = lazy_compile(
    r"^\(?(?:(?i:min(?:ute)?s?\.?(?:\s*no\.?)?|m)\s*)?(?:[A-Z]{1,4}[/.-]?)?(?P<first>\d{2,4})/(?P<second>\d{1,4})(?![/\d])"
    r"(?P<sub>\.\d{1,2})?[.:)]?\s+(?:[-–—]\s+)?(?:\d{1,3}[.)]\s+)?(?=\S)")
MINUTE_REF_LABEL = lazy_compile(r"\d{2,4}/\d{1,4}(\.\d{1,2})?")
# A document numbers its items by reference when at least this many run in order.
MIN_MINUTE_REFS = 3
# The running numbers may skip a few (a confidential item minuted elsewhere), never many.
MAX_MINUTE_REF_STEP = 3
# A reference's year part: "24", "2024" (the running number may have any length, "048").
_YEAR_PART = lazy_compile(r"\d{2}|\d{4}")


def number_minute_refs(blocks: list[Block]) -> list[Block]:
    """The blocks, each paragraph that opens with a running minute reference made a numbered item."""
    found = {i: m for i, b in enumerate(blocks)
             if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and (m := _MINUTE_REF.match(b.text))}
    tops = [(i, m) for i, m in found.items() if not m["sub"]]
    # "24/101" runs by its second part, "048/23" by its first: the order whose run is longer
    runs, year_first = max(((_running(tops, year_first), year_first) for year_first in (True, False)),
                           key=lambda pair: len(pair[0]))
    if len(runs) < MIN_MINUTE_REFS:
        return blocks
    years = {_parts(m, year_first)[0] for _, m in runs}
    out = list(blocks)
    made_items = set()
    for i, m in found.items():
        year, number = _parts(m, year_first)
        if year in years and (i in dict(runs) or m["sub"]):
            block = blocks[i]
            if block.kind is BlockKind.PARAGRAPH:
                made_items.add(i)
            label = f"{year}/{number}{m['sub'] or ''}"
            out[i] = replace(block, text=block.text[m.end():].strip(), label=label,
                             kind=BlockKind.LIST_ITEM if block.kind is BlockKind.PARAGRAPH else block.kind,
                             level=1 if m["sub"] and block.kind is BlockKind.PARAGRAPH else
                             (0 if block.kind is BlockKind.PARAGRAPH else block.level),
                             lead_bold=block.lead_bold[m.end():] if block.lead_bold else "")
    return numbered(_items_under_refs(out, made_items))


def _parts(m: re.Match[str], year_first: bool) -> tuple[str, str]:
    """(year, running number) of a reference read in the given order."""
    return (m["first"], m["second"]) if year_first else (m["second"], m["first"])


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


def _running(tops: list[tuple[int, re.Match[str]]], year_first: bool) -> list[tuple[int, re.Match[str]]]:
    """The longest run of references whose numbers rise by small steps under one year part."""
    best: list[tuple[int, re.Match[str]]] = []
    run: list[tuple[int, re.Match[str]]] = []
    for i, m in tops:
        year, number = _parts(m, year_first)
        if not _YEAR_PART.fullmatch(year):
            run = []
            continue
        if run and _parts(run[-1][1], year_first)[0] == year and \
                0 < int(number) - int(_parts(run[-1][1], year_first)[1]) <= MAX_MINUTE_REF_STEP:
            run.append((i, m))
        else:
            run = [(i, m)]
        if len(run) > len(best):
            best = list(run)
    return best


# A numbered item's title has this many words at most; one in capitals may have more (a council's "TO RECEIVE
# AND NOTE THE MINUTES OF ..."), up to the second.
MAX_ITEM_TITLE_WORDS = 14
MAX_CAPS_TITLE_WORDS = 30


def item_title_words(text: str) -> int:
    """The most words a numbered item's title may have: a title in capitals may be long, as a council's
    "TO RECEIVE AND NOTE THE MINUTES OF THE STAFFING AND POLICY COMMITTEE HELD ON 25 OCTOBER 2023" is."""
    return MAX_CAPS_TITLE_WORDS if text.isupper() else MAX_ITEM_TITLE_WORDS
