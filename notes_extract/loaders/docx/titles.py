"""Item titles a Word file marks only by layout, read as the plain-text reader reads them.

Minutes typed in Word without heading styles often title each item with a short plain line
standing over the item's list ("Wed Presentation" over "1) IMU", "2) EDF"). The text reader
makes such lines headings once the shape repeats through the document
(`text.layout_titles`); this module gives a Word file the same headings from the same
rules, with each block read as the line of text it would be: a list item (typed or Word
numbered) as a bulleted line, a plain paragraph line as typed, anything else (headings,
tables, bold lines, empty paragraphs) as a line that is neither title nor item. When every
such line sits right under a Word heading or a bold line, a heading typed without a style
("In attendance" over "Ann Lee, Bo Chan & Cy Dow" over the meeting's bullets, each time),
the headings already title the items and the lines are their text.

Only the list items this loader has made count as items: a paragraph typed "1. Treasurer's
report" stays a paragraph here (the segmenter reads it as an item's own title, see `typed`),
so the line above it ("In attendance: ...") titles nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from notes_extract.document import Block, BlockKind, make_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.text.layout_titles import document_title_line, layout_titles, title_and_remark

# How a list item reads as a line of text: behind a bullet the text reader knows.
_ITEM_LINE = "• "
_ITEM = lazy_compile(f"^{_ITEM_LINE}")


def titled_by_layout(blocks: list[Block], typed: dict[int, str],
                     moved: Callable[[Block, Block], None]) -> list[Block]:
    """``blocks`` with the plain lines that title items by layout alone as headings.

    ``typed`` holds, by the id() of a plain paragraph line's block, the line as typed (its
    leading tabs and spaces kept); ``moved(old, new)`` is told of each block replaced. Titles
    sit two levels under the deepest Word heading and the document's own title line over them
    one, as the text reader levels them under its underlined headings.
    """
    lines = [_as_line(block, typed) for block in blocks]
    titles = layout_titles(lines, _ITEM.match)
    if not titles or all(i > 0 and _heads(blocks[i - 1]) for i in titles):
        return blocks
    top = document_title_line(lines, titles, _ITEM.match)
    base = max((block.level for block in blocks if block.kind is BlockKind.HEADING), default=0)
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i not in titles and i != top:
            out.append(block)
            continue
        level = 1 if i == top else 2
        title, remark = title_and_remark(block.text) if level > 1 else (block.text, "")
        heading = replace(block, kind=BlockKind.HEADING, text=title, level=base + level, label=None,
                          lead_bold="")
        moved(block, heading)
        out.append(heading)
        if remark:
            out.append(make_block(BlockKind.PARAGRAPH, remark))
    return out


def _heads(block: Block) -> bool:
    """A Word heading, or a paragraph set all in bold: the heading typed without a style."""
    return block.kind is BlockKind.HEADING or block.kind is BlockKind.PARAGRAPH and block.all_bold


def _as_line(block: Block, typed: dict[int, str]) -> str:
    """The line of text a block reads as, for finding titles (see the module's docstring)."""
    line = typed.get(id(block))
    if block.kind is BlockKind.LIST_ITEM:  # an item typed "1. Text" reads as typed: a numbered title
        return line if line is not None else _ITEM_LINE + block.text
    if line is None or block.all_bold:
        return ""
    return line
