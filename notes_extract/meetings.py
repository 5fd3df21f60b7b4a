"""Meeting logs: the blocks of each meeting when one document holds several.

Some minutes are a running log, one entry per meeting. Splitting them comes
before segmentation: each meeting is segmented and extracted on its own.

A log shows itself by structure: one kind of block repeats through the
document, each time with a new date or number, and starts an entry — a line
that is (nearly) only a date, a "Week N" / "Meeting N" heading, a form table
whose "Date" cell changes, or an info block opening "Date: ...". Blocks of one
shape (kind and level) mark the meetings of one log; the lines before the
first entry (the log's title) belong to every meeting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from notes_extract.dates import (
    FoundDate,
    compact_date,
    day_month_date,
    dotted_day_month,
    find_dates,
    in_year,
    infer_day_first,
)
from notes_extract.document import Block, BlockKind, more_words_than
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.log_bold_titles import bold_title, titles_an_entry
from notes_extract.log_date_lines import hours_after_date, place_after_date, restated_days_dropped
from notes_extract.log_dated_items import dated_openings_cut
from notes_extract.log_entries import mistyped_entries, stray_entries
from notes_extract.log_groups import group_end, group_heading
from notes_extract.log_guards import (
    document_stamps,
    holds_its_entry,
    numbered_headings_lead_items,
    preamble_is_a_meeting,
    preferred_log,
    under_next_meeting,
)
from notes_extract.log_heads import repeated_line_above
from notes_extract.log_mixed import mixed_entries
from notes_extract.log_numbered import numbered_strays
from notes_extract.log_odd_dates import dotted_dates_run, titled_entries, weekly_run, without_posting_date
from notes_extract.log_pages import paged_log, paged_meetings, splits_finer
from notes_extract.log_preamble import own_parts_dropped, readers_note_dropped, without_contents
from notes_extract.log_report_parts import log_end, report_parts_dropped
from notes_extract.log_styles import mixed_heading_levels, restyled_entries
from notes_extract.log_tables import date_column, table_log
from notes_extract.log_titles import (
    attended_entries,
    attended_subgroups,
    attended_title_date,
    minutes_title_date,
    titled_alike,
    unread_form_date,
)
from notes_extract.segment.labels import is_attendance_group_heading
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import WEEKDAYS
from notes_extract.vocab.labels import MEETING_DATE_LABELS, MEETING_INFO_LABELS, NEXT_MEETING
from notes_extract.vocab.meetings import LOG_ENTRY_NOUNS, LOG_ENTRY_TITLE_NOUNS, MEETING_NOUNS
from notes_extract.warning_codes import warning

# A date line is short: its date and at most a few words of title ("FP Project Meeting 2013.04.29").
MAX_DATE_LINE_WORDS = 12
MAX_TITLE_WORDS_BEFORE_DATE = 8
# A plain line's words after its date that name the meeting ("05/03/24 Team meeting").
MAX_MEETING_WORDS_AFTER_DATE = 3
# An entry heading ("Week 3 - Sensors") is short too.
MAX_ENTRY_HEADING_WORDS = 12
# Deepest list level a date line may sit at (a bulleted log nests its notes under it).
MAX_DATE_LINE_LIST_LEVEL = 1
# How far under a numbered entry's heading its "Date:" line or info table may sit.
MAX_INFO_BLOCKS_UNDER_ENTRY = 2
# Words an info block's date line may carry after the date when no other field follows.
MAX_WORDS_AFTER_INFO_DATE = 6
# Numbered dated titles of a log count its meetings: their numbers leave few gaps
# ("191 ... 195" are one meeting's minute numbers that happen to carry dates).
MAX_NUMBER_SPREAD_PER_ENTRY = 2
# A meeting's titled table holds its title row and at least one row of the meeting.
MIN_TITLED_TABLE_ROWS = 2
# A meeting's facts as columns ("Date | Time | Place" over one row of values) take at most this many rows.
MAX_COLUMN_FORM_ROWS = 3
# A log has at least this many entries; one dated line is a meeting's own date.
MIN_MEETINGS = 2
# At least this share of a dated log's entries have a date of their own (two meetings may share a day).
MIN_DISTINCT_DATE_SHARE = 2 / 3
# At least this share of a log's entries have something under them.
MIN_HELD_ENTRY_SHARE = 3 / 4

# A list label that is a day of the month ("5" of "5 February 2024").
_DAY_LABEL = lazy_compile(r"\d{1,2}")
# What may follow a date on a date line: punctuation, a clock time, a closing bracket.
_AFTER_DATE = lazy_compile(r"[\W_]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?[\W_]*)?"
                           r"(?:\([^()]{1,30}\)[\W_]*)?", re.I)  # "11/03 (Next Meeting)": a remark in brackets
# "26/02": a heading's day and month, numbers only (a log's entry, not an event named in a list).
_DAY_MONTH = lazy_compile(r"\d{1,2}(?:/\d{1,2}|\.\d{1,2}\.?)")
# "Next meeting: ...", and "Next committee meeting Monday 3 February 2025." (the extractor's reading too)
_NOT_A_LOG_ENTRY = lazy_compile(rf"^\W*(?:{NEXT_MEETING}|next\s+(?:[\w-]+\s+){{1,2}}{any_of(MEETING_NOUNS)})\b", re.I)
_ENTRY_HEADING = lazy_compile(
    rf"^\W*(?:(?P<title>[^\W\d][^–—|:]{{0,40}}?)(?:\s[-–—|]|:)\s+"
    # "Team Meeting 3", "Supervisor meeting #2": a short title straight before the numbered noun
    r"|(?P<title2>(?-i:[A-Z])[\w'’&]*(?:\s+[A-Za-z][\w'’&]*){0,2})\s+(?=(?i:meeting|session)\s*(?:no\.?\s*|#\s*)?\d))?"
    rf"(?P<noun>{any_of(LOG_ENTRY_NOUNS)})\s*(?:no\.?\s*|#\s*)?(?P<number>\d{{1,3}})(?:$|\s*[-–—:.,(|=*#_]|\s+\w)",
    re.I)
_DIGIT = lazy_compile(r"\d")
_WEEKDAY = lazy_compile(rf"{any_of(WEEKDAYS)}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b", re.I)
_TITLE_SEPARATORS = ("-", "–", "—", "|", ",", "/")
# "Committee Meeting", "Minutes for Meeting 2": a title that ends in a meeting word (and its number).
_ENDS_WITH_MEETING_NOUN = lazy_compile(
    rf"\b(?:{any_of(MEETING_NOUNS)}|{any_of(LOG_ENTRY_NOUNS)}|{any_of(LOG_ENTRY_TITLE_NOUNS)})"
    r"(?:\s*(?:no\.?\s*|#\s*)?\d{1,3})?$", re.I)
# "WG meeting preparation (telecon)", "Kick-off call": words that name a meeting anywhere in a title.
_NAMES_A_MEETING = lazy_compile(rf"\b{any_of(MEETING_NOUNS)}s?\b", re.I)
_LEADING_NUMBER = lazy_compile(r"^\W*(\d{1,4})\b")
_INFO_FIELDS_FOLLOW = lazy_compile(rf"^[\W\d:apm]*(?:{MEETING_INFO_LABELS})\s*:", re.I)
_DATE_LABEL = lazy_compile(rf"^\W*(?:{MEETING_DATE_LABELS})\s*[:\-–—]?\s*$", re.I)
_DATE_FIELD = lazy_compile(rf"^\W*(?:{MEETING_DATE_LABELS})\s*(?::|[-–—]\s)\s*", re.I)


@dataclass(frozen=True)
class _Start:
    """A block that may open a log entry."""

    index: int
    shape: tuple[object, ...]  # the entries of one log share it
    key: str  # the entry's date or number
    split_at: str  # what the log was split at, for the records' warnings
    numbered: bool = False  # numbers may repeat ("Week 3" twice); dates may not
    number: int | None = None  # a dated title's own number ("3. Client Meeting - 2 April 2026")
    date: FoundDate | None = None  # the date the entry opens with


@dataclass(frozen=True)
class MeetingLog:
    """The blocks of each meeting, and what the document was split at (None for one meeting)."""

    meetings: list[list[Block]]
    split_at: str | None = None
    # Each meeting's date as its entry writes it; a date without a year takes the year of the nearest
    # entry that gives one ("Thursday, February 8" in a log that dates another entry 2018-02-02).
    entry_dates: list[FoundDate | None] = field(default_factory=list)
    # The log's order of numeric dates, from all its entries: one entry's "Tuesday, 2/4/25" is read
    # the way the others' "1/21/25" are.
    day_first: bool | None = None
    # Warnings of single entries, by the meeting's place in the log (from 0).
    entry_warnings: dict[int, list[str]] = field(default_factory=dict)


def split_meetings(blocks: list[Block]) -> list[list[Block]]:
    """The blocks of each meeting, for a log that holds several (see `split_log`)."""
    return split_log(blocks).meetings


def split_log(blocks: list[Block]) -> MeetingLog:
    """The blocks of each meeting, for a log that holds several.

    The entries are the largest group of blocks of one shape that each open an
    entry with a date or number of their own and have something under them. A
    document with fewer than two such blocks is one meeting.
    """
    day_first = infer_day_first("\n".join(b.text for b in blocks))
    groups: dict[tuple[object, ...], list[_Start]] = {}
    for i, block in enumerate(_dated_by_year_headings(blocks, day_first)):
        start = _entry_start(block, i, day_first) or _titled_entry(blocks, i, day_first)
        if start is not None:
            groups.setdefault(start.shape, []).append(start)
    candidates = [kept for group in groups.values() if (kept := restated_days_dropped(_drop_furniture(group, blocks),
                                                                                   blocks))]
    merged = [*mixed_heading_levels(candidates, blocks), *restyled_entries(candidates, blocks),
              *mixed_entries(candidates, blocks), *attended_subgroups(candidates, blocks)]
    logs = [g for g in [*candidates, *merged] if _is_log(g, blocks)]
    chosen = preferred_log(logs, blocks) if logs else []
    best = [s.index for s in chosen]
    if not logs and (cut := dated_openings_cut(blocks, day_first)) and len((log := split_log(cut)).meetings) > 1:
        return log  # "- 2020-07-10 Ann proposed that ...": each entry's date cut from its first words
    rows = None if logs else table_log(blocks, day_first)
    paged = None if rows else paged_log(blocks, day_first)
    if paged and splits_finer(paged, best):  # entries a page each, some also dated the log's other way
        return MeetingLog(paged_meetings(blocks, paged.starts), paged.split_at, list(paged.dates), day_first)
    if not logs:
        return MeetingLog(rows[0], "rows of a meeting table", list(rows[1]), day_first) if rows else \
            MeetingLog([blocks])
    starts = numbered_strays(blocks, stray_entries(blocks, list(chosen), _date_line, day_first),
                             lambda b, i: _entry_heading(b, i, day_first, loose=True))
    starts = without_posting_date([_dated_below(blocks, s, day_first) for s in starts])
    titled = titled_entries(blocks, starts, day_first)  # "Team Meeting – 10/3" among "Team Meeting – 3 March 2024"
    mistyped = mistyped_entries(blocks, starts + [_Start(i, (), "", "") for i, _ in titled])
    if mistyped or titled:
        starts = sorted([*starts, *(_Start(i, starts[0].shape, f"?{i}", starts[0].split_at) for i in mistyped),
                         *(_Start(i, starts[0].shape, d.date if d and d.date else f"?{i}", starts[0].split_at, date=d)
                           for i, d in titled)], key=lambda s: s.index)
    notes = {n: [warning("entry-date-unread", f'The entry heading "{blocks[s.index].text}" looks like a date that '
                         "could not be read; its notes were kept as a meeting of their own, without a date.")]
             for n, s in enumerate(starts) if s.index in mistyped}
    return MeetingLog(_meetings(blocks, starts), starts[0].split_at, _entry_dates(starts, day_first), day_first,
                      notes)


def _dated_below(blocks: list[Block], start: _Start, day_first: bool) -> _Start:
    """A numbered entry ("Week 9") dated by the info line or table right under it ("Date: Tuesday
    2nd April"): the log's other dates then give a yearless one its year."""
    if not start.numbered or start.date is not None:
        return start
    for block in blocks[start.index + 1:start.index + 1 + MAX_INFO_BLOCKS_UNDER_ENTRY]:
        info = _info_block(block, block.index, day_first) or _form_table(block, block.index, day_first)
        if info is not None:
            return replace(start, date=info.date)
    return start


def _agenda_items(group: list[_Start], blocks: list[Block]) -> bool:
    """Whether dated titles are items of one meeting's numbered agenda ("1. Minutes of 13 February
    2024", "2. Open day on 20 April 2024", "3. Water rates"): one numbering runs through them and
    the undated titles of their style, which a log's entries never share."""
    if group[0].numbered or any(s.number is None for s in group):
        return False
    first = blocks[group[0].index]
    entry_indexes = {s.index for s in group}
    numbered: list[tuple[int, bool]] = []  # each title's number, and whether it is an entry's
    for i, block in enumerate(blocks[group[0].index:], start=group[0].index):
        if block.kind is first.kind and block.level == first.level and block.all_bold == first.all_bold:
            number = _leading_number(block, block.text)
            if number is not None:
                numbered.append((number, i in entry_indexes))
    numbers = [n for n, _ in numbered]
    return any(not entry for _, entry in numbered) and numbers == sorted(set(numbers))


# A heading that is only a year ("2024"), over the entries of that year.
_YEAR_ONLY = lazy_compile(r"^\W*((?:19|20)\d\d)\W*$")


def _dated_by_year_headings(blocks: list[Block], day_first: bool) -> list[Block]:
    """The blocks, a deeper heading's date without a year ("3 March") given the year of the bare
    year heading above it ("2024"): a log grouped by year names each entry's day alone."""
    out: list[Block] = []
    year: tuple[int, str] | None = None  # the year heading's level and year
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            m = _YEAR_ONLY.match(block.text)
            if m:
                year = (block.level, m[1])
            elif year and block.level <= year[0]:
                year = None
            elif year:
                dates = find_dates(block.text, day_first=day_first, default_year=2000)
                if len(dates) == 1 and not dates[0].has_year:
                    block = replace(block, text=f"{block.text[:dates[0].end]} {year[1]}{block.text[dates[0].end:]}")
        out.append(block)
    return out


def _entry_start(block: Block, index: int, day_first: bool) -> _Start | None:
    """The entry ``block`` opens, if it looks like the start of one."""
    for recognise in _RECOGNISERS:
        start = recognise(block, index, day_first)
        if start is not None:
            return start
    return None


def _entry_heading(block: Block, index: int, day_first: bool, loose: bool = False) -> _Start | None:
    """ "Week 3", "Meeting 12 - 4 March", "Sprint 2: review": a numbered entry (``loose``: however
    long its title, see `log_numbered`)."""
    if block.kind is BlockKind.TABLE or block.kind is BlockKind.LIST_ITEM and \
            block.level > MAX_DATE_LINE_LIST_LEVEL:
        return None
    text = _with_label(block)
    m = _ENTRY_HEADING.match(text) if _DIGIT.search(text) else None  # (no number, no numbered entry)
    title = m and (m["title"] or m["title2"])
    if not m or not loose and (len(text.split()) > MAX_ENTRY_HEADING_WORDS or text.rstrip().endswith((".", ";"))) or \
            title and block.kind is BlockKind.LIST_ITEM:  # "Team Meeting – Week 3" heads an entry, not an item
        return None
    noun = m["noun"].capitalize()
    where = "headings" if block.kind is BlockKind.HEADING or block.all_bold else "lines"
    # "Meeting 1 (19th July)": the entry's own date, not the date its page was posted
    dates = find_dates(text[m.end("number"):], day_first=day_first, default_year=2000)
    return _Start(index, (block.kind, block.level, "entry", noun.lower(), " ".join((title or "").lower().split())),
                  m["number"],
                  f'"{noun} N" {where}', numbered=True, date=dates[0] if len(dates) == 1 else None)


def _date_line(block: Block, index: int, day_first: bool) -> _Start | None:
    """A line that is only a date, or a short title and a date: "2013.08.28", "Friday, February 2:",
    "3. Client Meeting - 2nd April 2026"."""
    if block.kind is BlockKind.TABLE or block.kind is BlockKind.LIST_ITEM and \
            block.level > MAX_DATE_LINE_LIST_LEVEL:
        return None
    text = _with_label(block).strip()
    label = _DATE_FIELD.match(text)
    if label and block.kind is BlockKind.HEADING:
        text = text[label.end():]  # "## Date: 19th December 2019": the heading is its entry's date
    elif label:
        return None  # a paragraph's "Date:" line is an info block's (see `_info_block`)
    if more_words_than(text, MAX_DATE_LINE_WORDS) or _NOT_A_LOG_ENTRY.match(text):
        return None
    dates = find_dates(text, day_first=day_first, default_year=2000) or compact_date(text) or \
        (day_month_date(text, day_first=day_first) if block.kind is not BlockKind.LIST_ITEM else []) or \
        (dotted_day_month(text, day_first=day_first) if block.kind is BlockKind.HEADING else [])
    rest = text[dates[0].end:] if len(dates) == 1 else ""
    if len(dates) != 1 or not (_AFTER_DATE.fullmatch(rest) or hours_after_date(rest) or place_after_date(rest) or
                               _titled_after_date(rest, block)):
        return None
    date = dates[0]
    title = text[: date.start].strip().rstrip("([").rstrip()  # "Committee Meeting (25/03/2025)"
    if _DAY_RANGE_START.search(title):
        return None  # "... the Old Corn Exchange, 10-12 October.": an event's days, no entry's date

    # A log's date names its day in full: a year or a weekday ("29th Jan" is an event in a list),
    # unless a heading is that date alone ("## 12 March" between "## 5 March 2024" and the next).
    # ("Standup 26/2", "Team meeting 4 March": a line naming its meeting is one too)
    if not date.has_year and not _WEEKDAY.match(date.text) and \
            not ((block.kind is BlockKind.HEADING or block.all_bold) and not title) and \
            not (title and _names_meeting(title)) and not (block.all_bold and _titles_a_date(title, block)):
        return None
    if title and not _titles_a_date(title, block):
        return None
    kind = "dated headings" if block.kind is BlockKind.HEADING else "date lines"
    return _Start(index, (block.kind, block.level, "date"), _date_key(date.date, date.has_year), kind,
                  number=_leading_number(block, title), date=date)


_HAS_LETTER = lazy_compile(r"[^\W\d_]")
# "10-" before "12 October": the first day of a range of days written unspaced
_DAY_RANGE_START = lazy_compile(r"\b\d{1,2}[-–]$")
# "Thursday 5th October – Group meeting": a dash and the entry's name after its date.
_DASH_TITLE = lazy_compile(r"^\s*[-–—|]\s+(?P<title>[^.;:!?]+?)\s*$")


def _names_meeting(title: str) -> bool:
    """Whether a heading's words before a date without its year name a meeting ("Meeting - ",
    "Team sync |"), as a log's entries are titled; "Quiz night" before "5 April" names an event."""
    return title.endswith(_TITLE_SEPARATORS) or bool(_ENDS_WITH_MEETING_NOUN.search(title))


def _titled_after_date(rest: str, block: Block) -> bool:
    """Whether what follows a date names the entry: a short title set off by a dash,
    under a heading style or ending in a meeting word ("– Group meeting")."""
    m = _DASH_TITLE.match(rest)
    if not m:
        # "## 26/02 Meeting", "**3 March 2024 Team meeting**": a heading's meeting words straight after the date
        # "## October 9th 2020 WG meeting preparation (telecon)": a heading's short title after its date
        words = rest.strip(" :")
        if len(words.split()) <= MAX_MEETING_WORDS_AFTER_DATE and _ENDS_WITH_MEETING_NOUN.search(words):
            return True  # "05/03/24 Meeting", "5 March 2024: Committee meeting": a line naming its meeting
        return (block.kind is BlockKind.HEADING or block.all_bold) and \
            0 < len(words.split()) <= MAX_TITLE_WORDS_BEFORE_DATE and (
                bool(_ENDS_WITH_MEETING_NOUN.search(words)) or
                block.kind is BlockKind.HEADING and bool(_NAMES_A_MEETING.search(words)) and not words.endswith("."))
    if len(m["title"].split()) > MAX_TITLE_WORDS_BEFORE_DATE:
        return False
    # (a line set all in bold is the heading of Word minutes typed without heading styles)
    return block.kind is BlockKind.HEADING or block.all_bold or bool(_ENDS_WITH_MEETING_NOUN.search(m["title"]))


def _titles_a_date(title: str, block: Block) -> bool:
    """Whether ``title`` names the entry its date opens: a heading's words, or a short name set off
    from the date ("Client Meeting - ") or ending in a meeting word; not a label ("Previous meeting:")
    nor the start of a sentence ("to be held on the")."""
    if len(title.split()) > MAX_TITLE_WORDS_BEFORE_DATE or title.endswith((":", ".", ";")):
        return False
    if not _HAS_LETTER.search(title):
        return False  # "14.00, Tuesday 15th March": a time beside the date names no entry
    return block.kind is BlockKind.HEADING or bold_title(title, block) or \
        title.endswith(_TITLE_SEPARATORS) or bool(_ENDS_WITH_MEETING_NOUN.search(title))


def _leading_number(block: Block, title: str) -> int | None:
    """The number an entry's title starts with ("3. Client Meeting"), if any."""
    m = _LEADING_NUMBER.match(f"{block.label or ''} {title}")
    return int(m[1]) if m else None


def _info_block(block: Block, index: int, day_first: bool) -> _Start | None:
    """An info block's date line, "Date: 3 March 2024" (its time and place may follow)."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return None
    m = _DATE_FIELD.match(block.text)
    rest = block.text[m.end():] if m else ""
    # "Date: 26/02": a form's date field may give the day and month alone
    dates = find_dates(rest, day_first=day_first, default_year=2000) or \
        (day_month_date(rest, day_first=day_first) if m else [])
    if not dates or dates[0].start > 0:
        return None
    after = rest[dates[0].end:]
    if len(after.split()) > MAX_WORDS_AFTER_INFO_DATE and not _INFO_FIELDS_FOLLOW.match(after):
        return None  # "Date: 10/26/2019 Notice: ..." is an incident in a list, not a meeting's date
    return _Start(index, (block.kind, block.level, "info"), _date_key(dates[0].date, dates[0].has_year),
                  'repeated "Date:" lines', date=dates[0])


def _form_table(block: Block, index: int, day_first: bool) -> _Start | None:
    """A meeting's form table: a "Date" label cell with the date beside it (or below it, in a
    table of one header row and one row of values)."""
    if block.kind is not BlockKind.TABLE:
        return None
    rows = block.rows
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not _DATE_LABEL.match(cell):
                continue
            # "Date | Time" over one row of values (and perhaps a note row): the value below the label
            below = rows[r + 1][c:c + 1] if r == 0 and 2 <= len(rows) <= MAX_COLUMN_FORM_ROWS and \
                not date_column(rows, c, day_first) else ()
            for value in [*row[c + 1:c + 2], *below]:
                dates = find_dates(value, day_first=day_first, default_year=2000)
                if dates:
                    return _Start(index, (BlockKind.TABLE, "form"), _date_key(dates[0].date, dates[0].has_year),
                                  "repeated form tables", date=dates[0])
    if unread_form_date(block, _DATE_LABEL):  # "Date | TBC" over its attendance: an entry, its date unread
        return _Start(index, (BlockKind.TABLE, "form"), f"?{index}", "repeated form tables")
    return _titled_table(block, index, day_first)


def _titled_table(block: Block, index: int, day_first: bool) -> _Start | None:
    """A meeting's table whose first row is its title alone, with its date ("Team meeting 12 March 2024")."""
    title = [cell for cell in block.rows[0] if cell.strip()] if block.rows else []
    if len(title) != 1 or len(block.rows) < MIN_TITLED_TABLE_ROWS or len(title[0].split()) > MAX_DATE_LINE_WORDS:
        return None
    dates = find_dates(title[0], day_first=day_first, default_year=2000)
    if len(dates) != 1 or not (dates[0].has_year or _WEEKDAY.match(dates[0].text)):
        return None
    return _Start(index, (BlockKind.TABLE, "form"), _date_key(dates[0].date, dates[0].has_year),
                  "repeated form tables", date=dates[0])


# One shape for every such title, however styled: the author's formatting of it may change.
_MINUTES_TITLE_SHAPE = (BlockKind.PARAGRAPH, 0, "minutes title")


def _titled_entry(blocks: list[Block], index: int, day_first: bool) -> _Start | None:
    """"Minutes of the meeting of the X held on 3 March 2024 at 7pm in the Hall", or a freer dated title
    its attendance follows ("Meeting with supervisor (3/3/2024)") when no other opening is read (see `log_titles`)."""
    date = minutes_title_date(blocks[index], day_first) or attended_title_date(blocks, index, day_first)
    return date and _Start(index, _MINUTES_TITLE_SHAPE, _date_key(date.date, date.has_year), "dated titles", date=date)


_RECOGNISERS: tuple[Callable[[Block, int, bool], _Start | None], ...] = (
    _entry_heading, _date_line, _info_block, _form_table)


def _date_key(iso: str | None, has_year: bool) -> str:
    """A date to tell entries apart: without its year when the line gives none."""
    return (iso or "") if has_year else (iso or "")[5:]


def _entry_dates(starts: list[_Start], day_first: bool) -> list[FoundDate | None]:
    """Each entry's date; one written without its year takes the year of the nearest entry that
    states one (the log's own dates say which year it is), or stays without a year."""
    dated = [(n, s.date) for n, s in enumerate(starts) if s.date is not None and s.date.has_year]
    out: list[FoundDate | None] = []
    for n, start in enumerate(starts):
        date = start.date
        if date is not None and not date.has_year:
            nearest = min(dated, key=lambda d: abs(d[0] - n), default=None)
            year = nearest[1].date[:4] if nearest and nearest[1].date else None
            found = find_dates(f"{date.text} {year}", day_first=day_first) if year else []
            if year and not (found and found[0].has_year) and (dated_in := in_year(date, int(year))):
                found = [dated_in]  # "17/3": its day and month, read already, in the log's year
            date = replace(found[0], text=date.text) if found and found[0].has_year else \
                replace(date, date=None)
        out.append(date)
    return out


def _drop_furniture(group: list[_Start], blocks: list[Block]) -> list[_Start]:
    """Without lines repeated word for word on different pages: a date in every page's header
    is not an entry. Two entries of one day ("## 02/06/2023" twice in a Markdown log) stay."""
    if group and group[0].numbered:
        return group
    pages: dict[str, set[int | None]] = {}
    for start in group:
        pages.setdefault(blocks[start.index].text, set()).add(blocks[start.index].page)
    # ... nor is a date line under "Next meeting", nor the title naming the latest entry's day
    stamps = document_stamps(group, blocks)  # (a date over the minutes and again under their signatures)
    return [s for s in group if len(pages[blocks[s.index].text] - {None}) < 2 and s.index not in stamps
            and not under_next_meeting(blocks, s.index) and not titles_an_entry(group, s)]


def _is_log(group: list[_Start], blocks: list[Block]) -> bool:
    """Whether ``group`` marks the entries of a log: two or more, each with a date (or
    number) of its own and something under it."""
    if len(group) < MIN_MEETINGS:
        return False
    attended = attended_entries(blocks, [s.index for s in group])  # each entry with its own attendance
    if not group[0].numbered and not attended and \
            not any(s.date and (s.date.has_year or _WEEKDAY.match(s.date.text) or _DAY_MONTH.fullmatch(s.date.text))
                    for s in group) and not weekly_run(group):
        return False  # "3 March", "7 April" headings alone: events of one meeting, not a log's entries
    if not dotted_dates_run(group):
        return False  # "## 1.1", "## 1.2", "## 2.1": an outline's numbers, not "### 19.11", "### 11.11"
    keys = [s.key for s in group]
    if not group[0].numbered and any(len(key) == len("MM-DD") for key in keys):
        # "Group – 23rd September" atop a page, then "Minutes of the meeting 23 Sept 2024": one day, one meeting
        keys = [key[-len("MM-DD"):] for key in keys]
    if group[0].numbered:  # numbers may repeat ("Week 3" twice)
        distinct = len(set(keys)) >= MIN_MEETINGS
    else:  # a date repeats only as two meetings of one day, each headed the same way ("## 02/06/2023")
        same_day_alike = len({(s.key, blocks[s.index].text) for s in group}) == len(set(keys))
        distinct = same_day_alike and len(set(keys)) >= max(MIN_MEETINGS, len(keys) * MIN_DISTINCT_DATE_SHARE)
    numbers = [s.number for s in group if s.number is not None]
    if not distinct or numbers and max(numbers) - min(numbers) + 1 > MAX_NUMBER_SPREAD_PER_ENTRY * len(numbers):
        return False
    if _agenda_items(group, blocks) or preamble_is_a_meeting(blocks, group) or \
            numbered_headings_lead_items(blocks, group):
        return False
    if group[0].shape == _MINUTES_TITLE_SHAPE and (not attended or not titled_alike(blocks, group)):
        return False  # a mention, or a committee's report inside the minutes, not the start of minutes
    ends = [s.index for s in group[1:]] + [len(blocks)]
    least = 1 if blocks[group[0].index].kind is BlockKind.TABLE else 2  # a form table holds the meeting
    # Most entries (or all but one) hold something; one left empty ("## 12 March 2024" and nothing) is a meeting
    # whose notes were never written, not a reason to read the log as one meeting.
    held = sum(end - s.index >= least for s, end in zip(group, ends, strict=True))
    if held < max(MIN_MEETINGS, min(len(group) * MIN_HELD_ENTRY_SHARE, len(group) - 1)):
        return False
    return all(holds_its_entry(blocks, s.index) for s in group)


def _meetings(blocks: list[Block], starts: list[_Start]) -> list[list[Block]]:
    """Each entry's blocks after the log's preamble; its opening line as a plain paragraph."""
    # A form table or info block is often introduced by the entry's own heading, which stays one.
    repeated = repeated_line_above(blocks, [s.index for s in starts])
    introduced = _introduced(starts[0]) and all(_with_heading(blocks, s.index, repeated) < s.index for s in starts)
    indexes = [_with_heading(blocks, s.index, repeated) if introduced else s.index for s in starts]
    group = group_heading(blocks, indexes[0])
    first = indexes[0] - 1 if group else indexes[0]
    preamble = readers_note_dropped(report_parts_dropped(own_parts_dropped(
        without_contents(blocks[:first], blocks[first:]), blocks[indexes[0]]), blocks[indexes[0]]))
    ends = [group_end(blocks, start, end, group) for start, end in zip(indexes, indexes[1:] + [len(blocks)],
                                                                          strict=True)]
    register = _register(blocks, starts[-1].index, ends[-1])
    ends[-1] = ends[-1] if register else log_end(blocks, indexes[-1], ends[-1])
    closing = blocks[register] if register else []
    meetings: list[list[Block]] = []
    for start, end in zip(indexes, ends, strict=True):
        head = blocks[start]
        if _introduced(starts[0]) or head.kind is BlockKind.PARAGRAPH and not head.all_bold:
            meetings.append([*preamble, *blocks[start:end], *closing])
            continue
        body = [_outdent(b, head.level) if head.kind is BlockKind.LIST_ITEM else b for b in blocks[start + 1:end]]
        opening = Block(BlockKind.PARAGRAPH, _with_label(head), head.index, head.page)
        meetings.append([*preamble, opening, *body, *closing])
    if closing:  # the last entry's span holds the register once, at the end
        meetings[-1] = [b for b in meetings[-1] if all(b is not c for c in closing)] + closing
    return meetings


def _register(blocks: list[Block], last: int, end: int) -> slice | None:
    """The log's own attendance table at its end ("Attendance" over a table of members, under
    a heading of the entries' level, closing the document): it records who came to every meeting
    ("Attendees: All"), so each meeting reads it, not the last one alone."""
    entry = blocks[last]
    if entry.kind is not BlockKind.HEADING:
        return None
    for i in range(last + 1, end - 1):
        block = blocks[i]
        if block.kind is BlockKind.HEADING and block.level <= entry.level:
            if is_attendance_group_heading(block.text) and blocks[i + 1].kind is BlockKind.TABLE:
                return slice(i, i + 2)
            return None  # the entry's own parts end at the first heading of its level
    return None


def _introduced(start: _Start) -> bool:
    """Whether entries of this kind open below a heading of their own rather than with one (each
    entry must have one: a heading over the first entry alone is the log's title)."""
    return start.shape[-1] in ("info", "form")


def _with_heading(blocks: list[Block], index: int, repeated: bool = False) -> int:
    """Where the entry at ``index`` starts: at the heading (or ``repeated`` line, see log_heads) before it."""
    return index - 1 if index > 0 and (blocks[index - 1].kind is BlockKind.HEADING or repeated) else index


def _with_label(block: Block) -> str:
    """The line as written: "5 February 2024" read as item "5" of a list is a date again."""
    if block.label and _DAY_LABEL.fullmatch(block.label.strip()):
        return f"{block.label.strip()} {block.text}"
    return block.text


def _outdent(block: Block, by: int) -> Block:
    """A list item nested under a meeting's date line, one level up."""
    if block.kind is not BlockKind.LIST_ITEM:
        return block
    return replace(block, level=max(0, block.level - by - 1), after_rule=False)
