"""The meeting's hours written into its place: "Location: Room 2.14, 10:00–10:45", "Where: Room 2.14
(10:00–10:45)". The hours are no part of the place; they are when the meeting sat, when nothing else says."""

from __future__ import annotations

import re

from notes_extract.extractors.meeting_times import range_times
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Meeting

_CLOCK = r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?"
# ", 10:00–10:45" or " (10:00 - 10:45)" closing the place: a range of clock times after a comma, dash or bracket.
_TRAILING_HOURS = lazy_compile(rf"\s*(?:[,;]\s*|\s[–—-]\s*|\()(?P<a>{_CLOCK})\s*(?:-|–|—|\bto\b)\s*(?P<b>{_CLOCK})"
                               r"\s*\)?\s*$", re.I)


def hours_in_place(meeting: Meeting) -> tuple[str | None, str | None, str | None]:
    """(location, start, end) of ``meeting`` with a range of hours closing its place read out of it: the place
    without them, and the hours where the meeting has none yet."""
    place = meeting.location
    m = _TRAILING_HOURS.search(place) if place else None
    if not place or not m or not (both := range_times(m["a"], m["b"])) or not place[: m.start()].strip():
        return place, meeting.start_time, meeting.end_time
    return place[: m.start()].strip(), meeting.start_time or both[0], meeting.end_time or both[1]


