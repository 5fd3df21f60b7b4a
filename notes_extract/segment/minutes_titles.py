"""A heading that names the minutes themselves ("PTO Minutes", "Maintenance Team - Weekly Meeting
Notes") opening the body: the document's title written again, or the minutes' title under a
letterhead, never an agenda item. What it holds is the minutes' text, which still counts.
"""

from __future__ import annotations

import re

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan
from notes_extract.vocab.sections import SECTION_KIND_FORMS

# A name in capitalised words (a dash may set off its last part), then "Minutes" or "Meeting Notes".
MAX_MINUTES_TITLE_WORDS = 12
_MINUTES_TITLE = lazy_compile(r"^\W*(?:[A-Z0-9][\w'’&./()]*\s+(?:[-–—]\s+)?){1,11}"
                              r"(?:Meeting\s+)?(?:Minutes|Notes)\W*$", re.I)
_CAPITALISED = lazy_compile(r"^[A-Z0-9]|^[-–—]$")
# "Approval of Minutes", "Previous Minutes": an item about earlier minutes.
_PREVIOUS_MINUTES = lazy_compile("|".join(form for kind, form in SECTION_KIND_FORMS if kind == "previous_minutes"),
                                 re.I)


# "2. Minutes", "B) Minutes", "1 Minutes": an agenda item's number first, so an item about minutes, not the title
_ITEM_NUMBER = lazy_compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|(?:[A-Za-z]|[IVXivx]{1,5})[.)])$")


def minutes_title(text: str) -> bool:
    """Whether a heading names the minutes ("PTO Minutes", "Board - Weekly Meeting Notes")."""
    text = text.strip(" #*_:")
    words = text.split()
    return bool(_MINUTES_TITLE.match(text)) and len(words) <= MAX_MINUTES_TITLE_WORDS and \
        all(_CAPITALISED.match(word) for word in words) and not _PREVIOUS_MINUTES.search(text) and \
        words[0].casefold() not in ("meeting", "minutes", "notes") and not _ITEM_NUMBER.match(words[0])


def without_minutes_title(spans: list[SectionSpan], leftovers: list[Block]) -> list[SectionSpan]:
    """The spans without a first one that only names the minutes; its text goes to ``leftovers``."""
    if not spans or not minutes_title(spans[0].heading_text):
        return spans
    leftovers.extend(spans[0].blocks)
    return spans[1:]
