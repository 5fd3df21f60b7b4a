"""Headings typed as bold paragraphs, read by the document's own heading style.

Most Word minutes are typed without heading styles: an item's heading is a Normal paragraph set
all in bold over the item's plain text. Where a document writes several such headings, that is
its heading style, and a bold paragraph standing in the same place (plain text under it) is one
of them however long it runs ("Ann: Said we could buy a second printer if the fees cover it this
quarter"), as it would be had the author marked it with a heading style. Bold labels that state an
item's record ("Decision: ...", "Action: ...", "Resolved that ...") and a bold motion over its
mover or result stay what they are.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import ACTION_LINE, DECISION_LINE
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.decisions import DECISION_TEXT_LABELS, MOTION_DETAIL, OUTCOME_ONLY, OUTCOME_ONLY_WORDS

# Bold paragraphs over plain text a document needs before bold is its heading style.
MIN_BOLD_HEADINGS = 3
# A short bold line is a heading on its own (`headings.is_heading_like`); a longer one needs the style.
SHORT_BOLD_HEADING_WORDS = 15
# Past this a bold paragraph is emphasised text, not a heading of any style.
MAX_BOLD_HEADING_WORDS = 40

# "Resolved that ...", "Motion: ...": a decision stated in bold; "Proposal to nominate ..." titles an item.
_RECORD_OPENER = lazy_compile(rf"^\W*(?:{DECISION_TEXT_LABELS})\s*(?::|\bthat\b)", re.I)
_MOTION_DETAIL = lazy_compile(MOTION_DETAIL)
_OUTCOME_ONLY = TriggeredPattern(lazy_compile(OUTCOME_ONLY, re.I), OUTCOME_ONLY_WORDS)


def bold_line(block: Block) -> bool:
    """A paragraph set all in bold: a heading's line where the document has no heading styles."""
    return block.kind is BlockKind.PARAGRAPH and block.all_bold


def _over_text(block: Block, following: Block | None) -> bool:
    """A paragraph set all in bold with plain text (a paragraph, list or table) right under it."""
    return block.kind is BlockKind.PARAGRAPH and block.all_bold and following is not None and \
        not following.all_bold and following.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE)


def writes_bold_headings(blocks: list[Block]) -> bool:
    """Whether the document's headings are bold paragraphs: no heading styles, and several short
    bold paragraphs each over plain text."""
    if any(block.kind is BlockKind.HEADING for block in blocks):
        return False
    found = sum(1 for block, following in zip(blocks, blocks[1:], strict=False)
                if _over_text(block, following) and len(block.text.split()) <= SHORT_BOLD_HEADING_WORDS)
    return found >= MIN_BOLD_HEADINGS


def long_bold_heading(block: Block, following: Block | None) -> bool:
    """A bold paragraph longer than a heading alone would be, in the heading's place: over plain text,
    not a label of the item's record nor a motion."""
    words = len(block.text.split())
    if not SHORT_BOLD_HEADING_WORDS < words <= MAX_BOLD_HEADING_WORDS or not _over_text(block, following):
        return False
    text, under = block.text.strip(), following.text.strip() if following is not None else ""
    return not (DECISION_LINE.match(text) or ACTION_LINE.match(text) or _RECORD_OPENER.match(text)
                or _MOTION_DETAIL.search(text) or text.endswith(".") and _moved_or_decided(under))


def _moved_or_decided(line: str) -> bool:
    """Whether the line under a bold sentence gives its mover or result: the sentence is the motion."""
    return bool(_MOTION_DETAIL.search(line) or _OUTCOME_ONLY.match(line))


def bold_heading_lines(blocks: list[Block]) -> frozenset[int]:
    """The ``id`` of each bold line over plain text: where bold lines are the document's headings, the
    item headings, which an "Agenda" label over them does not make agenda items."""
    return frozenset(id(block) for block, following in zip(blocks, blocks[1:], strict=False)
                     if _over_text(block, following))
