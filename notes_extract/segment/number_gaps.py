"""Items the numbering of the minutes' list says are there: where numbered list items are the items
and one of them reads as a line of the item above it, the number that fills the gap opens it.

    1. Election for secretary (elected for a 3 year term)
    2. Report from the Dean.
    pretty short, both are taking sabbaticals next semester ...
    3. Reports from the schools
    4. Report on Fulbright
    Five students have completed the application ...

"2. Report from the Dean." and "3. Reports from the schools" sit inside the items 1 and 4 left open: the
numbers 1, 4 around them make them the items 2 and 3."""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan

_NUMBER_LABEL = lazy_compile(r"\(?(\d{1,2})[.)]?")
# A gap's item is a title: at most this many words.
MAX_GAP_TITLE_WORDS = 12
# At most this many numbers missing between two items: a longer run missing is a list of another kind
# (letters received, "3." to "23."), whose few items read as items are not the minutes' numbering.
MAX_GAP_NUMBERS = 3


def fill_number_gaps(spans: list[SectionSpan]) -> list[SectionSpan]:
    """Each span whose blocks hold the top-level list items numbered between it and the next item split at them."""
    out: list[SectionSpan] = []
    for i, span in enumerate(spans):
        number = _item_number(span.heading)
        if number is None:
            out.append(span)
            continue
        later = next((n for s in spans[i + 1:] if (n := _item_number(s.heading)) is not None), None)
        out.extend(_split_at_gaps(span, number, later))
    return out


def _item_number(block: Block) -> int | None:
    """The number of a top-level numbered list item ("3." gives 3), or None."""
    if block.kind is not BlockKind.LIST_ITEM or block.level != 0 or not block.label:
        return None
    m = _NUMBER_LABEL.fullmatch(block.label.strip())
    return int(m.group(1)) if m else None


def _split_at_gaps(span: SectionSpan, number: int, later: int | None) -> list[SectionSpan]:
    """The span, and after it one span for each next number its blocks hold before ``later``."""
    if later is None or not number + 1 < later <= number + 1 + MAX_GAP_NUMBERS:
        return [span]
    parts = [span]
    kept: list[Block] = []
    for k, block in enumerate(span.blocks):
        expected = _item_number(parts[-1].heading)
        # (an item has its text under it, or it is the last before the next item: "3. Cutts Charity" over
        # "4. Village hall", items of a list of letters, is neither)
        below = span.blocks[k + 1] if k + 1 < len(span.blocks) else None
        if _item_number(block) == (expected or 0) + 1 < later and len(block.text.split()) <= MAX_GAP_TITLE_WORDS \
                and (below is None or _item_number(below) is None):
            parts[-1].blocks = kept
            parts.append(replace(span, heading=block, heading_text=block.text.strip(),
                                 title_hint=block.text.strip().rstrip(".") or None, rest="",
                                 blocks=[], presenter_hint=None, tables=0, role_lines=0))
            kept = []
        else:
            kept.append(block)
    parts[-1].blocks = kept
    return parts
