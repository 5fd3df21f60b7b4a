"""A template's note after a to-do heading, on what goes under it: "Goals for next week (include
responsibilities)", "Follow-up items, including agreed-on roles and responsibilities:". Course and team
templates print it; the heading is still the to-do heading, its items the tasks. A note that says the items
are earlier meetings' ("(from last meeting)") names a review, not new tasks."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile

_EARLIER = r"\b(?:previous|last|prior|outstanding|review|carried)\b"
# The note, as a regex fragment to close a heading's pattern: in brackets, or after a comma and "including".
TEMPLATE_NOTE = (rf"(?:\s*\((?![^()]*{_EARLIER})[^()]{{1,40}}\)"
                 rf"|,\s*(?:including|include|incl\.?|with)\s+(?![^:]*{_EARLIER})[^:()]{{1,60}})?")
_NOTE_AT_END = lazy_compile(rf"{TEMPLATE_NOTE}\s*:?\s*$", re.I)


def without_template_note(text: str) -> str:
    """The heading's own words, without a template's note after them."""
    return _NOTE_AT_END.sub("", text, count=1)
