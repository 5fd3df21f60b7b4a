"""Headings that group a log's entries ("Deliverable 1" over dated entries, then "Deliverable 2"): they
belong to no meeting, and an entry ends where the next group begins."""

from __future__ import annotations

from notes_extract.document import Block, BlockKind


def _first_word(text: str) -> str:
    return (text.split() or [""])[0].lower()


def group_heading(blocks: list[Block], first: int) -> Block | None:
    """The heading that groups the entries after it ("Deliverable 1" over dated entries, then
    "Deliverable 2"): the last line before the first entry, after the log's title, when a heading
    of its style and first word comes again after the entries begin."""
    if first < 2 or blocks[first - 1].kind is not BlockKind.HEADING:
        return None
    heading = blocks[first - 1]
    later = any(_same_group(heading, b) for b in blocks[first + 1:])
    return heading if later else None


def _same_group(group: Block, block: Block) -> bool:
    return block.kind is group.kind and block.level == group.level and \
        _first_word(block.text) == _first_word(group.text)


def group_end(blocks: list[Block], start: int, end: int, group: Block | None) -> int:
    """Where an entry ends: at the next group heading, whose blocks (a group with no entries, a
    table after the log) are not this meeting's."""
    if group is None:
        return end
    return next((i for i in range(start + 1, end) if _same_group(group, blocks[i])), end)
