"""A line that records when the meeting ended: "Meeting adjourned at 7:11 pm", "Meeting adjourned: 6:53 p.m.",
"9:00pm: Meeting adjourned", "The meeting closed at 21.30". Such a line is a fact of the meeting, never the
heading of a part, even when notes follow it ("A couple of points brought up after the meeting: ...")."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.meetings import MEETING_CLOSED_LINES

# "7:11 pm", "6:53 p.m.", "21.30", "9pm": the clock the line gives.
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?"
_CLOSING_RECORD = lazy_compile(
    rf"^\W*(?:{_CLOCK}\s*[:\-–]?\s*)?(?:the\s+)?(?:{MEETING_CLOSED_LINES})"
    rf"(?:\s*(?:at|@|[:\-–])?\s*{_CLOCK})?\W*$", re.I)
_HAS_CLOCK = lazy_compile(r"\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?\s?m\b)", re.I)


def records_the_close(text: str) -> bool:
    """Whether ``text`` only records, with its clock time, that the meeting ended."""
    stripped = text.strip()
    return bool(_HAS_CLOCK.search(stripped) and _CLOSING_RECORD.match(stripped))
