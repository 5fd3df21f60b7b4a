"""Deadlines an action's sentence gives in words the date readers pass over: "prior to the next plenum",
"before the next call" (the next meeting, whatever the body calls it)."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Due
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MEETING_WORDS, NEXT_MEETING_LEADS

_NEXT_MEETING = lazy_compile(rf"(?i:\b{any_of(NEXT_MEETING_LEADS)}\s+(?:the\s+|our\s+)?next\s+(?:\w+\s+)?"
                             rf"{any_of(MEETING_WORDS)}\b)")


def worded_due(text: str) -> Due | None:
    """The deadline ``text`` words as the next meeting, or None."""
    if m := _NEXT_MEETING.search(text):
        return Due(text=m[0], date=None, kind="next_meeting")
    return None
