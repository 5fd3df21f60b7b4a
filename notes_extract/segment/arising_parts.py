"""The parts of a "Matters arising" item written as items of their own: its points, not sections.

Minutes review the last meeting's business under one item and set each matter on a line of its
own, as a heading would be:

    2. Matters Arising              3. Matters arising from the Minutes:
    Internet Security                 1. Disclosure and Barring: We are unable ...
    KO reported that ...              2. Volunteers: We still require ...
    Action: SL/NS to contact ...      ...
    Boundary Issue                    6. Cashless collections: The PCC ...
    KH reported that ...            1. New Parish Administrator:

The matters are the item's points (what came of the last meeting's business), and what they raise
is raised under it. Two shapes tell the parts from the next item: under a numbered item, lines with
no number until the next numbered one; under a numbered item that ends in a colon with nothing of
its own, a run numbered again from 1, up to where the numbering starts over.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan, Segments
from notes_extract.vocab.sections import SECTION_KIND_FORMS, STANDARD_ITEMS

# "Matters arising", "Business arising from the previous minutes": an item reviewing the last meeting's business
# (the forms of the action_review kind that name matters or business arising, not an action log).
_ARISING = lazy_compile(r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:" + "|".join(
    form for kind, form in SECTION_KIND_FORMS if kind == "action_review") + r")", re.I)
_MATTERS_OR_BUSINESS = lazy_compile(r"\b(?:matters|business)\s+arising\b", re.I)
_NUMBER = lazy_compile(r"^\(?(?P<n>\d{1,2})[.)]?$")
# An unnumbered heading that names an agenda item of its own kind ("Treasurer's report", "AOB", "Date of next
# meeting") is the next item, where the minutes number only some of their items: the matters end before it.
# (a matter's "Woods Update" is no report of its own: of the report forms, only a report named so)
_ITEM_OF_ITS_OWN = lazy_compile("|".join([
    *(form for kind, form in SECTION_KIND_FORMS if kind not in ("discussion", "report")),
    r"\breports?\b", rf"^\W*(?:{STANDARD_ITEMS})\W*$", r"\bnext meeting\b"]), re.I)


def _number(span: SectionSpan) -> int | None:
    label = span.heading.label
    return int(m["n"]) if label and (m := _NUMBER.match(label.strip())) else None


def _unnumbered_parts(spans: list[SectionSpan], start: int) -> int:
    """How many spans after ``start`` are headings with no number, before the next numbered item."""
    count = 0
    for span in spans[start + 1:]:
        if span.heading.label or span.level != spans[start + 1].level or _ITEM_OF_ITS_OWN.search(span.heading_text):
            break
        count += 1
    return count


def _renumbered_parts(spans: list[SectionSpan], start: int) -> int:
    """How many spans after ``start`` are numbered 1, 2, 3 ... before the numbering starts over."""
    count = 0
    for span in spans[start + 1:]:
        if _number(span) != count + 1 or span.level != spans[start].level:
            break
        count += 1
    return count


def fold_arising_parts(segments: Segments) -> None:
    """The matters of each "Matters arising" item that are set out as items, taken into it as its points."""
    spans = segments.sections
    i = 0
    while i < len(spans):
        parent = spans[i]
        parts = 0
        if _number(parent) is not None and not parent.rest.strip() and \
                _ARISING.match(parent.heading_text) and _MATTERS_OR_BUSINESS.search(parent.heading_text):
            if parent.heading_text.rstrip().endswith(":") and not parent.blocks:
                parts = _renumbered_parts(spans, i)
            elif i + 1 < len(spans):
                parts = _unnumbered_parts(spans, i)
        for child in spans[i + 1: i + 1 + parts]:
            parent.blocks += [child.heading, *child.blocks]
        del spans[i + 1: i + 1 + parts]
        i += 1
