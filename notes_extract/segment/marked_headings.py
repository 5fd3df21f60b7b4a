"""Plain lines in minutes whose author marks the headings.

Where headings are marked (Markdown "#", Word heading styles, HTML h1-h6), a short plain line with
more plain text right under it ("Summarizes current grants") is a line of that text, not an item:
the author would have marked it as the others. A plain line over its own list, a numbered line, a
line in capitals and a standard item name ("Any other business") still open items.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind
from notes_extract.segment.headings import ITEM_WORD_NUMBER, NUMBERED, STANDARD_ITEMS

# Marked headings a document needs before its plain lines are read as text.
MIN_MARKED_HEADINGS = 3


def marks_headings(blocks: list[Block]) -> bool:
    """Whether the document marks its headings as headings."""
    return sum(1 for block in blocks if block.kind is BlockKind.HEADING) >= MIN_MARKED_HEADINGS


def unmarked_line(block: Block, following: Block | None) -> bool:
    """A plain paragraph line, with no mark of a heading, over more plain paragraph text."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or block.lead_bold or not text or text.endswith(":") or \
            following is None or following.kind is not BlockKind.PARAGRAPH or following.lead_bold:
        return False
    return not (NUMBERED.match(text) or text.isupper() or STANDARD_ITEMS.match(text) or ITEM_WORD_NUMBER.match(text))


def introduces_bold_heading(heading: Block, block: Block) -> bool:
    """Whether ``block``, right under ``heading``, is a phrase introducing a heading typed in bold: the
    heading is a paragraph set all in bold and most of the line's words open in lower case ("Ann and
    Bo taking these"); a capitalised line ("ESG Reporting", "NonGAAP measures") titles a sub-item."""
    words = block.text.split()
    return heading.kind is BlockKind.PARAGRAPH and heading.all_bold and \
        sum(word[0].islower() for word in words) * 2 > len(words)
