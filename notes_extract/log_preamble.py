"""The part of a log above its first entry: what of it every meeting reads.

A log's preamble holds its title, often a list of members every meeting reads, and sometimes
parts that belong to no meeting: a project's description headed like an entry, a table of
contents repeating the entries' headings, or a word to the page's readers.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import is_attendance_group_heading


def heading_style(block: Block) -> tuple[BlockKind, int] | None:
    """A heading's kind and level; a whole-bold paragraph's kind; None for other blocks."""
    if block.kind is BlockKind.HEADING:
        return block.kind, block.level
    return (block.kind, 0) if block.kind is BlockKind.PARAGRAPH and block.all_bold else None


_PAGE_NUMBER = lazy_compile(r"[\s.…]*\d{1,3}$")


def own_parts_dropped(preamble: list[Block], entry: Block) -> list[Block]:
    """The preamble without the parts it heads like an entry's ("## Features", "## Dos" above
    "## Week 1"): a project's description belongs to no meeting. Its title stays, and so does
    a list of members under an attendance heading, which every meeting reads."""
    if heading_style(entry) is None or not any(heads_like(b, entry) for b in preamble[1:]):
        return preamble
    kept: list[Block] = []
    keep_part = False  # whether the part the last heading opened is kept
    for block in preamble:
        if block is preamble[0] or block.kind is BlockKind.HEADING and not heads_like(block, entry):
            kept.append(block)  # the log's title, or a heading over the entries
            keep_part = False
        elif heads_like(block, entry):
            keep_part = is_attendance_group_heading(block.text)
            kept += [block] if keep_part else []
        elif keep_part:
            kept.append(block)
    return kept


def heads_like(block: Block, entry: Block) -> bool:
    """Whether ``block`` is a heading of the entry's rank: of its level or below, or, under
    whole-bold entries, another whole-bold line."""
    if entry.kind is BlockKind.HEADING:
        return block.kind is BlockKind.HEADING and block.level >= entry.level
    return block.kind is BlockKind.PARAGRAPH and block.all_bold


def without_contents(preamble: list[Block], log: list[Block]) -> list[Block]:
    """The preamble without its table of contents: lines that repeat a heading of the log,
    with or without a page number ("Deliverable 1 2"), are no part of any meeting."""
    headings = {b.text.strip().lower() for b in log if b.kind is BlockKind.HEADING or b.all_bold}
    return [b for b in preamble
            if b.kind is BlockKind.HEADING and b is preamble[0]
            or _PAGE_NUMBER.sub("", b.text).strip().lower() not in headings]


# A preamble paragraph this long that ends a sentence, or one of several sentences, is running text.
MAX_PREAMBLE_TITLE_WORDS = 12
_SENTENCES = lazy_compile(r"[a-z)][.!?]\s+[A-Z]")
_LABELLED = lazy_compile(r"^\W*[A-Z][\w ’'/&-]{0,30}:")


def readers_note_dropped(preamble: list[Block]) -> list[Block]:
    """The preamble without its running text to the page's readers ("On this page you will find
    the minutes of our committee meetings. Do come along ..."): a word about the log, of no meeting,
    and no title. Headings, labelled lines ("Members: ...") and short lines stay."""
    def running_text(block: Block) -> bool:
        text = block.text.strip()
        return block.kind is BlockKind.PARAGRAPH and not block.all_bold and not _LABELLED.match(text) and \
            (bool(_SENTENCES.search(text)) or text.endswith((".", "!", "?")) and
             len(text.split()) > MAX_PREAMBLE_TITLE_WORDS)
    return [block for block in preamble if not running_text(block)]
