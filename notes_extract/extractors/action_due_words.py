"""Deadlines an action's sentence gives in words the date readers pass over: "prior to the next plenum",
"before the next call" (the next meeting, whatever the body calls it), and a time written bare at
the end of the task ("install the pegboards this month", "sort out the questions tomorrow"); and
the dates after "for"/"at" that are no deadline: an event's ("Prep is underway for the AGM on 18 May
and Phil will circulate ..."), or one a relative clause reports ("... broadband, which had been
forecast for July 2009")."""

from __future__ import annotations

import datetime as dt
import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Due
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import BARE_NEXT_DAY, BARE_PERIODS, MEETING_WORDS, NEXT_MEETING_LEADS

_NEXT_MEETING = lazy_compile(rf"(?i:\b{any_of(NEXT_MEETING_LEADS)}\s+(?:the\s+|our\s+)?next\s+(?:\w+\s+)?"
                             rf"{any_of(MEETING_WORDS)}\b)")
# The time closing the task's sentence: only a bracketed aside ("(team)") or a full stop may follow it
# ("pick the paper for next week" dates the paper, not the picking: no "for" before it).
_BARE_TIME = lazy_compile(rf"(?i:(?<!\bfor)\s(?P<when>(?P<next_day>{BARE_NEXT_DAY})|{BARE_PERIODS})"
                          r"\s*(?:\([^()]*\))?\s*[.!]?\s*$)")

# "order the seed potatoes by mid-March", "book the hall in April", "before late May 2026": a month (no day)
# closing the task's sentence, a deadline with no date of its own (kind other)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_MONTH_TAIL = lazy_compile(r"\s(?P<when>(?:by|before|in|during|until)\s+(?:(?i:early|mid|late)[\s-]+|"
                           r"(?:the\s+)?(?i:start|beginning|middle)\s+of\s+)?"
                           rf"{any_of(_MONTH_NAMES)}(?:\s+(?:19|20)\d\d)?)\s*[.!]?\s*$")

# "for"/"at" lead a deadline only when the date follows them: "for the AGM on 18 May" dates the AGM.
_WEAK_LEADS = ("for", "at")
_EVENT_BEFORE_DATE = lazy_compile(r"(?i:\b(?:on|of|in)\s)")
# "which had been forecast for ...", "that was planned for ...": a clause reporting on something else.
_RELATIVE_CLAUSE = lazy_compile(r"(?i:(?:,\s*|\s)(?:which|that|who)\s+(?:had|has|have|was|were|is|are)\b[^,;]*$)")


def not_a_deadline(text: str, lead: re.Match[str]) -> bool:
    """Whether the "by/for/at <date>" ``lead`` found in ``text`` dates something other than the task."""
    word = lead[0].split()[0].lower()
    when = lead["when"] or ""
    return word in _WEAK_LEADS and bool(_EVENT_BEFORE_DATE.search(when)) or \
        bool(_RELATIVE_CLAUSE.search(text[: lead.start()]))


def worded_due(text: str, meeting_date: dt.date | None = None) -> Due | None:
    """The deadline ``text`` words as the next meeting or as a bare time at its end, or None."""
    if m := _NEXT_MEETING.search(text):
        return Due(text=m[0], date=None, kind="next_meeting")
    if m := _BARE_TIME.search(text):
        if m["next_day"]:  # the day after the meeting, when the meeting's date is known
            day = meeting_date + dt.timedelta(days=1) if meeting_date else None
            return Due(text=m["when"], date=day.isoformat() if day else None, kind="date" if day else "other")
        return Due(text=m["when"], date=None, kind="other")
    if m := _MONTH_TAIL.search(text):
        return Due(text=m["when"], date=None, kind="other")
    return None
