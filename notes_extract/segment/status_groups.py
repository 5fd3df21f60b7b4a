"""Action lists grouped under status label lines ("New", "On-going", "Finished"): the label
is the status of the tasks nested under it, and says whether they were raised at this
meeting or carried from an earlier one; it never names their owner."""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol, TypeVar

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.owner_lines import owns_nested_items
from notes_extract.vocab.actions import NEW_GROUP_WORDS, STATUS_FORMS

# A line of nothing but status words ("On-going", "**Finished:**"), each form with its status.
_STATUS_LABELS = [(lazy_compile(rf"(?:{words})", re.I), status) for words, status in STATUS_FORMS]
_NEW_GROUP = lazy_compile(rf"(?:{NEW_GROUP_WORDS})", re.I)


class GroupState(NamedTuple):
    status: str
    status_text: str
    origin: str


class _Task(Protocol):
    status: str
    status_text: str | None
    origin: str


_T = TypeVar("_T", bound=_Task)


def status_group(text: str) -> GroupState | None:
    """The state a status label line gives the tasks nested under it, or None for any other line."""
    label = text.strip().strip("*_").strip().rstrip(":").strip("*_ ")
    status = next((status for pattern, status in _STATUS_LABELS if pattern.fullmatch(label)), None)
    if status is None:
        return None
    return GroupState(status, label, "this_meeting" if _NEW_GROUP.fullmatch(label) else "previous_meeting")


def nested_status(block: Block, following: Block | None) -> GroupState | None:
    """The state a status label gives the list nested under it, or None when ``block`` is no such label."""
    nests = following is not None and following.kind is BlockKind.LIST_ITEM and \
        (block.kind is BlockKind.PARAGRAPH or block.kind is BlockKind.LIST_ITEM and following.level > block.level)
    return status_group(block.text) if nests else None


def heads_nested_tasks(block: Block, following: Block | None) -> bool:
    """Whether an item of an action list heads the tasks nested under it: their owner's line or their status."""
    return owns_nested_items(block, following) or nested_status(block, following) is not None


def in_group(task: _T, state: GroupState | None) -> _T:
    """``task`` with the state of the status group it is listed in (unchanged outside one)."""
    if state:
        task.status, task.status_text, task.origin = state
    return task
