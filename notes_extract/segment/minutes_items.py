""""Minutes" as a label is two things: the minute taker over a name ("Minutes: Ann Lee") and, in
board minutes, the item on the previous minutes over a sentence ("MINUTES: The March minutes were
approved."). The text after the label tells them apart: names are capitalised words; an item is a
sentence with words in lower case."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import ITEM_OR_TAKER_LABELS, NAME_JOINING_WORDS

_ITEM_OR_TAKER = lazy_compile(rf"^\W*{any_of(ITEM_OR_TAKER_LABELS)}\W*$", re.I)
_BRACKETED = lazy_compile(r"\([^()]*\)")
_WORD = lazy_compile(r"[^\W\d_][\w'’.-]*")
# A sentence has at least this many words written in lower case (names have none).
MIN_LOWERCASE_WORDS = 2


def sentence_after_label(title: str, rest: str) -> bool:
    """Whether "Minutes: <rest>" opens an item (a sentence follows) rather than naming the minute taker."""
    if not _ITEM_OR_TAKER.match(title):
        return False
    words = _WORD.findall(_BRACKETED.sub(" ", rest))
    lower = [w for w in words if w[0].islower() and w.casefold() not in NAME_JOINING_WORDS]
    return len(lower) >= MIN_LOWERCASE_WORDS


# A "Minutes" heading over the whole body of the minutes is the document's own furniture; over a short
# text that speaks of minutes ("The minutes of July were agreed.") it is the item on the previous ones.
MAX_MINUTES_ITEM_BLOCKS = 3
_MINUTES_WORD = lazy_compile(r"\bminutes\b", re.I)


def minutes_item(title: str, rest: str, texts: list[str]) -> bool:
    """Whether a "Minutes" span (its label, the text after it, its lines) is the item on earlier minutes."""
    if rest.strip():
        return sentence_after_label(title, rest)
    return 0 < len(texts) <= MAX_MINUTES_ITEM_BLOCKS and sentence_after_label(title, texts[0]) and \
        bool(_MINUTES_WORD.search(texts[0]))
