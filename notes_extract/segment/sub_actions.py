"""An "Action items" sub-heading inside an agenda item ("## Budget" then "### Action items"):
the actions listed under it were raised in that item, so they keep its section."""

from __future__ import annotations

import re
from itertools import groupby
from typing import Protocol, TypeVar

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import label_rank
from notes_extract.segment.parts import SectionSpan, Segments


def sub_heading_section(current: SectionSpan | None, heading: Block) -> str | None:
    """The item an actions heading sits under when it is a heading one level or more below the item's own."""
    if current is None or heading.kind is not BlockKind.HEADING or current.level == 99:
        return None
    return current.heading_text if heading.level > current.level else None


# "To do for next meeting", "Actions before the next session": a to-do heading that sets its list's deadline.
NEXT_MEETING_TODO = lazy_compile(r"\b(?:for|before|by|until)\s+(?:the\s+)?next\s+(?:meeting|session|time)\b", re.I)


def next_item_after_actions(item: Block | None, block: Block, last_action: Block | None) -> bool:
    """Whether ``block`` is the next numbered item after an "Actions:" label inside a numbered item:
    "1. Water supply" / "Actions:" / "- Bo to fix the pipe" / "2. Shed": "2. Shed" opens the next
    item, though the text reader gives the bullets and the numbered items one level. Actions numbered
    in the item's own style go on while their numbers do ("1. Bo to ...", "2. Ann to ...", "3. Cy to ..."),
    and end at the item's successor that does not continue them ("2. Shed" after "2. Ann to ...").
    ``item`` is the numbered item holding the label, or the numbered item that is the label ("2. Actions")."""
    if item is None or item.kind is not BlockKind.LIST_ITEM or block.kind is not BlockKind.LIST_ITEM \
            or block.level > item.level or label_rank(block.label) != label_rank(item.label) or not block.label:
        return False
    item_number, number = _label_number(item.label), _label_number(block.label)
    numbered_actions = last_action is not None and last_action.index > item.index and \
        last_action.kind is BlockKind.LIST_ITEM and label_rank(last_action.label) == label_rank(block.label)
    if numbered_actions:
        last_number = _label_number(last_action.label) if last_action else None
        return None not in (item_number, number, last_number) and number == item_number + 1 and number <= last_number
    return item_number is None or number is None or number > item_number  # "1. Bo to ..." under "1." starts the list


def _label_number(label: str | None) -> int | None:
    """The number of a list label written in digits ("2.", "(3)"), else None."""
    core = (label or "").strip("().")
    return int(core) if core.isdigit() else None


def add_action_line(segments: Segments, block: Block, section: str | None, due: str | None = None) -> None:
    segments.action_lines.append(block)
    if section:
        segments.action_line_sections[block.index] = section
    if due:
        segments.action_line_dues[block.index] = due


def action_runs(segments: Segments) -> list[tuple[list[Block], str | None, str | None]]:
    """The action lines in runs, each with the section of the sub-heading that listed it (None at top level)
    and the to-do heading that set its deadline (None when the heading set none)."""
    sections, dues = segments.action_line_sections, segments.action_line_dues
    return [(list(run), section, due) for (section, due), run in
            groupby(segments.action_lines, key=lambda b: (sections.get(b.index), dues.get(b.index)))]


class _Task(Protocol):
    section: str | None


_T = TypeVar("_T", bound=_Task)


def in_section(tasks: list[_T], section: str | None) -> list[_T]:
    """``tasks`` raised in ``section`` (unchanged when None: the list stands outside any item)."""
    for task in tasks if section else []:
        task.section = section
    return tasks
