"""Formal minutes titles as a log's entries: a file holding a run of minutes, each opening with
"Minutes of the meeting of the X held on <date> at <place>" and its attendance.

The title line may be long (the place, the time) and plain (no heading style, no bold); what
makes it an entry is that it names minutes and their meeting's date, and that the meeting's
attendance follows within a few lines. A single meeting's "Minutes of the meeting held on
3 February" under its approval item has no attendance after it, so it never opens an entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notes_extract.dates import FoundDate, find_dates
from notes_extract.document import Block, BlockKind, more_words_than
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.log_starts import LogStart, StartT
from notes_extract.segment.labels import attendance_label, is_attendance_group_heading
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import MEETING_DATE_LABELS
from notes_extract.vocab.meetings import MINUTES_TITLE_HELD, MINUTES_TITLE_NOUNS

# The longest title line read as an entry's opening, in words.
MAX_MINUTES_TITLE_WORDS = 40
# How many blocks after the title its attendance may start (a venue or time line may come between).
MAX_BLOCKS_TO_ATTENDANCE = 4
# A log read from its attended lines alone has at least this many entries.
MIN_ATTENDED_ENTRIES = 2

_MINUTES_TITLE = lazy_compile(rf"^\W*(?:the\s+)?{any_of(MINUTES_TITLE_NOUNS)}\s+of\s+(?:the\s+|an?\s+)?\S.*?"
                              rf"\b{any_of(MINUTES_TITLE_HELD)}\s+", re.I)


def minutes_title_date(block: Block, day_first: bool) -> FoundDate | None:
    """The date a formal minutes title line gives ("Minutes of ... held on 3 March 2024 ..."), if it is one."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or block.label:
        return None  # "3. Minutes of the meeting held on ...": an agenda item, not a title
    text = block.text.strip()
    if more_words_than(text, MAX_MINUTES_TITLE_WORDS) or text.endswith((".", ";")) and not text.endswith("m."):
        return None
    m = _MINUTES_TITLE.match(text)
    if m is None:
        return None
    dates = [d for d in find_dates(text[m.start():], day_first=day_first, default_year=2000) if d.has_year]
    return dates[0] if len(dates) == 1 else None


def attendance_follows(blocks: list[Block], index: int, end: int | None = None) -> bool:
    """Whether the meeting's attendance starts within a few blocks after ``index`` (and before ``end``)."""
    last = index + 1 + MAX_BLOCKS_TO_ATTENDANCE
    for block in blocks[index + 1: last if end is None else min(end, last)]:
        text = block.text.strip()
        if attendance_label(text) or is_attendance_group_heading(text):
            return True
    return False


# The longest dated title read as an entry's opening because its attendance follows it
# ("Meeting with supervisor (3/3/2024)", "3 March 2024 – weekly progress meeting with the client").
MAX_ATTENDED_TITLE_WORDS = 16
# A dated title is a line, not a sentence: it does not end like one.
_SENTENCE_END = (".", ";", "?", "!")
_HAS_LETTER = lazy_compile(r"[^\W\d_]")
_DATE_FIELD = lazy_compile(rf"^\W*(?:{MEETING_DATE_LABELS})\s*(?::|[-–—]\s)", re.I)


def attended_title_date(blocks: list[Block], index: int, day_first: bool) -> FoundDate | None:
    """The date of a short dated title line that the meeting's attendance follows within a few
    lines: the attendance is what makes a title the author wrote freely ("Meeting with supervisor
    (3/3/2024)", "March 4th") the start of a log's entry. Its date may lack a year."""
    block = blocks[index]
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or block.label:
        return None  # "3. Launch (3 March 2024)": a numbered item, not a title
    text = block.text.strip()
    if more_words_than(text, MAX_ATTENDED_TITLE_WORDS) or text.endswith(_SENTENCE_END) or text.endswith(":") \
            or attendance_label(text) or not _HAS_LETTER.search(text):
        return None
    dates = find_dates(text, day_first=day_first, default_year=2000)  # 2000: any day parses
    if len(dates) != 1 or not attendance_follows(blocks, index) or _dated_below(blocks, index):
        return None
    return dates[0]


def _dated_below(blocks: list[Block], index: int) -> bool:
    """Whether a "Date:" line follows the title before its attendance: that line opens the entry,
    under its title (an info block), and gives the date in full."""
    for block in blocks[index + 1: index + 1 + MAX_BLOCKS_TO_ATTENDANCE]:
        text = block.text.strip()
        if attendance_label(text) or is_attendance_group_heading(text):
            return False
        if _DATE_FIELD.match(text):
            return True
    return False


def attended_entries(blocks: list[Block], indexes: list[int]) -> bool:
    """Whether each entry's attendance starts within a few blocks of its opening, before the next
    entry opens: a single meeting has its attendance once, at the top, however many dated lines
    sit above it or in its items."""
    ends = [*indexes[1:], len(blocks)]
    return all(attendance_follows(blocks, index, end) for index, end in zip(indexes, ends, strict=True))


def unread_form_date(block: Block, date_label: re.Pattern[str]) -> bool:
    """Whether a meeting's form table (a "Date" label cell, an attendance label cell) leaves its
    date unread ("17/3", "TBC", blank): an entry of a log of such forms, its date unknown. A table
    without the meeting's attendance (a "Next meeting" form) is no entry."""
    cells = [cell.strip() for row in block.rows for cell in row]
    return any(date_label.match(cell) for cell in cells) and \
        any(attendance_label(cell) or is_attendance_group_heading(cell) for cell in cells)


def attended_subgroups(groups: list[list[StartT]], blocks: list[Block]) -> list[list[StartT]]:
    """Of each group of dated lines of one shape, those the attendance follows, when some are not:
    a log's entries each open with their attendance, while dated lines of the same shape inside a
    meeting ("Print posters: Ann, 18 March 2024") have none; the attended ones are the log."""
    out: list[list[StartT]] = []
    for group in groups:
        ends = [*(s.index for s in group[1:]), len(blocks)]  # before the group's next line
        attended = [s for s, end in zip(group, ends, strict=True) if attendance_follows(blocks, s.index, end)]
        if MIN_ATTENDED_ENTRIES <= len(attended) < len(group):
            out.append(attended)
    return out


# How many opening words the titles of one log's entries share ("Minutes of the ...").
TITLE_OPENING_WORDS = 3


def title_opening(text: str) -> tuple[str, ...]:
    """The first words of an entry's title line once dates and numbers are set aside."""
    for date in reversed(find_dates(text, default_year=2000)):
        text = text[: date.start] + " " + text[date.end:]
    words = re.findall(r"[^\W\d_]+", text.lower())
    return tuple(words[:TITLE_OPENING_WORDS])


def titled_alike(blocks: list[Block], starts: Sequence[LogStart]) -> bool:
    """Whether the entries' title lines open with the same words once dates and numbers are set
    aside: a log repeats its title ("Minutes of the meeting of ..."), while minutes that carry a
    committee's report ("REPORT OF THE FINANCE COMMITTEE HELD ON ...") or a site meeting's notes
    open those differently."""
    return len({title_opening(blocks[s.index].text) for s in starts}) == 1
