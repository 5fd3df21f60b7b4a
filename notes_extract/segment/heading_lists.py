"""Numbered lists inside a heading's text: where the minutes title their items with headings, a numbered
list that a heading's own text introduces is that item's content, not a run of items.

    ## What companies should we invite?
    Parties that should be involved:
    1. Acme: https://example.com
    2. Barco - they have blogs everywhere
    ## Concerns

"Acme" and "Barco" are what the meeting listed under its item, not items of their own."""

from __future__ import annotations

import re

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import NUMBERED
from notes_extract.segment.parts import SectionSpan
from notes_extract.vocab.build import any_of
from notes_extract.vocab.sections import AGENDA_LISTING_HEADINGS, GROUPING_WORDS, NOTES_HEADINGS

# Headings over the meeting's items themselves ("Minutes", "Discussion items", "Reports"): their lists are items.
_HOLDS_ITEMS = lazy_compile(rf"^\W*(?:{NOTES_HEADINGS}|{AGENDA_LISTING_HEADINGS})\W*$|\bagenda\W*$"
                            rf"|\b{any_of(GROUPING_WORDS)}\W*$", re.I)
_NUMBERED_TITLE = lazy_compile(r"\d{1,2}[.)]\s")
_FIRST_ITEM = lazy_compile(r"^0?1(?:[.)]|\s|$)")
# Other headings of the container's level, at least: the minutes title their items with headings.
MIN_SIBLING_HEADINGS = 1


def fold_introduced_lists(spans: list[SectionSpan]) -> list[SectionSpan]:
    """Each heading's numbered list that its own text introduces, folded back into the heading's item."""
    headed = [s for s in spans if s.heading.kind is BlockKind.HEADING and NUMBERED.match(s.heading_text) is None]
    out: list[SectionSpan] = []
    container: SectionSpan | None = None
    folded = False  # whether the open container has taken a list item yet
    for span in spans:
        if container is not None and _numbered(span, folded) and (folded or _opens_list(span, container)):
            container.blocks += [span.heading, *span.blocks]
            folded = True
            continue
        container = span if span.heading.kind is BlockKind.HEADING and _introduces_lists(span, headed) else None
        folded = False
        out.append(span)
    return out


def _numbered(span: SectionSpan, in_list: bool) -> bool:
    """Whether an item comes from a numbered list item ("1. Acme: ..."); inside such a list, "3. Barco -"
    too, whose title a pass before made a heading (a numbered heading alone is an item of its own)."""
    if span.heading.kind is BlockKind.LIST_ITEM:
        return bool(span.heading.label)
    return in_list and span.heading.kind is BlockKind.HEADING and _NUMBERED_TITLE.match(span.heading_text) is not None


def _opens_list(span: SectionSpan, container: SectionSpan) -> bool:
    """Whether a numbered item opens a list of the container's own: after text that introduces it ("Parties
    that should be involved:"), or numbered from 1 ("3. Spring plant sale" after "2. Reports" and its
    sub-items goes on counting the meeting's items)."""
    if container.blocks and container.blocks[-1].text.rstrip().endswith(":"):
        return True
    label = span.heading.label if span.heading.kind is BlockKind.LIST_ITEM else span.heading_text
    return _FIRST_ITEM.match(label or "") is not None


def _introduces_lists(span: SectionSpan, headed: list[SectionSpan]) -> bool:
    """Whether a heading is one item among headed siblings and has text of its own before any list item."""
    siblings = sum(1 for s in headed if s.heading.level == span.heading.level and s is not span)
    return siblings >= MIN_SIBLING_HEADINGS and bool(span.blocks) and NUMBERED.match(span.heading_text) is None and \
        span.blocks[0].kind is BlockKind.PARAGRAPH and not _HOLDS_ITEMS.search(span.heading_text.strip())
