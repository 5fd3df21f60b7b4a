"""A line that only marks the document's standing ("DRAFT", "UNCONFIRMED MINUTES", "Draft – subject
to approval at the next meeting"): a stamp over the minutes, never their title."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import DOCUMENT_STATUS_TAILS, DOCUMENT_STATUS_WORDS

# The standing, "minutes"/"copy" after it at most, then nothing or a clause saying when it will be approved.
_STATUS_MARK = lazy_compile(
    rf"^\W*(?:{any_of(DOCUMENT_STATUS_WORDS)})(?:\s+(?:minutes|notes|copy|version))?\b"
    rf"(?:\W*$|\s*[-–—:(,]?\s*(?:{any_of(DOCUMENT_STATUS_TAILS)})\b.*$)", re.I)


def is_status_mark(line: str) -> bool:
    """Whether ``line`` is only the document's standing ("Draft minutes of the Board" names a meeting)."""
    return bool(_STATUS_MARK.match(line.strip()))
