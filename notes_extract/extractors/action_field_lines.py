"""An action's fields on lines of their own under it: "Action: repaint the noticeboard" over
"Owner: Cy Park" and "Due: 30 April 2025" (or "Who:" / "When:"). A template's habit: the lines
below fill the owners and the deadline the action line left empty."""

from __future__ import annotations

import re

from notes_extract.extractors.actions import Draft
from notes_extract.extractors.context import Context
from notes_extract.extractors.inline_due import read_due
from notes_extract.extractors.owner_words import known_owner, name_like, split_owners
from notes_extract.lazy_pattern import lazy_compile

# "Owner: Cy Park", "Who: Ann/Bo", "Responsible: Clerk": who does the action above
_OWNER_LINE = lazy_compile(r"^\W*(?:owners?|who|responsible|assigned\s+to|action\s+by)\s*:\s*(?P<value>\S.*?)\W*$",
                           re.I)
# "Due: 30 April 2025", "When: next meeting", "Deadline: end of May": when it is due
_DUE_LINE = lazy_compile(r"^\W*(?:due(?:\s+date)?|deadline|when|by\s+when|target\s+date)\s*:\s*(?P<value>\S.*)$",
                         re.I)


def fill_action_field(draft: Draft, text: str, ctx: Context) -> bool:
    """Whether ``text`` is an owner or deadline line for ``draft`` (the action on the line above),
    filling the field it gives. A field the action already has is not given twice."""
    if (m := _OWNER_LINE.match(text)) and not draft.owners:
        owners = split_owners(m["value"])
        if owners and all(known_owner(o, ctx) or name_like(o) for o in owners):
            draft.owners = owners
            return True
        return False
    if (m := _DUE_LINE.match(text)) and draft.due is None:
        due = read_due(m["value"].strip(), ctx)[0]
        if due is not None:
            draft.due = due
            return True
    return False
