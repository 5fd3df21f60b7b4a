"""Headings that only give an item's reference number: the item's subject is the line under it.

Council minutes often head each item with its minute reference alone ("### Minute 24/125",
"### Agenda Item No. 5") and open the text with the subject as a short sentence ("Village hall
repairs. The roof needs ..."): that sentence is the item's title, the rest its text. Headings that
differ only in their numbers ("1st Item of business:", "2nd Item of business:") are references too.
"""

from __future__ import annotations

import re
from collections import Counter

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan

# A reference and nothing else: "Minute 24/125", "Agenda Item No. 5", "Item 5 (2024)", "Ref 2024/05".
_REFERENCE_ONLY = lazy_compile(
    r"^(?:(?:agenda\s+)?items?|minutes?|resolutions?|sections?|ref(?:erence)?|motions?|paragraphs?)?\.?\s*"
    r"(?:no\.?|number|#)?\s*\(?\d[\d./\-]*\)?(?:\s*\(\d{4}\))?\s*[:.\-–]?\s*$", re.I)
# "Village hall repairs. The roof needs ...": a subject of a few words set as a sentence, then the text.
_RUN_IN_SUBJECT = lazy_compile(r"^(?P<title>[A-Z][^.!?:;]{1,80}?)\.\s+(?P<rest>[A-Z(\"'].*)$", re.S)
# A run-in subject is short; a longer first sentence is already the text.
MAX_SUBJECT_WORDS = 8
# Numbers and ordinals ("12", "24/125", "3rd"), taken out to compare headings.
_NUMBERS = lazy_compile(r"\d+(?:st|nd|rd|th)?\b|[\d./\-]+", re.I)
# How many headings, at least, must differ only in their numbers to be references.
MIN_NUMBERED_REPEATS = 3


def _numberless(text: str) -> str:
    return " ".join(_NUMBERS.sub(" ", text.strip(" #*_")).lower().split())


def title_reference_headings(spans: list[SectionSpan]) -> list[SectionSpan]:
    """Give each heading that is only a reference number the subject its text opens with."""
    numbered = [_numberless(s.heading_text) for s in spans
                if s.heading.kind is BlockKind.HEADING and _NUMBERS.search(s.heading_text)]
    repeated = {form for form, n in Counter(numbered).items() if n >= MIN_NUMBERED_REPEATS}
    for span in spans:
        if span.title_hint or not span.blocks:
            continue
        reference = _REFERENCE_ONLY.match(span.heading_text.strip(" #*_")) or \
            bool(repeated) and span.heading.kind is BlockKind.HEADING and _NUMBERS.search(span.heading_text) and \
            _numberless(span.heading_text) in repeated  # (no heading repeated: most minutes)
        if not reference:
            continue
        first = span.blocks[0]
        if first.kind is not BlockKind.PARAGRAPH or not (m := _RUN_IN_SUBJECT.match(first.text.strip())):
            continue
        if len(m["title"].split()) > MAX_SUBJECT_WORDS or len(m["title"].split()[-1]) == 1:
            continue  # a long sentence, or one cut at an initial ("submitted by Councillors M. Quinlivan")
        span.title_hint, span.rest = m["title"].strip(), m["rest"].strip()
        span.blocks = span.blocks[1:]
    return spans
