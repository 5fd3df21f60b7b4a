"""Facts a PDF-text title block sets on lines of their own: the date written out under a numeric
approval stamp, the start time alone under the date, and "At 10:36 p.m., ... adjourned" at the end."""

from __future__ import annotations

import re

from notes_extract.dates import parse_time
from notes_extract.extractors.meeting_times import range_times
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import CLOCK_ONLY
from notes_extract.segment.labels import is_date_line
from notes_extract.segment.timed_items import CLOCK_RANGE_ONLY
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import MINUTES_TITLE_WORDS, PLACE_WORDS
from notes_extract.vocab.people import BODIES_BEFORE_OFFICE

# "At 10:36 p.m., there being no further business, the meeting was adjourned": the time first.
_AT_TIME_ADJOURNED = lazy_compile(
    r"^\W*at\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}[.:]\d{2})[^.]{0,160}?"
    r"\b(?:was|were|stood)\s+(?:adjourned|closed)\b"
    # "5.00pm The Chairperson closed the meeting.": the clock time, then who closed it
    r"|^\W*(?P<time2>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?)\s+(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:closed|adjourned|ended)\s+the\s+meeting\b", re.I)
# "Board of Education", "Planning Committee": a line naming a body and nothing else.
_BODY_LINE = lazy_compile(rf"^(?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|for|the)\s+)*){{0,4}}"
                          rf"(?i:{any_of(BODIES_BEFORE_OFFICE)})(?:\s+(?:of|for)(?:\s+[A-Z][\w'’&.-]*){{1,3}})?$")
_NAMES_MEETING_OR_BODY = lazy_compile(rf"\b(?:{any_of(MINUTES_TITLE_WORDS)}|{any_of(BODIES_BEFORE_OFFICE)})\b", re.I)
# The most words of a name the body line completes ("Springfield Unified School District").
MAX_NAME_WORDS = 8


def written_dates_first(lines: list[str]) -> list[str]:
    """The title block's date lines, a written-out date ("July 16, 2020") before a bare numeric
    stamp ("08/11/2020", an approval stamp set apart above it); other lines keep their order."""
    stamps = [t for t in lines if is_date_line(t) and not re.search(r"[A-Za-z]", t)]
    written = any(is_date_line(t) and re.search(r"[A-Za-z]{3}", t) for t in lines)
    if not stamps or not written:
        return lines
    return [t for t in lines if t not in stamps] + stamps


def clock_line_start(head: list[str]) -> str | None:
    """"5:30 p.m." alone on a title-block line under the date: the time the meeting started."""
    for above, text in zip(head, head[1:], strict=False):
        if CLOCK_ONLY.match(text) and not CLOCK_ONLY.match(above):
            return parse_time(text.strip(), meeting_hours=True)
    return None


_CLOCK_MARK = lazy_compile(r"\d[.:]\d\d|\d\s*[ap]\.?\s?m\b", re.I)


def clock_range_line(head: list[str]) -> tuple[str, str] | None:
    """The start and end a title-block line of only a range of clock times gives."""
    for text in head:
        if (m := CLOCK_RANGE_ONLY.match(text.strip())) and _CLOCK_MARK.search(text) and \
                (both := range_times(m["a"], m["b"])):
            return both
    return None


# "Village Hall, 7.30pm" on a title-block line: the place, then the time the meeting started.
_PLACE_THEN_CLOCK = lazy_compile(rf"^\W*[A-Z][^,:]*\b(?i:{any_of(PLACE_WORDS)}),\s*"
                                 r"(?P<time>\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?\s?m\.?|\d{1,2}[.:]\d\d)\W*$")


# "7:00 pm at Mendenhall Valley Public Library", "6:30 PM, Town Hall", "7.30 pm in St Andrew's Hall.":
# a clock time, then where.
_CLOCK_THEN_PLACE = lazy_compile(r"^\W*(?P<time>\d{1,2}(?:[.:]\d\d)?\s*(?i:[ap]\.?\s?m)\.?|\d{1,2}[.:]\d\d)"
                                 r"\s*(?:,|@|(?i:at|in)\b|[-–—])\s*(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[\w'’.&#,-]+){0,8}\W*$")


def place_clock_start(head: list[str]) -> str | None:
    """The start time a title-block line of a place and a clock time gives (in either order)."""
    for text in head:
        if m := _PLACE_THEN_CLOCK.match(text.strip()) or _CLOCK_THEN_PLACE.match(text.strip()):
            return parse_time(m["time"], meeting_hours=True)
    return None


def time_first_end(texts: list[str]) -> str | None:
    """The last "At 10:36 p.m., ... the meeting was adjourned" of the minutes."""
    end = None
    for text in texts:
        if (m := _AT_TIME_ADJOURNED.match(text)) and (t := parse_time(m["time"] or m["time2"], meeting_hours=True)):
            end = t
    return end


def name_with_body_line(title: str, head: list[str]) -> str:
    """"San Juan Unified School District" over "Board of Education": the body's name and the
    body, where the title line names neither a meeting nor a body of its own."""
    if _NAMES_MEETING_OR_BODY.search(title) or len(title.split()) > MAX_NAME_WORDS:
        return title
    for line, below in zip(head, head[1:], strict=False):
        if line.strip() == title and _BODY_LINE.match(below.strip()):
            return f"{title} {below.strip()}"
    return title
