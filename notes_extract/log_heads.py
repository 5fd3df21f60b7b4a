"""A log whose every entry repeats its title line above the entry's "Date:" line or form ("Book Club –
Minutes" / "Date: 14 February 2024", page after page): that line opens each entry, so it goes with the
meeting below it, not with the end of the one before."""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.sections import FURNITURE_HEADINGS

# A title line repeated over each entry is short.
MAX_REPEATED_TITLE_WORDS = 12
# "Meeting Details" over each entry's table: a part of the entry's form, which titles nothing.
_PART_LABEL = lazy_compile(rf"\W*{FURNITURE_HEADINGS}\W*", re.I)


def repeated_line_above(blocks: list[Block], starts: list[int]) -> bool:
    """Whether the line right above each of two or more entry openings is the same short paragraph."""
    if len(starts) < 2 or any(i < 1 for i in starts):
        return False
    above = [blocks[i - 1] for i in starts]
    texts = {" ".join(b.text.split()).casefold() for b in above}
    return len(texts) == 1 and all(b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) for b in above) and \
        0 < len(above[0].text.split()) <= MAX_REPEATED_TITLE_WORDS and (starts[0] - 1) not in starts and \
        not _PART_LABEL.fullmatch(above[0].text)
