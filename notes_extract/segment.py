"""Segmentation: which blocks are the title block, attendance, action tables,
discussion sections and the next meeting.

The segmenter only decides where each block belongs; reading names, dates and
actions out of the blocks is the extractors' work. Its rules are about the
shapes minutes take (labels such as "Present:", table header rows, headings
written as styles, bold lines or short lines), never about one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notes_extract.dates import first_full_date
from notes_extract.document import Block, BlockKind
from notes_extract.people import split_people

# --- labels, as patterns -------------------------------------------------

ATTENDANCE_LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("present", re.compile(
        r"^((board |committee |council )?members (present|in attendance|attending)"
        r"|(councill?ors?|trustees?|directors?|commissioners?|supervisors?|governors?|committee|board|"
        r"voting members?|those|people|officers? and members)( members)?"
        r" (present|in attendance|attending)"
        r"|(councill?ors|commissioners|trustees|directors|supervisors|governors|board members|committee members)"
        r"(?=\s*:))\b", re.I)),
    ("in_attendance", re.compile(
        r"^(in attendance|also (present|in attendance|attending)|officers?( present| in attendance)?"
        r"|(management and )?staff( and management)?( present| in attendance)?|management|guests?( present)?"
        r"|observers?|observing|visitors?|invited guests?|non[- ]members?( present)?"
        r"|members of the (public|press)( and (the )?(media|press))?|public and media|press)\b", re.I)),
    ("apologies", re.compile(
        r"^(apolog(y|ies)( for absence)?( were)?( received)?|regrets|sent regrets)\b", re.I)),
    ("absent", re.compile(r"^((members? )?absent( without apologies)?|not present|absentees?)\b", re.I)),
    ("present", re.compile(
        r"^(present( members)?|attendees?|attendance|attending|participants|members"
        r"|(committee|board|council|voting|full) members(?=\s*:?\s*$))\b", re.I)),
]  # fmt: skip

# A label must end the way a label does: a colon or dash, or the end of the text.
_LABEL_END = re.compile(r"^\s*(?::-?|[-–—]\s|\s*$)")
# "Apology from Shane." / "Apologies were received from A and B."
_LABEL_FROM = re.compile(r"^\s*(?:were\s+)?(?:received\s+)?from\s+", re.I)
# "... held their meeting with the following present: A, B, C."
_INLINE_PRESENT = re.compile(
    r"\b(?:with\s+)?the following(?: members)?(?: were)? (?P<what>present|in attendance|attending)\s*:\s*"
    r"(?P<rest>.+)$", re.I)

NEXT_MEETING = re.compile(
    r"^(date,? (time )?(and|&) (venue|place|location) of (the )?next meeting|(the )?dates? of (the )?next"
    r" meetings?|(the )?next meetings?( date)?|future meetings?( dates)?|upcoming meetings?)\b", re.I)

# A heading that introduces the list of actions (not a review of earlier ones).
ACTIONS_HEADING = re.compile(
    r"^([\w'’]+\s+){0,3}?(actions?|action (points?|items?|list|log|summary|register|plan)|tasks|to[- ]?dos?)"
    r"( agreed| arising| from this meeting| summary)?\s*:?\s*$", re.I)
_REVIEW_WORDS = re.compile(r"\b(review|update|updates|outstanding|previous|last|matters|progress|completed)\b", re.I)

ACTION_HEADER = {
    "action": re.compile(r"\b(actions?|tasks?|items?|description|what|activity|to do)\b", re.I),
    "owner": re.compile(r"\b(person|owner|who|responsible|lead|by whom|assigned|assignee|"
                        r"taking this on|actioned by|officer)\b", re.I),
    "opened": re.compile(r"\b(opened|raised|added|created|assigned on|date set)\b", re.I),
    "due": re.compile(r"\b(deadline|due|by when|when|target|timescale|timeline|date|by)\b", re.I),
    "status": re.compile(r"\b(status|progress|update|complete[d]?)\b", re.I),
    "ref": re.compile(r"^(no\.?|#|ref\.?|number|item no\.?|id)$", re.I),
}  # fmt: skip

MOTION_HEADER = {
    "text": re.compile(r"\b(motion|resolution|proposal)( text)?\b", re.I),
    "proposer": re.compile(r"\b(moved|proposed|proposer|mover)\b", re.I),
    "seconder": re.compile(r"\bseconde[dr]\b", re.I),
    "outcome": re.compile(r"\b(status|result|outcome|carried|vote)\b", re.I),
}

PREVIOUS_ACTIONS = re.compile(
    r"\b(previous|last|earlier|outstanding|carried (forward|over)|prior|open actions|matters arising)\b",
    re.I)

# A board's ruling written in capitals under a case ("GRANTED", "NO VIOLATION"):
# a decision, not a heading, however bold.
RULING = re.compile(
    r"^(?P<word>GRANTED|DENIED|DEFERRED|DEFER|RESCHEDULED|CONTINUED|POSTPONED|TABLED|NO VIOLATION|WARNING|"
    r"APPROVED|REFUSED|DISMISSED|WITHDRAWN|SUSPENDED|REVOKED|ACCEPTED|REJECTED|CARRIED|ADOPTED)\b"
    r"[A-Z0-9 &:;,.'’/()\-–]*$")

# Headings that label a part of an agenda item rather than start a new one.
FIELD_LABELS = re.compile(
    r"^(discussion|discussions|conclusions?|decisions?( made)?|resolutions?|outcomes?|notes?|summary|details"
    r"|background|comments?|observers?|resources|special notes|presenter|update|updates|purpose)\s*:?\s*$",
    re.I)
DECISION_LABELS = re.compile(r"^(conclusions?|decisions?( made)?|resolutions?|outcomes?)\s*:?\s*$", re.I)

# Headings that are meeting furniture, not agenda items.
_NOT_SECTIONS = re.compile(
    r"^(meeting )?(times?|dates?|venue|location|links?|related documents|attachments?|references|"
    r"recordings?|(table of )?contents|agenda|minutes|other information|meeting information|"
    r"meeting details)\s*:?\s*$", re.I)

# "Anti-racism work update - Isaac provided an update ...": a topic, then who led it.
PRESENTER_VERBS = (r"(provided|gave|presented|led|introduced|outlined|reported|updated|shared|"
                   r"explained|talked|spoke|summari[sz]ed|described|walked)")
_TOPIC_THEN_PRESENTER = re.compile(
    r"^(?P<title>[^.:;]{3,80}?)\s+[-–—]\s+(?P<rest>(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    + PRESENTER_VERBS + r"\b.*)$")

# "Public Comment: None" / "Oakland Mills: Christopher reported ...": a
# Title Case label opening a paragraph names the item it is about.
_INLINE_TOPIC = re.compile(
    r"^(?P<title>[A-Z0-9][\w'’&/-]*(?:\s+(?:[A-Z0-9][\w'’&/.-]*|of|and|the|for|to|in|on|&|-)){0,5}"
    r"|[A-Z][\w'’&/-]*(?:\s+[a-z][\w'’&/-]*){0,1}\s+(?:report|update|updates|review|news|recap|summary))"
    # "Breakfast report: ..."
    r"\s*:\s+(?P<rest>\S.*)$")
_NOT_TOPICS = re.compile(
    r"^(action|actions|ai|ap|agreed|decision|resolved|resolution|motion|proposal|proposed|seconded|note|"
    r"notes|nb|source|date|time|venue|location|place|where|when|present|apologies|absent|chair|"
    r"minutes|update|status|question|answer|q|a|comment|result|vote|votes|outcome|summary|"
    r"conclusion|subject|re|to|from|cc|url|link|website|email|tel|phone)$", re.I)

# An issue tracker item used as an agenda item ("Interim TSC Election #1763").
_TRACKER_ITEM = re.compile(r"^(?P<title>.{3,200}?)\s+\[?#\d+\]?\s*$")

_FINITE_VERB = re.compile(r"\b(was|were|is|are|has|have|had|will|would|did|does)\b", re.I)

# Words that open a sentence of discussion, not a heading.
_SENTENCE_OPENERS = re.compile(
    r"^(it|there|this|we|they|he|she|the group|members|group members|an? |all|no )\b", re.I)


@dataclass
class SectionSpan:
    heading: Block
    heading_text: str
    # The part of the heading that names the item, and the running text after
    # it, when the heading block goes on ("Anti-racism work update" and
    # "Isaac provided an update ..."); None for a plain heading.
    title_hint: str | None
    rest: str = ""
    blocks: list[Block] = field(default_factory=list)
    level: int = 99  # heading level; 99 for headings without one
    presenter_hint: str | None = None  # from a template's "Presenter:" field
    parent: str | None = None  # the grouping heading above it ("Reports")
    tables: int = 0  # action or motion tables read under it
    grouping: bool = False  # known to hold only the items below it (an issue tracker's repository)


@dataclass
class AttendancePart:
    category: str  # present | apologies | absent | in_attendance
    label: str  # the label as written
    text: str  # the rest of the labelled line ("" when the names follow as a list)
    blocks: list[Block] = field(default_factory=list)


@dataclass
class ActionTable:
    table: Block
    columns: dict[str, int]  # role ("action", "owner", "due", "status", "ref") → column
    previous: bool  # actions carried from earlier meetings
    heading_text: str  # header row as written, for provenance
    section: str | None = None  # the section the table sits in, if any


@dataclass
class MotionTable:
    table: Block
    columns: dict[str, int]  # role ("text", "proposer", "seconder", "outcome") → column
    section: str | None = None


@dataclass
class Segments:
    title_blocks: list[Block] = field(default_factory=list)
    attendance: list[AttendancePart] = field(default_factory=list)
    # ("chair", "JC") from "Chair: JC" lines and template fields.
    role_lines: list[tuple[str, str]] = field(default_factory=list)
    action_tables: list[ActionTable] = field(default_factory=list)
    motion_tables: list[MotionTable] = field(default_factory=list)
    # List items / paragraphs under an "Actions" heading, outside any table.
    action_lines: list[Block] = field(default_factory=list)
    sections: list[SectionSpan] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    # Label/value pairs of form-like tables ("location" → "LG23"), lower-cased labels.
    fields: dict[str, str] = field(default_factory=dict)
    next_meeting: list[Block] = field(default_factory=list)
    loose_blocks: list[Block] = field(default_factory=list)


_SUBMITTED = re.compile(r"^(respectfully\s+)?submitted( by)?\W*$", re.I)

ROLE_LINE = re.compile(
    r"^(?P<role>chair(?:person|man|woman)?|chaired by|facilitator|facilitated by|presiding|"
    r"minute[- ]?taker|minutes(?: taken)?(?: by)?|note[- ]?taker|notes(?: taken)? by|scribe|recorder|"
    r"timekeeper|time[- ]keeper|secretary|clerk|treasurer|meeting called by|(?:past |vice[- ])?president|in the chair|"
    r"vice[- ]chair(?:person|man)?)\s*(?::|\s[-–]\s)\s*(?P<name>[A-Z].+)$", re.I)


# Labels that name a body's members rather than say who came; inside an agenda
# item they list people for some other purpose.
_WEAK_LABEL = re.compile(r"(councill?ors|commissioners|trustees|directors|supervisors|governors|board members|"
                         r"committee members|members)", re.I)


def attendance_label(text: str) -> tuple[str, str, str] | None:
    """(category, label, rest) when ``text`` opens with an attendance label."""
    for category, pattern in ATTENDANCE_LABELS:
        m = pattern.match(text)
        if not m:
            continue
        after = text[m.end():]
        if _LABEL_END.match(after):
            rest = re.sub(r"^\s*[:\-–—]?\s*", "", after)
            # "Apologies: Apologies were received from B. Mooney"
            rest = re.sub(r"^(apolog(y|ies)|regrets)\s+(were\s+|was\s+)?(received\s+|sent\s+)?from\s+", "", rest,
                          flags=re.I)
            return category, m.group(0), rest
        if category == "apologies" and _LABEL_FROM.match(after):
            return category, m.group(0), after[_LABEL_FROM.match(after).end():]  # type: ignore[union-attr]
    m = _INLINE_PRESENT.search(text)
    if m:
        category = "present"
        return category, m.group(0), m["rest"]
    return None


def role_line(text: str) -> tuple[str, str] | None:
    """("chair", "JC") for "Chair: JC"; None for anything else."""
    m = ROLE_LINE.match(text.strip())
    if not m or len(m["name"].split()) > 6 or ":" in m["name"]:
        return None
    return m["role"].lower(), m["name"].strip(" .")


def next_meeting_label(text: str) -> str | None:
    """The rest of the text when it opens with a next-meeting label."""
    m = NEXT_MEETING.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if rest.strip() and not re.match(r"^\s*(s\b)?\s*[:\-–—(]|^\s*(is|will be|was set|set for|on)\b"
                                      r"|^\s*(\w+day,?\s+)?\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]{3}", rest, re.I):
        return None
    return re.sub(r"^\s*[:\-–—]?\s*", "", rest)


def _column_roles(header: tuple[str, ...], patterns: dict[str, re.Pattern[str]],
                  order: tuple[str, ...]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, cell in enumerate(header):
        for role in order:
            if role not in columns and patterns[role].search(cell):
                columns[role] = i
                break
    return columns


def classify_action_table(block: Block) -> dict[str, int] | None:
    """Column roles of an action table from its header row, or None."""
    if len(block.rows) < 2 or len(block.rows[0]) < 2:
        return None
    columns = _column_roles(block.rows[0], ACTION_HEADER, ("ref", "owner", "status", "opened", "due", "action"))
    if "action" not in columns:
        return None
    # Without an owner column, only a real deadline column says "actions":
    # a ledger's "Date | Item | Amount" is not a task list.
    explicit_due = "due" in columns and re.search(r"deadline|due|by when|target|timescale|complete by",
                                                  block.rows[0][columns["due"]], re.I)
    if "owner" not in columns and not explicit_due:
        return None
    return columns


def classify_motion_table(block: Block) -> dict[str, int] | None:
    """Column roles of a table of motions ("Motion | Moved by | Seconded by | Status")."""
    if len(block.rows) < 2 or len(block.rows[0]) < 2:
        return None
    columns = _column_roles(block.rows[0], MOTION_HEADER, ("proposer", "seconder", "outcome", "text"))
    if "text" not in columns or not ({"proposer", "seconder", "outcome"} & columns.keys()):
        return None
    return columns


def is_heading_like(block: Block, following: Block | None) -> bool:
    """Whether a block starts a new part of the minutes."""
    if RULING.match(block.text.strip()):
        return False
    if block.kind is BlockKind.HEADING:
        return True
    if block.kind is BlockKind.LIST_ITEM:
        return _item_heading(block, following)
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    words = block.text.split()
    if block.all_bold and len(words) <= 15:
        return True
    if heading_split(block)[0] and following is not None and following.kind is BlockKind.LIST_ITEM:
        return True
    return _plain_heading(block, following)


def _lead_bold_title(block: Block) -> str | None:
    """The bold title a paragraph opens with, when the rest runs on after a dash."""
    lead = block.lead_bold.strip().rstrip(":-–— ")
    if not lead or block.all_bold or len(lead.split()) > 10:
        return None
    rest = block.text[len(block.lead_bold.strip()):]
    if re.match(r"^\s*[-–—]\s", rest):
        return lead
    return None


def _item_heading(block: Block, following: Block | None) -> bool:
    """A numbered agenda item written as a list item: short, with its minutes
    in the paragraphs below it (bold or in capitals, or numbered and followed
    by a paragraph rather than the next item of a list)."""
    text = block.text.strip()
    if not text or len(text.split()) > 14 or text[-1] in ".;,!?" or block.level > 0 or following is None:
        return False
    emphasised = block.all_bold or (text.isupper() and len(text) > 3)
    if emphasised:
        return following.kind is not BlockKind.LIST_ITEM or following.label is not None and \
            _label_rank(following.label) > _label_rank(block.label)
    return bool(block.label) and _label_rank(block.label) <= 2 and len(text.split()) <= 10 and \
        following.kind is BlockKind.PARAGRAPH and not _FINITE_VERB.search(text)


def _plain_heading(block: Block, following: Block | None) -> bool:
    """A short plain line that introduces what follows (text and PDF minutes)."""
    text = block.text.strip()
    words = text.split()
    if _STANDARD_ITEMS.match(text) and following is not None:
        return True
    if not words or len(words) > 12 or text[-1] in ".;,!?:" or _SENTENCE_OPENERS.match(text):
        return False
    if following is None or following.kind is BlockKind.HEADING and not _NUMBERED.match(text):
        return False
    if _FINITE_VERB.search(text) and not block.all_bold:
        return False  # a sentence without its full stop, not a heading
    if not block.all_bold and (re.search(r"[=+]|\(\s*(for\s+)?[\d,]+|^votes?\b", text, re.I)
                               or re.search(r"\b(that|which|whom?)\b", text)):
        return False  # a vote count, a formula, a clause: not a heading
    if re.match(r"^[^:]{2,40}:\s+\S", text) and not block.all_bold:
        return False  # "Old Business: None", "Previous meeting's minutes: 2025-04-17": a labelled line
    # A run of short lines ("1. Mark St. John, Alsea" / "2. John Perez") is a list.
    if following.kind is BlockKind.PARAGRAPH and _short_line(following.text) and not block.all_bold and \
            not re.fullmatch(r"(none|nil|n/?a|no\.?)\W*", following.text.strip(), re.I) and \
            not (_NUMBERED.match(text) and not _NUMBERED.match(following.text)):
        return False
    return text[0].isupper() or text[0].isdigit()


def _short_line(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= 12 and text[-1] not in ".;!?:"


def _label_rank(label: str | None) -> int:
    """How deep a numbering style sits in an outline: I. > A. > 1. > a. > i."""
    if not label:
        return 9
    core = label.strip("().")
    if re.fullmatch(r"[IVXLC]+", core):
        return 0
    if re.fullmatch(r"[A-Z]", core):
        return 1
    if re.fullmatch(r"\d+(\.\d+)*", core):
        return 2
    if re.fullmatch(r"[a-z]", core):
        return 3
    return 4


def heading_split(block: Block) -> tuple[str | None, str]:
    """(title, running text) when a paragraph opens with a topic and runs on;
    (None, "") for a plain heading."""
    lead = _lead_bold_title(block)
    if lead:
        rest = block.text[len(block.lead_bold.strip()):]
        return lead, re.sub(r"^\s*[-–—:]\s*", "", rest)
    m = _TOPIC_THEN_PRESENTER.match(block.text)
    if m and block.kind is BlockKind.PARAGRAPH:
        return m["title"], m["rest"]
    return None, ""


def numbered_item(block: Block) -> tuple[str, str] | None:
    """(title, rest) for a top-level numbered item written as a paragraph of
    its own: "3 Challenge to the Chair: no challenges were received ..." or
    "6 Reports were made:"; None for other blocks and for sub-items ("6.1")."""
    text = block.text.strip()
    if block.kind is BlockKind.PARAGRAPH and (bare := re.match(r"^\d{1,2}\s+(?=[A-Z])", text)):
        text = text[bare.end():]  # "5 Quoracy: ..." typed as a paragraph
    elif block.kind is not BlockKind.LIST_ITEM or block.level != 0 or not block.label or \
            not re.fullmatch(r"\d{1,2}[.)]?", block.label.strip()):
        return None
    if text.endswith(":") and len(text.split()) <= 8:
        return text.rstrip(": "), ""
    m = re.match(r"^(?P<title>[^:.;]{3,60}?)\s*:\s+(?P<rest>\S.*)$", text)
    if m and len(m["title"].split()) <= 7 and m["title"][0].isupper():
        return re.sub(r"^(on|re|regarding)\s+", "", m["title"], flags=re.I), m["rest"]
    # "Elections to the Advisory Board (neither the Chair ...)"
    m = re.match(r"^(?P<title>[A-Z][^(:.;]{3,60}?)\s*\((?P<rest>.+)\)\s*$", text)
    if m and len(m["title"].split()) <= 8:
        return m["title"], m["rest"]
    return None


def inline_topic(block: Block) -> tuple[str, str] | None:
    """("Oakland Mills", "Christopher reported ...") for a paragraph opening
    with a Title Case label; None for other paragraphs."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    m = _INLINE_TOPIC.match(block.text)
    if not m or _NOT_TOPICS.match(m["title"].split()[0]) or re.match(r"^(https?:|www\.|<)", m["rest"]) or \
            _FINITE_VERB.search(m["title"]):
        return None
    if attendance_label(block.text) or next_meeting_label(block.text) is not None or role_line(block.text):
        return None
    return m["title"], m["rest"]


def _template_fields(block: Block) -> dict[str, str]:
    """Label/value pairs of a form-like table ("Agenda item: | X | Presenter: | Y")."""
    fields: dict[str, str] = {}
    for row in block.rows:
        cells = list(row)
        for i, cell in enumerate(cells[:-1]):
            label = cell.strip()
            if label.endswith(":") and 1 <= len(label.split()) <= 4 and cells[i + 1].strip():
                fields.setdefault(label.rstrip(": ").lower(), cells[i + 1].strip())
    return fields


_AGENDA_ITEM_FIELD = re.compile(r"^(agenda item|item|topic|subject)$", re.I)


def segment(blocks: list[Block]) -> Segments:
    """Assign every block to one part of the minutes."""
    seg = Segments()
    current: SectionSpan | None = None
    # What the last structural heading or label opened: "attendance",
    # "actions", "next_meeting", "agenda", or None inside a discussion section.
    context: str | None = None
    attendance_category = "present"
    attendance_written = ""  # the label of the list being read, for continuation lines
    seen_structure = False
    previous_actions = False
    context_level = 0  # list level of the label that opened the context
    agenda_kind = BlockKind.LIST_ITEM  # how the agenda being read writes its items

    def open_section(span: SectionSpan) -> SectionSpan:
        seg.sections.append(span)
        return span

    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        text = block.text
        is_table = block.kind is BlockKind.TABLE
        section_title = current.title_hint or current.heading_text if current else None

        # A list nested under a label ("* Present:" then "  * Ann") stays in its context.
        if context in ("attendance", "agenda") and block.kind is BlockKind.LIST_ITEM and \
                block.level > context_level >= 0 and not attendance_label(text):
            if context == "attendance":
                seg.attendance.append(AttendancePart(attendance_category, attendance_written, "", [block]))
            else:
                seg.agenda.append(text)
            continue

        if is_table:
            columns = classify_action_table(block)
            if columns is not None:
                header = " ".join(block.rows[0])
                previous = bool(PREVIOUS_ACTIONS.search(header)) or previous_actions or \
                    bool(current and PREVIOUS_ACTIONS.search(current.heading_text))
                seg.action_tables.append(ActionTable(block, columns, previous, header, section_title))
                if current is not None:
                    current.tables += 1
                seen_structure = True
                continue
            motion_columns = classify_motion_table(block)
            if motion_columns is not None:
                seg.motion_tables.append(MotionTable(block, motion_columns, section_title))
                if current is None:
                    seen_structure = True
                else:
                    current.tables += 1
                continue
            fields = _template_fields(block)
            item = next((v for k, v in fields.items() if _AGENDA_ITEM_FIELD.match(k)), None)
            if item:
                current = open_section(SectionSpan(block, item, None, level=99,
                                                   presenter_hint=fields.get("presenter")))
                context = None
                seen_structure = True
                continue
            for key, value in fields.items():
                seg.fields.setdefault(key, value)
            people = _template_people(fields)
            if people[0] or people[1] or len(fields) >= 2:
                seg.role_lines += people[0]
                for category, value in people[1]:
                    seg.attendance.append(AttendancePart(category, "", value))
                seen_structure = True
                continue
            if context == "attendance" or _is_attendance_table(block):
                seg.attendance.append(AttendancePart(attendance_category, "", "", [block]))
                seen_structure = True
                continue

        if not is_table and (role := role_line(text)) and (context == "attendance" or not seen_structure
                                                          or current is None):
            seg.role_lines.append(role)
            continue
        if not is_table and _SUBMITTED.match(text) and following is not None:
            # "Respectfully submitted," over "Donna Ladner, Secretary": who wrote the minutes
            name, _, role_text = following.text.partition(",")
            if 1 < len(name.split()) <= 4:
                if role_text.strip() and len(role_text.split()) <= 3:
                    seg.role_lines.append((role_text.strip(" ."), name.strip()))
                seg.role_lines.append(("minutes", name.strip()))
            continue

        # "2 Apologies: ..." — an agenda number does not hide the label
        unnumbered = re.sub(r"^\(?\d{1,3}(\.\d{1,3})*[.)]?\s+(?=[A-Z])", "", text)
        label = attendance_label(unnumbered) if not is_table else None
        if label and current is not None and _WEAK_LABEL.fullmatch(label[1].strip()):
            label = None  # "Committee members: ..." under an elections item names who was elected
        if label and not (block.kind is BlockKind.LIST_ITEM and context not in (None, "attendance")
                          and current is not None):
            category, written, rest = label
            attendance_written = written
            seg.attendance.append(AttendancePart(category, written, rest))
            # Names may go on in the lines below; each is checked before it is taken.
            context, attendance_category = "attendance", category
            context_level = block.level if block.kind is BlockKind.LIST_ITEM else -1
            current = None
            seen_structure = True
            continue

        nm_rest = next_meeting_label(unnumbered) if not is_table else None
        if nm_rest is not None and (block.kind is not BlockKind.LIST_ITEM or not nm_rest):
            seg.next_meeting.append(block)
            if not nm_rest:
                context = "next_meeting"
                current = None
            continue

        if re.fullmatch(r"agenda\s*:?", text.strip(), re.I) and following is not None and \
                following.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            context, context_level, agenda_kind = "agenda", following.level - 1, following.kind
            continue
        if context == "agenda" and block.kind is agenda_kind and len(text.split()) <= 20:
            seg.agenda.append(text)  # the agenda's items are all written alike
            continue

        if context == "next_meeting" and len(seg.next_meeting) == 1 and block.kind is not BlockKind.HEADING:
            seg.next_meeting.append(block)  # the date under a "Date of next meeting:" label
            continue

        if context == "attendance" and block.kind is not BlockKind.HEADING and not block.all_bold:
            if _name_list(text) and not (block.label and re.fullmatch(r"\(?\d{1,3}[.)]?", block.label)):
                seg.attendance.append(AttendancePart(attendance_category, attendance_written, "", [block]))
                continue
            if not attendance_label(text):
                context = None  # the list has ended

        heading_like = is_heading_like(block, following) and not FIELD_LABELS.match(text)
        if heading_like and block.kind is BlockKind.PARAGRAPH and i > 0 and _NUMBERED.match(text) and \
                _numbered_run(blocks[i - 1], block):
            heading_like = False  # the last line of a numbered list ("7. Joan Davies, Yachats")
        if heading_like and current is not None and current.blocks and block.kind is BlockKind.HEADING and \
                current.blocks[-1].kind is BlockKind.HEADING and FIELD_LABELS.match(current.blocks[-1].text) and \
                block.level >= current.blocks[-1].level:
            heading_like = False  # written under a "Discussion:" label in the heading's style: its content
        if (heading_like or block.kind is BlockKind.PARAGRAPH and len(text.split()) <= 5) and \
                ACTIONS_HEADING.match(text) and not _REVIEW_WORDS.search(text):
            context = "actions"
            previous_actions = bool(PREVIOUS_ACTIONS.search(text))
            current = None
            seen_structure = True
            continue

        if heading_like and not seen_structure and not seg.sections and len(seg.title_blocks) < 6 and \
                not _OPENING_ITEMS.match(text) and not _opens_body(block, following, seg.title_blocks):
            seg.title_blocks.append(block)
            continue

        if heading_like and _is_attendance_group_heading(text):
            context, context_level = "attendance", -1
            current = None
            seen_structure = True
            continue

        if heading_like and current is not None and current.level < 99 and not current.blocks and \
                not current.rest and block.kind is BlockKind.PARAGRAPH and not block.all_bold and \
                not _NUMBERED.match(text) and not heading_split(block)[0]:
            # A plain line right under a real heading introduces it ("Carried over from previous meetings")
            current.blocks.append(block)
            continue

        if heading_like:
            hint, rest = heading_split(block)
            level = block.level if block.kind is BlockKind.HEADING else 99
            if block.kind is BlockKind.LIST_ITEM:
                level = 20 + _label_rank(block.label)  # numbered items nest by numbering style
            current = open_section(SectionSpan(block, block.text, hint, rest, level=level))
            context = None
            previous_actions = False
            seen_structure = True
            continue

        if item := numbered_item(block):
            current = open_section(SectionSpan(block, block.text, item[0], item[1], level=30))
            context = None
            seen_structure = True
            continue

        topic = inline_topic(block) if seen_structure and context is None else None
        if topic:
            current = open_section(SectionSpan(block, topic[0], topic[0], topic[1], level=99))
            continue

        if context == "next_meeting" and block.kind is BlockKind.LIST_ITEM or \
                context == "next_meeting" and len(seg.next_meeting) == 1:
            seg.next_meeting.append(block)
            continue
        if context == "actions":
            seg.action_lines.append(block)
            continue
        context = None if context in ("attendance", "next_meeting", "agenda") else context
        if current is not None:
            current.blocks.append(block)
        elif not seen_structure and _title_like(block):
            seg.title_blocks.append(block)
        else:
            seen_structure = True
            # Running text between structural parts and the first heading
            # ("Group discussions were as follows:", "No conflicts ... declared").
            seg.loose_blocks.append(block)
    seg.sections = _restructure(seg.sections, seg.loose_blocks)
    return seg


# The first agenda items of many minutes; they end the title block.
_OPENING_ITEMS = re.compile(r"^\W*(\d+[.)]?\s*)?(opening|welcome( and introductions)?|introductions?|call to order|"
                            r"chair'?s welcome)\W*$", re.I)


def _opens_body(block: Block, following: Block | None, title_blocks: list[Block]) -> bool:
    """Whether a heading after a complete title block (one that already dated the
    meeting) is the first item of minutes that keep no attendance list."""
    if not title_blocks or following is None or not any(first_full_date(b.text) for b in title_blocks):
        return False
    if first_full_date(block.text) or re.search(r"\d", block.text) or ":" in block.text:
        return False  # a date, time or place line of the title block
    return following.kind is BlockKind.LIST_ITEM or following.kind is BlockKind.PARAGRAPH and \
        len(following.text.split()) >= 6 and not first_full_date(following.text)


def _numbered_run(previous: Block, block: Block) -> bool:
    """Whether ``block`` goes on a run of short numbered lines ("6. ..." then "7. ...")."""
    a, b = re.match(r"^\(?(\d{1,3})", previous.text), re.match(r"^\(?(\d{1,3})", block.text)
    return bool(a and b and int(b.group(1)) == int(a.group(1)) + 1 and _short_line(previous.text)
                and previous.kind is block.kind)


def _title_like(block: Block) -> bool:
    """A short line of a title block, not the start of the minutes' body."""
    return block.kind is not BlockKind.LIST_ITEM and len(block.text.split()) <= 30


def _name_list(text: str) -> bool:
    """Whether a line is nothing but people's names ("Peter Hawes", "A Smith, B Jones")."""
    if text.isupper() and len(text.split()) >= 3:
        return False  # "APPROVAL OF THE CONSENT CALENDAR"
    if re.match(r"^\(?\d{1,3}(\.\d{1,3})*[.)]?\s", text):
        return False  # "2. Minutes of the last meeting": an agenda item, not a person
    parts = split_people(text)
    if len(parts) == 1 and len(parts[0].split()) < 2:
        return False  # one word ("Actions") is more likely a heading than a person
    return bool(parts) and all(_PERSON_ENTRY.fullmatch(p) for p in parts)


# "Cllr A Smith (Chair)", "Antoine du Hamel @aduh95", "J Bloggs – Clerk",
# "Councillor V Adams Councillor M Andrews" (two people on a row of a layout table)
_PERSON_ENTRY = re.compile(
    r"(?:(?:[A-Z][\w'’.-]*|[a-z]['’][A-Z][\w'’-]*|du|de|da|di|van|von|der|den|la|le|al|bin|@[\w.-]+)\s*){1,8}"
    r"(?:\([^)]*\)|\s*[-–—]\s*[A-Za-z][\w ]{0,30})?")


# Form fields naming the people a supervision or project meeting is between.
PARTICIPANT_FIELD = re.compile(r"^(?:project\s+)?(?P<role>student|supervisor|mentor|mentee|tutor|advisor|adviser|"
                               r"client|sponsor|coach|manager)(?:'?s)?(?:\s+(?:name|no\.?|number|id))?$", re.I)


def _template_people(fields: dict[str, str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Role lines and attendance lists from a form's fields ("Note taker:", "Attendees:")."""
    roles: list[tuple[str, str]] = []
    lists: list[tuple[str, str]] = []
    for key, value in fields.items():
        if m := PARTICIPANT_FIELD.match(key):
            roles.append((m["role"].lower(), value))
        elif role := role_line(f"{key}: {value}"):
            roles.append(role)
        elif label := attendance_label(f"{key}:"):
            lists.append((label[0], value))
    return roles, lists


def _restructure(spans: list[SectionSpan], leftovers: list[Block]) -> list[SectionSpan]:
    """Apply the hierarchy: issue-tracker items become items of their own, a
    heading that only groups the items below it gives way to them, and a
    heading with a single sub-heading keeps it as its own content. The text of
    headings that are meeting furniture ("Venue", "Links") goes to ``leftovers``."""
    spans = _numbered_items_only(spans)
    spans = [s for span in spans for s in _split_tracker_items(span)]
    out: list[SectionSpan] = []
    for i, span in enumerate(spans):
        if span.level == -1:
            continue  # merged into its parent
        children = []
        for later in spans[i + 1:]:
            # Headings of unknown depth (a bold line, 99) are nobody's children.
            if later.level <= span.level or later.level == 99:
                break
            children.append(later)
        direct = [c for c in children if c.level == min((x.level for x in children), default=0)]
        empty = not span.blocks and not span.rest
        if span.grouping and empty:
            for child in children:
                child.parent = child.parent or span.heading_text
            continue
        if span.level < 99 and children and _ONE_REPORT.search(span.heading_text):
            # "Treasurer's Report" with "Income" and "Expenses" under it: one item
            for child in children:
                span.blocks += [child.heading, *child.blocks]
                child.level = -1
        elif span.level < 99 and len(direct) >= 2 and (empty or _GROUPING.search(span.heading_text)):
            for child in children:
                child.parent = child.parent or span.heading_text
            continue  # a heading that only groups other items ("Officer Reports", "New business")
        elif span.level < 99 and len(direct) == 1 and empty and len(children) == 1:
            child = direct[0]
            span.blocks = [child.heading, *child.blocks]
            child.level = -1
        if _NOT_SECTIONS.match(span.heading_text) or _only_links(span):
            leftovers.extend(span.blocks)  # not an agenda item, but what it says still counts
            continue
        out.append(span)
    return out


# A heading naming one report, whose sub-headings are its parts, and one
# naming a group of items, whose sub-headings are the items.
_ONE_REPORT = re.compile(r"\breport\s*$", re.I)
_GROUPING = re.compile(r"\b(reports|business|items|updates|matters|officers|committees|subcommittees)\s*$", re.I)

_NUMBERED = re.compile(r"^\(?(\d{1,4}(\.\d{1,3})*|[IVX]{1,5})\s*[.):]|^\d{1,4}(\.\d{1,3})+\s"
                       r"|^\d{1,4}\s+(?=[‘'\"“]?\s?[A-Z])")
# Agenda items that start a section even between numbered ones.
_STANDARD_ITEMS = re.compile(r"^(a\.?o\.?b\.?|any other business|other business|close|closing|adjournment)\W*$",
                             re.I)


def _number_depth(span: SectionSpan) -> int:
    """0 for an unnumbered heading, 1 for "12." / "XII", 2 for "12.1", ..."""
    label = (span.heading.label or "").strip()
    if label:
        return 1 + label.strip("().").count(".")
    if not _NUMBERED.match(span.heading_text):
        return 0
    number = re.match(r"^\(?(\d{1,4}(?:\.\d{1,3})*|[IVX]{1,5})", span.heading_text)
    return 1 + number.group(1).count(".") if number else 1


def _is_numbered(span: SectionSpan) -> bool:
    return _number_depth(span) > 0


def _numbered_items_only(spans: list[SectionSpan]) -> list[SectionSpan]:
    """Where the minutes number their items, an unnumbered heading between two
    numbered items (a bold line, a bigger font in a report) is part of the
    item above it, not an item of its own; so is a sub-item ("190.1") of a
    numbered item."""
    numbered = [i for i, span in enumerate(spans) if _is_numbered(span)]
    if len(numbered) < 3:
        return spans
    top = min(_number_depth(spans[i]) for i in numbered)
    out: list[SectionSpan] = []
    for i, span in enumerate(spans):
        depth = _number_depth(span)
        inside = numbered[0] < i and out and (depth == 0 or depth > top) and \
            not _STANDARD_ITEMS.match(span.heading_text)
        if inside:
            out[-1].blocks += [span.heading, *span.blocks]
        else:
            out.append(span)
    return out


def _split_tracker_items(span: SectionSpan) -> list[SectionSpan]:
    """A section whose list items are issue-tracker entries ("Title #123") with
    their notes nested below: each entry is an agenda item."""
    items = [b for b in span.blocks if b.kind is BlockKind.LIST_ITEM and b.level == 0
             and _TRACKER_ITEM.match(b.text)]
    if not items or any(b.kind is not BlockKind.LIST_ITEM for b in span.blocks):
        return [span]
    out: list[SectionSpan] = []
    head = SectionSpan(span.heading, span.heading_text, span.title_hint, span.rest, [], span.level,
                       span.presenter_hint, span.parent, grouping=True)
    current = head
    for block in span.blocks:
        if block in items:
            title = _TRACKER_ITEM.match(block.text)["title"]  # type: ignore[index]
            current = SectionSpan(block, title, None, "", [], span.level + 1, None, span.heading_text)
            out.append(current)
        else:
            current.blocks.append(block)
    return [head, *out]


def _only_links(span: SectionSpan) -> bool:
    texts = [b.text for b in span.blocks]
    return bool(texts) and all(re.search(r"https?://|www\.", t) for t in texts) and not span.rest


def _is_attendance_group_heading(text: str) -> bool:
    return bool(re.match(r"^(members( present)?|attendance|attendees|participants|present|"
                         r"those present|attending)\s*:?\s*$", text, re.I))


def _is_attendance_table(block: Block) -> bool:
    if not block.rows:
        return False
    first = " ".join(block.rows[0])
    return bool(attendance_label(first.strip()))
