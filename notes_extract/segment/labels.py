"""Labels the segmenter recognises, as patterns: attendance ("Present:",
"Apologies from ..."), roles ("Chair: JC"), the signature ("Respectfully
submitted,"), the next meeting, the actions heading and a section's field
labels ("Discussion:").

Recognising a label says where a block belongs; reading the names, roles and
dates after it is the extractors' work.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from notes_extract.people import split_people
from notes_extract.vocab.actions import ACTION_LABEL_WORDS
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import ACTIONS_HEADING as ACTIONS_HEADING_WORDS
from notes_extract.vocab.labels import (
    APOLOGIES,
    ATTENDANCE_HEADINGS,
    ATTENDANCE_LABEL_FORMS,
    MEMBERS_LABEL,
    NOT_TOPIC_WORDS,
    PRESENT,
)
from notes_extract.vocab.labels import DECISION_LABELS as DECISION_LABEL_WORDS
from notes_extract.vocab.labels import FIELD_LABELS as FIELD_LABEL_WORDS
from notes_extract.vocab.labels import NEXT_MEETING as NEXT_MEETING_LABELS
from notes_extract.vocab.labels import PREVIOUS_ACTIONS as PREVIOUS_ACTION_WORDS
from notes_extract.vocab.labels import REVIEW_WORDS as REVIEW
from notes_extract.vocab.labels import SUBMITTED as SUBMITTED_WORDS
from notes_extract.vocab.labels import TODO_HEADING as TODO_HEADING_WORDS
from notes_extract.vocab.people import NAME_PARTICLES, ROLE_LINE_LABELS

# --- attendance --------------------------------------------------------------

# Attendance labels by category, tried in this order.
ATTENDANCE_LABELS: list[tuple[str, re.Pattern[str]]] = [(category, re.compile(rf"^({form})\b", re.I))
                                                        for category, form in ATTENDANCE_LABEL_FORMS]

# A label must end the way a label does: a colon or dash, or the end of the text.
_LABEL_END = re.compile(r"^\s*(?::-?|[-–—]\s|\s*$)")
# "Apology from Shane." / "Apologies were received from A and B."
_LABEL_FROM = re.compile(r"^\s*(?:were\s+)?(?:received\s+)?from\s+", re.I)
# "... held their meeting with the following present: A, B, C."
_INLINE_PRESENT = re.compile(
    r"\b(?:with\s+)?the following(?: members)?(?: were)? (?P<what>present|in attendance|attending)\s*:\s*"
    r"(?P<rest>.+)$", re.I)

# The separator between a label and its text ("Present: ", "Absent - ").
_LABEL_MARK = re.compile(r"^\s*[:\-–—]?\s*")

# Labels that name a body's members rather than say who came; inside an agenda
# item they list people for some other purpose.
WEAK_LABEL = re.compile(f"({MEMBERS_LABEL})", re.I)


class AttendanceLabel(NamedTuple):
    """An attendance label opening a line, and the text after it."""

    category: str  # present | apologies | absent | in_attendance
    label: str  # as written
    rest: str
    after_colon: bool  # the rest follows the label's colon or dash, and may say the label again


def attendance_label(text: str) -> AttendanceLabel | None:
    """The label ``text`` opens with and the text after it, or None."""
    for category, pattern in ATTENDANCE_LABELS:
        m = pattern.match(text)
        if not m:
            continue
        after = text[m.end():]
        if _LABEL_END.match(after):
            return AttendanceLabel(category, m.group(0), _LABEL_MARK.sub("", after), True)
        if category == APOLOGIES and (from_word := _LABEL_FROM.match(after)):
            return AttendanceLabel(category, m.group(0), after[from_word.end():], False)
    m = _INLINE_PRESENT.search(text)
    if m:
        return AttendanceLabel(PRESENT, m.group(0), m["rest"], False)
    return None


# A heading over a list of those present ("Members present", "Attendance").
_ATTENDANCE_GROUP_HEADING = re.compile(rf"^({ATTENDANCE_HEADINGS})\s*:?\s*$", re.I)


def is_attendance_group_heading(text: str) -> bool:
    """Whether a heading opens a list of those present."""
    return bool(_ATTENDANCE_GROUP_HEADING.match(text))


def is_name_list(text: str) -> bool:
    """Whether a line is nothing but people's names ("Peter Hawes", "A Smith, B Jones")."""
    if text.isupper() and len(text.split()) >= 3:
        return False  # "APPROVAL OF THE CONSENT CALENDAR"
    if _ITEM_NUMBER.match(text):
        return False  # "2. Minutes of the last meeting": an agenda item, not a person
    parts = split_people(text)
    if len(parts) == 1 and len(parts[0].split()) < 2:
        return False  # one word ("Actions") is more likely a heading than a person
    return bool(parts) and all(_PERSON_ENTRY.fullmatch(p) for p in parts)


# An agenda item's number opening a line ("2. ", "(3) ", "4.1 ").
_ITEM_NUMBER = re.compile(r"^\(?\d{1,3}(\.\d{1,3})*[.)]?\s")

# "Cllr A Smith (Chair)", "Antoine du Hamel @aduh95", "J Bloggs – Clerk",
# "Councillor V Adams Councillor M Andrews" (two people on a row of a layout table)
_PERSON_ENTRY = re.compile(
    rf"(?:(?:[A-Z][\w'’.-]*|[a-z]['’][A-Z][\w'’-]*|{'|'.join(NAME_PARTICLES)}|@[\w.-]+)\s*){{1,8}}"
    r"(?:\([^)]*\)|\s*[-–—]\s*[A-Za-z][\w ]{0,30})?")


# --- roles and the signature -------------------------------------------------

# "Respectfully submitted," over the name of who wrote the minutes.
SUBMITTED = re.compile(rf"^{SUBMITTED_WORDS}\W*$", re.I)

# "Chair: JC", "Minutes taken by - Ann Lee".
ROLE_LINE = re.compile(rf"^(?P<role>{ROLE_LINE_LABELS})\s*(?::|\s[-–]\s)\s*(?P<name>[A-Z].+)$", re.I)


def is_role_line(text: str) -> bool:
    """Whether a line names who held a role ("Chair: JC"): a role label, then a
    short name. Reading the role and the name is the attendance extractor's work."""
    m = ROLE_LINE.match(text.strip())
    return bool(m) and len(m["name"].split()) <= 6 and ":" not in m["name"]


# --- the next meeting --------------------------------------------------------

NEXT_MEETING = re.compile(rf"^({NEXT_MEETING_LABELS})\b", re.I)

# What may follow a next-meeting label: a colon, "is"/"will be", or a date.
_NEXT_MEETING_REST = re.compile(r"^\s*(s\b)?\s*[:\-–—(]|^\s*(is|will be|was set|set for|on)\b"
                                r"|^\s*(\w+day,?\s+)?\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]{3}", re.I)


def next_meeting_label(text: str) -> str | None:
    """The rest of the text when it opens with a next-meeting label."""
    m = NEXT_MEETING.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if rest.strip() and not _NEXT_MEETING_REST.match(rest):
        return None
    return _LABEL_MARK.sub("", rest)


# --- headings and labels inside the minutes ----------------------------------

# A heading that introduces the list of actions (not a review of earlier ones).
# A to-do heading ("Next steps", "Plan for next week") is one too: each item under it is an action.
ACTIONS_HEADING = re.compile(rf"^(?:{ACTIONS_HEADING_WORDS}|{TODO_HEADING_WORDS})\s*:?\s*$", re.I)
# "Action: ...", "AP - ...", "TODO ...": a line labelled as an action.
ACTION_LINE = re.compile(rf"^\W*(?:{ACTION_LABEL_WORDS})\b\s*\d*\s*[:\-–—]", re.I)
# "Next steps: send the draft": a to-do label and the one action it introduces.
TODO_LINE = re.compile(rf"^(?:{TODO_HEADING_WORDS})\s*:\s*(?P<task>\S.*)$", re.I)
REVIEW_WORDS = re.compile(rf"\b({REVIEW})\b", re.I)
# Actions carried from earlier meetings.
PREVIOUS_ACTIONS = re.compile(rf"\b({PREVIOUS_ACTION_WORDS})\b", re.I)

# Headings that label a part of an agenda item rather than start a new one.
FIELD_LABELS = re.compile(rf"^({FIELD_LABEL_WORDS})\s*:?\s*$", re.I)
DECISION_LABELS = re.compile(rf"^({DECISION_LABEL_WORDS})\s*:?\s*$", re.I)

# Labels that open a line without naming an agenda item ("Action: ...", "Chair: ...").
NOT_TOPICS = re.compile(rf"^{any_of(NOT_TOPIC_WORDS)}$", re.I)
