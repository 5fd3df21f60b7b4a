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

from notes_extract.document import Block, BlockKind

# --- labels, as patterns -------------------------------------------------

ATTENDANCE_LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("in_attendance", re.compile(
        r"^(in attendance|also (present|in attendance|attending)|officers?( present| in attendance)?"
        r"|staff( present)?|guests?( present)?|observers?|observing|visitors?|invited)\b", re.I)),
    ("apologies", re.compile(
        r"^(apologies( for absence)?( were)?( received)?( from)?|regrets|apologies)\b", re.I)),
    ("absent", re.compile(r"^((members? )?absent|not present|absentees?)\b", re.I)),
    ("present", re.compile(
        r"^((members?|councillors?|trustees?|directors?|committee( members)?|board( members)?"
        r"|voting members?|those) present|present|attendees?|attendance|attending|participants"
        r"|members|in the chair)\b", re.I)),
]  # fmt: skip

# A label must end the way a label does: a colon or dash, or the end of the text.
_LABEL_END = re.compile(r"^\s*(?::|[-–—]\s|\s*$)")

NEXT_MEETING = re.compile(
    r"^(date,? (time )?(and|&) (venue|place|location) of (the )?next meeting|(the )?dates? of (the )?next"
    r" meetings?|(the )?next meetings?|future meetings?( dates)?|next meeting date)\b", re.I)

ACTIONS_HEADING = re.compile(
    r"^(summary of )?(new |open |outstanding )?(actions?|action (points?|items?|log|list|summary)"
    r"|actions? (agreed|arising)|tasks)\b", re.I)

ACTION_HEADER = {
    "action": re.compile(r"\b(actions?|tasks?|items?|description|what|activity|to do)\b", re.I),
    "owner": re.compile(r"\b(person|owner|who|responsible|lead|by whom|assigned|assignee|"
                        r"taking this on|actioned by|officer)\b", re.I),
    "due": re.compile(r"\b(deadline|due|by when|when|target|timescale|timeline|date|by)\b", re.I),
    "status": re.compile(r"\b(status|progress|update|complete[d]?)\b", re.I),
    "ref": re.compile(r"^(no\.?|#|ref\.?|number|item no\.?|id)$", re.I),
}  # fmt: skip

PREVIOUS_ACTIONS = re.compile(
    r"\b(previous|last|earlier|outstanding|carried (forward|over)|prior|open actions|matters arising)\b",
    re.I)

# "Anti-racism work update - Isaac provided an update ...": a topic, then who led it.
PRESENTER_VERBS = (r"(provided|gave|presented|led|introduced|outlined|reported|updated|shared|"
                   r"explained|talked|spoke|summari[sz]ed|described|walked)")
_TOPIC_THEN_PRESENTER = re.compile(
    r"^(?P<title>[^.:;]{3,80}?)\s+[-–—]\s+(?P<rest>(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    + PRESENTER_VERBS + r"\b.*)$")

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


@dataclass
class Segments:
    title_blocks: list[Block] = field(default_factory=list)
    attendance: list[AttendancePart] = field(default_factory=list)
    action_tables: list[ActionTable] = field(default_factory=list)
    # List items / paragraphs under an "Actions" heading, outside any table.
    action_lines: list[Block] = field(default_factory=list)
    sections: list[SectionSpan] = field(default_factory=list)
    next_meeting: list[Block] = field(default_factory=list)
    loose_blocks: list[Block] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


def attendance_label(text: str) -> tuple[str, str, str] | None:
    """(category, label, rest) when ``text`` opens with an attendance label."""
    for category, pattern in ATTENDANCE_LABELS:
        m = pattern.match(text)
        if m and _LABEL_END.match(text[m.end():]):
            rest = re.sub(r"^\s*[:\-–—]?\s*", "", text[m.end():])
            return category, m.group(0), rest
    return None


def next_meeting_label(text: str) -> str | None:
    """The rest of the text when it opens with a next-meeting label."""
    m = NEXT_MEETING.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if rest.strip() and not re.match(r"^\s*(s\b)?\s*[:\-–—(]|^\s*(is|will be|was set|set for|on)\b",
                                      rest, re.I):
        return None
    return re.sub(r"^\s*[:\-–—]?\s*", "", rest)


def classify_action_table(block: Block) -> dict[str, int] | None:
    """Column roles of an action table from its header row, or None."""
    if len(block.rows) < 2 or len(block.rows[0]) < 2:
        return None
    columns: dict[str, int] = {}
    for i, cell in enumerate(block.rows[0]):
        for role in ("ref", "owner", "status", "due", "action"):
            if role not in columns and ACTION_HEADER[role].search(cell):
                columns[role] = i
                break
    if "action" not in columns or not ({"owner", "due"} & columns.keys()):
        return None
    return columns


def is_heading_like(block: Block, following: Block | None) -> bool:
    """Whether a block starts a new part of the minutes."""
    if block.kind is BlockKind.HEADING:
        return True
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


def _plain_heading(block: Block, following: Block | None) -> bool:
    """A short plain line that introduces what follows (text and PDF minutes)."""
    text = block.text.strip()
    words = text.split()
    if not words or len(words) > 12 or text[-1] in ".;,!?:" or _SENTENCE_OPENERS.match(text):
        return False
    if following is None or following.kind is BlockKind.HEADING:
        return False
    return text[0].isupper() or text[0].isdigit()


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


def segment(blocks: list[Block]) -> Segments:
    """Assign every block to one part of the minutes."""
    seg = Segments(blocks=list(blocks))
    current_section: SectionSpan | None = None
    # What the last structural heading opened: "attendance", "actions",
    # "next_meeting", or None inside a discussion section / before any.
    context: str | None = None
    attendance_category = "present"
    seen_structure = False
    previous_table_origin = False

    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        text = block.text

        if block.kind is BlockKind.TABLE:
            columns = classify_action_table(block)
            if columns is not None:
                header = " ".join(block.rows[0])
                previous = bool(PREVIOUS_ACTIONS.search(header)) or previous_table_origin
                seg.action_tables.append(ActionTable(block, columns, previous, header))
                seen_structure = True
                continue
            if context == "attendance" or _is_attendance_table(block):
                seg.attendance.append(AttendancePart(attendance_category, "", "", [block]))
                seen_structure = True
                continue

        label = attendance_label(text) if block.kind is not BlockKind.TABLE else None
        if label:
            category, written, rest = label
            seg.attendance.append(AttendancePart(category, written, rest))
            context, attendance_category = "attendance", category
            current_section = None
            seen_structure = True
            continue

        nm_rest = next_meeting_label(text) if block.kind is not BlockKind.TABLE else None
        if nm_rest is not None and (block.kind is not BlockKind.LIST_ITEM or not nm_rest):
            seg.next_meeting.append(block)
            context = "next_meeting"
            current_section = None
            seen_structure = True
            continue

        heading_like = is_heading_like(block, following)
        if heading_like and ACTIONS_HEADING.match(text) and len(text.split()) <= 8:
            context = "actions"
            previous_table_origin = bool(PREVIOUS_ACTIONS.search(text))
            current_section = None
            seen_structure = True
            continue

        if heading_like and not seen_structure and not seg.sections and \
                _is_title_block(block, seg.title_blocks):
            seg.title_blocks.append(block)
            continue

        if heading_like and _is_attendance_group_heading(text):
            context = "attendance"
            current_section = None
            seen_structure = True
            continue

        if heading_like:
            hint, rest = heading_split(block)
            current_section = SectionSpan(block, block.text, hint, rest)
            seg.sections.append(current_section)
            context = None
            previous_table_origin = False
            seen_structure = True
            continue

        if context == "attendance":
            seg.attendance.append(AttendancePart(attendance_category, "", "", [block]))
        elif context == "next_meeting":
            seg.next_meeting.append(block)
        elif context == "actions":
            seg.action_lines.append(block)
        elif current_section is not None:
            current_section.blocks.append(block)
        elif not seen_structure:
            seg.title_blocks.append(block)
        else:
            # Running text between structural parts and the first heading
            # ("Group discussions were as follows:", "No conflicts ... declared").
            seg.loose_blocks.append(block)
    return seg


def _is_title_block(block: Block, title_blocks: list[Block]) -> bool:
    return len(title_blocks) < 6


def _is_attendance_group_heading(text: str) -> bool:
    return bool(re.match(r"^(members|attendance|attendees|participants|present|"
                         r"those present|membership)\s*:?\s*$", text, re.I))


def _is_attendance_table(block: Block) -> bool:
    if not block.rows:
        return False
    first = " ".join(block.rows[0])
    return bool(attendance_label(first.strip()))
