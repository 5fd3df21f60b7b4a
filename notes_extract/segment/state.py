"""What the segmenter's pass carries from one block to the next: the
`Context` a label or heading opened, the pass's `PassState`, and the `Step`
(the block being assigned, with its neighbours) every handler is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.owner_lines import owns_nested_items, task_area_label
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.tables import template_fields
from notes_extract.vocab.labels import PRESENT
from notes_extract.vocab.sections import ITEM_NUMBER_WORDS

# "2 Apologies: ...": an agenda number before a label.
# "Item 6: Date of next meeting", "Agenda item 2 – Apologies": the item word and its number likewise.
_AGENDA_NUMBER = lazy_compile(rf"^(?:(?i:{ITEM_NUMBER_WORDS})\s*\d{{1,3}}(\.\d{{1,3}})*\s*[.):–—-]?\s+"
                              r"|\(?\d{1,3}(\.\d{1,3})*[.)]?\s+)(?=[A-Z])")


# What a block looks like (`look_of`), as bits: read once a block, asked by the handlers' gates.
COLON = 1  # its text holds a colon ("Topic: ...", "Ann, Bo: the budget")
MARKED = 2  # a heading, or a line set wholly in bold
NESTED = 4  # a list item below the top level


def look_of(block: Block) -> int:
    """The `COLON`, `MARKED` and `NESTED` bits of a block."""
    return (COLON if ":" in block.text else 0) | \
        (MARKED if block.kind is BlockKind.HEADING or block.all_bold else 0) | \
        (NESTED if block.kind is BlockKind.LIST_ITEM and block.level > 0 else 0)


class Context(Enum):
    """What the last structural heading or label opened."""

    NONE = "none"  # nothing: running text, or a discussion section's text
    ATTENDANCE = "attendance"  # names may go on in the lines below
    ACTIONS = "actions"  # the lines below are actions
    NEXT_MEETING = "next_meeting"  # the date of the next meeting may follow
    AGENDA = "agenda"  # the lines below are the agenda's items


@dataclass
class PassState:
    """What the pass carries from one block to the next."""

    current: SectionSpan | None = None  # the section running text goes to
    context: Context = Context.NONE
    context_level: int = 0  # list level of the label that opened the context
    attendance_category: str = PRESENT
    attendance_written: str = ""  # the label of the list being read, for continuation lines
    attendance_list_below: bool = False  # the label had nothing after it: its list, numbered or not, follows
    group_line: Block | None = None  # the last "BS: Ben Stone (Acme)" line of names under the label
    field_roster_line: Block | None = None  # the last line of a list under a "Name, Affiliation, ..." header line
    agenda_kind: BlockKind = BlockKind.LIST_ITEM  # how the agenda being read writes its items
    agenda_shape: tuple[bool, bool] | None = None  # its first paragraph item's (typed number, all bold)
    seen_structure: bool = False  # a label, table or heading past the title block
    previous_actions: bool = False  # under a heading of actions from earlier meetings
    actions_section: str | None = None  # the item whose "Action items" sub-heading opened the list
    actions_item: Block | None = None  # the numbered item that holds the action list's label, or is it
    actions_due: str | None = None  # the list's heading when it sets the deadline ("To do for next meeting")
    topic_line: SectionSpan | None = None  # a dialogue's "Topic - Speaker" line, until its first turn
    action_item_level: int | None = None  # list level of the first item of the action list being read
    owner_group: bool = False  # the action list's last top-level item only names the owner of the tasks under it
    owner_paragraphs: bool = False  # the action list opened with an owner's own line ("**Ann**" over her tasks)
    tasks_taken: bool = False  # the action list has taken a task already (so it did not open with an owner)
    actions_heading_level: int | None = None  # the level of the heading that opened the action list, if one did
    template_parts: frozenset[Block] = frozenset()  # parts every item repeats (`template_parts`), decided once

    def owner_line_of_list(self, block: Block, following: Block | None) -> bool:
        """Whether ``block`` names the owner of the action items that follow: a list item over
        its nested tasks, a heading below the list's own, or a line of its own when the list opened
        with one (else "**Finance**" after an action list is the next part of the minutes)."""
        if self.context is not Context.ACTIONS or not owns_nested_items(block, following):
            return False
        if block.kind is BlockKind.LIST_ITEM:
            return True
        if block.kind is BlockKind.HEADING:  # "## Actions" then "### Ann" over her tasks: a part of the list
            # ("### Website" over its tasks names a part of the work: an item of its own, as before)
            return self.actions_heading_level is not None and block.level > self.actions_heading_level and \
                not task_area_label(block.text)
        if self.action_item_level is None and not self.tasks_taken:
            self.owner_paragraphs = True
        return self.owner_paragraphs


@dataclass
class Step:
    """The block being assigned, with its neighbours."""

    block: Block
    previous: Block | None
    following: Block | None
    # Whether the block reads as a heading, once asked (see `_Segmenter.heading_like`).
    heading_like: bool | None = None
    # The block's text, and whether it is a table: asked by nearly every handler, so set once.
    text: str = field(init=False)
    is_table: bool = field(init=False)
    # The text without an agenda number before a label ("2 Apologies: ..."): asked of nearly every block
    # too (set at once: a cached property's first look-up costs more than the substitution).
    unnumbered: str = field(init=False)
    look: int = field(init=False)  # what the block looks like, for the handlers' gates (`look_of`)

    def __post_init__(self) -> None:
        self.text = self.block.text
        self.is_table = self.block.kind is BlockKind.TABLE
        self.unnumbered = _AGENDA_NUMBER.sub("", self.text)
        self.look = look_of(self.block)

    @cached_property
    def form_fields(self) -> dict[str, str]:
        """Label/value pairs of a form-like table."""
        return template_fields(self.block)
