"""Action-list items that open on the date they were raised, perhaps with their owner in
brackets ("2020/06/09 (sid): Draft guidance ..."): the date and owner are no part of the task,
and a date before the meeting marks an item carried from an earlier one."""

from __future__ import annotations

from typing import Protocol, TypeVar

from notes_extract.extractors.context import Context
from notes_extract.lazy_pattern import lazy_compile

# A numeric date ("2020/06/09", "9/22/2020"), an optional "(owner)", then a colon and the task.
_OPENED_LABEL = lazy_compile(r"^(?P<date>\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
                             r"\s*(?:\((?P<who>[^()]{1,40})\))?\s*:\s+(?P<task>\S.*)$")


class _Task(Protocol):
    origin: str


_T = TypeVar("_T", bound=_Task)


def carried_over(tasks: list[_T], carried: bool) -> list[_T]:
    """``tasks``, as carried from an earlier meeting when ``carried``."""
    for task in tasks if carried else []:
        task.origin = "previous_meeting"
    return tasks


def opened_before(written: str, ctx: Context) -> bool:
    """Whether an action's "date opened" is before this meeting."""
    dates = [d for d, _ in ctx.dates_in(written) if d]
    return bool(dates and ctx.meeting_date and dates[0] < ctx.meeting_date.isoformat())


def opened_item(text: str, ctx: Context) -> tuple[str, list[str], bool]:
    """The task without its date label, the owner the label names, and whether it was raised
    before this meeting; ``text`` as it is, with no owner, when it opens on no date."""
    m = _OPENED_LABEL.match(text.strip())
    if not m:
        return text, [], False
    return m["task"], [m["who"].strip()] if m["who"] else [], opened_before(m["date"], ctx)
