"""Date lines of a log written with more than the date: the meeting's hours or place after it, or the same
day restated by the next line that looks like an entry.

A hand-typed log opens each entry with a line of its date; some writers add the hours and where the
meeting was ("1/23/24: 5:30 Zoom, Library", "05/03/2024 19:00-20:30"), and some restate a day
already opened in other words ("2/13/24:" over the day's plan, then "Meeting on 2/13:" over its
notes): one meeting, not two.
"""

from __future__ import annotations

import re

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.log_starts import StartT
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import PLACE_WORDS, PLATFORMS

# Words a date line may carry after its hours: where the meeting was or who came ("1/23/24: 5:30 Zoom, Library").
MAX_WORDS_AFTER_HOURS = 4
# Blocks of notes the first line of a day holds before the day is restated: a title's date restated by
# the line under it ("Team Meeting 2015-11-02" over "Team Meeting 2nd Nov 2015") is one heading, no log.
MIN_NOTES_BEFORE_RESTATED_DAY = 2
# "MM-DD": the part of an entry's date key both a dated and a yearless entry have.
_MONTH_DAY = len("MM-DD")

# A clock time: "19:00", "5.30pm", "7pm", "1900h".
_CLOCK = r"\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?|h(?:rs)?\b)?|\s*[ap]\.?m\.?)"
# The meeting's hours after a date: "19:00-20:30", "7-8.30pm", "from 5:30", "at 7pm".
# A time zone after the clock: "5:30 PM, ET", "19:00 GMT", "10:00 UTC+1".
_ZONE = r"(?:[\s,]*(?-i:[A-Z]{1,3}[SD]T|[A-Z]{1,2}T|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b)?"
_HOURS = lazy_compile(
    rf"[\W_]*(?:(?:at|from)\s+)?(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to|until|till)\s*)?{_CLOCK}"
    rf"{_ZONE}", re.I)
_SENTENCE_MARK = lazy_compile(r"[.!?;:]")
# A place named after the date: set off by a dash or "@", its words capitalised as a name is ("– Room 4",
# "@ Village Hall", "- Zoom"); "– Quiz night at the hall" is an event's title.
_PLACE_AFTER_DATE = lazy_compile(
    r"^\s*(?:[-–—|]|@)\s*(?:at\s+)?(?:the\s+)?(?P<place>[A-Z0-9][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,3})\s*$")
# A short name in capitals after the hours, set off by a comma or a space: "5:30 PM, SU", "10:00 LT2".
_CODE = lazy_compile(r"[\s,]+[A-Z][A-Z0-9]{1,4}\s*")
# Two or more capitalised names in a list ("Ann, Bo", "Ann Lee & Bo Ode").
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
_NAMES = lazy_compile(rf"{_NAME}(?:\s*[,&/]\s*{_NAME})+")
_PLACE_WORD = lazy_compile(rf"\b(?:{any_of(PLACE_WORDS)}|{any_of(PLATFORMS)})\b", re.I)


def hours_after_date(rest: str) -> bool:
    """Whether what follows a date line's date is the meeting's hours and at most a few words of where
    (a place's word) or with whom (a list of names), no sentence: " 19:00-20:30", ": 5:30 PM, ET",
    ": 5:30 Zoom, Library", ": 5:30 Ann, Bo", ": 5:30 PM, SU"."""
    m = _HOURS.match(rest)
    if not m:
        return False
    tail = rest[m.end():].strip(" ,;:|@()[]–—-")
    if not tail:
        return True
    if _CODE.fullmatch(rest[m.end():]):
        return True  # "5:30 PM, SU": a room's or building's short name (a dash would set off an event: "– BBQ")
    # where ("Room 4", "Zoom") or who ("Ann, Bo"); "19:00 – Quiz night", "14:00 Home v Rovers" time an event
    return len(tail.split()) <= MAX_WORDS_AFTER_HOURS and not _SENTENCE_MARK.search(tail) and \
        bool(_PLACE_WORD.search(tail) or _NAMES.fullmatch(tail))


def place_after_date(rest: str) -> bool:
    """Whether what follows a date line's date is only where the meeting was: "– Room 4", "@ Library"."""
    m = _PLACE_AFTER_DATE.match(rest)
    return bool(m and _PLACE_WORD.search(m["place"]))


def restated_days_dropped(group: list[StartT], blocks: list[Block]) -> list[StartT]:
    """Without an entry that restates the day of the entry just before it in other words ("2/13/24:"
    then "Meeting on 2/13:"): the notes of the day it opened go on. Two meetings of one day are
    headed the same way ("## 02/06/2023" twice) and stay apart; numbered entries are not dated. A day
    restated right under its first line (a title and its subtitle) is left as it was: no log."""
    if not group or group[0].numbered:
        return group
    kept = [group[0]]
    for start in group[1:]:
        before = kept[-1]
        if start.key and start.key[-_MONTH_DAY:] == before.key[-_MONTH_DAY:] and \
                blocks[start.index].text != blocks[before.index].text and \
                start.index - before.index > MIN_NOTES_BEFORE_RESTATED_DAY:
            continue
        kept.append(start)
    return kept
