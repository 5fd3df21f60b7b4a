"""Approved motions that tell someone to do something.

"Ann should transfer the domain to the foundation. / Proposed by: Bo / Unanimously approved.":
once carried, the motion is a decision and also Ann's task. "Should" alone is no commitment
(someone should fix the gate); the vote is what makes it an order. An order to a body
("The board should publish ...") is only the body's decision.
"""

from __future__ import annotations

import re

from notes_extract.extractors.actions import Draft, due_in_text
from notes_extract.extractors.context import Context
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import NOT_ORDERED_VERBS, ORDERING_MODALS
from notes_extract.vocab.people import GROUP_OWNERS, ROLE_WORDS

# "Ann should transfer ...", "That the Treasurer shall renew ...": who is told, then the modal and a verb.
_ORDER = lazy_compile(rf"(?:^\W*|\b(?i:that)\s+)(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+"
                      rf"{any_of(ORDERING_MODALS)}\s+(?!{any_of(NOT_ORDERED_VERBS)}\b)[a-z]{{3,}}\b")
# The kinds of decision a vote or resolution carries (an agreement is worded as agreed, not ordered).
_ORDERING_KINDS = ("motion", "resolution")


def _told(owner: str, ctx: Context) -> str | None:
    """The person or officer ``owner`` names, as written, or None for a body or a thing."""
    bare = re.sub(r"^the\s+", "", owner, flags=re.I)
    if ctx.roster.resolve(owner) or owner.split()[0] in ctx.names:
        return owner
    return bare if bare.lower() in ROLE_WORDS and bare.lower() not in GROUP_OWNERS else None


def ordered_tasks(decisions: list[Decision], drafts: list[Draft], ctx: Context, *, section: str) -> list[Draft]:
    """The tasks carried motions of an item give a person or officer, unless its points already
    gave them (``drafts``: "Ann shall open an account" is already a commitment)."""
    tasks: list[Draft] = []
    for decision in decisions:
        if decision.kind not in _ORDERING_KINDS or decision.outcome != "carried":
            continue
        if not (m := _ORDER.search(decision.text)) or not (owner := _told(m["owner"], ctx)):
            continue
        if any(d.text in decision.text or decision.text in d.text for d in drafts):
            continue
        tasks.append(Draft(text=decision.text, owners=[owner], section=section,
                           due=due_in_text(decision.text, ctx)))
    return tasks
