"""Deadlines: a due cell or phrase read as a date, "next meeting", "asap", "tbc" or a status
(`read_due`); one typed after a task's dash or in brackets (`due_field`); those written inside an
action's sentence that the usual "by <date>" reading misses ("due on 03/09/2021", "to present
next meeting", "by next week", "by the end of the month"); and the date of a "next meeting"
deadline once the next meeting is known."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Protocol, TypeVar

from notes_extract.dates import day_month_date, in_year
from notes_extract.extractors.context import Context
from notes_extract.extractors.due_days import day_field_due
from notes_extract.extractors.status import status_of
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Action, Due, NextMeeting
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import (
    AT_ONCE,
    AT_ONCE_WHOLE,
    DUE_WORDS,
    MONTHS,
    NEXT_MEETING_OBJECTS,
    NO_DEADLINE,
    ONGOING,
    RELATIVE_DEADLINE,
    TO_BE_SET,
)

# "due on 03/09/2021", "deadline: 3 May", "due Friday 5th", "Closes 9/30": a date after a deadline word.
_DUE_DATE = lazy_compile(rf"\b{any_of(w for w in DUE_WORDS if w.startswith(('due', 'deadline', 'closes')))}\s*:?\s+"
                         r"(?P<when>(?:on\s+|by\s+)?[\w,/. ]{1,30})", re.I)
# "by next week", "before the end of the month", "within two weeks": a deadline relative to now.
_RELATIVE = lazy_compile(rf"\b(?:{any_of(DUE_WORDS)})\s+(?P<when>{RELATIVE_DEADLINE})\b"
                         rf"|\b(?P<within>within\s+\S+\s+(?:days?|weeks?))\b", re.I)
# "by the end of May", "before end June": a month's end after a deadline word.
_DUE_MONTH_END = lazy_compile(
    rf"\b(?:{any_of(DUE_WORDS)})\s+(?P<when>(?:the\s+)?end\s+(?:of\s+)?\w+\.?(?:\s+\d{{4}})?)", re.I)
# "to present next meeting": the meeting written straight after the task's verb.
# "report back next time": a team's own word for its next meeting.
# "to bring the plan to the next board meeting": as "to next meeting", with its article.
_BARE_NEXT_MEETING = lazy_compile(r"\b(?P<before>[a-z]+)\s+(?:(?<=\bto\s)the\s+)?"
                                  r"(?P<when>next\s+(?:\w+\s+)?meeting|next\s+time)\W*$", re.I)
_NEXT_MEETING_OBJECT = lazy_compile(rf"^{any_of(NEXT_MEETING_OBJECTS)}$", re.I)


def inline_due(text: str, ctx: Context) -> Due | None:
    """The deadline an action's own wording gives, in the forms the "by <date>" reading misses."""
    if m := _DUE_DATE.search(text):
        dates = [d for d in ctx.dates_in(m["when"]) if d[0]]
        if dates:
            return Due(text=f"{m[0].strip(' .,')}", date=dates[0][0], kind="date")
    if (m := _DUE_MONTH_END.search(text)) and (end := month_end(m["when"], ctx)):
        return Due(text=m[0].strip(" .,"), date=end, kind="date")
    if m := _RELATIVE.search(text):
        return Due(text=m[0].strip(" .,"), date=None, kind="other")
    if (m := _BARE_NEXT_MEETING.search(text)) and not _NEXT_MEETING_OBJECT.match(m["before"]):
        return Due(text=m["when"], date=None, kind="next_meeting")
    if m := _AT_ONCE_TAIL.search(text):  # "Fix the leak ASAP", "... (as soon as possible)"
        return Due(text=m["when"], date=None, kind="asap")
    return None


# "ASAP" closing the task, bare or in brackets.
_AT_ONCE_TAIL = lazy_compile(r"[\s(\[,–—-]+(?P<when>asap|as soon as possible)[)\]]?\s*[.!]?\s*$", re.I)


class _HasDue(Protocol):
    due: Due | None


_Dated = TypeVar("_Dated", bound=_HasDue)


def heading_due(drafts: list[_Dated], heading: str | None) -> list[_Dated]:
    """Tasks listed under a to-do heading that sets their deadline ("To do for next meeting"): each
    without a deadline of its own is due at the next meeting."""
    for draft in drafts if heading else []:
        if draft.due is None:
            draft.due = Due(text=" ".join((heading or "").split()).strip(" :*#"), date=None, kind="next_meeting")
    return drafts


def date_next_meeting_dues(actions: list[Action], next_meeting: NextMeeting | None) -> None:
    """Give "next meeting" deadlines the next meeting's date when the minutes state it."""
    if next_meeting is None or not next_meeting.date:
        return
    for action in actions:
        if action.due is not None and action.due.kind == "next_meeting" and action.due.date is None:
            action.due.date = next_meeting.date


_NO_DEADLINE = lazy_compile(NO_DEADLINE, re.I)
_AT_ONCE = lazy_compile(rf"\b({AT_ONCE})\b|^({AT_ONCE_WHOLE})$")
_TO_BE_SET = lazy_compile(rf"\b({TO_BE_SET})\b")
_ONGOING = lazy_compile(rf"\b({ONGOING})\b")
_NEXT_MEETING = lazy_compile(r"\bnext (\w+ )?(meeting|month'?s meeting|committee)\b|^(by |for )?next time$")


# "End of May", "by the end of February 2026", "end June": a month's last day set as the deadline.
_MONTH_END = lazy_compile(
    rf"\b(?:the\s+)?end\s+(?:of\s+)?(?P<month>{any_of(MONTHS)})\b\.?(?:\s+(?P<year>(?:19|20)\d\d))?", re.I)
# How far before the meeting a month's end may fall before a yearless one is read as next year's.
MONTH_END_PAST_DAYS = 60


def month_end(text: str, ctx: Context) -> str | None:
    """The ISO date of the month end ``text`` names ("end of May" at a March 2025 meeting is
    2025-05-31; "end of January" at a December meeting is next year's), or None."""
    if not (m := _MONTH_END.search(text)):
        return None
    month = MONTHS[m["month"].lower()]
    year = int(m["year"]) if m["year"] else (ctx.meeting_date.year if ctx.meeting_date else None)
    if year is None:
        return None
    date = dt.date(year, month, calendar.monthrange(year, month)[1])
    if not m["year"] and ctx.meeting_date and (ctx.meeting_date - date).days > MONTH_END_PAST_DAYS:
        date = dt.date(year + 1, month, calendar.monthrange(year + 1, month)[1])
    return date.isoformat()


def read_due(text: str, ctx: Context, *, yearless: bool = True) -> tuple[Due | None, str | None]:
    """The deadline written in ``text`` and, when it is a status word instead, that status; a day
    and month with a slash ("24/02") only when ``yearless`` (a deadline field, not prose)."""
    written = " ".join(text.split()).strip(" .")
    if not written or _NO_DEADLINE.fullmatch(written):
        return None, None
    lowered = written.lower()
    if _NEXT_MEETING.search(lowered):
        return Due(text=written, date=None, kind="next_meeting"), None
    dates = [d for d in ctx.dates_in(written) if d[0]]
    if dates:
        return Due(text=written, date=dates[0][0], kind="date"), None
    if yearless and (day := yearless_due(written, ctx)):
        return Due(text=written, date=day, kind="date"), None
    if day_due := day_field_due(written, ctx.meeting_date):  # "Friday", "Wed", "the 15th"
        return day_due, None
    if end := month_end(written, ctx):
        return Due(text=written, date=end, kind="date"), None
    if _AT_ONCE.search(lowered):
        return Due(text=written, date=None, kind="asap"), None
    if _TO_BE_SET.search(lowered):
        return Due(text=written, date=None, kind="tbc"), None
    status = status_of(written)
    if status:
        return None, status
    if _ONGOING.search(lowered):
        return Due(text=written, date=None, kind="ongoing"), None
    return Due(text=written, date=None, kind="other"), None


# "24/02", "Mon 06/03", "by 13/3": a deadline field that is only a day and month with a slash.
_YEARLESS_FIELD = lazy_compile(r"(?:by\s+|before\s+)?(?:[a-z]{3,9}\.?,?\s+)?\d{1,2}/\d{1,2}", re.I)
# How far before the meeting a yearless deadline may fall before it is read as next year's.
YEARLESS_PAST_DAYS = 60


_DEADLINE_WORD = lazy_compile(r"(?:by|before|due|deadline)\b", re.I)


def deadline_phrase(phrase: str) -> bool:
    """Whether a "<word> <date>" phrase opens with a deadline word: "by 13/3" sets a deadline, "the board
    for 03/22" names what the task is for (a yearless date is read only after such a word)."""
    return bool(_DEADLINE_WORD.match(phrase))


def yearless_due(written: str, ctx: Context) -> str | None:
    """The ISO date of a deadline written as a day and month only ("24/02" in a task table): a
    deadline field holds no fractions, so the slash is a date, read in the meeting's year (the
    next year when that falls well before the meeting), in the document's day/month order."""
    if ctx.meeting_date is None or not _YEARLESS_FIELD.fullmatch(written):
        return None
    found = day_month_date(written, day_first=ctx.day_first)
    if not found or found[0].date is None:
        return None
    for year in (ctx.meeting_date.year, ctx.meeting_date.year + 1):
        if (day := in_year(found[0], year)) and day.date and \
                (ctx.meeting_date - dt.date.fromisoformat(day.date)).days <= YEARLESS_PAST_DAYS:
            return day.date
    return None


_DUE_FIELD = lazy_compile(r"^(?P<task>.+?)\s+[–—-]\s+(?P<due>[^–—]{2,40})$")
_DUE_BRACKET = lazy_compile(r"^(?P<task>.+?)\s*[(\[](?:due|deadline|by)\s*:?\s*(?P<due>[^()\[\]]{2,40})[)\]]\s*\.?$",
                            re.I)


# "resubmit the form (7 March)": a closing bracket that holds only a date, with no deadline word.
_DATE_BRACKET = lazy_compile(r"^(?P<task>.+?)\s*[(\[](?P<due>[^()\[\]]{3,30})[)\]]\s*\.?$")


def due_field(task: str, ctx: Context) -> tuple[str, Due | None]:
    """"get three quotes – by March 1", "draft the proposal (due 2024-03-20)", "resubmit the form
    (7 March)": the task, and its deadline typed as a field after a dash or in brackets (a bare
    bracket only when all it holds is a date)."""
    for pattern in (_DUE_FIELD, _DUE_BRACKET, _DATE_BRACKET):
        if (m := pattern.match(task)) and (due := read_due(m["due"], ctx)[0]) and due.kind != "other" and \
                (pattern is not _DATE_BRACKET or (due.kind == "date" and _only_date(m["due"], ctx))):
            return m["task"].strip(), due
    return task, None


def _only_date(written: str, ctx: Context) -> bool:
    """Whether ``written`` is a date and nothing more ("7 March", "Fri 18 Oct", "24/02")."""
    dates = ctx.dates_in(written)
    rest = written
    for _, text in dates:
        rest = rest.replace(text, " ")
    return bool(dates) and not re.sub(r"[\W\d_]+", " ", rest).strip() or bool(yearless_due(written.strip(), ctx))
