"""The meeting's hours in a page's front matter, read when the body states no time of its own: a date key
stamped with the hour ("date: 07/05/2024 16:00", when that day is the meeting's), or a "time:" key
("time: 11:00 - 11:45": a Jekyll minutes page keeps its date and hours there, the body holding only the items)."""

from __future__ import annotations

from notes_extract.dates import first_full_date, parse_time, without_dates
from notes_extract.extractors.meeting_times import range_times
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Meeting

# "11:00 - 11:45", "7pm to 9pm": two clock times joined by a dash or "to".
_RANGE = lazy_compile(r"^(?P<a>.+?)\s*(?:-|–|—|\bto\b)\s*(?P<b>.+)$")
# The front-matter keys that hold the meeting's hours.
TIME_KEYS = ("time",)


def front_matter_times(metadata: dict[str, str]) -> tuple[str | None, str | None] | None:
    """(start, end) from a front matter's "time:" key ("11:00 - 11:45" gives 11:00 and 11:45; "7pm" a start
    alone), or None when it has no such key or no clock time in it."""
    value = next((metadata[key].strip() for key in TIME_KEYS if metadata.get(key, "").strip()), "")
    if not value:
        return None
    if (m := _RANGE.match(value)) and (both := range_times(m["a"], m["b"])):
        return both
    start = parse_time(value, meeting_hours=True)
    return (start, None) if start else None


def front_matter_hours(metadata: dict[str, str], stamp: str, meeting: Meeting,
                       day_first: bool) -> tuple[str | None, str | None]:
    """(start, end) of ``meeting`` from its page's front matter when the text gave it no start: the hour of
    the date key's ``stamp`` when that date is the meeting's, else a "time:" key; the end already found is kept."""
    if meeting.start_time is not None:
        return meeting.start_time, meeting.end_time
    if meeting.date and (start := _stamp_time(stamp, meeting.date, day_first=day_first)):
        return start, meeting.end_time
    if hours := front_matter_times(metadata):
        return hours[0], meeting.end_time or hours[1]
    return None, meeting.end_time


def _stamp_time(stamp: str, meeting_date: str, *, day_first: bool) -> str | None:
    """"date: 07/05/2024 16:00" in front matter: the time, when that date is the meeting's
    (a publishing stamp of another day says nothing about the meeting)."""
    found = first_full_date(stamp, day_first=day_first)
    if not found or found.date != meeting_date:
        return None
    return parse_time(without_dates(stamp), meeting_hours=True)
