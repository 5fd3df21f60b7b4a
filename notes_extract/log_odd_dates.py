"""Log entries whose heading writes its date another way, or gives none, found from the log's title.

A log's entries often share one title and differ by their date ("Team Meeting – 3 March 2024",
"Team Meeting – 10 March 2024"). Kept over months, one entry slips: "Team Meeting – 10/3",
"– 17 Mar 24", "– Sunday", "– 17th", "– Week 3", "– (date TBC)", or no date at all. Once the log
is split at its dated entries, a heading of the same style and title among them is an entry too;
it is dated when its own words give a date, read in the log's order and year, or when its weekday
or day of the month fits exactly one day between the entries around it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from notes_extract.dates import FoundDate, find_dates
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.log_guards import under_next_meeting
from notes_extract.log_starts import LogStart, StartT
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import WEEKDAYS

# An entry holds its heading and at least this many blocks: a whole meeting (attendance, a date
# line, items), not one line.
MIN_BLOCKS_UNDER_TITLED_ENTRY = 2
# What follows the title of an odd entry is short: a date, a weekday, "Week 3", a remark.
MAX_WORDS_AFTER_TITLE = 6
# How far apart the entries around an odd entry may be for its weekday or day to fit between them.
MAX_DAYS_BETWEEN_NEIGHBOURS = 62

_BRACKETED = lazy_compile(r"\([^)]*\)|\[[^\]]*\]")
_SEPARATORS = " \t-–—|:,/"
_LEADING_NUMBER = lazy_compile(r"^\W*\d{1,4}[.)]?\s+")
_DIGIT = lazy_compile(r"\d")
_WEEKDAY_ALONE = lazy_compile(rf"^\W*(?P<weekday>{any_of(WEEKDAYS)}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\W*$", re.I)
_DAY_ALONE = lazy_compile(r"^\W*(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\W*$", re.I)
# "10/3", "17.03": a day and month without a year.
_DAY_MONTH = lazy_compile(r"^\W*(?P<a>\d{1,2})[/.](?P<b>\d{1,2})\W*$")
# "17 Mar 24": a text date whose year has two digits.
_SHORT_YEAR = lazy_compile(r"^\s*'?(?P<year>\d{2})\b")


def titled_entries(blocks: list[Block], starts: Sequence[LogStart],
                   day_first: bool) -> list[tuple[int, FoundDate | None]]:
    """The headings of the log's own style and title that its dated entries missed, each with
    the date it gives (None when it gives none that can be read)."""
    first = blocks[starts[0].index]
    title = _shared_title(blocks, starts)
    if title is None or starts[0].numbered or first.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH):
        return []
    known = {s.index for s in starts}
    found: list[int] = []
    for i in range(starts[0].index + 1, len(blocks)):
        block = blocks[i]
        if i in known or block.kind is not first.kind or block.level != first.level or \
                block.all_bold != first.all_bold or under_next_meeting(blocks, i):
            continue  # "Date: 7 April 2024" under "Next meeting" dates the next one, as in `meetings`
        rest = _after_title(block.text, title)
        if rest is not None and _names_an_entry(rest):
            found.append(i)
    ends = sorted([*known, *found, len(blocks)])
    held = [i for i in found if ends[ends.index(i) + 1] - i > MIN_BLOCKS_UNDER_TITLED_ENTRY]
    dated = sorted((s.index, s.date.date) for s in starts if s.date is not None and s.date.has_year and s.date.date)
    return [(i, _entry_date(_after_title(blocks[i].text, title) or "", i, dated, day_first)) for i in held]


def _title_of(text: str, date: FoundDate) -> str:
    """An entry heading's words before its date, without a leading number or trailing dash."""
    before = text[:date.start] if text[date.start:date.end] == date.text else text.split(date.text)[0]
    return _normal(_LEADING_NUMBER.sub("", before).strip(_SEPARATORS))


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _shared_title(blocks: list[Block], starts: Sequence[LogStart]) -> str | None:
    """The title every dated entry gives before its date ("team meeting"), if they share one."""
    titles = {_title_of(blocks[s.index].text, s.date) if s.date else "" for s in starts}
    title = titles.pop() if len(titles) == 1 else ""
    return title if re.search(r"[^\W\d_]", title) else None


def _after_title(text: str, title: str) -> str | None:
    """What follows the log's title in a heading that opens with it ("– 10/3"), or None."""
    words = r"\s+".join(re.escape(w) for w in title.split())
    m = re.match(rf"^\W*{words}(?P<rest>(?:[{re.escape(_SEPARATORS)}].*)?)$", _LEADING_NUMBER.sub("", text).strip(),
                 re.I | re.S)
    return m["rest"] if m else None


def _names_an_entry(rest: str) -> bool:
    """Whether what follows the title tells one entry from another: nothing (or only a remark
    in brackets), a number or date, or a weekday; not words ("Team Meeting – actions")."""
    rest = _BRACKETED.sub(" ", rest).strip(_SEPARATORS + " ")
    if len(rest.split()) > MAX_WORDS_AFTER_TITLE:
        return False
    return not rest or bool(_DIGIT.search(rest) or _WEEKDAY_ALONE.match(rest) or find_dates(rest, default_year=2000))


def _entry_date(rest: str, index: int, dated: list[tuple[int, str]], day_first: bool) -> FoundDate | None:
    """The date an odd entry's heading gives, its year from the log when it writes none."""
    rest = _BRACKETED.sub(" ", rest).strip(_SEPARATORS + " ")
    before = [d for i, d in dated if i < index]
    after = [d for i, d in dated if i > index]
    near = before[-1] if before else after[0] if after else None
    year = int(near[:4]) if near else None
    found = find_dates(rest, day_first=day_first, default_year=year)
    if len(found) == 1 and found[0].date:
        date = found[0]
        short = _SHORT_YEAR.match(rest[date.end:])
        if not date.has_year and short:
            iso = f"{2000 + int(short['year'])}{date.date[4:]}"
            return FoundDate(iso, f"{date.text} {short['year']}", date.start, date.end + short.end(), True)
        return FoundDate(date.date, date.text, date.start, date.end, True) if year or date.has_year else None
    numeric = _DAY_MONTH.match(rest)
    if numeric and year:
        a, b = int(numeric["a"]), int(numeric["b"])
        day, month = (a, b) if day_first else (b, a)
        iso = _iso(year, month, day)
        return FoundDate(iso, numeric[0].strip(), numeric.start(), numeric.end(), True) if iso else None
    return _fitting_day(rest, before[-1] if before else None, after[0] if after else None)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _fitting_day(rest: str, before: str | None, after: str | None) -> FoundDate | None:
    """A weekday ("Sunday") or a day of the month ("17th") alone: the one day between the entries
    around it that it names, when exactly one does."""
    weekday, day = _WEEKDAY_ALONE.match(rest), _DAY_ALONE.match(rest)
    if not (weekday or day) or before is None or after is None:
        return None
    low, high = sorted((dt.date.fromisoformat(before), dt.date.fromisoformat(after)))
    if (high - low).days > MAX_DAYS_BETWEEN_NEIGHBOURS:
        return None
    days = [low + dt.timedelta(days=n) for n in range(1, (high - low).days)]
    if weekday:
        wanted = next(n for n, name in enumerate(WEEKDAYS) if name.startswith(weekday["weekday"].lower()[:3]))
        fits = [d for d in days if d.weekday() == wanted]
    else:
        fits = [d for d in days if day is not None and d.day == int(day["day"])]
    if len(fits) != 1:
        return None
    return FoundDate(fits[0].isoformat(), rest.strip(), 0, len(rest), True)


# A log needs this many entries at least (as `meetings.MIN_MEETINGS`).
MIN_LOG_ENTRIES = 2


def without_posting_date(starts: list[StartT]) -> list[StartT]:
    """The entries without a page's posting date above them: a first date line with nothing under it,
    later in the year than every entry below, which run oldest first ("6 November 2017" over
    "Tuesday 12th September", "Tuesday 19th September", ...)."""
    if len(starts) <= MIN_LOG_ENTRIES or starts[1].index != starts[0].index + 1 or \
            any(s.date is None or s.date.date is None for s in starts):
        return starts
    days = [s.date.date[5:] for s in starts if s.date and s.date.date]  # month and day: years may be missing
    rest = days[1:]
    return starts[1:] if rest == sorted(rest) and days[0] > rest[-1] else starts


_DOTTED = lazy_compile(r"\d{1,2}\.\d{1,2}\.?")


def dotted_dates_run(group: Sequence[LogStart]) -> bool:
    """Whether headings of a day and month with a dot ("19.11") run as a log's dates do: in
    date order (either way) and changing their day from entry to entry, unlike an outline's
    numbers ("1.1", "1.2", "2.1"). True for entries dated some other way."""
    dotted = [s.date for s in group if s.date and not s.date.has_year and _DOTTED.fullmatch(s.date.text)]
    if len(dotted) < len(group) or not all(d.date for d in dotted):
        return len(dotted) == 0
    days = [d.date for d in dotted if d.date]
    ordered = days == sorted(days) or days == sorted(days, reverse=True)
    day_changes = sum(a[8:] != b[8:] for a, b in zip(days, days[1:], strict=False))
    return ordered and day_changes * 2 >= len(days) - 1


# A run of yearless dates this long, a week or a whole number of weeks apart, is a meeting's
# weekly log ("## November 8", "## November 15", "## November 29"), not events of one meeting.
MIN_WEEKLY_ENTRIES = 3
DAYS_IN_A_WEEK = 7


def weekly_run(group: Sequence[LogStart]) -> bool:
    """Whether the group's dates, read in one year, run in order a whole number of weeks apart."""
    dates = [s.date.date for s in group if s.date and s.date.date]
    if len(group) < MIN_WEEKLY_ENTRIES or len(dates) < len(group):
        return False
    days = [dt.date.fromisoformat(d).toordinal() for d in dates if d]
    gaps = [b - a for a, b in zip(days, days[1:], strict=False)]
    same_way = all(g > 0 for g in gaps) or all(g < 0 for g in gaps)
    return same_way and all(g % DAYS_IN_A_WEEK == 0 for g in gaps)
