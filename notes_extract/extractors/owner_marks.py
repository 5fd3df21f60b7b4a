"""Owners marked after a point: "The roof leaks and a builder should be asked for a quote.
Action: BT" — the point is the task and the mark names who does it. Minute books written in
Word often put the mark at the end of the paragraph, or on its own line right under it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_extract.extractors.actions import ACTION_LABEL, Draft, due_in_text, known_owner, name_like, split_owners
from notes_extract.extractors.context import Context
from notes_extract.extractors.inline_due import read_due
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Due
from notes_extract.people import is_known_role
from notes_extract.vocab.actions import ACTION_LABEL_WORDS

# The mark: an action label, a colon or dash, and a short list of owners, ending the text.
_MARK = (rf"(?:\*\*)?(?:{ACTION_LABEL_WORDS})\s*(?:\*\*)?\s*[:\-–—]\s*(?:\*\*)?"
         r"(?P<who>[^.:;!?]{1,60}?)(?:\*\*)?\s*\.?\s*$")
# What sets off the owners in a _MARK.
_MARK_SEPARATORS = (":", "-", "–", "—")
# After a sentence's end: "... for a quote. Action: BT".
_TRAILING_MARK = lazy_compile(rf"(?P<task>\S.*?[.!?)])\s+{_MARK}", re.I)
# After a dash: "... a reserves policy – ACTION: KL", "... from two designers - Action: AO".
_DASH_MARK = lazy_compile(rf"(?P<task>\S.*?\w)\s+[-–—]\s+{_MARK}", re.I)
# "Need a migration plan → TH", "Document it -> Sofia": an arrow pointing at who does it.
_ARROW_MARK = lazy_compile(r"(?P<task>\S.*?\w[.)]?)\s*(?:→|->|=>|⇒)\s*"
                           r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*[/&,]\s*[A-Z][\w'’-]*){0,3})\s*\.?\s*$")
_ARROWS = ("→", "->", "=>", "⇒")  # one is in every text _ARROW_MARK matches: the others are not searched
# On a line of its own: "Action: BT".
_MARK_LINE = lazy_compile(rf"^\s*{_MARK}", re.I)
# "... to write positive reviews.  Action ALL": the mark without its colon, the owners in capitals or known.
_BARE_TRAILING_MARK = lazy_compile(rf"(?P<task>\S.*?[.!?)])\s+(?i:{ACTION_LABEL_WORDS})\s+"
                                   r"(?P<who>[A-Z][\w'’-]*(?:\s*[/&,]\s*[A-Z][\w'’-]*){0,3})\s*\.?\s*$")
# (what every match of it holds: a sentence's end, the label, a capital; searched first, a quick scan, as the
# fullmatch's lazy task tries every length of a long point)
_BARE_MARK_CORE = lazy_compile(rf"[.!?)]\s+(?i:{ACTION_LABEL_WORDS})\s+[A-Z]")
# "... regarding this. (Action Linda Morgan/Gavin Clark)": the mark in brackets after a sentence's end,
# or before its full stop ("... the insurance cost (Action: CB).").
_BRACKETED_TAIL = lazy_compile(rf"(?:(?<=[.!?])|(?<=\w))\s*\(\s*(?i:{ACTION_LABEL_WORDS})\s*[:\-–—]?\s*"
                               r"(?P<who>[^()]{1,60}?)\s*\)\s*\.?\s*$")
# "... sent to the auditor ACTION Justine/Su": the label in capitals needs no full stop before it.
_CAPITALS_TAIL = lazy_compile(r"(?<=\w)\s+(?:ACTIONS?|AP)(?:\s*[:\-–—]\s*|\s+)"
                              r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*[/&,]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){0,3})"
                              r"\s*\.?\s*$")
_ACTION_CAPITALS = lazy_compile(r"\b(?:ACTIONS?|AP)\b")  # (a text without the label has no such tail)
_LOWER_CASE_LETTER = lazy_compile("[a-z]")
# A mark names a few owners at most, in a few words.
MAX_MARKED_OWNERS = 4
MARK_MAX_WORDS = 8


def marked_owners(who: str, ctx: Context) -> list[str] | None:
    """The owners a mark names, when every one is a listed person, initials, a handle or a
    name-like word ("Brenda"); None for a task ("Action: write to the council")."""
    if _SETS_A_TASK.search(who):
        return None  # "ACTION: Spencer to confirm on the list": the action itself, with its owner in it
    owners = split_owners(who.strip())
    if not owners or len(owners) > MAX_MARKED_OWNERS or \
            not all(known_owner(o, ctx) or name_like(o) or is_known_role(o) for o in owners):  # "ACTION – CLERK"
        return None
    return owners


def _before_last_bracket(text: str) -> int:
    """Where the spaces before the last "(" of ``text`` begin: the only place a bracketed tail can open,
    as it holds no other bracket (searched from there: the pattern opens with a look-behind, tried at
    every character)."""
    return len(text[: text.rfind("(")].rstrip())


def _marks(text: str) -> Iterator[tuple[str, str]]:
    """(task, who) for each way ``text`` ends in an owners' mark with a colon or dash, in brackets or
    in capitals. The tails are searched from the end: trying every split of a long paragraph is slow."""
    separated = any(mark in text for mark in _MARK_SEPARATORS)  # (a text without one has no such mark)
    trailing = _TRAILING_MARK.fullmatch(text) if separated else None
    if trailing:
        yield trailing["task"], trailing["who"]
    if separated and not trailing and (m := _DASH_MARK.fullmatch(text)):
        yield m["task"], m["who"]
    if "(" in text and (m := _BRACKETED_TAIL.search(text, _before_last_bracket(text))):
        task = text[: m.start()]
        if task[-1:].isalnum():  # "... rota (Action: Elif).": inside its sentence, the mark is that sentence's
            task = _SENTENCE_END.split(task)[-1]
        yield task, m["who"]
    if _ACTION_CAPITALS.search(text) and (m := _CAPITALS_TAIL.search(text)) and \
            _LOWER_CASE_LETTER.search(text[: m.start()]):  # "FAILED TO APPEAR": a shouted line has no mark
        yield text[: m.start()], m["who"]


def trailing_mark_action(text: str, ctx: Context, *, section: str | None) -> Draft | None:
    """The action a point states when it ends with an owners' mark."""
    text = text.strip()
    for task, who in _marks(text):
        if (owners := marked_owners(who, ctx)) is not None:
            return _marked_draft(task, owners, section, ctx)
    if any(mark in text for mark in _ARROWS) and (arrow := _ARROW_MARK.fullmatch(text)) and \
            (owners := arrow_owners(arrow["who"], ctx)):
        return _marked_draft(arrow["task"], owners, section, ctx)
    m = _BARE_TRAILING_MARK.fullmatch(text) if _BARE_MARK_CORE.search(text) else None
    bare_owners = split_owners(m["who"]) if m else []
    if m is None or not bare_owners or not all(known_owner(o, ctx) for o in bare_owners):
        return None
    return _marked_draft(m["task"], bare_owners, section, ctx)


def arrow_owners(who: str, ctx: Context) -> list[str] | None:
    """The owners an arrow points at: attendees the roster knows, or names where the minutes list
    nobody ("API -> REST" points at no one)."""
    owners = split_owners(who)
    if owners and all(ctx.roster.resolve(o) for o in owners):
        return owners
    return owners if owners and not ctx.roster.names and all(name_like(o) for o in owners) else None


def _marked_draft(task: str, owners: list[str], section: str | None, ctx: Context) -> Draft:
    # "ACTION: Document the API -> Sofia": the label before the task is no part of it
    if (label := ACTION_LABEL.match(task)) and not label["initials"] and not label["held"]:
        task = task[label.end():]
    task = marked_sentences(task.strip())
    return Draft(text=task, owners=owners, section=section, due=due_in_text(task, ctx))


_MARK_ALONE = lazy_compile(rf"^\W*(?i:{ACTION_LABEL_WORDS})\s*[:\-–—]?\s*"
                           r"[A-Z][\w'’.-]*(?:\s*(?:[/&,]|and)?\s*[A-Z][\w'’.-]*){0,5}\W*$")


def is_owner_mark(fragment: str) -> bool:
    """"Action: KM/RD", "(Action Kit Marsh)": a fragment that only names who carries a point out."""
    return bool(_MARK_ALONE.match(fragment.strip()))


def without_owner_mark(text: str) -> str:
    """A decision's sentence without the owners' mark after it ("It was agreed to repaint the
    buoys. Action: KM/RD", "... (Action Kit Marsh)", "... ACTION KM")."""
    bare = _BARE_TRAILING_MARK.fullmatch(text.strip())
    for task, who in [*_marks(text.strip()), *([(bare["task"], bare["who"])] if bare else [])]:
        if not _SETS_A_TASK.search(who) and len(who.split()) <= MARK_MAX_WORDS:
            return task.strip()
    return text


# "The balance stands at £2,450. Pete to prepare the accounts. ACTION: PL": the task is the
# sentence that sets it, not the report before it.
# "... from the DAC. AA to contact.": a sentence may end with an organisation's initials, not with one initial.
# (the space first, what stands before it after: a pattern opening with a look-behind is tried at every character)
_SENTENCE_END = lazy_compile(r"\s(?:(?<=[a-z0-9)%][.!?]\s)|(?<=[A-Z]{2}[.!?]\s))\s*(?=[A-Z])")
_SETS_A_TASK = lazy_compile(r"\b(?:to|will|should|must|shall|needs? to|asked to)\s+[a-z]{2,}")


def marked_sentences(text: str) -> str:
    """The sentences of a marked point from the last one that sets a task, or the point whole."""
    sentences = _SENTENCE_END.split(text)
    setting = [i for i, sentence in enumerate(sentences) if _SETS_A_TASK.search(sentence)]
    return " ".join(sentences[setting[-1]:]) if len(sentences) > 1 and setting else text


# "Action by: Bo", "ACTION Bo", "(Action Bo)", "ACTION: Bo (by next meeting)": a mark on its own line written
# with "by", without a colon or in brackets, and perhaps its deadline in brackets after the owners.
_MARK_LINE_FORMS = lazy_compile(rf"^\W*(?i:{ACTION_LABEL_WORDS})(?:\s+(?i:by)\b)?\s*(?P<sep>[:\-–—])?\s*"
                                r"(?P<who>[^.:;!?()]{1,60}?)\s*(?:\((?P<due>[^()]{1,40})\))?[\s).]*$")


def mark_line_owners(text: str, ctx: Context) -> tuple[list[str], Due | None] | None:
    """The owners a line that is only a mark names ("Action: BT"), for the point above it, and the
    deadline the mark adds in brackets. Without a colon or dash ("ACTION Bo") every owner must be an attendee
    or a role ("Action Plan" names nobody)."""
    m = _MARK_LINE.match(text)
    if m and (owners := marked_owners(m["who"], ctx)) is not None:
        return owners, None
    m = _MARK_LINE_FORMS.match(text)
    if m is None or (owners := marked_owners(m["who"], ctx)) is None or \
            not m["sep"] and not all(ctx.roster.resolve(o) or is_known_role(o) for o in owners):
        return None
    due = read_due(m["due"], ctx)[0] if m["due"] else None
    return owners, due if due is not None and due.kind != "other" else None
