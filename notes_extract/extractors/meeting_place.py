"""Where the meeting was, said in the sentence or title line that gives its date: "Chair Ann Lee called
the monthly meeting to order on March 3, 2026 at 6:30 pm at the Pine Lake Town hall", "Minutes of the
Annual Meeting on 13th May 2026 in the Village Hall". The place follows the date, after "at" or "in",
and ends in a place word (hall, room, library, ...)."""

from __future__ import annotations

import re

from notes_extract.dates import find_dates
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import MEETING_NOUNS, PLACE_WORDS

# How far down the minutes the dated sentence stands.
DATED_PLACE_WITHIN_BLOCKS = 15
# The most words of such a place.
DATED_PLACE_MAX_WORDS = 8

_PLACE_AFTER = lazy_compile(
    rf"\b(?i:at|in)\s+(?:(?i:the)\s+)?(?P<loc>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|"
    rf"(?i:{any_of(PLACE_WORDS)})\b))*)")
_ENDS_IN_PLACE_WORD = lazy_compile(rf"\b(?i:{any_of(PLACE_WORDS)})\.?$")
# The line is about this meeting: it names a meeting or the minutes, or calls the meeting to order.
_ABOUT_THE_MEETING = lazy_compile(rf"\b(?:{any_of(MEETING_NOUNS)}|minutes)\b|\bto order\b", re.I)


_OPENED_AT = lazy_compile(r"\b(?:called\s+(?:the\s+(?:[\w-]+\s+){0,2}meeting\s+)?to\s+order|opened\s+the\s+meeting)"
                          r"[^.]*?\bat\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?", re.I)


def dated_place(texts: list[str]) -> str | None:
    """The place named after the date in the first line that dates this meeting and names it."""
    for text in texts[:DATED_PLACE_WITHIN_BLOCKS]:
        dates = find_dates(text)
        # "Ann Lee called the meeting to order at 7:05 p.m. at the Clubhouse": the place after the clock
        opened = None if dates else _OPENED_AT.search(text)
        if opened:
            after = opened.end()
        elif not dates or not _ABOUT_THE_MEETING.search(text[: dates[0].start] + text[dates[0].end:]):
            continue
        else:
            after = dates[0].end
        for m in _PLACE_AFTER.finditer(text, after):
            loc = m["loc"].rstrip(" .")
            if _ENDS_IN_PLACE_WORD.search(loc) and len(loc.split()) <= DATED_PLACE_MAX_WORDS:
                return loc
    return None


# An address's lines under a place: "100 Main Street" (a street's number first), "Springfield,
# IL 62701" / "Anytown AB1 2CD" (a town and its postal code).
_STREET_LINE = lazy_compile(r"^\d{1,5}[A-Za-z]?\s+[A-Z][\w.'’ -]*$")
_TOWN_AND_CODE_LINE = lazy_compile(r"^[A-Z][\w.'’ -]*,?\s+(?:[A-Z][\w.'’ ]*\s+)?"
                                   r"(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$")
ADDRESS_LINES_MAX = 3


def with_address_lines(place: str, below: list[str]) -> str:
    """The place and the lines of its address under it, set apart by commas."""
    parts = [place]
    for line in below[:ADDRESS_LINES_MAX]:
        line = line.strip(" ,")
        if find_dates(line) or not (_STREET_LINE.match(line) or _TOWN_AND_CODE_LINE.match(line)):
            break
        parts.append(line)
    return ", ".join(parts)


_PLACE_LINKS = lazy_compile(r"^(?:(?:at|in|@)\s+)+(?:(?-i:the)\s+(?=[A-Z]))?", re.I)
# "@ The Red Lion", "at 7pm @ Red Lion Inn": an at sign, then a name in capitals of a few words.
_AT_SIGN_PLACE = lazy_compile(r"^(?:at\s+)?@\s+(?:[A-Z][\w'’&.-]*|of|and|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){0,5}$")


def without_place_links(rest: str) -> tuple[str, bool]:
    """A title-block place without the words that led to it ("at the", "@"), and whether an at sign
    marked it a place ("@ The Red Lion": a pub's name needs no place word)."""
    marked = _AT_SIGN_PLACE.match(rest.strip(" *_")) is not None
    return _PLACE_LINKS.sub("", rest).strip(" *_"), marked
