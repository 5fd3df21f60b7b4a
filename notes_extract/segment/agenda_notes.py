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
    """The ``id`` of each "Agenda" label whose list below holds a task line, or whose numbering the minutes
    go on with after the text below it: the notes, not the plan."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if not AGENDA_LABEL.fullmatch(block.text.strip()):
            continue
        items = []
        for below in islice(blocks, i + 1, None):
            if below.kind is not BlockKind.LIST_ITEM:
                break
            items.append(below.text)
        if any(is_task_line(item) for item in items) or \
                _numbering_runs_on(blocks[i + 1:i + 1 + len(items)], blocks[i + 1 + len(items):]):
            found.add(id(block))
    return found


_NUMBER = lazy_compile(r"\(?(\d{1,2})[.)]?")


def _numbering_runs_on(items: list[Block], later: list[Block]) -> bool:
    """Whether an agenda's numbered list goes on after the text below it ("Agenda:" over "1. Election ..." to
    "3. Report from the Dean.", its text, then "4. Reports from the schools"): the minutes, each item with its
    text, no plan."""
    numbers = [_item_number(b) for b in items if b.level == 0]
    listed = [n for n in numbers if n is not None]
    if not listed or len(listed) < len(numbers) or not later or later[0].kind is BlockKind.LIST_ITEM or \
            listed != list(range(listed[0], listed[0] + len(listed))):
        return False  # ("1)" ... "9)" then "1)": the agenda ran into the minutes' own list, which starts again)
    following = next((b for b in later if b.kind is BlockKind.LIST_ITEM and b.level == 0), None)
    return following is not None and _item_number(following) == listed[-1] + 1


def _item_number(block: Block) -> int | None:
    m = _NUMBER.fullmatch((block.label or "").strip())
    return int(m.group(1)) if m else None
