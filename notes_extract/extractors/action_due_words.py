"""Deadlines an action's sentence gives in words the date readers pass over: "prior to the next plenum",
"before the next call" (the next meeting, whatever the body calls it), and a time written bare at
the end of the task ("install the pegboards this month", "sort out the questions tomorrow")."""

from __future__ import annotations

import datetime as dt

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Due
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import BARE_NEXT_DAY, BARE_PERIODS, MEETING_WORDS, NEXT_MEETING_LEADS

_NEXT_MEETING = lazy_compile(rf"(?i:\b{any_of(NEXT_MEETING_LEADS)}\s+(?:the\s+|our\s+)?next\s+(?:\w+\s+)?"
                             rf"{any_of(MEETING_WORDS)}\b)")
# The time closing the task's sentence: only a bracketed aside ("(team)") or a full stop may follow it.
_BARE_TIME = lazy_compile(rf"(?i:\s(?P<when>(?P<next_day>{BARE_NEXT_DAY})|{BARE_PERIODS})"
                          r"\s*(?:\([^()]*\))?\s*[.!]?\s*$)")


def worded_due(text: str, meeting_date: dt.date | None = None) -> Due | None:
    """The deadline ``text`` words as the next meeting or as a bare time at its end, or None."""
    if m := _NEXT_MEETING.search(text):
        return Due(text=m[0], date=None, kind="next_meeting")
    if m := _BARE_TIME.search(text):
        if m["next_day"]:  # the day after the meeting, when the meeting's date is known
            day = meeting_date + dt.timedelta(days=1) if meeting_date else None
            return Due(text=m["when"], date=day.isoformat() if day else None, kind="date" if day else "other")
        return Due(text=m["when"], date=None, kind="other")
    return None
