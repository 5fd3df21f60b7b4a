"""Who an action line names as its owners, and where: before the task ("Ann: send the slides",
"[Ann] send ..."), after it ("Send the slides - Ann", "Book hall (Raj)"), before "to <verb>", in an
"Owner:" field, or as the one who commits ("Ann will ...").

Each place is a *form* (`OwnedLine.form`). A list of action lines keeps to one form, so a sibling
line whose owners are attendees shows which words of the others are owners too: under "Alice to
circulate the draft", "Carol to book the room" names Carol, listed or not (`owners_in_siblings`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from notes_extract.extractors.action_roles import role_prefix
from notes_extract.extractors.context import Context
from notes_extract.extractors.inline_due import due_field, read_due
from notes_extract.extractors.owner_fields import OWNER_LABELS, field_task
from notes_extract.extractors.owner_words import known_owner, name_like, split_owners
from notes_extract.extractors.task_owners import owners_before_to
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Due
from notes_extract.nlp import find_commitment
from notes_extract.vocab.actions import ACTION_LABEL_WORDS, VAGUE_DEADLINES
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import COMPANION_OWNERS, GROUP_OWNERS, NOT_OWNERS, NOT_TASK_VERBS

# One owner in a list: a name, a handle, or "other(s)" beside a name ("Ann + other")
_PREFIX_OWNER = rf"(?:[A-Z@][\w.'’@-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|{any_of(COMPANION_OWNERS)}\b)"
_OWNER_JOIN = r"\s*(?:/|,|&|\+|\band\b)\s*"
OWNER_PREFIX = lazy_compile(rf"^(?:\*\*)?(?P<who>{_PREFIX_OWNER}(?:{_OWNER_JOIN}{_PREFIX_OWNER})*)\s*(?:\*\*)?"
                             r"(?::|\s[-–—])(?:\*\*)?\s+"
                             r"(?P<task>\S.*)$")
# ("Write the newsletter - everyone": a group word, in any case, owns the task as a person would)
_TAIL_NAME = rf"(?:[A-Z@][\w.'’@-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}|(?i:{any_of(GROUP_OWNERS)})\b)"
_TAIL_NAMES = rf"{_TAIL_NAME}(?:{_OWNER_JOIN}{_TAIL_NAME}){{0,3}}"
# "to do:", "action:" between a task's dash and its owners.
# ("Action Ann" in capitals or not: "Book the hall - ACTION Ann")
_TAIL_LABEL = rf"(?i:{ACTION_LABEL_WORDS})\s*:?"
# "submit the notes - to do", "Circulate the budget. Action", "Book the hall (action": a label left before the owner
_TRAILING_TODO_LABEL = lazy_compile(rf"(?:\s+[-–—]\s*|\s*[.(]\s*)(?i:{ACTION_LABEL_WORDS})\s*$")
# "Clean the tools. Responsible: Ann", "Order hose — Owner: Cy": the owner field's label is no part of the task.
_TRAILING_OWNER_LABEL = lazy_compile(rf"[\s.;,–—-]*\b(?i:{OWNER_LABELS})\s*$")
# "Matt draft policy ...", "Ann/Raj review PR": owners written straight before a lower-case verb
_NAMES_BEFORE_VERB = lazy_compile(rf"^(?P<who>{_TAIL_NAMES})\s+(?=[a-z]{{2,}}\b)")
# "Send minutes - Ann", "Book hall (Raj)", "Fix lights [IS]"
# ("submit the notes - to do: Ann": the owner after a to-do label)
# ("Book hall (Action: Raj)": the label inside the brackets)
# ("Document the API -> Sofia": an arrow pointing at who does it)
_OWNER_TAIL = lazy_compile(rf"\s*(?:\s[-–—]\s*|\s*(?:->|→|=>|⇒)\s*|[(\[])(?:{_TAIL_LABEL}\s+)?(?P<who>{_TAIL_NAMES})"
                           r"[)\]]?\s*\.?$")
# "Circulate the budget - Ann - by Friday", "Book the hall (Raj, 5 April)": the owners, then when
_OWNER_TAIL_DUE = lazy_compile(rf"^(?P<task>.+?)(?:\s+[-–—]\s+|\s*[(\[])(?P<who>{_TAIL_NAMES})"
                               r"(?:\s+[-–—]\s+|\s*[,;]\s*)(?P<due>[^()\[\]–—]{2,40}?)[)\]]?\s*\.?$")
# "Draft budget to be circulated by Ann": the one a passive task names as its agent
_PASSIVE_AGENT = lazy_compile(rf"\b(?:to|will|shall)\s+be\s+(?:[a-z]+\s+)?[a-z]{{3,}}(?:ed|en|t)\s+by\s+"
                              rf"(?P<who>{_TAIL_NAMES})\b")
# "[Ann] Explore the data", "(Ann/Bo) review the lease": the owners in brackets before the task
_OWNER_BRACKET_FIRST = lazy_compile(rf"^[\[(](?P<who>{_TAIL_NAMES})[\])]\s+(?P<task>\S.*)$")
# "Make the axes trainable: Ann - Due by next meeting": the task, a colon, who does it, then when
_OWNER_AFTER_COLON = lazy_compile(rf"^(?P<task>[^:]{{3,}}?):\s+(?P<who>{_TAIL_NAMES})"
                                  r"(?:\s+[-–—]\s+(?P<rest>.+?))?\s*\.?$")
# "Find a printer - Everyone - Soon": a deadline written as a vague time still closes the owners' tail.
_VAGUE_DEADLINE = lazy_compile(rf"(?:{VAGUE_DEADLINES})\.?", re.I)
_DUE_WORD = lazy_compile(r"^(?:due|deadline)\s*:?\s*", re.I)
_HANDLE = lazy_compile(r"(?<![\w])@[\w-]+")
# "update the changelog before the tag @ann", "review the guide (@bo, @cy)": handles closing the line name
# its owners and are no part of the task's text
_TRAILING_HANDLES = lazy_compile(r"\s*[(\[]?(?<![\w])@[\w-]+(?:\s*(?:,|&|/|\band\b)?\s*@[\w-]+)*[)\]]?\s*\.?$")

# The forms a sibling's listed owners vouch for: the owner's place is a slot of the line.
SLOT_FORMS = frozenset({"bracket", "colon", "tail", "to"})


class OwnedLine(NamedTuple):
    """An action line read for its owners: the task without them, who, when, and the form that named them."""

    task: str
    owners: list[str]
    due: Due | None = None
    form: str = ""  # "" when the line names no owner


def owned_line(body: str, ctx: Context, *, unlisted: frozenset[str] = frozenset()) -> OwnedLine:
    """The owners an action line names in one of the usual places. In the forms of ``unlisted`` a
    name-like word nobody listed owns too (its siblings' owners, listed, stand in that place)."""
    def owners_in(who: str, form: str) -> list[str]:
        owners = split_owners(who)
        return owners if all(known_owner(o, ctx) or form in unlisted and name_like(o) or
                             form == "tail" and (o.lower() in GROUP_OWNERS or initialled_name(o)) for o in owners) \
            else []

    # "Ivo Marsh: Write up a blog post ..."; "Ingrid - send the slides": on an action line a
    # name-like word before a lower-case verb is its owner, listed or not
    if (m := OWNER_PREFIX.match(body)) and (owner_list(split_owners(m["who"]), ctx) or verb_first(m["task"])
                                             and all(name_like(o) for o in split_owners(m["who"]))):
        task, due = due_field(m["task"].strip(), ctx)
        return OwnedLine(task, split_owners(m["who"]), due, "prefix")
    if (m := _OWNER_BRACKET_FIRST.match(body)) and (owners := owners_in(m["who"], "bracket")):
        return OwnedLine(m["task"].strip(), owners, None, "bracket")
    if (m := _OWNER_AFTER_COLON.match(body)) and (owners := owners_in(m["who"], "colon")):
        due = read_due(_DUE_WORD.sub("", m["rest"]), ctx)[0] if m["rest"] else None
        # "submit the notes - to do: Ann", "Clean the tools. Responsible: Ann": the task alone
        task = _TRAILING_OWNER_LABEL.sub("", _TRAILING_TODO_LABEL.sub("", m["task"])).strip()
        return OwnedLine(task, owners, due, "colon")
    if role_led := role_prefix(body):  # "The board secretary: send out the summary"
        task, due = due_field(role_led[1], ctx)
        return OwnedLine(task, [role_led[0]], due, "role")
    if commitment := find_commitment(body, ctx.roster, ctx.names):
        # "Alice to circulate the draft": the classic form commits its owner before "to <verb>"
        return OwnedLine(body, commitment.owners, None, "to" if owners_before_to(body, ctx) else "commitment")
    # "Matt draft policy ...": the name is part of the sentence, so the text keeps it (as "Matt to ...")
    if (m := _NAMES_BEFORE_VERB.match(body)) and all(known_owner(o, ctx) and o.lower() not in NOT_OWNERS
                                                      for o in split_owners(m["who"])):  # "Meeting with X": no one
        return OwnedLine(body, split_owners(m["who"]), None, "verb")
    if fields := field_task(body, ctx):  # "Update the register. Owner: Ann. Due: 30 June."
        return OwnedLine(fields[0], split_owners(fields[1]), fields[2], "field")
    # "Obtain a quote (Rob Hume) – next meeting": the owners' tail before a deadline typed after a dash
    if (m := _OWNER_TAIL_DUE.match(body)) and (owners := owners_in(m["who"], "tail")) and \
            (due := read_due(m["due"], ctx)[0]) and \
            (due.kind != "other" or _VAGUE_DEADLINE.fullmatch(m["due"].strip())):
        return OwnedLine(_TRAILING_TODO_LABEL.sub("", m["task"]).strip(), owners, due, "tail")
    task, due = due_field(body, ctx)
    if (tail := _OWNER_TAIL.search(task)) and (owners := owners_in(tail["who"], "tail")):
        return OwnedLine(_TRAILING_TODO_LABEL.sub("", task[: tail.start()]).strip(), owners, due, "tail")
    # "Felix to send the rota": the line names who, listed or not
    if named := owners_before_to(body, ctx, unlisted="to" in unlisted):
        return OwnedLine(body, named, None, "to")
    agents = split_owners(m["who"]) if (m := _PASSIVE_AGENT.search(body)) else []
    if agents and all(known_owner(o, ctx) for o in agents):
        return OwnedLine(body, agents, None, "agent")
    handles = _HANDLE.findall(body)
    task = _TRAILING_HANDLES.sub("", body).strip() if handles else body
    return OwnedLine(task or body, handles[:3], None, "handle" if handles else "")


# "Elie S", "Xavier RC": a first name and a surname's initials, a person's name whoever listed it
_INITIALLED_NAME = lazy_compile(r"[A-Z][a-z]+\s+[A-Z]{1,2}\.?")


def initialled_name(text: str) -> bool:
    """Whether an owner word is a first name with the surname's initials ("Elie S"), not a thing."""
    return bool(_INITIALLED_NAME.fullmatch(text)) and text.split()[0].lower() not in NOT_OWNERS


def verb_first(task: str) -> bool:
    """Whether a task opens with a lower-case word that may be its verb ("send the slides", not "the new look")."""
    first = task.split()[0] if task.split() else ""
    return first[:1].islower() and first.lower() not in NOT_TASK_VERBS


def owner_list(owners: list[str], ctx: Context) -> bool:
    """Whether the words before an action line's separator are its owners: each a
    known owner, "other(s)", or a name-like word beside one that is known
    ("Innes / George - buy ...")."""
    # "All: review the draft": on an action line a group word owns the task as a person would
    anchored = any(known_owner(o, ctx) or o.lower() in COMPANION_OWNERS | GROUP_OWNERS for o in owners)
    return anchored and all(known_owner(o, ctx) or o.lower() in COMPANION_OWNERS | GROUP_OWNERS or name_like(o)
                            for o in owners)


class _Task(Protocol):
    text: str
    owners: list[str]
    due: Due | None
    owner_form: str


def owners_in_siblings(tasks: Sequence[_Task], ctx: Context) -> None:
    """Give the ownerless lines of one list the owners their form names, where a sibling line of the
    same form names attendees: under "- Alice to circulate the draft", "- Carol to book the room" is
    Carol's, whether or not she came. One sibling of the form, an attendee, is the evidence."""
    listed = frozenset(t.owner_form for t in tasks if t.owner_form in SLOT_FORMS and
                       all(ctx.roster.resolve(o) for o in t.owners))
    if not listed:
        return
    for task in tasks:
        if task.owners:
            continue
        line = owned_line(task.text, ctx, unlisted=listed)
        if line.owners and line.form in listed:
            task.text, task.owners, task.due, task.owner_form = line.task, line.owners, task.due or line.due, line.form
