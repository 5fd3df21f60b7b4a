"""A task followed by its fields: "Update the risk register. Owner: Tobias Brandt. Due: 30 June." —
the task, who owns it and when it is due, written as labelled fields after it (a template's
habit, and a secretary's in Word). The owner field is what makes such a point an action."""

from __future__ import annotations

import re

from notes_extract.extractors.context import Context
from notes_extract.extractors.inline_due import read_due
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Due
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.actions import EXPLICIT_DUE_COLUMN

_OWNER_LABELS = ("owner", "lead", "responsible", "who", "assigned to")
OWNER_LABELS = r"owners?|lead|responsible|who|assigned\s+to|action\s+by"  # (regex: the labels of an owner field)
# "Owner: Ann", "- assigned to Ann": the label, a colon or dash ("assigned to" needs none), the owners
# (the owners end where a next field's label begins: "Owner: All Team Members" over "Deadline: Ongoing", the
# lines joined)
_NEXT_FIELD = rf"\s(?:{EXPLICIT_DUE_COLUMN}|status)(?:\s+date)?\s*[:\-–]"
OWNER_FIELD = TriggeredPattern(lazy_compile(rf"\b(?:(?:{'|'.join(_OWNER_LABELS)})\s*[:\-–]|(?<=[-–—;,.] )assigned to)"
                                            rf"\s*(?P<who>(?:(?!{_NEXT_FIELD})[^;,.()])+)", re.I),
                               _OWNER_LABELS, also=(":", "-", "–"))
# "Owner: Ann." then "Due: 30 June" / "Deadline - next meeting"
_DUE_FIELD = lazy_compile(rf"\b(?:{EXPLICIT_DUE_COLUMN})(?:\s+date)?\s*[:\-–]\s*(?P<when>[^;()]{{2,40}}?)\s*\)?"
                          r"\s*(?:[.;]|$)", re.I)


def field_task(body: str, ctx: Context) -> tuple[str, str, Due | None] | None:
    """(task, owners as written, deadline) of a point whose owner is a field after its task (the point
    whole when nothing comes before the field), or None when it has no owner field."""
    if not (m := OWNER_FIELD.search(body)):
        return None
    task = body[: m.start()].strip(" ,;-–—([") or body  # "Book the hall (owner: Raj)": the bracket is the field's
    due = read_due(d["when"], ctx)[0] if (d := _DUE_FIELD.search(body, m.end())) else None
    return task, m["who"].strip(), due
