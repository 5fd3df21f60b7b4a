"""Dates and times as minutes write them, normalised to ISO.

Numeric dates ("03/09/2019") are ambiguous; a document uses one day/month
order throughout, so `infer_day_first` reads it from the document's
unambiguous dates and every later parse follows it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.triggered import folded, holds_any, trigger_words
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS, WEEKDAYS
from notes_extract.vocab.meetings import TIME_ZONE_WORDS

_MONTH = rf"(?P<month>{any_of(MONTHS)})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# A formal record's era before the year: "9 January A.D. 2016", "9 January AD 2016".
_ERA = r"(?:(?-i:A\.\s?D\.|AD)\s+)?"
# "Wednesday 14th", and "Wednesday14th" where a web page lost the space
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
            r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\d))?")

# The date patterns open with a lookahead on their first character (a digit or these letters): most
# positions fail there, before every weekday and month is tried.
_WEEKDAY_INITIALS = "".join(sorted({day[0] for day in WEEKDAYS}))
_MONTH_INITIALS = "".join(sorted({month[0].lower() for month in MONTHS}))
# Each pattern names its groups; the year is optional in the text forms
# because deadlines ("31 July") rarely repeat it.
_TEXT_DATES = [
    # "7thMarch": a web page's lost space after an ordinal; "the 4th day of March 2025": a formal record's
    lazy_compile(rf"\b(?=[\d{_WEEKDAY_INITIALS}]){_WEEKDAY}(?P<day>[0-3]?\d)"
                 rf"(?:(?:st|nd|rd|th)(?:\s+day)?(?:\s+of)?\s*|(?:\s+of)?\s+)"
                 rf"{_MONTH},?(?:\s+{_ERA}{_YEAR})?\b", re.I),
    lazy_compile(rf"\b(?=[{_WEEKDAY_INITIALS}{_MONTH_INITIALS}]){_WEEKDAY}{_MONTH}\s+{_DAY}"
                 rf",?(?:\s+{_ERA}{_YEAR})?\b", re.I),
    # "12-Mar-2024", "12/Mar/24", "12.Mar.2024": the month's name between separators
    lazy_compile(rf"\b(?P<day>[0-3]?\d)(?P<sep>[-/.])(?P<month>{any_of(MONTHS)})(?P=sep)"
                 r"(?P<year>(?:19|20)\d{2}|\d{2})(?!\d)", re.I),
    # "2025-May-14", "2025/May/14": the year first, the month's name between separators
    lazy_compile(rf"\b(?P<year>(?:19|20)\d{{2}})(?P<sep>[-/.])(?P<month>{any_of(MONTHS)})(?P=sep)"
                 r"(?P<day>[0-3]?\d)(?!\d)", re.I),
]
# Each form above names its month: a text holding no month's name is not searched for them.
_MONTH_WORDS = trigger_words(MONTHS)
_DIGIT = lazy_compile(r"\d")
# Year first: "2013-08-28", and the dotted or slashed "2013.08.28" some logs write.
_ISO_DATE = lazy_compile(r"\b(?P<year>(?:19|20)\d{2})(?P<sep>[-./])(?P<a>\d{1,2})(?P=sep)(?P<b>\d{1,2})\b"
                         # "Agenda 20250610": ISO 8601's basic form, eight digits standing alone
                         r"|(?<![\d.,/-])\b(?P<year8>(?:19|20)\d{2})(?P<month8>0[1-9]|1[0-2])(?P<day8>[0-2]\d|3[01])\b"
                         r"(?![.,/-]\d)")
# Not glued to letters before it: "IT3-6-51" is a room code.
_NUMERIC_DATE = lazy_compile(
    r"(?<![A-Za-z\d.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)?\d{2})(?!\d|\.\d)"
)


@dataclass(frozen=True)
class FoundDate:
    date: str | None  # ISO, or None when the year is unknown and no default given
    text: str  # as written
    start: int
    end: int
    has_year: bool


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _expand_year(year: str) -> int:
    value = int(year)
    if len(year) == 2:
        value += 2000 if value < 70 else 1900
    return value


# Texts whose day order is remembered: a one-meeting document asks about its whole text twice
# (splitting the log, then building the record).
DAY_ORDER_CACHE_SIZE = 8


@lru_cache(maxsize=DAY_ORDER_CACHE_SIZE)
def infer_day_first(text: str) -> bool:
    """Whether numeric dates in ``text`` put the day first (default: yes).

    Decided by the unambiguous numeric dates (a part above 12), with or without
    their year ("1/21/25", "Week 3: 1/28 - 2/3"), and by the weekday written
    beside an ambiguous one ("Tuesday 2/4/25" is 4 February 2025, a Tuesday);
    when there are none, month-name-first dates ("July 2, 2025") suggest US order.
    """
    day_first = month_first = 0
    # each form holds a digit, its separator and a digit: most texts have no such place, or no "/"
    numeric = [(m["a"], m["b"]) for m in _NUMERIC_DATE.finditer(text)] if _DIGITS_SEPARATED.search(text) else []
    yearless = [pair for m in _YEARLESS_RANGE.finditer(text) for pair in ((m["a"], m["b"]), (m["c"], m["d"]))] \
        if "/" in text else []
    for a, b in ((int(a), int(b)) for a, b in numeric + yearless):
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
    # a weekday's numeric date is a numeric date: none in the text, none beside a weekday
    for m in _WEEKDAY_NUMERIC_DATE.finditer(text) if numeric else ():
        reads = _weekday_reading(m)
        day_first += reads == "day_first"
        month_first += reads == "month_first"
    if day_first or month_first:
        return day_first >= month_first
    if not holds_any(text, _MONTH_WORDS):
        return True
    # (a text without an era is read in lower case: see _FOLDED_TEXT_DATES)
    forms, searched = (_TEXT_DATES, text) if _ERA_WRITTEN.search(text) else (_FOLDED_TEXT_DATES, folded(text))
    return not len(forms[1].findall(searched)) > len(forms[0].findall(searched))


# The first two forms above without the era, whose capitals ("AD", "A.D.") are the only letters they match in
# one case: in a text where no era is written, put in lower case as a case-insensitive pattern reads it
# (`folded`), they find the same dates without folding case at each letter, twice as fast over a long document.
_FOLDED_TEXT_DATES = [lazy_compile(pattern.pattern.replace(_ERA, "")) for pattern in _TEXT_DATES[:2]]
_ERA_WRITTEN = lazy_compile(r"A(?:\.\s?D\.|D)\s")  # (what the era matches, and the space after it)


_DIGITS_SEPARATED = lazy_compile(r"\d[/.-]\d")
# A range of days without their year ("1/28 - 2/3", "2/4-2/8"): a week's dates, each end read alone.
_YEARLESS_RANGE = lazy_compile(
    r"(?=\d)(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})\s*[-–—]\s*(?P<c>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
_WEEKDAY_NUMERIC_DATE = lazy_compile(
    rf"\b(?=[{_WEEKDAY_INITIALS}])(?P<weekday>{'|'.join(WEEKDAYS)}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+"
    rf"{_NUMERIC_DATE.pattern}", re.I)


def _weekday_reading(m: re.Match[str]) -> str | None:
    """Which order makes an ambiguous numeric date fall on the weekday written beside it."""
    a, b, year = int(m["a"]), int(m["b"]), _expand_year(m["year"])
    weekday = next(n for n, day in enumerate(WEEKDAYS) if day.startswith(m["weekday"].lower()[:3]))
    fits = {order: iso is not None and dt.date.fromisoformat(iso).weekday() == weekday
            for order, iso in (("day_first", _iso(year, b, a)), ("month_first", _iso(year, a, b)))}
    if fits["day_first"] == fits["month_first"]:
        return None  # the same day either way, or neither fits
    return "day_first" if fits["day_first"] else "month_first"


def find_dates(
    text: str, *, day_first: bool = True, default_year: int | None = None
) -> list[FoundDate]:
    """Every date written in ``text``, in order, non-overlapping."""
    if not _DIGIT.search(text):
        return []  # every form below holds a day or a year in digits
    return list(_dates_in(text, day_first, default_year))


# Distinct texts whose dates are remembered: a line is read for its date while the log is split, the
# title found and the items read.
DATES_CACHE_SIZE = 4096


@lru_cache(maxsize=DATES_CACHE_SIZE)
def _dates_in(text: str, day_first: bool, default_year: int | None) -> tuple[FoundDate, ...]:
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for pattern in _TEXT_DATES if holds_any(text, _MONTH_WORDS) else ():
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            month = MONTHS[m["month"].lower().rstrip(".")]
            day = int(m["day"])
            year = _expand_year(m["year"]) if m["year"] else default_year
            iso = _iso(year, month, day) if year else None
            if year and iso is None:
                continue
            found.append(FoundDate(iso, m.group(0).strip(" ,"), m.start(), m.end(), bool(m["year"])))
            taken.append((m.start(), m.end()))
    for m in _ISO_DATE.finditer(text):
        if m["year8"]:
            iso = _iso(int(m["year8"]), int(m["month8"]), int(m["day8"]))
        elif m["sep"] != "-" and len(m["a"] + m["b"]) < 4:  # "2019.1.2" is a version number
            continue
        else:
            iso = _iso(int(m["year"]), int(m["a"]), int(m["b"]))
        if iso and free(m.start(), m.end()):
            found.append(FoundDate(iso, m.group(0), m.start(), m.end(), True))
            taken.append((m.start(), m.end()))
    for m in _NUMERIC_DATE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if day_first else (b, a)
        iso = _iso(_expand_year(m["year"]), month, day)
        if iso:
            found.append(FoundDate(iso, m.group(0), m.start(), m.end(), True))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    return tuple(found)


def without_dates(text: str, *, day_first: bool = True) -> str:
    """``text`` with each date written in it replaced by a space."""
    for found in reversed(find_dates(text, day_first=day_first)):
        text = text[: found.start] + " " + text[found.end:]
    return text


def first_full_date(text: str, *, day_first: bool = True) -> FoundDate | None:
    """The first date in ``text`` that states its year."""
    return next((f for f in find_dates(text, day_first=day_first) if f.has_year), None)


def opens_with_full_date(text: str) -> bool:
    """Whether ``text`` starts with a date that states its year ("4 March 2025 (18:00-19:30)")."""
    found = first_full_date(text[:OPENING_DATE_CHARS])
    return found is not None and found.start == 0


# How far into a line a date that opens it may reach.
OPENING_DATE_CHARS = 40


# Not the first two parts of a dotted date ("11.04.2024"): no dot and digit straight after the minutes.
# ("19h00", "19h30": the hours and minutes parted by an "h", as much of Europe writes them)
_TIME = lazy_compile(
    r"(?<![\d.:])(?P<h>2[0-3]|[01]?\d)(?:(?:[.:]|(?<=\d)h)(?P<m>[0-5]\d)(?!\.\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?",
    re.I,
)


def parse_time(text: str, *, meeting_hours: bool = False) -> str | None:
    """The first clock time in ``text`` as HH:MM (24 h).

    A bare number is a time only with minutes or am/pm ("7.30", "7pm"), so
    counts and item numbers are not mistaken for times; "1300" is one only
    as a whole. "noon" and "midday" are 12:00. With ``meeting_hours``, an
    hour from 1 to 6 without am/pm is taken as afternoon ("called to order at
    2:00"), since meetings are not held before dawn.
    """
    if m := re.fullmatch(r"\s*([01]\d|2[0-3])([0-5]\d)\s*(h|hrs|hours)?\.?\s*", text):
        return f"{m[1]}:{m[2]}"
    # "called to order at 1257 hours": four digits and "hours" in a sentence, unless a clock comes first
    hours = _FOUR_DIGIT_HOURS.search(text)
    for m in _TIME.finditer(text[: hours.start()] if hours else text):
        hour, minute, ampm = int(m["h"]), m["m"], m["ampm"]
        if minute is None and ampm is None:
            continue
        if ampm is None and meeting_hours and 1 <= hour <= 6:
            hour += 12
        if ampm:
            if hour > 12 or hour == 0:
                continue
            if ampm.lower().startswith("p") and hour != 12:
                hour += 12
            elif ampm.lower().startswith("a") and hour == 12:
                hour = 0
        return f"{hour:02d}:{int(minute or 0):02d}"
    if hours:
        return f"{hours[1]}:{hours[2]}"
    if re.search(r"\b(noon|midday)\b", text, re.I):
        return "12:00"
    return None


# ("Next meeting: 31 August at 1200 Pacific": four digits before a time zone are the time as well)
_FOUR_DIGIT_HOURS = lazy_compile(rf"\b([01]\d|2[0-3])([0-5]\d)"
                                 rf"(?:\s*(?i:hrs|hours)\b|\s+(?:{'|'.join(TIME_ZONE_WORDS)})\b)")


# "# 20180731": a date written as eight digits, alone on its line.
_COMPACT_DATE = lazy_compile(r"(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])")


def compact_date(text: str) -> list[FoundDate]:
    """The date of a line that is only a compact date ("20180731"), which prose never writes."""
    stripped = text.strip()
    m = _COMPACT_DATE.fullmatch(stripped.strip("#*_[]() :"))
    if not m:
        return []
    start = stripped.index(m[0]) + (len(text) - len(text.lstrip()))
    iso = f"{m['year']}-{m['month']}-{m['day']}"
    return [FoundDate(iso, m[0], start, start + len(m[0]), True)] if find_dates(iso) else []


# "26/02", "Monday 04/03": a day and month with a slash and no year (its weekday before it).
_DAY_MONTH_LINE = lazy_compile(rf"(?:(?<![\w/])(?:{'|'.join(WEEKDAYS)}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?"
                               r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])", re.I)
# The year a yearless date is read in when nothing gives it (a leap year: "29/02" is a day).
YEARLESS_DEFAULT_YEAR = 2000


def day_month_date(text: str, *, day_first: bool = True) -> list[FoundDate]:
    """The first day and month without a year in a heading's words ("26/02", "Meeting - 04/03"): a
    log's headings write their entries' dates so. Read in the default year (``has_year`` False);
    whether the heading is a log's entry is the log's call (a fraction, "2/3 majority", is no date)."""
    m = _DAY_MONTH_LINE.search(text) if "/" in text else None  # (each such date holds a slash: most lines none)
    return _yearless(m, m.group(0).strip(), m.start(), m.end(), day_first=day_first) if m else []


def _yearless(m: re.Match[str], written: str, start: int, end: int, *, day_first: bool) -> list[FoundDate]:
    """The day and month ``m`` reads (groups ``a`` and ``b``), in the default year; none when no such day."""
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if day_first else (b, a)
    iso = _iso(YEARLESS_DEFAULT_YEAR, month, day)
    return [FoundDate(iso, written, start, end, False)] if iso else []


# "### 19.11", "### 5.11.": a heading that is a day and month with a dot, and nothing else.
_DOTTED_DAY_MONTH = lazy_compile(r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.?")


def dotted_day_month(text: str, *, day_first: bool = True) -> list[FoundDate]:
    """The day and month a heading of only "19.11" gives (read in the default year, as
    `day_month_date`); a heading with words ("2.1 Budget") is a numbered item, not a date."""
    m = _DOTTED_DAY_MONTH.fullmatch(text.strip())
    return _yearless(m, m.group(0), 0, len(text), day_first=day_first) if m else []


def in_year(found: FoundDate, year: int) -> FoundDate | None:
    """A date read without its year (``has_year`` False, in the default year), put in ``year``;
    None when that day does not exist in it (29 February)."""
    if found.date is None:
        return None
    iso = _iso(year, int(found.date[5:7]), int(found.date[8:10]))
    return replace(found, date=iso, has_year=True) if iso else None
