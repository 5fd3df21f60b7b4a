"""An "Agenda" heading over the meeting's notes rather than over a plan of items: team notes kept in a
template ("### Agenda" then what was said) write their tasks there ("@ann to review the draft", "BO to book
the room"). Such a list is read as the minutes it is, not as an agenda the minutes then follow."""

from __future__ import annotations

import re
from itertools import islice

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.outline import AGENDA_LABEL

# Who a task line names first: user names or initials ("@ann", "@ann and @bo", "AL/BO").
_OWNER = r"(?:@[\w.-]+|(?-i:[A-Z]{2,3}))"
_TASK_LINE = lazy_compile(rf"^\W*{_OWNER}(?:\s*(?:,|/|&|\band\b)\s*{_OWNER})*\s+to\s+[a-z]+\b", re.I)


def is_task_line(text: str) -> bool:
    """Whether ``text`` gives a task to user names or initials ("@ann to review the draft")."""
    return bool(_TASK_LINE.match(text))


def agendas_of_notes(blocks: list[Block]) -> set[int]:
    """The ``id`` of each "Agenda" label whose list below holds a task line: the notes, not the plan."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if not AGENDA_LABEL.fullmatch(block.text.strip()):
            continue
        items = []
        for below in islice(blocks, i + 1, None):
            if below.kind is not BlockKind.LIST_ITEM:
                break
            items.append(below.text)
        if any(is_task_line(item) for item in items):
            found.add(id(block))
    return found
