"""Tasks given in brackets or by a lead-in line: "... with a design team (Dave Lee to lead this
effort)", "Jo and Bo (Jo volunteered Bo) to look at this", "Add a talks page (for Andrew)", and
the items listed under "Ann and Bo taking these:" (each item is their task).

An owner must be someone the document names as a person: an attendee, a speaker, or a
capitalised word it uses as a name (`Context.names`)."""

from __future__ import annotations

import re

from notes_extract.extractors.actions import Draft, due_in_text, grouped_task, known_owner, split_owners
from notes_extract.extractors.context import Context
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.nlp import find_commitments, sentences
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.actions import GIVEN_TO_WORDS, TAKEN_ITEMS, TAKING_VERBS, VOLUNTEERING_LEAD_INS
from notes_extract.vocab.build import any_of, any_of_patterns

# "(Dave Lee to lead this effort)": a bracketed clause that sets a task, closing the point.
_BRACKETED_CLAUSE = lazy_compile(r"\((?P<clause>[^()]{3,120})\)\s*\.?\s*$")
# "Dave Lee to ...": a first name and a surname, then the task's "to".
_FULL_NAME_TO = lazy_compile(r"^(?P<first>[A-Z][a-z'’-]+)\s+[A-Z][a-z'’-]+\s+to\s+[a-z]")
# "(for Andrew)", "(to jo)": a bracketed name the point is given to, closing the point.
_GIVEN_TO = lazy_compile(rf"^(?P<task>[^()]+?)\s*\((?:{any_of(GIVEN_TO_WORDS)})\s+"
                         r"(?P<who>@?[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)?)\)\s*\.?\s*$", re.I)
# "Josh and Bo (Josh volunteered Bo) to look at this": an aside between the owners and their verb.
# Only names before the aside: "The Clerk had asked Al Bo (Highways) to ..." is someone's request, read elsewhere.
_ASIDE_BEFORE_TO = lazy_compile(r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s*(?:,|and|&)\s*"
                                r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?){0,3})\s*\([^()]{1,60}\)\s*(?=to\s+[a-z])")
# "Ann and Bo taking these", "Ann will take the following:": a line handing the items below to people.
# (matched only in a line holding a taking verb and the items' words: the lazy run of the name is slow to fail)
_TAKES_ITEMS = TriggeredPattern(lazy_compile(
    rf"^(?P<who>[A-Z@][^:]{{0,60}}?)\s+(?:(?:will|to|are|is)\s+)?(?:{any_of(TAKING_VERBS)})"
    rf"\s+(?:on\s+)?(?:{any_of(TAKEN_ITEMS)})(?:\s+on)?\s*[:.]?\s*$", re.I), TAKEN_ITEMS, also=TAKING_VERBS)


# "The committee agreed to volunteer to do/bring the following:": the items below are tasks, each naming its owners.
_HANDS_OUT_ITEMS = lazy_compile(rf"\b{any_of_patterns(VOLUNTEERING_LEAD_INS)}\b[^:]*:\s*$", re.I)


# "Tea and milk – Anna", "Hot cider - Kim, Peg": an item's task, a dash, who does it.
_TASK_DASH_OWNERS = lazy_compile(r"^(?P<task>[^–—]+?)\s+[-–—]\s+(?P<who>[^-–—]{2,80}?)\s*\.?$")


def _people(who: str, ctx: Context, speakers: frozenset[str]) -> list[str]:
    """The owners ``who`` lists, when every one is a person the document names; else []."""
    owners = split_owners(who.strip())
    ok = owners and all(known_owner(o, ctx) or o in speakers for o in owners)
    return owners if ok else []


def lead_in_drafts(text: str, ctx: Context, *, section: str | None,
                   speakers: frozenset[str] = frozenset()) -> list[Draft]:
    """The task a point gives in brackets: at its end (the whole point is the task), or between
    the owners and their "to <verb>" (the sentence is)."""
    text = text.strip()
    if "(" not in text:
        return []  # each form below holds a bracket
    if (m := _BRACKETED_CLAUSE.search(text)) and \
            (found := find_commitments(m["clause"], ctx.roster, ctx.names | _full_name_first(m["clause"]))):
        return [_draft(text, found[0].owners, section, ctx)]
    # "(for Andrew)" names a person only when the minutes list or quote them: "(for 2025)" names none
    if (m := _GIVEN_TO.match(text)) and (ctx.roster.resolve(m["who"]) or m["who"] in speakers):
        return [_draft(text, [m["who"]], section, ctx)]
    drafts: list[Draft] = []
    for sentence in sentences(text):
        sentence = sentence.strip()
        aside = _ASIDE_BEFORE_TO.match(sentence)
        clause = f"{aside['who']} {sentence[aside.end():]}" if aside else None
        if clause and (found := find_commitments(clause, ctx.roster, ctx.names)):
            drafts.append(_draft(sentence, found[0].owners, section, ctx))
    return drafts


def _full_name_first(clause: str) -> frozenset[str]:
    """The first name of a full name opening a bracketed "(Dave Lee to lead ...)": the bracket
    sets the clause apart as a task, so a first name and surname there are a person's."""
    m = _FULL_NAME_TO.match(clause)
    return frozenset({m["first"]}) if m else frozenset()


def _draft(text: str, owners: list[str], section: str | None, ctx: Context) -> Draft:
    return Draft(text=text, owners=owners, section=section, due=due_in_text(text, ctx))


def taken_items(points: list[tuple[str, bool]], ctx: Context,
                speakers: frozenset[str] = frozenset()) -> dict[int, list[str]]:
    """Which points are list items under a line handing them to people ("Ann and Bo taking
    these"), and those people: (text, whether a list item) for each point. Under a line that hands
    out the items ("... agreed to volunteer for the following:") each item names its own: [] for those."""
    owned: dict[int, list[str]] = {}
    owners: list[str] = []
    handed_out = False  # under a line that hands out the items, each naming its owners
    for i, (text, item) in enumerate(points):
        if item and owners:
            owned[i] = owners
        elif item and handed_out:
            owned[i] = []  # the item names its own owners ("Hot cider – Kim, Peg")
        elif not item:
            m = _TAKES_ITEMS.match(text.strip())
            owners = _people(m["who"], ctx, speakers) if m else []
            # (only a line ending in a colon can hand out the items)
            handed_out = not owners and text.rstrip().endswith(":") and bool(_HANDS_OUT_ITEMS.search(text))
    return owned


def taken_item_draft(text: str, owners: list[str], ctx: Context, *, section: str | None) -> Draft | None:
    """A list item under a line handing the items to ``owners``: a task of theirs. With no ``owners``
    (items handed out), the item's task and the attendees after its dash ("Hot cider – Kim, Peg")."""
    if owners:
        return grouped_task(text, owners, ctx, section=section)
    m = _TASK_DASH_OWNERS.match(text.strip())
    named = split_owners(m["who"]) if m else []
    if not named or not all(ctx.roster.resolve(o) for o in named):
        return None
    return Draft(text=m["task"].strip(), owners=named, section=section)  # type: ignore[index]
