"""Short "Label: value" lines that continue the meeting's header, not items.

Under the attendance lines, minutes often go on with more fields of the same shape before the first
item: "Empty Seats: Math/Science; Student", "Cultivator: bl", "Notetaker: el". Each reads like a
"Title: text" paragraph, so the segmenter would open an item for it. What marks them as fields is
where they stand and what they hold: they follow the attendance (or role) lines with nothing else in
between, each holds a short value and no sentence, and what comes after them opens the body (a heading,
a list item, a numbered paragraph). A labelled paragraph with a sentence, a standing item's label
("Call to Order: 7:02 pm") or one followed by plain text stays an item.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import OPENING_ITEMS, STANDARD_ITEMS, inline_topic
from notes_extract.segment.labels import attendance_label, is_role_line

# A field's value is short: at most this many words.
MAX_FIELD_VALUE_WORDS = 12
# A sentence inside or at the end of the value ("It was decided that ...").
_SENTENCE = lazy_compile(r"[a-z]{2}[.!?](\s|$)")
# "1. Minutes", "2) Budget" typed at the start of a paragraph: the body's first item.
_TYPED_NUMBER = lazy_compile(r"^\W{0,2}\d{1,3}[.)]")


def _header_line(block: Block) -> bool:
    """An attendance or role line: what a header's fields follow."""
    return block.kind is BlockKind.PARAGRAPH and (attendance_label(block.text) is not None or is_role_line(block.text))


def _field(block: Block) -> bool:
    """A "Label: short value" paragraph that may be a header's field."""
    topic = inline_topic(block)
    if topic is None or OPENING_ITEMS.match(topic[0]) or STANDARD_ITEMS.match(topic[0]):
        return False
    value = topic[1].strip()
    return len(value.split()) <= MAX_FIELD_VALUE_WORDS and not _SENTENCE.search(value)


def _opens_body(block: Block) -> bool:
    return block.kind in (BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.TABLE) or \
        block.kind is BlockKind.PARAGRAPH and _TYPED_NUMBER.match(block.text) is not None


def header_fields(blocks: list[Block]) -> frozenset[int]:
    """The `Block.index` of each "Label: value" line in ``blocks`` that is a field of the header."""
    found: set[int] = set()
    pending: list[int] = []
    after_header = False
    for block in blocks:
        if _header_line(block):
            after_header = True
            continue
        if after_header and _field(block):
            pending.append(block.index)
            continue
        if pending and _opens_body(block):
            found.update(pending)  # the fields ran on to the body's first item: they were the header's
        pending, after_header = [], False
    return frozenset(found)

