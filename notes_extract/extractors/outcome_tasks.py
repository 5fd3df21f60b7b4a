"""Tasks handed out among an item's outcomes: "Resolved" over "Luther/Val: Sort out the survey questions".

Under an outcome label ("Resolved", "Decisions", "Outcomes") a line that opens with attendees and a
colon gives those attendees a task; it is an action, not a decision of its own.
"""

from __future__ import annotations

from notes_extract.extractors.actions import Draft, name_like, point_actions, split_owners
from notes_extract.extractors.context import Context
from notes_extract.lazy_pattern import lazy_compile

# "Luther/Val: ...", "Ann Lee: ...": the words before the first colon, short enough to be owners.
_OPENING_OWNERS = lazy_compile(r"^\W{0,3}(?P<who>[^:]{1,60}):\s+(?=\S)")


def owned_line_action(text: str, ctx: Context, *, section: str | None, after_one: bool = False) -> Draft | None:
    """The task ``text`` gives the attendees it opens with (each one the attendance lists), or None.
    ``after_one``: a line of the same list already gave an attendee a task, so a name the lists
    do not hold ("Roland: Make two more decks") owns this one."""
    m = _OPENING_OWNERS.match(text)
    if m is None or not ctx.roster.names:
        return None
    owners = split_owners(m["who"])
    if not all(ctx.roster.resolve(o) or after_one and name_like(o) for o in owners):
        return None
    found = point_actions(text[m.end():], ctx, section=section, labelled=True, owners=owners)
    return found[0] if found else None
