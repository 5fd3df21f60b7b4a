"""Labels the segmenter recognises, as patterns: attendance ("Present:",
"Apologies from ..."), roles ("Chair: JC"), the signature ("Respectfully
submitted,"), the next meeting, the actions heading and a section's field
labels ("Discussion:").

Recognising a label says where a block belongs; reading the names, roles and
dates after it is the extractors' work.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from notes_extract.dates import find_dates, without_dates
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name, normalise_role, without_name_notes, without_note_after_bracket
from notes_extract.people_affiliations import person_then_affiliation
from notes_extract.people_lists import (
    MIN_RUN_ON_NAMES,
    all_names,
    ends_in_a_clause,
    names_run_on,
    opens_a_name_list,
    split_people,
    written_in_full,
)
from notes_extract.people_offices import offices_then_holders
from notes_extract.segment.apology_receipts import apologies_received
from notes_extract.segment.bare_roll_calls import bare_roll_call
from notes_extract.segment.body_labels import BODY_LABEL
from notes_extract.segment.meeting_names import names_a_meeting
from notes_extract.segment.minutes_items import sentence_after_label
from notes_extract.segment.owner_lines import task_area_label
from notes_extract.segment.presence_sentences import NAMES_THEN_PRESENT, names_then_present
from notes_extract.segment.template_notes import TEMPLATE_NOTE
from notes_extract.triggered import TriggeredPattern, holds_any, trigger_words
from notes_extract.vocab.actions import ACTION_LABEL_WORDS
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS, TO_BE_SET, WEEKDAYS
from notes_extract.vocab.decisions import MOTION_DETAIL_WORDS, MOTION_WITH_CONTENT
from notes_extract.vocab.labels import (
    ABSENT,
    APOLOGIES,
    APOLOGY_RECEIPT_VERBS,
    ARRIVED_LATE,
    ATTENDANCE_CUE_TRIGGERS,
    ATTENDANCE_HEADING_JOINERS,
    ATTENDANCE_HEADINGS,
    ATTENDANCE_KEY_LABELS,
    ATTENDANCE_KEY_VERBS,
    ATTENDANCE_LABEL_FORMS,
    ATTENDANCE_MARKS,
    ATTENDANCE_MODES,
    ATTENDANCE_SENTENCE_CUES,
    BARE_LABELS_ONLY_OVER_NAMES,
    IN_ATTENDANCE,
    LABELS_ONLY_OVER_NAMES,
    MEMBERS_LABEL,
    NAMES_THEN_NOT_PRESENT,
    NOT_PRESENT_TRIGGERS,
    NOT_TOPIC_WORDS,
    PRESENCE_CHECKS,
    PRESENT,
    QUORUM,
    ROLL_CALL_WORDS,
)
from notes_extract.vocab.labels import ACTIONS_HEADING as ACTIONS_HEADING_WORDS
from notes_extract.vocab.labels import DECISION_LABELS as DECISION_LABEL_WORDS
from notes_extract.vocab.labels import FIELD_LABELS as FIELD_LABEL_WORDS
from notes_extract.vocab.labels import NEXT_MEETING as NEXT_MEETING_LABELS
from notes_extract.vocab.labels import PREVIOUS_ACTIONS as PREVIOUS_ACTION_WORDS
from notes_extract.vocab.labels import REVIEW_WORDS as REVIEW
from notes_extract.vocab.labels import SUBMITTED as SUBMITTED_WORDS
from notes_extract.vocab.labels import TODO_HEADING as TODO_HEADING_WORDS
from notes_extract.vocab.people import (
    CHAIRING_LABELS,
    MINUTE_TAKER,
    NAME_CAPITALS,
    NAME_PARTICLES,
    ROLE_FOR_THIS_MEETING,
    ROLE_LINE_LABELS,
    TITLES_IN_RUNNING_LISTS,
)
from notes_extract.vocab.sections import AGENDA_ITEM_GERUNDS, AGENDA_ITEM_VERBS, NOTES_HEADINGS

# --- attendance --------------------------------------------------------------

# Attendance labels by category, tried in this order.
ATTENDANCE_LABELS: list[tuple[str, re.Pattern[str]]] = [(category, lazy_compile(rf"^({form})\b", re.I))
                                                        for category, form in ATTENDANCE_LABEL_FORMS]
# Any of them, in one pass: most texts open with none.
_ANY_ATTENDANCE_LABEL = lazy_compile(rf"^(?:{'|'.join(f'(?:{form})' for _, form in ATTENDANCE_LABEL_FORMS)})\b", re.I)

# A label must end the way a label does: a colon or dash, or the end of the text (a full stop too: "APOLOGIES.").
# "APOLOGIES; ..." typed with a semicolon; "Members present—Ann Lee": an em dash set close, as US minutes set it
_LABEL_END = lazy_compile(r"^\s*(?::-?|;(?=\s)|[-–—]\s|—(?=[A-Z])|\.?\s*$)")
# "Apology from Shane." / "Apologies were received from A and B."
# "Apologies for absence accepted from: Cllr A Lee.": a colon may follow "from".
# "... were received and accepted from": two receipt verbs may be joined
_LABEL_FROM = lazy_compile(r"^\s*(?:(?:were|was|had been|have been|has been)\s+)?"
                           rf"(?:{any_of(APOLOGY_RECEIPT_VERBS)}\s+)?(?:and\s+{any_of(APOLOGY_RECEIPT_VERBS)}\s+)?"
                           r"from\s*:?\s+", re.I)
# "... held their meeting with the following present: A, B, C."
_INLINE_PRESENT = TriggeredPattern(lazy_compile(
    r"\b(?:with\s+)?the following(?: members)?(?: were)? (?P<what>present|in attendance|attending)\s*:\s*"
    r"(?P<rest>.+)$", re.I), ("the following",))

# "The meeting was attended by Ann Lee, Bo Ode and Cy Rand.": those present, said in the passive.
_ATTENDED_BY = TriggeredPattern(lazy_compile(
    r"^(?P<label>(?:the\s+)?(?:\w+\s+)?(?:meeting|call|session)\s+was\s+attended\s+by)\s*:?\s+(?P<rest>[A-Z].+)$",
    re.I), ("attended",))  # (not "attended by": the pattern takes any space between)

# What may stand between a label and its colon: an aside ("Attendees (sign
# yourself in):") or the meeting's date ("Present on Tuesday 12 March 2024:").
_DATE_WORD = rf"(?:\d{{1,4}}(?:st|nd|rd|th)?|{any_of((*MONTHS, *WEEKDAYS))}|on|of)[,.]?"
# "Present/Contributors:": a second word after a slash names the same list.
_LABEL_ASIDE = lazy_compile(rf"^\s*(?:\([^()]{{1,60}}\)(?=\s*(?::|[-–—]\s|$))|/\s*[A-Za-z][\w-]*[*_]*(?=\s*:)"
                            rf"|(?:{_DATE_WORD}[\s/.-]*){{1,6}}?(?=\s*(?::|[-–—]\s)))", re.I)

# "Missing:", "Excused:": words that are an attendance label only when names follow.
_ONLY_OVER_NAMES = lazy_compile(LABELS_ONLY_OVER_NAMES, re.I)
_BARE_ONLY_OVER_NAMES = lazy_compile(BARE_LABELS_ONLY_OVER_NAMES, re.I)

# Between a label and its text ("Present: ", "Absent - ", "APOLOGIES."; "Next meeting?" asks for the date below).
_LABEL_MARK = lazy_compile(r"^\s*[:;.\-–—?]?\s*")

# Labels that name a body's members rather than say who came; inside an agenda
# item they list people for some other purpose.
WEAK_LABEL = lazy_compile(f"({MEMBERS_LABEL})", re.I)


def weak_label(label: str) -> bool:
    """Whether an attendance label may as well name who sits on something ("Committee members:",
    "Budget Committee:"): inside an item it lists a group's members, not the meeting's attendance;
    "Ann Lee and Bo Ode attended the meeting." there tells of another meeting."""
    return bool(WEAK_LABEL.fullmatch(label.strip()) or BODY_LABEL.match(f"{label.strip()}: X")) or label == NARRATED


# The label of a sentence saying who "attended": a verb, no label written.
NARRATED = "attended"


class AttendanceLabel(NamedTuple):
    """An attendance label opening a line, and the text after it."""

    category: str  # present | apologies | absent | in_attendance
    label: str  # as written
    rest: str
    after_colon: bool  # the rest follows the label's colon or dash, and may say the label again
    needs_names: bool = False  # a sentence or a "how they took part" label: attendance only over names


# "To Receive Apologies for Absence: ...": an agenda's verb before the label; several joined ("To receive and
# consider accepting apologies ..."), and a gerund after them; or pictographs ("📣 Attendees:", "✅ Present").
_BARE_AGENDA_VERBS = tuple(verb.removeprefix("to ") for verb in AGENDA_ITEM_VERBS)
_AGENDA_VERB = lazy_compile(rf"^(?:\W*{any_of(AGENDA_ITEM_VERBS)}(?:\s*(?:,|\band\b|\bor\b)\s*(?:to\s+)?"
                            rf"{any_of(_BARE_AGENDA_VERBS)})*\s+(?:{any_of(AGENDA_ITEM_GERUNDS)}\s+)?"
                            r"|(?:[\u2190-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*\s*)+(?=\w))", re.I)

# Distinct texts whose attendance label is kept: the segmenter, the log splitter and the
# heading tests ask about the same block text several times.
ATTENDANCE_LABEL_CACHE_SIZE = 2048


@lru_cache(maxsize=ATTENDANCE_LABEL_CACHE_SIZE)
def attendance_label(text: str) -> AttendanceLabel | None:
    """The label ``text`` opens with and the text after it, or None."""
    text = _AGENDA_VERB.sub("", text, count=1)
    for category, pattern in ATTENDANCE_LABELS if _ANY_ATTENDANCE_LABEL.match(text) else ():
        m = pattern.match(text)
        if not m:
            continue
        after = text[m.end():]
        if aside := _LABEL_ASIDE.match(after):
            after = after[aside.end():]
        if _LABEL_END.match(after):
            return AttendanceLabel(category, m.group(0), _without_leading_date(_LABEL_MARK.sub("", after)), True,
                                   needs_names=bool(_ONLY_OVER_NAMES.fullmatch(m.group(0))) or
                                   not after.strip() and bool(_BARE_ONLY_OVER_NAMES.fullmatch(m.group(0))))
        if category == IN_ATTENDANCE and (group := _GROUP_BEFORE_COLON.match(after)):
            # "In attendance (from 10.45am) The TEF team: Mark & Sima Oduya, ...": the group, then its people
            return AttendanceLabel(category, m.group(0), group["rest"], True)
        if (verb := _LABEL_VERB.match(after)) and (names := split_people(after[verb.end():].strip().rstrip("."))) \
                and all_names(names):
            return AttendanceLabel(category, m.group(0), after[verb.end():].strip(), False)  # "Absent were Bo Li."
        if category == APOLOGIES and (from_word := _LABEL_FROM.match(after)):
            return AttendanceLabel(category, m.group(0), after[from_word.end():], False)
        # "Apologies for absence Robin, Les, Nigel": no colon or dash; only after the labels that are no ordinary
        # word ("Present" opens sentences), in capitals, before a title, an office or full names ("PRESENT A Lee",
        # "Present Cllr A", "Present Ann Lee, Bo Ode, Cy Park")
        if (category in (APOLOGIES, ABSENT) or m[0].isupper() or opens_a_name_list(after)) and \
                names_run_on(after):  # "Present Cat Dyer (Chair), Ed Fry"
            return AttendanceLabel(category, m.group(0), after.strip(), False)
    m = _INLINE_PRESENT.search(text)
    if m:
        return AttendanceLabel(PRESENT, m.group(0), m["rest"], False)
    if (m := _ATTENDED_BY.match(text)) and (names := split_people(m["rest"].rstrip("."))) and \
            all(looks_like_name(name) for name in names):
        return AttendanceLabel(PRESENT, m["label"], m["rest"], False)  # "The meeting was attended by Ann and Bo."
    if ":" in text and (m := BODY_LABEL.match(text)) and \
            len(names := split_people(m["rest"].rstrip("."))) >= MIN_RUN_ON_NAMES and all(map(looks_like_name, names)):
        return AttendanceLabel(PRESENT, m["label"], m["rest"], False)  # "Select Board: Ann Lee and Bo Ode."
    if received := apologies_received(text):  # "The Clerk received apologies from Ann Lee."
        return AttendanceLabel(APOLOGIES, *received, False)
    return _attendance_sentence(text) if holds_any(text, _STATEMENT_WORDS) else None


# "Absent were Ann Lee and Bo Ode.": the label, its verb, then the names.
_LABEL_VERB = lazy_compile(r"^\s+(?:were|was)\s*(?::|[-–—](?=\s))?\s+(?=[A-Z])")  # "Present were - Ann Lee, ..."
# "The TEF team:", "Council officers:": a group named between a label and its people.
_GROUP_BEFORE_COLON = lazy_compile(r"^\s*(?:\([^()]{1,60}\)\s*)?(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}"
                                   r"(?:team|group|staff|officers|consultants|representatives|guests|visitors)\s*:"
                                   r"\s*(?P<rest>\S.*)$", re.I)

# "The following members attended the meeting:": a short sentence ending in a colon.
_SENTENCE_CUES = [(category, lazy_compile(rf"\b({cues})\b", re.I)) for category, cues in ATTENDANCE_SENTENCE_CUES]
_SENTENCE_WITH_COLON = lazy_compile(r"^(?P<sentence>[A-Z][^:]{3,120}):\s*(?P<rest>.*)$")
# "Roll call was taken and ", "A quorum was established and ": a clause of its own before the names present.
_CLAUSE_BEFORE_NAMES = lazy_compile(rf"^(?:{PRESENCE_CHECKS})\s+was\s+\w+\s+and\s+(?=[A-Z])", re.I)
# "Rohleder arrived shortly after the meeting began.", "Ann Lee joined at 7:15 pm.": a late arrival is present.
_NAMES_THEN_ARRIVED = TriggeredPattern(lazy_compile(
    r"^(?P<rest>[A-Z][^.;:]+?)\s+(?:arrived|joined)(?:\s+the\s+meeting)?"
    r"(?:\s+(?:late|later|at\s+\d[\d:.]*\s*(?:[ap]\.?m\.?)?|(?:shortly\s+)?(?:after|during)\s+[^,;]+))?$",
    re.I), ("arrived", "joined"))
_NAMES_THEN_NOT_PRESENT = TriggeredPattern(lazy_compile(
    rf"^(?P<rest>.+?)\s+(?:{'|'.join(f'(?P<{category}>{form})' for category, form in NAMES_THEN_NOT_PRESENT)})"
    r"(?:\s+the\s+meeting)?\s*\.?$", re.I), NOT_PRESENT_TRIGGERS)
_SENTENCE_END = lazy_compile(r"\.(?<=[a-z]\.)\s+(?=[A-Z])")  # (the stop first: found fast, see attendance_sentences)
# "Visitors signed in were Ann Lee and Bo Chan.", "Those present were: ...": who, then the names.
# "... present were supervisors Ann Lee, ...": a title in lower case may open the names.
_LOWER_TITLES = any_of(sorted({f for t in TITLES_IN_RUNNING_LISTS for f in (t, f"{t}s")}, key=len, reverse=True))
_SUBJECT_THEN_NAMES = TriggeredPattern(lazy_compile(
    rf"^(?P<subject>[A-Z][\w'’ -]{{2,50}}?)\s+(?:were|was|included?)\s*:?\s+"
    rf"(?P<rest>(?:{_LOWER_TITLES}\s+)?[A-Z].+?)\.?$"),
    ("were", "was", "include"))
MAX_SUBJECT_WORDS = 5
# "Meeting called to order at 7:39 pm with Ann Lee, Bo Ode and Cy Rand in attendance.": the names
# between "with" and the attendance closing the sentence.
_WITH_NAMES_PRESENT = TriggeredPattern(lazy_compile(
    r"^[A-Z](?:(?!\.\s+[A-Z])[^;]){0,80}?\bwith\s+(?P<rest>[A-Z][^;:]+?)\s+(?:present|in attendance|attending)"
    r"\s*\.?$"),
    ("present", "attend"))
# Each form above holds one of its words, a sentence read for its cue a cue word: a text holding none, no form tried.
_STATEMENT_WORDS = trigger_words([*ATTENDANCE_CUE_TRIGGERS, *(word for form in (
    NAMES_THEN_PRESENT, _NAMES_THEN_ARRIVED, _NAMES_THEN_NOT_PRESENT, _WITH_NAMES_PRESENT) for word in form.words)])
_QUORUM = lazy_compile(rf"\b({QUORUM})\b", re.I)
# The most words such a sentence has.
MAX_ATTENDANCE_SENTENCE_WORDS = 14


def _attendance_sentence(text: str) -> AttendanceLabel | None:
    """A sentence that says who attended: one ending in a colon over the list, or the
    names and then "were present"."""
    # split only a text that says "present" or "attend"
    first_sentence = _SENTENCE_END.split(text, maxsplit=1)[0] if NAMES_THEN_PRESENT.could_match(text) else ""
    first_sentence = _CLAUSE_BEFORE_NAMES.sub("", first_sentence)  # "Roll call was taken and A, B were present."
    if (said := names_then_present(first_sentence)) and (names := split_people(said.names)) and \
            all(looks_like_name(name) for name in names) and (not said.attended or is_name_list(said.names)):
        # "Town Administrator Ed Hall also attended.": the names alone, capitalised ("Several residents" is no one);
        # labelled by the verb, which inside an item tells of another meeting (see `weak_label`)
        return AttendanceLabel(IN_ATTENDANCE if said.also else PRESENT, NARRATED if said.attended else "", said.names,
                               False)
    if (m := _NAMES_THEN_ARRIVED.match(text.strip().rstrip("."))) and (names := split_people(m["rest"])) and \
            all(looks_like_name(name) for name in names):
        return AttendanceLabel(PRESENT, ARRIVED_LATE, m["rest"], False)
    # "Trustee Hayden did not attend.": the names, then why they were not there
    if (m := _NAMES_THEN_NOT_PRESENT.match(text.strip())) and (names := split_people(m["rest"])) and \
            all(looks_like_name(name) for name in names):
        return AttendanceLabel(next(c for c, _ in NAMES_THEN_NOT_PRESENT if m[c]), "", m["rest"], False)
    if (m := _WITH_NAMES_PRESENT.match(text.strip())) and len(names := split_people(m["rest"])) >= MIN_RUN_ON_NAMES \
            and all(looks_like_name(name) for name in names):
        return AttendanceLabel(PRESENT, "", m["rest"], False)
    if (m := _SUBJECT_THEN_NAMES.match(text.strip())) and len(m["subject"].split()) <= MAX_SUBJECT_WORDS and \
            (category := _cued_category(m["subject"])) and (names := split_people(m["rest"])) and \
            all_names(names):
        return AttendanceLabel(category, m["subject"], m["rest"], False)
    m = _SENTENCE_WITH_COLON.match(text)
    if not m or len(m["sentence"].split()) > MAX_ATTENDANCE_SENTENCE_WORDS or len(m["sentence"].split()) < 2 \
            or _QUORUM.search(m["sentence"]):
        return None  # "Quorum present (4 members): YES" says whether enough came, not who
    if m["rest"] and not all(looks_like_name(name) for name in split_people(m["rest"])):
        return None
    category = _cued_category(m["sentence"])
    return AttendanceLabel(category, m["sentence"], m["rest"], True, needs_names=True) if category else None


def _cued_category(words: str) -> str | None:
    """The attendance list a sentence's cue word names ("unable to attend", "also present", "roll call")."""
    return next((category for category, cue in _SENTENCE_CUES if cue.search(words)), None)


# "Online:", "In person:", "**Online**" alone on its line: how those below took part; only over names.
_MODE_LABEL = lazy_compile(rf"^(?:{ATTENDANCE_MODES})(?:\s+(?:attendees|participants))?\s*(?::|[-–—]\s|$)\s*", re.I)


def attendance_mode_label(text: str) -> AttendanceLabel | None:
    """"In person:" / "Online: Ann Lee": a group of those present by how they took part."""
    m = _MODE_LABEL.match(text)
    return AttendanceLabel(PRESENT, text[:m.end()].rstrip(" :-–—"), text[m.end():], True, needs_names=True) \
        if m else None


# "Ann Lee - present", "Bob Stone (absent)", "Cy Ode: apologies": the word after a name sorts it.
# "Ann Lee ....... present": dot leaders between the name and the word, as a typed roll call sets them.
_ROLL_CALL_GAP = r"(?:[-–—:]\s*|\(\s*|(?:\.{3,}|…+)\s*)"
_ROLL_CALL = [(category, lazy_compile(rf"^(?P<name>.+?)\s*{_ROLL_CALL_GAP}(?:{words})\s*\)?\s*\.?$", re.I))
              for category, words in ROLL_CALL_WORDS]
_PAREN_ASIDE = lazy_compile(r"\([^()]*\)")


def roll_call(category: str, entry: str) -> tuple[str, str]:
    """The list a roll-call word or a marker beside the name puts the entry in, and
    the entry without it; the list it was written in when it has neither."""
    for listed_in, pattern in _ROLL_CALL:
        if (m := pattern.match(entry.strip())) and looks_like_name(_PAREN_ASIDE.sub(" ", m["name"]).strip()):
            return listed_in, m["name"]
    return bare_roll_call(entry) or (category, entry)  # "Ann Lee Present": a typed roll call's columns


# How far into a label's text its date may reach ("Tuesday, 12 September 2024").
MAX_LEADING_DATE_CHARS = 40
# What may stand beside a date on a line of its own ("Tuesday, 12 March 2024", "on 12/03/2024").
_AROUND_DATE = lazy_compile(rf"^(?:{any_of(WEEKDAYS)}|on|the|[\s,.:()–—-])*$", re.I)

# The dash or colon after a date that opens a label's text ("Present: 12 March 2024 – Ann Lee").
_AFTER_LEADING_DATE = lazy_compile(r"\s*(?:[-–—:]|\s\s)\s*")


def _without_leading_date(rest: str) -> str:
    """A label's names without the meeting's date written before them."""
    dates = find_dates(rest[:MAX_LEADING_DATE_CHARS])
    if not dates or not is_date_line(rest[:dates[0].end]):
        return rest
    sep = _AFTER_LEADING_DATE.match(rest, dates[0].end)
    return rest[sep.end():] if sep else rest


def is_date_line(text: str) -> bool:
    """Whether the line is a date and nothing else ("Tuesday 12 March 2024")."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = "".join(text[end:start] for end, start in
                   zip([0, *(d.end for d in dates)], [*(d.start for d in dates), len(text)], strict=True))
    return bool(_AROUND_DATE.fullmatch(rest))


# A heading over a list of those present ("Members present", "Attendance").
# "Roll Call / Attendance", "Attendance and Apologies": two such words joined are one heading.
_ATTENDANCE_GROUP_HEADING = lazy_compile(rf"^({ATTENDANCE_HEADINGS})(\s*(?:{ATTENDANCE_HEADING_JOINERS})\s*"
                                         rf"({ATTENDANCE_HEADINGS}|{APOLOGIES}))?\s*:?\s*$", re.I)


def is_attendance_group_heading(text: str) -> bool:
    """Whether a heading opens a list of those present."""
    return bool(_ATTENDANCE_GROUP_HEADING.match(text))


@lru_cache(maxsize=ATTENDANCE_LABEL_CACHE_SIZE)  # (asked of one line by several handlers and passes)
def is_name_list(text: str, *, in_list: bool = False) -> bool:
    """Whether a line is nothing but people's names ("Peter Hawes", "A Smith, B Jones"). ``in_list``: the line
    goes on a list of names, where one word ("Farah") is a person, and so is a name typed in lower case ("Ann lee")."""
    if text.isupper() and len(text.split()) >= 3:
        # "APPROVAL OF THE CONSENT CALENDAR" is a heading; "A. DAWOOD, B. BUCHANAN" initials and surnames
        return all(_CAPITALS_INITIAL_NAME.fullmatch(part) for part in split_people(text))
    if _ITEM_NUMBER.match(text) or ends_in_a_clause(text):
        return False  # "2. Minutes of the last meeting": an agenda item, not a person
    # "Acme - Ann Lee + / Bo Li": a roster's marks and its alternates' slashes
    key = attendance_key(text)
    text = _MARK_BESIDE_NAME.sub(" ", key[2] if key else text)
    text = without_name_notes(text).strip()  # "Cy Ode <cy@ode.org>", "Bo Li [BL] (left at 8pm)"
    if in_list:
        text = without_note_after_bracket(text)  # "Ann Lee and Bo Ode (Acme) - no guest"
    if in_list and person_then_affiliation(text):
        return True  # "Gus Tran, Met Office, UK [UKMO]": one person of a list, then where they are from
    if "(" in text and offices_then_holders(text):
        return True  # "Director of Services (Mr. J. Quill), ...": officials by office, their names in brackets
    parts = [piece for part in split_people(text) for piece in _ALTERNATES.split(part)]
    if len(parts) == 1 and len(parts[0].split()) < 2 and not in_list:
        return False  # one word ("Actions") is more likely a heading than a person
    return bool(parts) and all(_PERSON_ENTRY.fullmatch(p) or in_list and _LOWER_CASE_NAME.fullmatch(p)
                               for p in parts)


# "A. DAWOOD", "J.R. SMITH": an initial and a surname, in a list typed in capitals.
_CAPITALS_INITIAL_NAME = lazy_compile(r"(?:[A-Z]\.\s*){1,2}[A-Z][A-Z'’-]+")
# "Ann Lee +", "* Bo Li": a roster's mark beside a name; " / " between a member and their alternate.
_MARK_BESIDE_NAME = lazy_compile(rf"(?:(?<=\S)\s*{ATTENDANCE_MARKS}+(?=\s*(?:/|$))|^{ATTENDANCE_MARKS}+\s*)")
_ALTERNATES = lazy_compile(r"\s+/\s+(?![^()]*\))")
# "Ann lee": a name typed with its surname in lower case, inside a list of names.
_LOWER_CASE_NAME = lazy_compile(r"(?:[A-Z][\w'’.-]*\s+){1,2}[a-z][\w'’-]+")

# "+ indicates attending", '" * " = absent': what a roster's mark says, at the end of a line.
_ATTENDANCE_KEY = lazy_compile(
    rf"(?:^|\s)[\"“”'(]?\s*(?P<mark>{ATTENDANCE_MARKS})\s*[\"“”')]?\s*(?:{ATTENDANCE_KEY_VERBS})\s*"
    r"(?:(?:the )?(?:person|member|name) (?:is|was) )?(?P<what>[a-z][a-z ]{2,25}?)\s*[.)]?\s*$", re.I)


def attendance_key(text: str) -> tuple[str, str, str] | None:
    """(mark, the list it puts people in, the text before the key) for a roster's key
    ("+ indicates attending"), alone on its line or after the roster's last entry."""
    m = _ATTENDANCE_KEY.search(text)
    if m is None:
        return None
    category = next((category for category, pattern in _ROLL_CALL_WORD if pattern.fullmatch(m["what"])), None)
    before = text[:m.start()].rstrip()
    return (m["mark"], category, "" if _KEY_LABEL.fullmatch(before) else before) if category else None


_KEY_LABEL = lazy_compile(rf"(?:{ATTENDANCE_KEY_LABELS})\s*:", re.I)

# The longest note about the quorum a roster may carry between its label and its names.
MAX_QUORUM_NOTE_WORDS = 60


def is_attendance_note(text: str) -> bool:
    """Whether a line inside an attendance list is a note on it rather than the end of
    it: what makes the meeting quorate ("Quorum is half of the voting members")."""
    return bool(_QUORUM.search(text)) and len(text.split()) <= MAX_QUORUM_NOTE_WORDS


_ROLL_CALL_WORD = [(category, lazy_compile(rf"(?:{words})", re.I)) for category, words in ROLL_CALL_WORDS]


# An agenda item's number opening a line ("2. ", "(3) ", "4.1 ").
_ITEM_NUMBER = lazy_compile(r"^\(?\d{1,3}(\.\d{1,3})*[.)]?\s")

# Words in brackets, with brackets of their own inside ("(Certum (Asseco))").
_BRACKETED = r"\((?:[^()]|\([^()]*\))*\)"
# "Cllr A Smith (Chair)", "Antoine du Hamel @aduh95", "J Bloggs – Clerk",
# "Councillor V Adams Councillor M Andrews" (two people on a row of a layout table)
_PERSON_ENTRY = lazy_compile(  # (no word ends before a capital: cutting "SOUTH" every way is exponential)
    rf"(?:(?:[{NAME_CAPITALS}][\w'’.-]*(?![{NAME_CAPITALS}])|[a-z]['’][A-Z][\w'’-]*|{'|'.join(NAME_PARTICLES)}|@[\w.-]+)\s*){{1,8}}"
    # "Ann Lee (Acme) – Chair", "Bo Li - Student/Researcher", "Cy Ode - (Acme (Europe))"
    rf"(?:{_BRACKETED}\s*){{0,2}}(?:@[\w.-]+\s*)?"  # "Ann Lee (Chair) (AL)", "Ann Lee (Acme) @annl"
    rf"(?:\s*[-–—]\s*(?:{_BRACKETED}|[A-Za-z][\w /&'’.-]{{0,30}}(?:{_BRACKETED}[\w ]{{0,20}})?))?")


# "(Ms. V. Thompson).": a name in brackets alone on a line, the end of an entry wrapped from the line above.
_BRACKETED_NAME = lazy_compile(r"\((?P<name>[^()]+)\)\s*[.,;]?")


def is_bracketed_name(text: str) -> bool:
    """Whether a line is only a person's name in brackets ("(Ms. V. Thompson)."), the holder of the
    office a wrapped list line above names ("Staff Officer, Corporate Services")."""
    m = _BRACKETED_NAME.fullmatch(text.strip())
    return m is not None and bool(_PERSON_ENTRY.fullmatch(m["name"].strip())) and looks_like_name(m["name"])


# --- roles and the signature -------------------------------------------------

# "Respectfully submitted," over the name of who wrote the minutes.
SUBMITTED = lazy_compile(rf"^{SUBMITTED_WORDS}\W*$", re.I)
# "Respectfully submitted, Sue Park, Secretary": the signature and its name on one line.
SUBMITTED_INLINE = lazy_compile(rf"^(?i:{SUBMITTED_WORDS})\s*[,:\-–]?\s+"
                                r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*,\s*[A-Za-z][\w ]{1,30})?)\W*$")

# "Chair: JC", "Minutes taken by - Ann Lee".
# The name may be a handle ("Chair: @sjn"); a placeholder ("Secretary: TBD") names nobody.
# "Secretary (minutes): Ann Lee": the office, and in brackets the part it plays at this meeting.
ROLE_LINE = lazy_compile(rf"^(?P<role>(?:{ROLE_LINE_LABELS})(?:\s*\((?:{ROLE_LINE_LABELS})\))?)"
                         rf"(?:{ROLE_FOR_THIS_MEETING})?\s*(?::|\s[-–]\s)\s*"
                         rf"(?!(?:{TO_BE_SET}|n/?a|none)\W*$)(?P<name>[A-Z@].+)$", re.I)


# "Chairing Meeting" alone on its line, the name on the next: who chaired.
_BARE_ROLE_LABEL = lazy_compile(rf"^(?P<role>{CHAIRING_LABELS})\s*:?\s*$", re.I)
# A holder's name on its own line: a few capitalised words.
# "## Minutes", "Notes": a heading over the minutes themselves, though the words can name their writer.
_MINUTES_OR_NOTES = lazy_compile(r"(?:minutes|notes)", re.I)
_HOLDER_NAME = lazy_compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def role_over_name(block: Block, following: Block | None) -> str | None:
    """"Chair: Julie Parker" for a bare role label ("Chairing Meeting") over a line with one name; a
    heading naming the minutes' writer ("#### Scribe") over one name makes that role line too."""
    text = block.text.strip()
    if following is None or not _HOLDER_NAME.match(name := following.text.strip()):
        return None
    if m := _BARE_ROLE_LABEL.match(text):
        return f"{m['role']}: {name}"
    # only the minutes' writer: an office heading ("## Treasurer") is more often the officer's report item
    label = text.rstrip(':').strip()
    writer = normalise_role(label) == MINUTE_TAKER and not _MINUTES_OR_NOTES.fullmatch(label)
    return f"{label}: {name}" if writer and (block.kind is BlockKind.HEADING or block.all_bold) else None


# "SiLabs: Ann Lee, Bo Ode": who came from a group or organisation, under an attendance label.
# "Notes:", "Summary:": a field label over the whole meeting's notes, never an item of its own.
NOTES_LABEL = lazy_compile(rf"^\W*{NOTES_HEADINGS}\s*:\W*$", re.I)
_GROUP_OF_NAMES = lazy_compile(r"^(?P<group>[A-Z][^:]{0,40}?)\s*:\s*(?P<names>\S.*)$")


def group_of_names(text: str) -> str | None:
    """The names a "Group: Ann Lee, Bo Ode" line lists (its label says where they come from)."""
    m = _GROUP_OF_NAMES.match(text.strip())
    if m is None or _QUORUM.search(m["group"]) or _ANSWER.fullmatch(m["names"].strip()) or attendance_label(text) \
            or is_role_line(text) or _DIGIT.search(m["group"]) or \
            not is_name_list(names := m["names"].strip().rstrip("."), in_list=False) or \
            not all(written_in_full(name) for name in split_people(names)):
        return None  # "Quorum present (4 members): YES" says whether enough came; "Item 3: Membership" an item
    return m["names"].strip()


_DIGIT = lazy_compile(r"\d")
# A yes/no answer after a label, never a name.
_ANSWER = lazy_compile(r"(?:yes|no|none|nil|n/?a|tbc)\W*", re.I)


def is_role_line(text: str) -> bool:
    """Whether a line names who held a role ("Chair: JC"): a role label, then a
    short name. Reading the role and the name is the attendance extractor's work."""
    m = ROLE_LINE.match(text.strip())
    # a handle in brackets after each name ("Ann Lee (@al) / Bo Ode (@bo)") is no word of a sentence
    return bool(m) and len(_BRACKETED.sub(" ", m["name"]).split()) <= 6 and ":" not in m["name"] and \
        not _TASK_AFTER_ROLE.match(m["name"]) and not names_a_meeting(m["name"]) and \
        not sentence_after_label(m["role"], m["name"]) and \
        bool(without_dates(m["name"]).strip(" ,."))  # "Minutes - March 5, 2024": a date line, no name


_BRACKETED = lazy_compile(r"\([^()]*\)")
# "Treasurer: Pay the bills.": a verb and its object after the role, a task the role owns, not a holder's name
_TASK_AFTER_ROLE = lazy_compile(r"^[A-Z][a-z]+\s+(?:the|a|an|all|any|some|our|their|its|this|these|up|out)\s")


# --- the next meeting --------------------------------------------------------

NEXT_MEETING = lazy_compile(rf"^({NEXT_MEETING_LABELS})\b", re.I)

# What may follow a next-meeting label: a colon, "is"/"will be", a date, or "to be confirmed".
_NEXT_MEETING_REST = lazy_compile(r"^\s*(s\b)?\s*[:\-–—(?]|^\s*(is|will be|was set|set for|on)\b|^\s*(?:"
                                  rf"{TO_BE_SET})\b|^\s*(\w+day,?\s+)?\d{{1,2}}(st|nd|rd|th)?\s+[A-Za-z]{{3}}", re.I)


# "Date and time of next meeting: ...": a next-meeting label that names the date, an item of its own even in a list.
DATED_NEXT_MEETING = lazy_compile(r"^\W*(?:the\s+)?dates?\b", re.I)


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

# A heading over the list of actions (not a review), or a to-do heading ("Next steps", "To improve (Action items)"),
# with a template's note after it ("Goals for next week (include responsibilities)", see `template_notes`).
_TASKS_HEADING = rf"(?:{ACTIONS_HEADING_WORDS}|{TODO_HEADING_WORDS})"  # "Follow-ups and next steps": two names
ACTIONS_HEADING = lazy_compile(rf"^(?:[^()]{{1,40}}\(\s*)?{_TASKS_HEADING}(?:\s*(?:and|&|/|or)\s*{_TASKS_HEADING})?"
                               rf"\s*\)?{TEMPLATE_NOTE}\s*:?\s*$", re.I)
# "Motion by Ann and seconded by Bo to approve ...": a line recording a motion. Under "ACTION ITEMS"
# (US boards: the items the board acts on) it shows the heading names a part of the agenda, not tasks.
# (A word of a mover's detail elsewhere in a line, "being a proposer does not ...", is no motion.)
# (Each holds "motion", "moved" or "proposed", words of a mover's detail: a text with none is not searched.)
_RECORDS_MOTION = tuple(TriggeredPattern(pattern, MOTION_DETAIL_WORDS) for pattern in (
    lazy_compile(r"^\W*(?:motion|moved|proposed|it\s+was\s+(?:moved|proposed))\b", re.I),
    lazy_compile(MOTION_WITH_CONTENT, re.I)))


def records_motion(text: str) -> bool:
    """Whether a line records a motion: it opens with the motion or its mover, or says what was moved."""
    return any(pattern.search(text) for pattern in _RECORDS_MOTION)


# "Action: ...", "AP - ...", "TODO ...": a line labelled as an action.
# "M ACTION: ...": the owner's initials may stand before the label.
_OWNER_INITIALS = r"(?-i:[A-Z]{1,3})\s+(?=(?-i:[A-Z]{2}))"
ACTION_LINE = lazy_compile(rf"^\W*(?:{_OWNER_INITIALS})?(?:{ACTION_LABEL_WORDS})\b\s*\d*\s*[:\-–—]", re.I)
def keeps_todo_list(text: str) -> bool:
    """Whether a label inside a to-do list keeps it open: another to-do heading, or a part of the work."""
    return bool(ACTIONS_HEADING.match(text)) or task_area_label(text)


# "Next steps: send the draft": a to-do label and the one action it introduces.
TODO_LINE = lazy_compile(rf"^(?:{TODO_HEADING_WORDS})\s*:\s*(?P<task>\S.*)$", re.I)
REVIEW_WORDS = lazy_compile(rf"\b({REVIEW})\b", re.I)
# Actions carried from earlier meetings.
PREVIOUS_ACTIONS = lazy_compile(rf"\b({PREVIOUS_ACTION_WORDS})\b", re.I)

# Headings that label a part of an agenda item rather than start a new one.
FIELD_LABELS = lazy_compile(rf"^({FIELD_LABEL_WORDS})\s*:?\s*$", re.I)
# "Decisions", "Decisions taken/agreed action", "Decisions and actions": a list whose items are decisions.
DECISION_LABELS = lazy_compile(rf"^({DECISION_LABEL_WORDS})(\s+(taken|reached|agreed))?"
                               r"(\s*(/|\band\b|&)\s*(agreed\s+)?actions?(\s+agreed)?)?\s*:?\s*$", re.I)
# "Decision: Tasks may be added mid-sprint.", "Agreed: ...": a line stating a decision under its label.
DECISION_LINE = lazy_compile(rf"^({DECISION_LABEL_WORDS}|agreed|resolved|decided)\s*:\s*\S", re.I)

# Labels that open a line without naming an agenda item ("Action: ...", "Chair: ...").
NOT_TOPICS = lazy_compile(rf"^{any_of(NOT_TOPIC_WORDS)}$", re.I)
