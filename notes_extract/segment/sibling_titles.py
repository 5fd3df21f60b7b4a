"""Title lines that read as text alone but as items among siblings written the same way.

"Re: Hall hire" is a labelled line ("Re" and its value) and "Should we move to Tuesdays?" a
question; neither is a heading by itself. Where the minutes write several items so, each line
over the item's own text, each such line opens an item:

    Re: Hall hire
    Pat said bookings are up.
    Re: Boiler
    The boiler was serviced in March.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import is_heading_like
from notes_extract.vocab.sections import RETRO_COLUMNS

# "Re: Hall hire", "RE - Car park": a subject line's mark and a short capitalised title.
_SUBJECT_LINE = lazy_compile(r"^(?i:re)\s*[:-]\s+[A-Z0-9][^.;!?:]{0,60}$")
# A document writes its items so when it has this many such lines.
MIN_SIBLING_TITLES = 2
# A title is no longer than this.
MAX_TITLE_WORDS = 8
# "Should we move to Tuesdays?": a short capitalised question, no speaker's or asker's mark before it.
_QUESTION_TITLE = lazy_compile(r"^[A-Z][^:.;!?]{2,80}\?$")
MAX_QUESTION_WORDS = 10
# "What went well?", "Didn't go well:": a retrospective's column over its points.
_RETRO_COLUMN = lazy_compile(rf"^\W*{RETRO_COLUMNS}\W*$", re.I)


def _subject_line(block: Block, following: Block | None) -> bool:
    """A plain "Re: Title" line over the item's text."""
    text = block.text.strip()
    return block.kind is BlockKind.PARAGRAPH and bool(_SUBJECT_LINE.match(text)) and \
        len(text.split()) <= MAX_TITLE_WORDS + 1 and following is not None and \
        following.kind is not BlockKind.HEADING and not _SUBJECT_LINE.match(following.text.strip())


def _over_bullets(block: Block, following: Block | None) -> bool:
    """A plain line directly over a bulleted list."""
    return block.kind is BlockKind.PARAGRAPH and not block.all_bold and following is not None and \
        following.kind is BlockKind.LIST_ITEM


def _question_title(block: Block, following: Block | None) -> bool:
    """A short question alone on its line over bullets ("Should we move to Tuesdays?")."""
    text = block.text.strip()
    return _over_bullets(block, following) and bool(_QUESTION_TITLE.match(text)) and \
        len(text.split()) <= MAX_QUESTION_WORDS


def sibling_title_lines(blocks: list[Block]) -> frozenset[int]:
    """The id() of each title line of a kind the document writes its items with more than once:
    "Re: Title" lines, question lines over bullets among plain titles over bullets, and a retrospective's
    columns over their points."""
    pairs = list(zip(blocks, [*blocks[1:], None], strict=True))
    subjects = [id(block) for block, following in pairs if _subject_line(block, following)]
    found = set(subjects) if len(subjects) >= MIN_SIBLING_TITLES else set()
    questions = [id(block) for block, following in pairs if _question_title(block, following)]
    # (the titles over bullets counted only where a question is among them: each is read as a heading)
    titled = sum(1 for block, following in pairs
                 if _over_bullets(block, following) and is_heading_like(block, following)) if questions else 0
    if questions and titled >= MIN_SIBLING_TITLES:
        found.update(questions)  # "Should we move to Tuesdays?" between "Next book" and "Snacks"
    columns = [id(block) for block, following in pairs if _over_bullets(block, following) and
               _RETRO_COLUMN.match(block.text.strip())]
    if len(columns) >= MIN_SIBLING_TITLES:
        found.update(columns)  # "What went well?" and "What didn't go well?", each over its points
    return frozenset(found)
