"""An action's status from its wording ("done", "in progress", "not yet started"); its own module so
that the register reads statuses without importing the extraction pipeline."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import NOT_DONE_FORMS, STATUS_FORMS

# Status words → the record's status, longer phrases first.
STATUS_WORDS: list[tuple[re.Pattern[str], str]] = [(lazy_compile(rf"\b({words})\b", re.I), status)
                                                   for words, status in STATUS_FORMS]
_NOT_DONE = lazy_compile(rf"\b(?:{NOT_DONE_FORMS})\b", re.I)


def status_of(text: str) -> str | None:
    if _NOT_DONE.search(text):
        return "open"  # "Not done": the done word is negated
    found = [status for pattern, status in STATUS_WORDS if pattern.search(text)]
    if "done" in found and "open" in found:
        return "in_progress"  # "website done, TidyHQ left to do"
    return found[0] if found else None
