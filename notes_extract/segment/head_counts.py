"""A head count between an attendance heading and its names ("5 out of 5", "7 of 9 present"),
sometimes set as a heading of its own: a note on the list, not the end of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.state import Context, Step
from notes_extract.vocab.labels import HEAD_COUNT_WORDS

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# "5 out of 5", "7/9", "7 of 9 present", "(4 of 6 members)": a count of those there against all.
_HEAD_COUNT = lazy_compile(rf"^\W*\d{{1,3}}\s*(?:out\s+of|of|/)\s*\d{{1,3}}(?:\s+(?:{HEAD_COUNT_WORDS}))*\W*$", re.I)
# Markup a page's text may keep round the count ("<li> *5 out of 5* </li>").
_MARKUP = lazy_compile(r"</?\w+[^>]*>|[*_`]")


def is_head_count(text: str) -> bool:
    """Whether ``text`` is only a count of those present against all ("5 out of 5")."""
    return bool(_HEAD_COUNT.fullmatch(" ".join(_MARKUP.sub(" ", text).split())))


def on_head_count(segmenter: _Segmenter, step: Step) -> bool:
    """Inside an attendance list, before any name: a head count is a note, and the names go on below."""
    if segmenter.state.context is not Context.ATTENDANCE or not is_head_count(step.text):
        return False
    segmenter.seg.loose_blocks.append(step.block)
    return True
