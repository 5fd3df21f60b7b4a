"""Items opened by a bold lead-in, as a board's web minutes write them.

"**Minutes** from 7/21/02 **approved 8-0**." and "**Outreach Proposal**, from Ann and Raj:" open items
with a few bold words run into the text; "**Treasurer's Report**" alone on its line opens one too. In
minutes that mark their items in bold, a plain "Savings: $3,243" or "Discussion: ..." under an item is a
point of it, not an item of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import (
    ACTION_LINE,
    DECISION_LABELS,
    attendance_label,
    is_role_line,
    next_meeting_label,
)
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.state import Context, Step
from notes_extract.segment.topic_fields import is_field_label
from notes_extract.vocab.sections import NOTES_HEADINGS

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Bold item titles a document needs before plain "Label: text" lines are read as points, not items.
MIN_BOLD_ITEMS = 4
# How many paragraphs a bold lead-in must open to be a field of each item rather than an item.
MIN_FIELD_LEAD_REPEATS = 3
# The longest bold lead-in read as an item's title, in words.
MAX_LEAD_WORDS = 8

# An item's number before its bold title ("1.", "2)", "4.1").
_ITEM_NUMBER = lazy_compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+")
# A lead-in's run-on text: after a comma, a colon or a space, never a dash (headings.py reads "**X** – text").
_RUN_ON = lazy_compile(r"^\s*[,:]?\s+\S|^\s*[,:]?\s*$")


def _lead_title(block: Block) -> str | None:
    """The bold words a paragraph opens with, when they title an item: short, capitalised, and no
    part label ("**Motion:** ...", "**Action:** ...")."""
    if not block.lead_bold:
        return None  # no bold words to title it (most lines; the title below would be empty)
    numbered_item = block.kind is BlockKind.LIST_ITEM and block.level == 0 and \
        bool(_ITEM_NUMBER.fullmatch(f"{block.label or ''} "))  # "1." with "**Title** text" after it
    if block.kind is not BlockKind.PARAGRAPH and not numbered_item or block.all_bold:
        return None
    lead, rest = _lead_and_rest(block)
    title = lead.rstrip(":,;.-–— ")
    if title.count("(") != title.count(")"):
        return None  # "**Minutes (**3 May**)**": bold that stops inside brackets is no whole title
    words = title.split()
    if not words or len(words) > MAX_LEAD_WORDS or not title[0].isupper():
        return None
    # "**Date:** ..." and "**Date**: ...": one labelled word, the colon in the bold or just after it
    labelled = lead.endswith(":") or rest.startswith(":")
    if labelled and len(words) == 1 or DECISION_LABELS.match(title) or ACTION_LINE.match(lead):
        return None
    if attendance_label(block.text) or next_meeting_label(block.text) is not None or is_role_line(block.text):
        return None  # "**Members present:** ...", "**Next meeting:** ...": the minutes' own parts
    return title if _RUN_ON.match(rest) else None


def _lead_and_rest(block: Block) -> tuple[str, str]:
    """A paragraph's bold lead-in, an item number before it set aside ("**1. Accounts** The
    audited ..."), and the text after it."""
    lead = block.lead_bold.strip()
    text = block.text.strip()
    if text.startswith(lead):
        text = text[len(lead):]
    elif (unnumbered := _ITEM_NUMBER.sub("", lead, count=1)) and text.startswith(unnumbered):
        text = text[len(unnumbered):]  # a list item's label is not part of its text
    return _ITEM_NUMBER.sub("", lead, count=1), text


def _bold_title_line(block: Block) -> bool:
    """A short paragraph wholly in bold: an item's title on its own line."""
    return block.kind is BlockKind.PARAGRAPH and block.all_bold and 0 < len(block.text.split()) <= MAX_LEAD_WORDS


def repeated_lead_titles(blocks: list[Block]) -> frozenset[str]:
    """The bold lead-ins (case folded) that open a paragraph under item after item: fields, not titles. (Twice
    is not enough: a council's minutes take up "Highway Matters" in the clerk's report and again in a
    committee's.)"""
    counts = Counter(title.casefold() for block in blocks if (title := _lead_title(block)))
    return frozenset(title for title, count in counts.items() if count >= MIN_FIELD_LEAD_REPEATS)


def writes_bold_items(blocks: list[Block]) -> bool:
    """Whether the minutes mark their items in bold: bold title lines, and at least one bold lead-in."""
    lead_ins = sum(1 for b in blocks if _lead_title(b))
    return lead_ins > 0 and lead_ins + sum(1 for b in blocks if _bold_title_line(b)) >= MIN_BOLD_ITEMS


def on_bold_lead_in(segmenter: _Segmenter, step: Step) -> bool:
    """A paragraph opening with a bold title opens the item it names, its text run on after."""
    if not segmenter.bold_items or segmenter.state.context is not Context.NONE:
        return False
    if not segmenter.seg.attendance and not segmenter.seg.sections:
        return False  # "**Back** to the home page": a page's furniture above the minutes, not an item
    title = _lead_title(step.block)
    if title is None or is_field_label(title, segmenter.field_labels) or title.casefold() in segmenter.repeated_leads:
        return False  # "**Summary:** ..." under each item, again and again: a field of the item, not one
    rest = _lead_and_rest(step.block)[1].lstrip(" ,:")
    segmenter.open_section(SectionSpan(step.block, step.text, title, rest, level=99))
    segmenter.state.seen_structure = True
    return True


# "Discussion", "Meeting notes": a heading over the minutes' topics.
_NOTES_HEADING = lazy_compile(rf"\W*{NOTES_HEADINGS}\s*:?\W*", re.I)


def _nested_below(block: Block, following: Block) -> bool:
    """Whether the next block is a list item nested under a list item."""
    return following.kind is BlockKind.LIST_ITEM and following.level > block.level


def _bullet_title(block: Block) -> str | None:
    """The bold label a top-level bullet opens with ("- **Sprint review:** Login page done")."""
    # a bold label alone ("- **Blockers:**" over nested notes) is one too
    if block.kind is not BlockKind.LIST_ITEM or block.level != 0 or block.label or \
            block.all_bold and not block.text.rstrip().endswith(":"):
        return None
    lead, rest = _lead_and_rest(block)
    if not (lead.rstrip().endswith(":") or rest.lstrip().startswith(":")):
        return None
    title = lead.rstrip(": ")
    words = title.split()
    if not words or len(words) > MAX_LEAD_WORDS or not title[0].isupper() or DECISION_LABELS.match(title) or \
            ACTION_LINE.match(lead) or attendance_label(block.text) or next_meeting_label(block.text) is not None \
            or is_role_line(block.text):
        return None
    return title


def on_bold_bullet_topic(segmenter: _Segmenter, step: Step) -> bool:
    """Bullets under a notes heading, each opening with a bold label ("- **Sprint review:** ...",
    "- **Client feedback:** ..."): each is a topic of the meeting, the heading only names the notes."""
    current, block = segmenter.state.current, step.block
    if current is None or segmenter.state.context is not Context.NONE or not (title := _bullet_title(block)):
        return False
    group = current.parent if current.parent and current.title_hint else current.heading_text
    if not _NOTES_HEADING.fullmatch(group.strip()):
        return False
    if group == current.heading_text:  # the first: a run of such bullets follows the heading
        # a run of such bullets, or one whose notes are nested under it ("- **Blockers:**" then "  - None")
        if step.following is None or not (_bullet_title(step.following) or _nested_below(block, step.following)):
            return False
        current.grouping = not current.blocks
    rest = _lead_and_rest(block)[1].lstrip(" ,:")
    segmenter.open_section(SectionSpan(block, step.text, title, rest, level=99, parent=group))
    return True
