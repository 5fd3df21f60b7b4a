"""A list that names the headings below it: the agenda as a table of contents.

Minutes written with headings often open with the agenda as a numbered list
("1. Roll Call", "4. External Organization", "4.1 Berlin Group (Francis)") and
then minute each item under a heading of the same name. The list items are the
agenda, not sections: the headings are.
"""

from __future__ import annotations

import re

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan

# At least this many of a run of list items must name a later heading, and at least this
# share of them, before the run is read as the agenda rather than as items of its own.
MIN_LISTED_HEADINGS = 2
MIN_LISTED_SHARE = 0.5

_PRESENTER = lazy_compile(r"\s*\([^()]*\)\s*$")  # "Berlin Group (Francis)"


def without_contents_listing(spans: list[SectionSpan]) -> list[SectionSpan]:
    """The spans without runs of list-item spans that list the headings below them; the
    list goes to the span above it, as what that item says."""
    drop: set[int] = set()
    start = 0
    while start < len(spans):
        end = start
        while end < len(spans) and _listing_item(spans[end]):
            end += 1
        if end > start and _lists_later_headings(spans[start:end], spans[end:]):
            drop.update(range(start, end))
            if start > 0:  # the list is what the heading above it says ("Adoption of the agenda")
                spans[start - 1].blocks += [b for s in spans[start:end] for b in (s.heading, *s.blocks)]
        start = end + 1
    return [span for i, span in enumerate(spans) if i not in drop]


def _listing_item(span: SectionSpan) -> bool:
    """A list item with nothing minuted under it: at most sub-items and a presenter in brackets."""
    rest = span.rest.strip()
    return span.heading.kind is BlockKind.LIST_ITEM and all(b.kind is BlockKind.LIST_ITEM for b in span.blocks) \
        and (not rest or span.heading_text.rstrip().endswith(f"({rest})"))


def _lists_later_headings(run: list[SectionSpan], later: list[SectionSpan]) -> bool:
    headings = {_key(s.heading_text) for s in later if s.heading.kind is BlockKind.HEADING}
    listed = sum(1 for s in run if _key(s.heading_text) in headings)
    return listed >= MIN_LISTED_HEADINGS and listed >= MIN_LISTED_SHARE * len(run)


def heading_positions(spans: list[SectionSpan]) -> dict[str, int]:
    """Each title the headings among ``spans`` give (see `_key`), with the position of the last heading giving it."""
    return {_key(s.heading_text): i for i, s in enumerate(spans) if s.heading.kind is BlockKind.HEADING}


def lists_headings_below(span: SectionSpan, at: int, headings: dict[str, int]) -> bool:
    """Whether a heading (the span at ``at`` among those `heading_positions` read into ``headings``) holds
    only a list of the headings below it ("## Main topics" over two bullets, each the title of a later
    heading): an index of the items, not an item."""
    if not span.blocks or span.rest or any(b.kind is not BlockKind.LIST_ITEM or b.level for b in span.blocks):
        return False
    listed = sum(1 for b in span.blocks if headings.get(_key(b.text), -1) > at)
    return listed >= MIN_LISTED_HEADINGS and listed == len(span.blocks)


def _key(title: str) -> str:
    """A title as a list and a heading both write it: no presenter, case, spacing or plural s."""
    words = re.sub(r"[^\w#]+", " ", _PRESENTER.sub("", title)).lower().split()
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)
