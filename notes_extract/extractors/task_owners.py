"""Owners an action line's own wording names when no list of people knows them.

"- Felix to send the rota", "- Ana/Bert to book the hall" under a to-do heading: the line is
a task already, and the capitalised words before "to <verb>" say who does it, even where the
minutes never list who came.
"""

from __future__ import annotations

from notes_extract.extractors.context import Context
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import NOT_TASK_AFTER_TO, PERSONAL_TASK_VERBS, VERBS_BEFORE_TO
from notes_extract.vocab.people import NOT_OWNERS, NOUN_ENDINGS

# One owner: a capitalised word or two ("Felix", "Ana Ruiz"), or initials with a dot ("R. Troy").
_NAME = r"(?:[A-Z]\.\s?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_JOIN = r"\s*(?:/|,|&|\+|\band\b)\s*"
# "Felix to send ...", "Ana/Bert to book ...", "Ivy, Noor and Rosa to turn ...": owners, "to", a verb
_NAMES_BEFORE_TO = lazy_compile(rf"^(?P<who>{_NAME}(?:{_JOIN}{_NAME}){{0,5}})\s+to\s+(?P<verb>[a-z]{{2,}})\b")
_SPLIT = lazy_compile(_JOIN)


def _name_words(text: str) -> bool:
    """Whether ``text`` reads as a name ("Felix", "R. Troy"), not a thing ("Website", "Invitations")."""
    tokens = text.replace(". ", ".").replace(".", ". ").split()
    words = [t for t in tokens if not (len(t) == 2 and t.endswith("."))]  # initials aside
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w[1:].islower() for w in words) and \
        words[0].lower() not in NOT_OWNERS and not words[-1].lower().endswith(NOUN_ENDINGS)


def owners_before_to(body: str, ctx: Context, *, unlisted: bool = False) -> list[str]:
    """The owners an action line names before "to <verb>", or [].

    Each must be an attendee, or, where the minutes list nobody (so the roster cannot tell a
    person from a thing), a name-like word that the document uses as a name elsewhere
    (`Context.names`) or that is paired with another ("Ana/Bert": two things are seldom joined
    before one task's "to"); "Button to start the pathfinding" names no one. Where attendees are
    listed, "Website to go live" names no one of them and stays ownerless; but when ``unlisted`` (a
    sibling line names an attendee before its "to"), a name-like word before a person's task verb
    does ("Carol to book the room").
    """
    m = _NAMES_BEFORE_TO.match(body.strip())
    if not m or m["verb"] in NOT_TASK_AFTER_TO:
        return []
    owners = [o.strip() for o in _SPLIT.split(m["who"]) if o.strip()]
    if any(o.split()[0].lower() in VERBS_BEFORE_TO for o in owners):
        return []  # "Try to obtain licences": the line opens with its verb
    if all(ctx.roster.resolve(o) for o in owners):
        return owners
    if unlisted and m["verb"] in PERSONAL_TASK_VERBS and all(_name_words(o) for o in owners):
        return owners
    if ctx.roster.names or not all(_name_words(o) for o in owners):
        return []
    if len(owners) == 1 and owners[0].split()[0].rstrip(".") not in ctx.names:
        return []  # one capitalised word alone may be a thing ("Framework to call the solver")
    return owners
