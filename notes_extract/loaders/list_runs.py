"""Bullets that interrupt a numbered list, nested under the numbered item they follow.

A page often shows a numbered list whose items each carry a few bullets, written as
separate lists at the same indentation: "1. Monthly meetings", "• ...", "• ...",
"2. Special events", "• ...". The numbering running on across the bullets (1, then 2)
tells the reader the bullets belong to the item above them. HTML (an ``<ol>``, a
``<ul>``, an ``<ol start="2">``), Word and PDF files made from such pages keep the
three lists side by side at one level; this pass nests each interrupting run of
bullets one level under its numbered item, as the Markdown reader does from indentation.

Only a run confirmed by the numbering is nested: bullets between item n and item n+1 at
the same level; the bullets after the list's last numbered item follow once the list
has shown the shape before.
"""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile

_NUMBER_LABEL = lazy_compile(r"^\(?(\d{1,3})[.)]?$")


def _number(block: Block) -> int | None:
    if block.kind is not BlockKind.LIST_ITEM or not block.label:
        return None
    match = _NUMBER_LABEL.match(block.label.strip())
    return int(match.group(1)) if match else None


def nest_interrupting_bullets(blocks: list[Block]) -> list[Block]:
    """``blocks`` with bullet runs between numbered items of one list nested under them."""
    deeper: set[int] = set()
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and blocks[end].kind is BlockKind.LIST_ITEM:
            end += 1
        if end > start:
            deeper |= _interrupting_runs(blocks, start, end)
            start = end
        else:
            start += 1
    if not deeper:
        return blocks
    return [replace(b, level=b.level + 1) if i in deeper else b for i, b in enumerate(blocks)]


def _interrupting_runs(blocks: list[Block], start: int, end: int) -> set[int]:
    """Indexes of the bullets (and what sits under them) to nest, in one run of list items."""
    out: set[int] = set()
    confirmed = False
    i = start
    while i < end:
        number = _number(blocks[i])
        if number is None:
            i += 1
            continue
        level = blocks[i].level
        j = i + 1
        while j < end and _number(blocks[j]) is None and blocks[j].level >= level:
            j += 1
        bullets = [k for k in range(i + 1, j) if blocks[k].level == level]
        if bullets:
            closes = j < end and blocks[j].level == level and _number(blocks[j]) == number + 1
            if closes or (j == end and confirmed):
                out.update(range(i + 1, j))
                confirmed = True
        i = j
    return out
