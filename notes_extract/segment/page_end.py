"""The end of a post on a web page: minutes published as a blog post end where the blog's comment form
begins ("Leave a Reply", "Comments are closed.", "No comments:" over "Post a Comment"). That line and
everything after it (the form's notices, "This site uses Akismet ...") are the page's, not the minutes':
never an item, a point or a signature.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.state import Step
from notes_extract.vocab.sections import COMMENT_FORM

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

_COMMENT_FORM_LINE = lazy_compile(rf"^\s*(?:{COMMENT_FORM})\s*$", re.I)


def post_end(blocks: list[Block]) -> int | None:
    """The index of the block that opens the comment form under the post, if any. The form comes
    after the post: a line in the first half of the page is some other use of the words."""
    start = len(blocks) // 2
    return next((block.index for block in blocks[start:] if block.kind is not BlockKind.TABLE
                 and _COMMENT_FORM_LINE.match(block.text)), None)


def on_page_end(segmenter: _Segmenter, step: Step) -> bool:
    """Takes, and drops, the comment form under a post and everything after it."""
    return segmenter.post_end is not None and step.block.index >= segmenter.post_end
