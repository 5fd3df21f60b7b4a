"""Items that only group sub-items: "2. Committee reports" over "a) Membership: 45 members ...", "4. Old
business:" over "- Review calendar: not discussed", "5. New business:" over "1. Plant sale" and its notes.

A numbered item named as a group ("Reports", "Old business", "Committee updates") with no text of its own,
whose sub-items each open with their own title (a caption, "Membership: ...", "Treasurer's report. The
balance ...", or a short title line over notes of its own), holds the meeting's items: each sub-item becomes a
heading under the group's heading, its text a paragraph, so the group, having no text, is no section and the
sub-items are. Sub-items written as plain points ("a) The balance is $1,200.") leave the group an item.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import FINITE_VERB, label_rank
from notes_extract.segment.run_in_titles import run_in_caption
from notes_extract.vocab.build import any_of
from notes_extract.vocab.sections import GROUPING_WORDS

# "Committee reports", "Old business:", "2. REPORTS": a group's name ends in a grouping word.
_GROUP_TITLE = lazy_compile(rf"^(?:\d{{1,2}}\.?\s+)?(?:[A-Z][\w'’ &/-]{{0,40}}?\s)?{any_of(GROUPING_WORDS)}\s*:?$",
                            re.I)
# "Any other business" names an item of its own, not a group.
_ANY_OTHER = lazy_compile(r"\bany\s+other\b", re.I)
# Sub-items a group needs to be read as one ("Old business" over one captioned bullet, "Business cards - sent
# to the new address", is an item and its point).
MIN_SUB_ITEMS = 2
# A sub-item's title line over its own notes ("1. Ron's items:", "2. Profit-centre budget review"): this short.
MAX_TITLE_LINE_WORDS = 8
# The level the segmenter gives a numbered item below its numbering style's rank (`on_heading`): the group's
# heading keeps it, so the items numbered beside the group stay beside it, not under it.
LIST_ITEM_LEVEL_BASE = 20
# The heading an earlier pass makes of a numbered item ("4 Old business", `numbered_titles`): its level, and
# its number kept before the title with no mark after it.
PASS_ITEM_LEVEL = 2
RUN_IN_ITEM_LEVEL = 30
_PASS_ITEM = lazy_compile(r"^\d{1,2} [A-Z]")


def _group(block: Block, headings: bool) -> bool:
    """Whether a top-level numbered item or a heading names a group of items and says nothing else (where
    ``headings``: a Markdown file's headings are read where headings are, "## General agenda items:" over
    captioned bullets may be one item; the heading a pass made of a numbered item, "4 Old business", is one)."""
    if not (block.kind is BlockKind.LIST_ITEM and block.level == 0 and block.label or
            block.kind is BlockKind.HEADING and (headings or block.level == PASS_ITEM_LEVEL and
                                                 _PASS_ITEM.match(block.text))):
        return False
    text = block.text.strip()
    return bool(_GROUP_TITLE.match(text)) and not _ANY_OTHER.search(text)


def _group_level(block: Block) -> int:
    """The level of the group's heading: the numbered item's, as the segmenter ranks it, or the heading's."""
    return block.level if block.kind is BlockKind.HEADING else LIST_ITEM_LEVEL_BASE + label_rank(block.label)


def _sub_items(blocks: list[Block], start: int) -> list[int]:
    """The indices of the group's direct sub-items: list items nested under it, or lettered items at its
    level ("2. Committee reports" then "a) ..."); their own nested points are skipped over."""
    group = blocks[start]
    heading = group.kind is BlockKind.HEADING
    rank, base = (-1, -1) if heading else (label_rank(group.label), group.level)
    found: list[int] = []
    direct_level: int | None = None
    for i in range(start + 1, len(blocks)):
        block = blocks[i]
        if block.kind is not BlockKind.LIST_ITEM:
            break
        nested = block.level > base
        lettered = block.level == base and block.label is not None and rank < label_rank(block.label) < 9
        if not (nested or lettered):
            break
        if direct_level is None:
            direct_level = block.level
        if block.level == direct_level:
            found.append(i)
    return found


def _titled(blocks: list[Block], i: int) -> tuple[str, str] | None:
    """(title, text) of a sub-item that opens with its own title, else None."""
    block = blocks[i]
    caption = run_in_caption(replace(block, kind=BlockKind.PARAGRAPH))
    if caption is not None and not caption.who:
        return caption.title, caption.text
    text = block.text.strip()
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    title = text.rstrip(":").strip()
    if following is not None and following.kind is BlockKind.LIST_ITEM and following.level > block.level and \
            title and title[0].isupper() and len(title.split()) <= MAX_TITLE_LINE_WORDS and \
            not title.endswith((".", ";", ",")) and not FINITE_VERB.search(title):
        return title, ""  # "2. Profit-centre budget review" over its notes
    return None


def title_grouped_items(blocks: list[Block], file_format: str) -> list[Block]:
    """The blocks with each group item made a heading and its titled sub-items headings under it."""
    changes: dict[int, list[Block]] = {}
    headings = file_format != "markdown"
    for start, block in enumerate(blocks):
        if not _group(block, headings):
            continue
        subs = _sub_items(blocks, start)
        titles = [_titled(blocks, i) for i in subs]
        if len(subs) < MIN_SUB_ITEMS or any(t is None for t in titles):
            continue
        group_text = f"{block.label or ''} {block.text.strip().rstrip(':')}".strip()
        level = _group_level(block)
        # under a heading a pass made, the sub-items sit as deep as a numbered item run into its text
        # (`on_numbered_item`), so that the items numbered after the group are none of theirs
        sub_level = level + 1 if block.kind is BlockKind.LIST_ITEM else RUN_IN_ITEM_LEVEL
        changes[start] = [make_block(BlockKind.HEADING, group_text, level=level, page=block.page)]
        for i, titled in zip(subs, titles, strict=True):
            title, text = titled or ("", "")
            changes[i] = [make_block(BlockKind.HEADING, title, level=sub_level, page=blocks[i].page)]
            if text:
                changes[i].append(make_block(BlockKind.PARAGRAPH, text, page=blocks[i].page))
    if not changes:
        return blocks
    return numbered([new for i, block in enumerate(blocks) for new in changes.get(i, [block])])
