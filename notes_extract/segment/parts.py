"""What segmentation produces: the parts of the minutes, each with its blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from notes_extract.document import Block


@dataclass
class SectionSpan:
    """A discussion section: the heading that opened it and the blocks under it."""

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
    table_row: bool = False  # a row of a table of topics: an item even when nothing is minuted under it
    resolutions: bool = False  # an item of a "Resolutions" list: what is nested under it states its outcomes
    role_lines: int = 0  # "Meeting chair: @sjn" lines read out of it as the meeting's roles


@dataclass
class AttendancePart:
    """One attendance label, or one line, list item or table under it."""

    category: str  # present | apologies | absent | in_attendance
    label: str  # the label as written
    text: str  # the rest of the labelled line ("" when the names follow as a list)
    blocks: list[Block] = field(default_factory=list)
    # The text follows the label's colon or dash, and may say the label again
    # ("Apologies: Apologies were received from ..."); the extractor drops that.
    after_colon: bool = False
    # The lines name the body's members with no label, not who came: a member the minutes then record
    # as sending apologies is listed here too, and belongs with the apologies.
    membership: bool = False


@dataclass
class ActionTable:
    """A table of actions and the role of each of its columns."""

    table: Block
    columns: dict[str, int]  # role ("action", "owner", "due", "status", "ref") → column
    previous: bool  # actions carried from earlier meetings
    heading_text: str  # header row as written, for provenance
    section: str | None = None  # the section the table sits in, if any


@dataclass
class MotionTable:
    """A table of motions and the role of each of its columns."""

    table: Block
    columns: dict[str, int]  # role ("text", "proposer", "seconder", "outcome") → column
    section: str | None = None
    decided: bool = False  # a log of the decisions taken ("No. | Decision"), not of motions put


class RoleSource(Enum):
    """Where the minutes say who held a role."""

    LINE = "line"  # "Chair: JC"
    SIGNATURE = "signature"  # the line under "Respectfully submitted,"
    FORM_FIELD = "form_field"  # a form's "Note taker: | Cristina Hilario"


@dataclass
class RoleMention:
    """A block that names who held a role; the attendance extractor reads the role and the name."""

    source: RoleSource
    block: Block  # the role line, the signature line, or the form's table
    label: str = ""  # a form field's label, lower-cased ("note taker")
    value: str = ""  # and its value ("Cristina Hilario")


@dataclass
class Segments:
    """Every part of the minutes, each with the blocks segmentation gave it."""

    title_blocks: list[Block] = field(default_factory=list)
    attendance: list[AttendancePart] = field(default_factory=list)
    # "Chair: JC" lines, signatures and form fields, in document order.
    role_mentions: list[RoleMention] = field(default_factory=list)
    action_tables: list[ActionTable] = field(default_factory=list)
    motion_tables: list[MotionTable] = field(default_factory=list)
    # List items / paragraphs under an "Actions" heading, outside any table.
    action_lines: list[Block] = field(default_factory=list)
    action_line_sections: dict[int, str] = field(default_factory=dict)  # an action line's item, by block index
    # the to-do heading that sets an action line's deadline ("To do for next meeting"), by block index
    action_line_dues: dict[int, str] = field(default_factory=dict)
    sections: list[SectionSpan] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    agenda_levels: list[int] = field(default_factory=list)  # each agenda item's list depth (0 = top)
    sections_after_agenda: int = 0  # items opened below the agenda: with none, the agenda is all the minutes say
    agenda_listed: bool = True  # each agenda item a list item (not lines or a table's cells)
    # Label/value pairs of form-like tables ("location" → "LG23"), lower-cased labels.
    fields: dict[str, str] = field(default_factory=dict)
    next_meeting: list[Block] = field(default_factory=list)
    loose_blocks: list[Block] = field(default_factory=list)
    # The prefixes that name speakers in a scribe or dialogue document, and how many turns were read.
    speakers: frozenset[str] = frozenset()
    turns: int = 0
