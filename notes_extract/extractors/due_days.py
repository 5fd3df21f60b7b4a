"""Deadlines given as a day the date readers pass over: a weekday alone in a deadline field or
shortened ("Friday", "Wed", "by Thurs", "Fri 7th"), a day of the month alone ("by the 15th"),
"tomorrow" in a field. Each is the first such day after the meeting."""

from __future__ import annotations

import datetime as dt
import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Due
from notes_extract.vocab.dates import WEEKDAYS

# How far ahead a day of the month alone may fall: within the month after the meeting.
_MAX_DAYS_AHEAD = 62
_DAY_NAME = r"(?P<weekday>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
_ORDINAL = r"(?P<day>\d{1,2})(?:st|nd|rd|th)"
_DATED_ORDINAL = r"(?P<dated>\d{1,2})(?:st|nd|rd|th)"  # the day written after the weekday
# A whole deadline field: "Friday", "by Wed", "Fri 7th", "the 15th", "tomorrow".
_DAY_FIELD = lazy_compile(rf"^(?:(?:by|on|before|due|this|next)\s+)?(?:the\s+)?"
                          rf"(?:{_DAY_NAME}(?:,?\s+(?:the\s+)?{_DATED_ORDINAL})?|{_ORDINAL}|(?P<tomorrow>tomorrow))$",
                          re.I)
# In a task's sentence, after a deadline word: "by Wed", "by the 15th", "before Thurs".
_DAY_PHRASE = lazy_compile(rf"\b(?:by|before|due)\s+(?:the\s+)?(?:{_DAY_NAME}|{_ORDINAL})"
                           r"(?!\s*(?:of\s+)?(?:[A-Za-z]{3}|\d))\W*$", re.I)


def day_field_due(written: str, meeting_date: dt.date | None) -> Due | None:
    """The deadline a field that is only a day names ("Friday", "Wed", "the 15th"), or None."""
    m = _DAY_FIELD.fullmatch(written.strip(" ."))
    day = _day_of(m, meeting_date) if m else None
    return Due(text=written, date=day.isoformat(), kind="date") if day else None


def day_phrase_due(text: str, meeting_date: dt.date | None) -> Due | None:
    """The deadline a task's sentence closes with as a day alone ("... by Wed", "... by the 15th")."""
    m = _DAY_PHRASE.search(text)
    day = _day_of(m, meeting_date) if m else None
    return Due(text=m[0].strip(" .,;"), date=day.isoformat(), kind="date") if m and day else None


def _day_of(m: re.Match[str], meeting_date: dt.date | None) -> dt.date | None:
    if meeting_date is None:
        return None
    if m.groupdict().get("tomorrow"):
        return meeting_date + dt.timedelta(days=1)
    day = m["day"] or m.groupdict().get("dated")
    if day:  # "Fri 7th": the day of the month decides
        return _next_day_of_month(int(day), meeting_date)
    wanted = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(m["weekday"].lower()[:3]))
    return meeting_date + dt.timedelta(days=(wanted - meeting_date.weekday() - 1) % 7 + 1)


def _next_day_of_month(day: int, meeting_date: dt.date) -> dt.date | None:
    """The first date after the meeting that falls on ``day`` of its month."""
    for ahead in range(1, _MAX_DAYS_AHEAD):
        date = meeting_date + dt.timedelta(days=ahead)
        if date.day == day:
            return date
    return None
