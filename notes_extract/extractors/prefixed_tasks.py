"""A point that opens with who does it, then the task: "Sam: Ask Jean about the raffle tickets",
"Ann - will send the draft", "@bo: I'll file the issue". Notes kept as one line per person write the
owner first and the task after a colon or dash; the owner must be an attendee (or a handle), and what
follows must read as a task: a promise ("will ...", "to ...", "I'll ...") or an imperative of a task
verb ("Ask", "Send", "Follow up"), not a remark ("Ann: thinks the draft is ready", "Bo: Update on the
lease", a noun).
"""

from __future__ import annotations

import re

from notes_extract.extractors.context import Context
from notes_extract.extractors.line_owners import OWNER_PREFIX
from notes_extract.extractors.owner_words import split_owners
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import NOT_COMMITTED_VERBS, PERSONAL_TASK_VERBS
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import WHOLE_MEETING_OWNERS

# "will send", "to send", "I'll send", "I will send", "going to send": a promise with its verb
_PROMISE = lazy_compile(rf"^(?:will|shall|to|i['’]ll|i\s+will|(?:i\s+am\s+|i['’]m\s+)?going\s+to)\s+"
                        rf"(?!{any_of(NOT_COMMITTED_VERBS)}\b)[a-z]", re.I)
# "Ask Jean ...", "follow up with the bank": a task verb, not the noun it also spells ("Update on the lease")
_IMPERATIVE = lazy_compile(rf"^{any_of(PERSONAL_TASK_VERBS)}\b(?!\s+(?:on|of|from|is|was|are|were|has|for|and)\b)",
                           re.I)


def prefixed_task(body: str, ctx: Context) -> tuple[str, list[str]] | None:
    """(task, owners) of a point written "Owner: task", or None."""
    if ":" not in body and "-" not in body and "–" not in body and "—" not in body:
        return None
    m = OWNER_PREFIX.match(body.strip())
    if not m:
        return None
    owners = split_owners(m["who"])
    task = m["task"].strip()
    if len(owners) == 1 and owners[0].lower() in WHOLE_MEETING_OWNERS and bool(_IMPERATIVE.match(task)):
        return task, owners  # "All: review the PR": the task is everyone's
    if not owners or not all(ctx.roster.resolve(o) or o.startswith("@") for o in owners):
        return None
    return (task, owners) if opens_task(task) else None


def opens_task(text: str, *, promise_only: bool = False) -> bool:
    """Whether words said or written after their owner read as a task: a promise ("will send ...",
    "I'll send ...") or (unless ``promise_only``) a task verb's imperative ("send the draft"), not a question."""
    return (bool(_PROMISE.match(text)) or not promise_only and bool(_IMPERATIVE.match(text))) and \
        not text.rstrip().endswith("?")
