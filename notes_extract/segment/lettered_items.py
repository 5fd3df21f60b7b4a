"""Lettered sub-items that title their own text under a numbered item: a US board's agenda writes "4. PUBLIC
HEARINGS" over "A. 112 Main Street – Window replacement" and the paragraphs minuted on it, then "B. ...".
Each such sub-item is an item of its own, one level below the numbered one (which, saying nothing itself,
then only groups them: see `restructure`)."""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan

# "A.", "b)", "(c)": a single letter's marker.
_LETTER = lazy_compile(r"^\(?[A-Za-z][.)]$")
# "1.", "4)": a number's marker.
_NUMBER = lazy_compile(r"^\(?\d{1,3}[.)]$")
# "4. PUBLIC HEARINGS": an item's title, its number kept in the text.
_NUMBERED_TITLE = lazy_compile(r"^\d{1,3}[.)]\s+\S")
# A sub-item titles its text when it is this short (in words) and does not end as a sentence does.
MAX_TITLE_WORDS = 10


def _titles_text(item: Block, following: Block | None) -> bool:
    """Whether a lettered item is a title over the text below it: a paragraph (not another item) opening a
    sentence of its own ("To date we have" over "collected $520 ..." is one line wrapped, no title)."""
    text = item.text.strip()
    return bool(text) and len(text.split()) <= MAX_TITLE_WORDS and not text.endswith((".", ";", ",")) and \
        following is not None and following.kind is BlockKind.PARAGRAPH and following.text.strip()[:1].isupper()


def _lettered_titles(span: SectionSpan) -> list[int]:
    """The places in the span's blocks of the lettered sub-items that title their own text."""
    head = span.heading
    if head is None or not (head.kind is BlockKind.LIST_ITEM and _NUMBER.match((head.label or "").strip()) or
                            head.kind is BlockKind.HEADING and _NUMBERED_TITLE.match(span.heading_text)):
        return []
    blocks = span.blocks
    # (under an item's list number, one level down; under a numbered title made a heading, at any level)
    level = head.level + 1 if head.kind is BlockKind.LIST_ITEM else None
    found = [i for i, b in enumerate(blocks) if b.kind is BlockKind.LIST_ITEM and level in (None, b.level)
             and _LETTER.match((b.label or "").strip())]
    if not found or any(not _titles_text(blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None)
                        for i in found):
        return []
    return found


def split_lettered_items(spans: list[SectionSpan]) -> list[SectionSpan]:
    """The spans, each numbered item's lettered sub-items that title their own text made items below it."""
    out: list[SectionSpan] = []
    for span in spans:
        found = _lettered_titles(span)
        if not found or span.level >= 99:
            out.append(span)
            continue
        ends = [*found[1:], len(span.blocks)]
        out.append(replace(span, blocks=span.blocks[:found[0]]))
        out += [SectionSpan(span.blocks[i], span.blocks[i].text, None, "", span.blocks[i + 1:end], span.level + 1)
                for i, end in zip(found, ends, strict=True)]
    return out
