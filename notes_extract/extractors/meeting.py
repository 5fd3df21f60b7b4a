"""The meeting itself: title, date, times, place, chair and minute taker."""

from __future__ import annotations

import re
from itertools import takewhile
from pathlib import PurePath

from notes_extract.chat_lines import is_chat_turn
from notes_extract.dates import FoundDate, find_dates, first_full_date, parse_time, without_dates
from notes_extract.document import Block, BlockKind, Document
from notes_extract.extractors.closing import this_meetings_close
from notes_extract.extractors.front_matter_times import front_matter_hours
from notes_extract.extractors.info_fields import info_table_lines, marks_attendance, table_fields
from notes_extract.extractors.meeting_place import (
    NOT_A_ROOMS_NUMBER,
    dated_place,
    lower_case_place,
    opens_with_room,
    place_before_online,
    repeats_an_earlier_part,
    with_address_lines,
    without_closing_stop,
    without_place_links,
)
from notes_extract.extractors.meeting_times import FOUR_DIGIT_CLOCK, held_at_time, labelled_times, range_times
from notes_extract.extractors.meeting_title import (
    NAMES_A_BODY_OR_MEETING,
    bar_fields,
    clean_meeting_title,
    join_carried_lines,
    meeting_title,
)
from notes_extract.extractors.officers import meeting_officers
from notes_extract.extractors.place_homes import home_place
from notes_extract.extractors.place_hours import hours_in_place
from notes_extract.extractors.place_labels import front_matter_place, place_among_labels
from notes_extract.extractors.role_lines import read_role_lines
from notes_extract.extractors.status_marks import is_status_mark
from notes_extract.extractors.title_block import (
    clock_line_start,
    clock_range_line,
    name_with_body_line,
    place_clock_start,
    time_first_end,
    written_dates_first,
)
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Attendance, Meeting
from notes_extract.people import Roster
from notes_extract.segment import Segments
from notes_extract.segment.headings import CLOCK_ONLY
from notes_extract.segment.labels import is_attendance_group_heading, is_date_line
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import (
    END_PHRASE_WORDS,
    HELD_AT_WORDS,
    MEETING_CLOSE_ITEMS,
    MEETING_NOUNS,
    PAGE_CHROME_OPENERS,
    PAGE_CHROME_WORDS,
    PLACE_ABBREVIATIONS,
    PLACE_LABEL_COMPANIONS,
    PLACE_LABELS,
    PLACE_WORDS,
    PLATFORMS,
    START_PHRASE_WORDS,
    TIME_LABELS,
)
from notes_extract.vocab.people import BODIES_BEFORE_OFFICE
from notes_extract.warning_codes import warning

_DATE_LABEL = lazy_compile(r"^(date|meeting date|when)\s*[:\-–]\s*", re.I)

_START = TriggeredPattern(lazy_compile(
    # "called the special meeting to order at 6:02 p.m.", "called a Regular Meeting of the Council to order at 7"
    # "The Chair welcomed everyone at 7.32pm": the welcome opens the meeting
    r"\b(commenc\w*|open\w*|start\w*|began|begins|call(?:ed|s)? (?:[\w'’&-]+ ){0,9}?to order|convened"
    r"|welcomed (?:everyone|all|members|those present|the members|attendees)"
    r"|beginning)\b"
    # "Call to order: 4:15 p.m." (after a colon or dash only a clock time: "Opening - 3 members" is none)
    # "Meeting started 19:30": straight after the verb only a clock time
    # ("Meeting began @ 7pm": an at sign for "at")
    r"(?:[^.]*?(?:\bat\s+|@\s*)|\s*[:\-–]\s*(?=\d{1,2}(?:[.:]\d{2}|\s*[ap]\.?\s?m\b))"
    r"|\s+(?=\d{1,2}(?:[.:]\d{2}|\s*[ap]\.?\s?m\b)))"
    rf"(?P<time>{FOUR_DIGIT_CLOCK}|\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:[ap]\.?\s?m\.?)?|noon|midday)", re.I),
    START_PHRASE_WORDS)
# A time zone after a clock time ("1200 CEST", "14:00 UTC+2"), in capitals as written.
_ZONE = r"(?-i:[A-Z]{1,3}[SD]T|[A-Z]{1,2}T|UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?"
# The time first: "At 7:30pm on Monday, 25 May, a meeting was held"; "14:05 Meeting called to order";
# "6:50 pm. Meeting called to order" (a full stop after a clock time, never after an item number "6.").
_TIME_FIRST_START = lazy_compile(
    r"^\W*(?:at\s+)?(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|noon|midday)\b(?:\s*" + _ZONE + r")?"
    r"(?:(?:(?<=m)|(?<=[.:]\d\d))\.\s+)?"
    r"[^.]{0,80}?\b(?:(?:was|were)\s+(?:held|convened|opened|called to order)|met|convened|opened|began|started|"
    r"commenced|called to order)\b", re.I)
_END = TriggeredPattern(lazy_compile(
    # not across a table's cells ("Closed | 02.20.15"), nor the start of a date ("02.20.15")
    r"\b(clos\w*|end\w*|adjourn\w*|finish\w*|concluded|terminated)\b[^.|]*?(?:\bat\s+|\s)"
    rf"(?P<time>{FOUR_DIGIT_CLOCK}|\d{{1,2}}(?:[.:]\d{{2}})(?![.:/]\d)\s*(?:[ap]\.?\s?m\.?)?|\d{{1,2}}\s*[ap]\.?\s?m\b\.?)",
    re.I),
    END_PHRASE_WORDS)
# "9 Meeting close" with only "3:05pm" under it: the time the meeting ended.
_CLOSE_ITEM = lazy_compile(rf"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:{MEETING_CLOSE_ITEMS})\W*$", re.I)
# "Closure :-" then "- 18H30": the close item's time after its mark, hours and minutes parted by an "H"
_MARKED_H_CLOCK = lazy_compile(r"^\W*\d{1,2}[hH][0-5]\d\s*$")
_TIME_LABEL = lazy_compile(rf"^(?P<label>{any_of(TIME_LABELS)})\s*[:\-–]\s*(?P<rest>.+)$", re.I)
# "Scheduled start: 12:30" is when the meeting was called for; "Opened: 1300" outranks it.
_SCHEDULED = lazy_compile(r"^scheduled\b", re.I)
# What is left of a form's date field once its date is taken out: a bare 24-hour time ("Date: 2021/08/14, 1500").
_BARE_CLOCK = lazy_compile(
    r"^[^:\w]*\w*\s*:?[\s,;]*(?P<time>(?:[01]\d|2[0-3])[0-5]\d)\s*(?:h|hrs|" + _ZONE + r")?\W*$", re.I)
_END_LABEL = lazy_compile(r"^(end time|finish|finished|closed|close|end)\s*[:\-–]\s*(?P<rest>.+)$", re.I)
# "Actual start time 18:05 GMT" outranks the time the meeting was called for.
_ACTUAL = lazy_compile(r"^actual\s+(?P<which>start|end|finish|close)\w*\s*(time)?\s*[:\-–]?\s*(?P<rest>.+)$", re.I)
_TIME_RANGE = lazy_compile(
    r"(?P<a>\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)\s*(?:-|–|—|to|until)\s*"
    r"(?P<b>(?:12\s*)?(?:noon|midday)\b|\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)", re.I)

_LABEL_JOIN = r"\s*(?:&|and|/|,)\s*"
_LOCATION_LABEL = lazy_compile(
    rf"^(?P<before>(?:{any_of(PLACE_LABEL_COMPANIONS)}){_LABEL_JOIN})*{any_of(PLACE_LABELS)}"
    rf"(?P<after>(?:{_LABEL_JOIN}{any_of(PLACE_LABEL_COMPANIONS)})*)\s*[:\-–]\s*(?P<loc>.+)$", re.I)
# A place's words run to a comma, full stop or semicolon; an abbreviation's full stop ("St. John's Hall"), a capital
# initial's ("J. Smith Hall") and one inside a word ("Room 2.05", "Meet.example.org") end nothing.
_PLACE_RUN = "(?:[^,.;]|" + "|".join(rf"(?<=\b(?i:{word}))\." for word in PLACE_ABBREVIATIONS) + \
    r"|(?<=\b[A-Z])\.(?=\s?[A-Z][a-z])|(?<=\w)\.(?=\w)" + ")*"
# "held in the Village Hall" (a lower-case "the", or one in a line of capitals, is no part of the place; "held in
# The Old Hall" keeps the name's own); the place's further parts after commas, an address's number opening one
# ("Village Hall, 12 Church Lane").
_HELD_AT = TriggeredPattern(lazy_compile(
    # ("held on Tuesday 8 July 2025, 7:30 pm at the RSA": the date, its clock time, then the place)
    r"\b(?i:held|took\s+place|takes\s+place|met)\s+(?:(?i:on|at)\s+[^,]*?\d[^,]*?,?\s+"
    r"(?:\d{1,2}[.:]\d{2}\s*(?i:[ap]\.?m\b\.?)?\s+)?)?(?i:at|in)\s+(?:(?:the|THE)\s+)?"
    rf"(?P<loc>(?:\d+[a-z]?\s+)?[A-Z]{_PLACE_RUN}(?:,\s*(?:\d+[a-z]?\s+(?![AP]\.?M\b))?[A-Z]{_PLACE_RUN})*)"),
    HELD_AT_WORDS)
# What "held at" follows when it places this meeting ("The meeting was held at", "Minutes of the AGM held
# in", "Held at" opening the line), not other events ("previous hackathons held at UBC").
_MEETING_BEFORE = lazy_compile(rf"^\W*$|\b(?:{any_of(MEETING_NOUNS)}|minutes|notes|{any_of(BODIES_BEFORE_OFFICE)})s?\b"
                               r"[^.;]*$", re.I)
# "(on Teams)" alone in brackets is how one attendee took part, not where the meeting was.
_ONLINE = TriggeredPattern(lazy_compile(rf"(?<!\()\b(?:via|on|by|over)\s+(?P<loc>{any_of(PLATFORMS)})\b(?!\))", re.I),
                           PLATFORMS)


def extract_meeting(document: Document, segments: Segments, attendance: Attendance, roster: Roster, *,
                    day_first: bool, source_name: str,
                    entry_date: FoundDate | None = None, in_log: bool = False) -> tuple[Meeting, list[str]]:
    """Meeting facts from the title block, the whole text and, last, the file
    name; with warnings where the date was not found or came from the name.
    ``entry_date`` is the date a log's entry opens with, which is this meeting's; an entry
    of a log (``in_log``) is never dated by the file name, which names the whole log."""
    doc, title_blocks, fields = document, segments.title_blocks, segments.fields
    role_lines = read_role_lines(segments.role_mentions)
    warnings: list[str] = []
    texts = [b.text for b in doc.blocks]
    first_item = segments.sections[0].heading.index if segments.sections else len(doc.blocks)
    head = _title_lines(doc, title_blocks, texts[:first_item])
    # "## Time and Date" / "* Wednesday, March 29, 2023, 09:30 - 11:30": lines under the title block's
    # own headings, before the first item, are the meeting's facts
    info_lines = [b.text for b in segments.loose_blocks if title_blocks and b.index < first_item
                  and any(t.kind is BlockKind.HEADING and t.index < b.index for t in title_blocks)]
    # An info table near the top ("Date | 12 March 2024", "Notetaker | Kay Moss") reads as labelled lines.
    info_rows = info_table_lines(doc.blocks[:INFO_TABLE_WITHIN_BLOCKS])
    # A form's "Date: | ..." fields read like the labelled lines of a title block.
    head = head + info_rows + [f"{key.capitalize()}: {value}" for key, value in (fields or {}).items()]
    meeting = Meeting()
    metadata_date = _METADATA_STAMP.sub(r"\1 \2", doc.metadata.get("date", ""))

    headings = [b.text for b in title_blocks if b.kind is BlockKind.HEADING or b.all_bold]
    # Under a document heading that names something ("# Weekly Meeting Notes"), deeper
    # headings ("## Overview:") are parts of the minutes, not their title.
    levels = [b.level for b in title_blocks if b.kind is BlockKind.HEADING]
    deeper: set[str] = set()
    top = [b.text for b in title_blocks if b.kind is BlockKind.HEADING and b.level == min(levels, default=0)]
    if levels and len(top) == 1 and clean_meeting_title(top[0]):
        deeper = {b.text for b in title_blocks if b.kind is BlockKind.HEADING and b.level > min(levels)}
        headings = [h for h in headings if h not in deeper]
    title_lines = [h for h in head if h not in deeper]  # the date and place lines still date and place it
    # A web page's <title> labels the page ("Minutes APM May 2001"): the body's own title comes first.
    meeting.title = meeting_title(title_lines, texts, doc, title_blocks, headings)
    meeting.title = meeting.title and name_with_body_line(meeting.title, title_lines)
    date = _entry_date(entry_date, texts, doc, source_name, day_first=day_first)
    candidates = [] if date else _date_candidates(doc, texts, head + info_lines, metadata_date)
    for text in candidates:
        date = _held_in_posted_year(_held_lines(texts), metadata_date, day_first) if text is metadata_date else None
        date = date or first_full_date(_DATE_LABEL.sub("", text), day_first=day_first)
        if date:
            break
    if date is None and (fields or {}).get("date") and (year := _year_hint(texts, doc, source_name)):
        # "Date: | Friday 24th January": the year from elsewhere in the document or its name
        date = first_full_date(f"{fields['date']} {year}", day_first=day_first)
    if date is None and in_log:
        warnings.append(warning("no-meeting-date", "No date was found for this entry of the log (a date in the "
                                "file name would date the whole log, not this meeting)."))
    elif date is None and source_name:
        date = first_full_date(PurePath(source_name).stem.replace("_", "-"), day_first=day_first)
        if date:
            warnings.append(warning("date-from-file-name", f"The meeting date was not found in the text; {date.date} "
                                    "was taken from the file name."))
    if date:
        meeting.date, meeting.date_text = date.date, date.text
    elif not in_log:
        warnings.append(warning("no-meeting-date", "No meeting date was found."))

    next_meeting_texts = {b.text for b in segments.next_meeting}  # its "Time: 10.30am" is not this one's
    closes = [close for t in next_meeting_texts if (close := this_meetings_close(t))]  # "... Meeting closed: 20:58"
    own_texts = [t for t in texts if t not in next_meeting_texts] + closes
    meeting.start_time, meeting.end_time = _times(head + info_lines, own_texts, day_first=day_first,
                                                  above_items=texts[:min(first_item, RANGE_LINE_WITHIN)])
    meeting.start_time, meeting.end_time = front_matter_hours(doc.metadata, metadata_date, meeting, day_first)
    # "The next meeting will be held on 14 October via Zoom": the next meeting's place is not this one's
    def own(window: list[str]) -> list[str]:
        return [t for t in window if t not in next_meeting_texts]
    # the title lines, then the rest in order (a label ending the title block stays over its own next line)
    after_head = [t for t in own(texts[:40]) if t not in head]
    meeting.location = place_among_labels(head + own(texts[:INFO_LINES_WITHIN_BLOCKS])) or \
        _location(head + after_head) or _title_block_place(head, meeting.title) or home_place(own(texts)) or \
        dated_place(own(texts)) or front_matter_place(doc.metadata)
    meeting.location, meeting.start_time, meeting.end_time = hours_in_place(meeting)  # "Room 2.14, 10:00–10:45"
    second_item = segments.sections[1].heading.index if len(segments.sections) > 1 else len(doc.blocks)
    meeting.chair, meeting.minute_taker = meeting_officers(attendance, role_lines, info_rows + texts, roster,
                                                           opening_within=len(info_rows) + second_item,
                                                           front_matter=doc.metadata)
    return meeting, warnings


# "Present (12 March 2024):", "Attendance 12/03/24 -": an attendance label, then the day it records.
_DATED_ATTENDANCE = lazy_compile(r"^\W*(?i:present|attendance|attendees|in attendance)\s*"
                                 r"\(?(?P<date>[\w ,./-]{6,30}?)\)?\s*[:\-–]\s")
# How far down the document a meeting's info table or labelled date line may stand.
INFO_TABLE_WITHIN_BLOCKS = 8
INFO_LINES_WITHIN_BLOCKS = 40
# How far down, above the first item, a line of only the meeting's hours stands.
RANGE_LINE_WITHIN = 8
DATE_LINE_MAX_WORDS = 8
# A title-block line longer than this is running text.
TITLE_LINE_MAX_WORDS = 30
# A place is a name and an address, not a sentence.
PLACE_MAX_WORDS = 12


# Navigation and login lines of a web page ("Back to the home page..."), not the minutes' title block.
_PAGE_CHROME = lazy_compile(rf"^\W*{any_of(PAGE_CHROME_OPENERS)}\b|\b{any_of(PAGE_CHROME_WORDS)}\b"
                            # a mail archive's header: the sender ("Jesse Madsen madsej at alum.rpi.edu") and when the
                            # post was sent ("Sun Jun 11 16:27:57 EDT 2006", "Thu, 6 Jun 2002 10:57:46 -0700")
                            r"|^[^@\d]{1,60}?\s[\w.+-]+(?:@|\s+at\s+)[\w-]+(?:\.[\w-]+)+\s*$"
                            r"|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:\d{1,2}\s+)?[a-z]{3}\s+(?:\d{1,2}\s+)?"
                            r"(?:\d{4}\s+)?\d{1,2}:\d\d:\d\d\b", re.I)
_SERVER_CODE = lazy_compile(r"<%.*?%>|^<%.*", re.S)
# "2026-01-04T14:00:00Z": an ISO stamp's date and time, apart.
_METADATA_STAMP = lazy_compile(r"(\d)T(\d)")


def _title_lines(doc: Document, title_blocks: list[Block], texts: list[str]) -> list[str]:
    """The lines of the title block; without one, a page header naming the body ("Parish Council –
    Minutes of 3 March 2020" atop each page), else the first lines of ``texts`` (those before the
    first item: minutes that open with "1. Call to Order" have no title)."""
    # A layout table in the title block ("Team Meeting | April 8, 2022 2PM Campus Center"): each cell a line
    head = [line for b in title_blocks if not marks_attendance(b)
            for line in (_table_lines(b) if b.kind is BlockKind.TABLE else bar_fields(b.text))
            if not _PAGE_CHROME.search(line)]  # "Site Navigation" atop a saved page titles nothing
    header = [line for line in doc.metadata.get("page_header", "").splitlines()
              if NAMES_A_BODY_OR_MEETING.search(line)]
    # A page saved with its server code ("<% Response.End %> Board Meeting - 9/8/02") keeps the text after it.
    # "Chair Lee called the meeting to order at 6:30 p.m." says when it opened, not what it is.
    # "# Roll call:" over the names: the document opens with its attendance, so nothing above it titles it
    opening = list(takewhile(lambda t: not is_attendance_group_heading(t), texts))
    # "<ann> morning all": a chat log's first message is something said, not its title
    lines = head or header or [_SERVER_CODE.sub("", t).strip() for t in opening
                               if not _PAGE_CHROME.search(t) and not _START.search(t) and not is_chat_turn(t)][:3]
    # "DRAFT – subject to approval": the minutes' standing stamped above their title, no title itself
    return join_carried_lines([line for line in lines if not is_status_mark(line)])


def _table_lines(table: Block) -> list[str]:
    """A title block's table as lines: an info table laid out across as "Label: value" lines, else each cell."""
    return table_fields(table.rows) or [" ".join(c.split()) for row in table.rows for c in row if c.strip()]


# A blog's line saying when the page was posted ("Posted on November 15, 2011 by admin").
_POSTED = lazy_compile(r"^\W*(?:posted|published)\s+(?:on|at)\b", re.I)


def _date_candidates(doc: Document, texts: list[str], head: list[str], metadata_date: str) -> list[str]:
    """The lines that may date the meeting, in the order they are read: the title block's and the
    "held on" lines, the page's date, one labelled date line, a dated attendance label, the page header."""
    # "- Date: 12 March 2024" (its times aside): one short labelled line; many ("Date: ... Notice: ...") date the items.
    labelled = [t for t in texts[:INFO_LINES_WITHIN_BLOCKS]
                if _DATE_LABEL.match(t) and len(_without_clock(t).split()) <= DATE_LINE_MAX_WORDS]
    labelled = labelled if len(labelled) == 1 else []
    # A paragraph of discussion before the title line ("... switchover on 24th March 2010")
    # dates something else: the "meeting held on" line comes first.
    held = _held_lines(texts)
    head = [t for t in head if not _POSTED.match(t)]  # "Posted on November 15, 2011 by admin": the page's date
    running = [t for t in head + held if len(t.split()) > TITLE_LINE_MAX_WORDS]
    title_dated = written_dates_first([t for t in head + held if t not in running]) + running
    page_header = doc.metadata.get("page_header", "").splitlines()  # read last: the body's own lines date it first
    # "Present (12 March 2024): Ann Lee, ...": the attendance dated by its label
    attendance_dated = [m["date"] for t in texts[:INFO_LINES_WITHIN_BLOCKS] if (m := _DATED_ATTENDANCE.match(t))]
    # "### 6th Nov, 2025" over the notes, the one heading that is only a date: the day they record
    dated_headings = [b.text for b in doc.blocks if b.kind is BlockKind.HEADING and is_date_line(b.text)]
    dated_heading = dated_headings if len(dated_headings) == 1 else []
    # front matter's "title: Logs for the Dev Meeting Held on 2016-05-08" dates the page it titles
    metadata_title = [doc.metadata["title"]] if doc.metadata.get("title") else []
    return title_dated + [metadata_date] + labelled + attendance_dated[:1] + dated_heading + metadata_title + \
        page_header


def _entry_date(entry_date: FoundDate | None, texts: list[str], doc: Document, source_name: str, *,
                day_first: bool) -> FoundDate | None:
    """A log entry's own date; one written without a year ("Thursday, February 8") takes it
    from the document or its name."""
    if entry_date is None or entry_date.has_year and entry_date.date:
        return entry_date
    year = _year_hint(texts, doc, source_name)
    found = first_full_date(f"{entry_date.text} {year}", day_first=day_first) if year else None
    return FoundDate(found.date, entry_date.text, found.start, found.end, True) if found else None


def _year_hint(texts: list[str], doc: Document, source_name: str) -> str | None:
    for text in [doc.metadata.get("date", ""), PurePath(source_name).stem, *texts[:40]]:
        if m := re.search(r"\b(19|20)\d{2}\b", text):
            return m.group(0)
    return None


def _held_in_posted_year(held: list[str], posted: str, day_first: bool) -> FoundDate | None:
    """"Minutes of the meeting held on July 4th" on a page posted 2018-07-29: the day the line
    gives, in the year the page was posted (or the year before, for a day after the posting)."""
    stamp = first_full_date(posted, day_first=day_first) if posted else None
    for text in held if stamp and stamp.date else []:
        for found in find_dates(text, day_first=day_first, default_year=int(stamp.date[:4])):
            if found.has_year or not found.date:
                return None  # a dated line is read as it is
            if found.date > stamp.date:
                return first_full_date(f"{found.text} {int(stamp.date[:4]) - 1}", day_first=day_first)
            return found
    return None


_HELD_ON = lazy_compile(r"\b(held|took place|meeting)\b.*\bon\b", re.I)


def _held_lines(texts: list[str]) -> list[str]:
    return [t for t in texts[:30] if _HELD_ON.search(t)]


# "at 7", "from 10": a figure after the word that leads to a time
_AT_FIGURE = lazy_compile(r"\b(at|from)\s+\d")
_CLOCK_FIGURES = lazy_compile(r"\d\s*[ap]\.?m\b|\d[.:]\d\d", re.I)
_CLOCK_MARK = lazy_compile(r"[.:]\d\d|[ap]\.?m\b", re.I)


def _times(head: list[str], texts: list[str], *, above_items: list[str],
           day_first: bool = True) -> tuple[str | None, str | None]:
    start, end = _stated_times(head, texts, day_first=day_first)
    if start is None and (both := clock_range_line(head + above_items)):
        return both[0], end or both[1]  # "7.30pm - 9.00pm" alone on a line above the first item
    return start, end


def _stated_times(head: list[str], texts: list[str], *, day_first: bool = True) -> tuple[str | None, str | None]:
    start = end = scheduled = held = None
    for text in head + texts[:30]:
        m = _TIME_LABEL.match(text)
        if m:
            rest = without_dates(m["rest"])  # "2025-05-17, 12:30" is no range of times
            if (r := _TIME_RANGE.search(rest)) and (both := range_times(r["a"], r["b"])):
                return both
            if _SCHEDULED.match(m["label"]):
                scheduled = parse_time(rest, meeting_hours=True) or scheduled
            else:
                start = start or parse_time(rest, meeting_hours=True)  # the first: later ones time other things
        if (m := _END_LABEL.match(text)) and end is None:
            end = parse_time(m["rest"], meeting_hours=True)
    for above, text in zip(["", *texts], texts, strict=False):
        if start is None and (m := _START.search(text) or _TIME_FIRST_START.match(text)):
            start = parse_time(m["time"], meeting_hours=True)
        held = held or held_at_time(text)  # "was held ... at 4.30pm": after "opened at 4.35pm" wherever it is
        if _CLOSE_ITEM.match(above) and (CLOCK_ONLY.match(text) or _MARKED_H_CLOCK.match(text)):
            end = parse_time(text, meeting_hours=True) or end
        if (m := _END.search(text)) and parse_time(m["time"], meeting_hours=True):
            end = parse_time(m["time"], meeting_hours=True)
    labelled_start, labelled_end = labelled_times(head + texts)
    start = labelled_start or start or held or scheduled or clock_line_start(head) or place_clock_start(head)
    end = end or labelled_end or time_first_end(texts)
    if start is None:
        for text in head:
            # "181 BUNKERTOWN RD SEPTEMBER 11, 2024 7PM": the time beside the date ("1/23/24: 5:30" in a
            # document that writes its dates month first)
            if not first_full_date(text, day_first=day_first):
                continue
            rest = text
            for found in reversed(find_dates(text, day_first=day_first)):
                rest = rest[: found.start] + " " + rest[found.end:]
            # "Wednesday, March 29, 2023, 09:30 - 11:30": the times the meeting ran beside its date
            if (r := _TIME_RANGE.search(rest)) and _CLOCK_MARK.search(r.group(0)) and \
                    (both := range_times(r["a"], r["b"])):
                return both
            # "2021/08/14, 1500": a 24-hour clock time written without its colon after the date
            clock = _BARE_CLOCK.fullmatch(rest)
            if (_CLOCK_FIGURES.search(text) or clock) and \
                    (t := parse_time(clock["time"] if clock else rest)):
                start = t
                break
        for text in head:
            if _AT_FIGURE.search(text) and (m := _TIME_RANGE.search(text)):
                return parse_time(m["a"]), parse_time(m["b"])
            if _AT_FIGURE.search(text):  # "at 33/9 Western Harbour View" is no time
                start = parse_time(text.split(" at ", 1)[-1]) or start
    for text in texts:
        if (m := _ACTUAL.match(text)) and (t := parse_time(m["rest"], meeting_hours=True)):
            if m["which"].lower() == "start":
                start = t
            else:
                end = t
    if start and end and end < start and int(end[:2]) < 12:
        end = f"{int(end[:2]) + 12:02d}{end[2:]}"  # "closed at 9:10" after a 7:47pm start
    return start, end


_HOUR_RANGE = lazy_compile(r"\b\d{1,2}\s*[-–—]\s*\d{1,2}\s*[ap]\.?\s?m\b\.?", re.I)  # "3-4pm": bare hours, one pm
_CLOCK_OR_RANGE = lazy_compile(
    r"(?:\bat\s+|\bfrom\s+)?\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?)?\s*(?:-|–|—|to|until)\s*"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?)?|(?:\bat\s+)?\b\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)",
    re.I)


def _without_clock(text: str) -> str:
    """``text`` without its clock times and ranges of them ("7pm", "14:00-15:30")."""
    return re.sub(r"\s{2,}", " ", _CLOCK_OR_RANGE.sub(" ", text))


# "## When & Where" / "Time/Location": a place label standing alone over the line that gives the place.
_LOCATION_HEADING = lazy_compile(
    rf"^\W*(?:(?:{any_of(PLACE_LABEL_COMPANIONS)}){_LABEL_JOIN})*{any_of(PLACE_LABELS)}"
    rf"(?:{_LABEL_JOIN}{any_of(PLACE_LABEL_COMPANIONS)})*\W*$", re.I)
# "The meeting will take place in the #europython channel at 19:00": the place a sentence under that label gives.
# What a removed date or time leaves behind it: "on freenode at [19:00] CET on [Friday 28th March]".
_TRAILING_LINKS = lazy_compile(rf"(?:\s+(?:at|from|on|{_ZONE}))+\s*$")
# "The meeting took place virtually, via GoodConf, at 6pm": the service it was held on.
_TOOK_PLACE = lazy_compile(r"\b(?:held|takes? place|took place)\b", re.I)
_TOOK_PLACE_VIA = lazy_compile(r"\b(?:held|takes? place|took place)\b[^.;]*?\bvia\s+"
                               r"(?P<loc>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})")
_TAKES_PLACE_IN = lazy_compile(r"\b(?:held|takes? place|took place)\s+(?:in|at|on)\s+(?:the\s+)?(?P<loc>[^,.;]+)", re.I)


def _location_under_label(texts: list[str]) -> str | None:
    for label, text in zip(texts, texts[1:], strict=False):
        if not _LOCATION_HEADING.match(label):
            continue
        if m := _TAKES_PLACE_IN.search(text) or _TOOK_PLACE_VIA.search(text):
            text = m["loc"]
        elif _TOOK_PLACE.search(text):
            continue  # "The meeting took place virtually.": a sentence, no place
        place = _TRAILING_LINKS.sub("", _without_clock(without_dates(text))).strip(" .|,;-–")
        if place and len(place.split()) <= PLACE_MAX_WORDS and not _SENTENCE_WITH_VERB.search(text):
            return place
    return None


# "... COUNCIL HELD IN THE" ending a title line, the place on the lines under it.
_HELD_IN_AT_LINE_END = TriggeredPattern(lazy_compile(r"\bheld\s+(?:in|at)(?:\s+the)?\s*$", re.I), ("held",))
# The most lines a place broken over a title block's lines takes ("COUNCIL" / "CHAMBER," / "CIVIC" / "OFFICES,").
PLACE_LINES_MAX = 10


def _place_runs_to_line_end(text: str) -> bool:
    """"... HELD IN THE COUNCIL" (its "CHAMBER, CIVIC OFFICES" on the lines under): a place that runs to the end of
    a title line with no date after it."""
    m = _HELD_AT.search(text) if text.isupper() else None  # (the cheap test first)
    return bool(m) and m.end() >= len(text.rstrip(" ,")) and not find_dates(text[m.start():])


def _held_at_joined(texts: list[str]) -> list[str]:
    """Each text, a line ending in "held in the" joined to the lines under it up to the date's line."""
    joined = []
    for i, text in enumerate(texts):
        if _HELD_IN_AT_LINE_END.search(text) or _place_runs_to_line_end(text):
            for below in texts[i + 1: i + 1 + PLACE_LINES_MAX]:
                text = f"{text} {below}"
                if find_dates(below) or len(below.split()) > PLACE_MAX_WORDS:
                    break
        joined.append(text)
    return joined


def _location(texts: list[str]) -> str | None:
    if place := _location_under_label(texts):
        return place
    for text in texts:
        if m := _LOCATION_LABEL.match(text):
            # "Location & Time: Room 3, 2pm", "Held: Tuesday 14 May, 7pm, Hall": the place without the date and time
            place = without_dates(m["loc"])
            if m["before"] or m["after"] or place != m["loc"]:  # a room's number ("Room 1.05") is no clock
                place = _without_clock(place)
            return re.sub(r"(?:\s*,)+\s*", ", ", place).strip(" .|,;-–") or None
    for text in _held_at_joined(texts):
        if (m := _HELD_AT.search(text)) and _MEETING_BEFORE.search(text[: m.start()]):
            # "at the Town Hall commencing at 7pm": the place ends where its time begins
            # ("in the Library and opened at 7pm", "in the Hall with nine members": the sentence goes on)
            loc = re.sub(r"\s+(?:(at|from)\s+\d|(?:commencing|starting|beginning|where|which|with|when)\b"
                         r"|and\s+(?-i:[a-z]+ed)\b).*$", "", m["loc"], flags=re.I)
            if found := find_dates(loc):  # "Village Hall on 12 March 2024"
                # An all-capitals title line writes "ON WEDNESDAY" too.
                loc = re.sub(r"\s+(on|,)?\s*$", "", loc[: found[0].start], flags=re.I)
                loc = re.sub(r"\s+on\s+(\w+day)?\s*$", "", loc, flags=re.I)
            # "HELD AT THE VILLAGE HALL ON" with the date on the next line: the place ends before "on"
            loc = re.sub(r"\s+on(\s+\w+day)?\s*$", "", loc, flags=re.I)
            return loc.strip(" .,")
    for text in texts:
        if m := _ONLINE.search(text):
            return place_before_online(text[: m.start()]) or m["loc"]
    return next((place for text in texts if (place := lower_case_place(text))), None)


_ZONED_CLOCK = lazy_compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*" + _ZONE + r"\b")
# A place word, a state's initials after a comma, or a street number opening the line or a part ("12 High St")
# ("33/9 Western Harbour View": a flat's number before the building's)
# ("Clubroom", "Boardroom", "Townhall": a place word closing a compound)
_PLACE_WORDS = lazy_compile(rf"\b{any_of(PLACE_WORDS)}\b|,\s*(?-i:[A-Z]{{2}})\b|\b[A-Z][a-z]+(?:room|hall)\b"
                            r"|(?:^|,\s*)\d+(?:/\d+)?[a-z]?\s+(?-i:[A-Z])",
                            re.I)


# "Parochial Church Council": a line naming the body (after its church), not where it met.
_NAMES_A_BODY = lazy_compile(r"\b(?:committee|board|council|panel|forum|society|association|commission|group)\s*$",
                             re.I)
# "Ann to book the room.": a sentence (a task, a report) that mentions a room, not the meeting's place.
# "Hall is booked.", "Hall confirmed for 22 March.": minutes reporting on a venue, not the meeting's place.
_SENTENCE_WITH_VERB = lazy_compile(r"\b(?:to|will|was|were|is|are|has|have|had)\s+[a-z]+\b.*[.!]$"
                                   r"|\b[a-z]{3,}ed\s+(?:for|by|on|until|with)\b.*[.!]$")


_ENDS_IN_PLACE = lazy_compile(rf"\b{any_of(PLACE_WORDS)}\W*$", re.I)
# "Committee Meeting - Village Hall, 9 April 2025, 7pm": the part after a spaced dash or bar, before the date.
_PLACE_BEFORE_DATE = lazy_compile(r"\s[-–—|]\s+(?P<place>[^-–—|]+?)[,\s|–—-]*$")
# A dash or bar after a title line's date, before a place.
_DASH_AFTER = lazy_compile(r"\s*[-–—|]\s")


# ("Meeting Room B" is a place)
_RECORD_WORDS = lazy_compile(r"\b(minutes|meeting(?!\s+rooms?\b)|notes|agenda)\b", re.I)
# "6:10 p.m.", "18:30": a clock time (its full stops go with it)
_CLOCK_TIME = lazy_compile(rf"\b\d{{1,2}}([.:]\d{{2}})?\s*[ap]\.?m\b\.?|{NOT_A_ROOMS_NUMBER}\b\d{{1,2}}[.:]\d{{2}}\b",
                           re.I)  # (not "Room 2.14")
_HELD_LEAD = lazy_compile(r"^(?:(?:was|were|is)\s+)?held\s+(?=at\b|in\b)", re.I)
_A_WORD = lazy_compile(r"[A-Za-z]{3,}")


def _title_block_place(head: list[str], title: str | None) -> str | None:
    """A title-block line that, without its date and time, names a place
    ("Sierra Grande Lodge and Spa, Truth or Consequences, NM")."""
    for i, text in enumerate(head):
        line = text
        in_title = bool(title) and (title in text or text.strip() in title)  # the body's own line
        # ("Library Meeting Room" alone on its line: a room's name, no title)
        if in_title or _RECORD_WORDS.search(text) and \
                not (_ENDS_IN_PLACE.search(text) and not find_dates(text)):
            # "Notes of the meeting on 22 November 2023, 7pm, St John's Hall": the place after the date
            dates = find_dates(text)
            # (or after a dash or bar: "Garden Club - 9 April 2025 - Church Hall", not "2024-03-04 — Garden Club")
            before = _PLACE_BEFORE_DATE.search(text[: dates[0].start]) if dates else None
            text = text[dates[-1].end:] if dates and ("," in text[dates[-1].end:] or _DASH_AFTER.match(
                text[dates[-1].end:]) and text[: dates[0].start].strip(" #*_>") or
                opens_with_room(_CLOCK_OR_RANGE.sub(" ", text[dates[-1].end:]))) else ""
            if before and _ENDS_IN_PLACE.search(before["place"]) and not _PLACE_WORDS.search(text):
                text = before["place"]
        rest = text
        for found in reversed(find_dates(rest)):
            rest = rest[: found.start] + rest[found.end:]
        # "6:10 p.m., Mee Room": the clock's full stops go with it
        rest = _CLOCK_TIME.sub("", _HOUR_RANGE.sub("", _DATE_LABEL.sub("", rest)))  # ("3-4pm": the hours, no "3-")
        rest = _ZONED_CLOCK.sub("", rest)  # "1200 CEST" is a time, not number 1200 of a street
        # "21 May 2017 AT THE CLUBHOUSE"; "5:00pm @ Club Office**": a bold mark left over is no part of the place
        # "was held at the Town Hall" under a "The Meeting –" line: the place, not the words before it
        rest = _HELD_LEAD.sub("", rest.strip(" ,;:-–|*_"))
        # "12 March 2024 at 7:00 pm at the Oak Room": the time's "at" and the place's, and a lower-case "the"
        # after them ("Village Hall"; "at The Red Lion" keeps the name's own "The")
        rest, marked = without_place_links(rest)  # "@ The Red Lion": the sign marks a place, place word or none
        # "Held at 22 Carden Street, Leeds on 30 May 2024 at 10am": the words that led to the date and time
        rest = _TRAILING_LINKS.sub("", rest.rstrip(" ,;")).strip(" ,;")
        if 2 <= len(rest) <= 80 and len(rest.split()) <= 12 and (_PLACE_WORDS.search(rest) or marked) and \
                not _NAMES_A_BODY.search(rest) and \
                _A_WORD.search(rest) and not _SENTENCE_WITH_VERB.search(rest) and \
                not repeats_an_earlier_part(rest, line):
            return with_address_lines(without_closing_stop(rest), head[i + 1:])
    return None
