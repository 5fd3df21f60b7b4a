"""Meeting logs: the blocks of each meeting when one document holds several.

Some minutes are a running log, one dated entry per meeting. Splitting them
comes before segmentation: each meeting is segmented and extracted on its own.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind

# A line that is only a meeting's date: "26/05/2017", "Meeting 3 - 4 March 2024".
_DATE_LINE = re.compile(
    r"^\W*(?:(?:meeting|minutes|notes|session|week)\s*(?:no\.?\s*)?\d*\W+)?(?:(?:on|of|held on)\s+)?"
    r"(?P<date>(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}|[A-Za-z]{3,9}\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}))\W*$", re.I)

# A list label that is a day of the month ("5" of "5 February 2024").
_DAY_LABEL = re.compile(r"\d{1,2}")


def split_meetings(blocks: list[Block]) -> list[list[Block]]:
    """The blocks of each meeting, for a log that holds several.

    A meeting log starts each meeting with a line that is only a date
    ("26/05/2017", "Meeting 3 - 4 March 2024") at the same level; the lines
    before the first one (the log's title) belong to every meeting. A
    document with fewer than two such lines is one meeting.
    """
    starts = [i for i, b in enumerate(blocks)
              if b.kind is not BlockKind.TABLE and (b.level <= 1 or b.kind is BlockKind.HEADING)
              and _DATE_LINE.match(_with_label(b))]
    if len(starts) < 2:
        return [blocks]
    kinds = {(blocks[i].kind, blocks[i].level) for i in starts}
    if len(kinds) != 1 or len({_with_label(blocks[i]) for i in starts}) < len(starts):
        return [blocks]
    # Each meeting must have something under its date line.
    ends = starts[1:] + [len(blocks)]
    if any(end - start < 2 for start, end in zip(starts, ends, strict=True)):
        return [blocks]
    preamble = blocks[: starts[0]]
    date_kind, date_level = kinds.pop()
    meetings: list[list[Block]] = []
    for start, end in zip(starts, ends, strict=True):
        head = blocks[start]
        body = [_outdent(b, date_level) if date_kind is BlockKind.LIST_ITEM else b for b in blocks[start + 1:end]]
        date_block = Block(BlockKind.PARAGRAPH, _with_label(head), head.index, head.page)
        meetings.append([*preamble, date_block, *body])
    return meetings


def _with_label(block: Block) -> str:
    """The line as written: "5 February 2024" read as item "5" of a list is a date again."""
    if block.label and _DAY_LABEL.fullmatch(block.label.strip()):
        return f"{block.label.strip()} {block.text}"
    return block.text


def _outdent(block: Block, by: int) -> Block:
    """A list item nested under a meeting's date line, one level up."""
    if block.kind is not BlockKind.LIST_ITEM:
        return block
    return Block(block.kind, block.text, block.index, block.page, max(0, block.level - by - 1), block.label,
                 block.lead_bold, block.rows)
