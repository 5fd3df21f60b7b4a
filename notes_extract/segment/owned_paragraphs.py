"""Where a to-do list written as owners' paragraphs ends: "Actions before next meeting:" over "TJ to meet
Melissa ..." and "Dorothy: To book the hall." lines, then "Prayer and blessing at end of meeting." — a line
naming no owner after such lines is the minutes going on, not another task."""

from __future__ import annotations

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import ACTION_LINE, TODO_LINE
from notes_extract.segment.owner_lines import owner_task_line

# "Dorothy: To continue ...", "Fr J: To inform ...": a short name as the label of the line's task.
_OWNER_LABEL = lazy_compile(r"^\W*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*:\s+\S")
# The owned lines a list must hold before a line naming no owner ends it.
MIN_OWNED_LINES = 2


def owned_paragraph(block: Block) -> bool:
    """Whether ``block`` is a plain line giving a named owner a task ("Ann to ring ...", "Ann: To ring ...")."""
    return block.kind is BlockKind.PARAGRAPH and (owner_task_line(block) or bool(_OWNER_LABEL.match(block.text)))


def ends_owned_paragraphs(listed: list[Block], block: Block) -> bool:
    """Whether paragraph ``block`` ends a list whose lines so far (``listed``) all name their owners."""
    if block.kind is not BlockKind.PARAGRAPH or len(listed) < MIN_OWNED_LINES or owned_paragraph(block):
        return False
    if ACTION_LINE.match(block.text) or TODO_LINE.match(block.text):
        return False  # "Action: ..." is a task however written
    return all(owned_paragraph(line) for line in listed)
