"""An agenda item that only calls the roll: "Call to Order & Roll Call" over "Chair Ann Lee called the
meeting to order at 6:10 p.m." and the Present and Absent lines, "QUORUM ROLL CALL" over the lists of
who came. GOLD.md: an item that only records attendance is no section; its people go to the attendance
and the call to order to the meeting's start. A "Call to Order" item without the roll call stays one,
and so does a roll call item that minutes anything else.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Point
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import ATTENDANCE_HEADING_JOINERS, ATTENDANCE_HEADINGS
from notes_extract.vocab.sections import ROLL_CALL_COMPANIONS

_ROLL = rf"(?:{ATTENDANCE_HEADINGS})"
_PART = rf"(?:{any_of(ROLL_CALL_COMPANIONS)}\s+)?(?:{_ROLL}|{any_of(ROLL_CALL_COMPANIONS)})"
_ROLL_CALL_TITLE = lazy_compile(rf"^\W*{_PART}(?:\s*(?:{ATTENDANCE_HEADING_JOINERS}|,)\s*{_PART})*\W*$", re.I)
_ROLL_PART = lazy_compile(rf"\b{_ROLL}\b", re.I)
# "Chair Ann Lee called the meeting to order at 6:10 p.m.", "Quorum was established.": the roll call's own lines.
_OPENING_LINE = lazy_compile(rf"\b(?:called|brought)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}to\s+order\b|^\W*"
                             rf"(?:{any_of(ROLL_CALL_COMPANIONS)})\b", re.I)


def roll_call_only(title: str, points: list[Point]) -> bool:
    """Whether an item is the roll call (with the call to order at most) and says nothing else."""
    return bool(_ROLL_CALL_TITLE.match(title)) and bool(_ROLL_PART.search(title)) and \
        all(_OPENING_LINE.search(point.text) for point in points)
