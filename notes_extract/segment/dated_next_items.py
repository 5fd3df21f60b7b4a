"""A numbered item that is the next meeting: "10. The next Board Meeting: – 17H30 Wed. 1st November 2017".

In a numbered list "1. Next meeting will ..." is a point of an item, but a next-meeting label followed by a
colon or dash and a date is the list's closing item, the date of the next meeting, not a section."""

from __future__ import annotations

from notes_extract.dates import find_dates
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import NEXT_MEETING

# The label's own mark: ": 4 May", ":- 4 May", " – 4 May" (not "will be held ...").
_MARK_THEN_TEXT = lazy_compile(r"^\s*(?::\s*[-–—]?|[-–—])\s*(?P<text>\S.*)$")


def dated_next_meeting_item(text: str) -> bool:
    """Whether ``text`` (an item's text without its number) is a next-meeting label, its mark, and a date."""
    m = NEXT_MEETING.match(text)
    if m is None:
        return False
    rest = _MARK_THEN_TEXT.match(text[m.end():])
    return rest is not None and bool(find_dates(rest["text"]))
