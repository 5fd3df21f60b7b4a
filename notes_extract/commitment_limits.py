"""Commitments the patterns find that are no task: a place kept ("Ann will continue as treasurer",
"Bo offered to remain on the rota"), a hedged one ("..., and possibly Bo will come"), and what someone outside the
meeting will do ("Cllr Lee reported that Acme Homes would repair the wall", "CDC will insist ...")
where the minutes list who came."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import Roster
from notes_extract.vocab.actions import (
    GROUP_MEETING_VERBS,
    HEDGE_THAT_CLAUSES,
    HEDGE_WORDS,
    MODAL_ADVERBS,
    MODALS,
    NEWS_THAT_VERBS,
    PLEDGE_FORMS,
    STATE_VERBS,
)
from notes_extract.vocab.build import any_of, any_of_patterns
from notes_extract.vocab.people import CHAIR_TITLES, COUNCILLOR_TITLES, GROUP_OWNERS, MEMBER_TITLES, ROLE_WORDS

# The first promise word of a clause: a modal ("will", "'ll") or a pledge ("offered to"), or the "to" of "X to <verb>".
_PROMISE = lazy_compile(rf"\b(?:(?P<modal>{any_of(MODALS)})|['’]ll|{any_of(PLEDGE_FORMS)}\s+to|to)\b", re.I)
# What follows a promise that only keeps a state: adverbs, then a verb of being or staying.
_STATE_AFTER = lazy_compile(rf"\s+(?:(?:\w+ly|{any_of(MODAL_ADVERBS)})\s+)*{any_of_patterns(STATE_VERBS)}", re.I)
# "... reported that", "... had been assured that", "... informed the Council that": news of someone's doing
# ends the words before its subject (an object of a few words may stand between the verb and "that").
_NEWS_THAT = lazy_compile(rf"\b{any_of(NEWS_THAT_VERBS)}(?:\s+[\w'’]+){{0,4}}\s+that\s+$", re.I)
_INITIALS = lazy_compile(r"[A-Z]{2,5}")
_PURPOSE = lazy_compile(r"\bto\s+[a-z]")
_MEETING_AFTER = lazy_compile(rf"\s+(?:\w+ly\s+)?{any_of(GROUP_MEETING_VERBS)}\b", re.I)
_THE_BEFORE = lazy_compile(r"\bthe\s+$", re.I)
_CHAIR = lazy_compile(CHAIR_TITLES, re.I)
_MEMBER = lazy_compile(rf"^{any_of((*MEMBER_TITLES, *COUNCILLOR_TITLES))}\.?\s", re.I)
_ARTICLE = lazy_compile(r"^(?:the|our|all)\s+", re.I)
# "Ann, Raj and, possibly, Bo will come", "It could be that Acme will ...": a hedge written straight before the owner.
_HEDGE_BEFORE = lazy_compile(rf"\b(?:{any_of(HEDGE_WORDS)}|{any_of_patterns(HEDGE_THAT_CLAUSES)})\s*,?\s*$", re.I)


def kept_state(clause: str) -> bool:
    """Whether ``clause`` (from its owner on) promises only to keep a place: "will continue as treasurer",
    "offered to remain on the rota" (a classic "X to continue ..." is a task set, and kept)."""
    m = _PROMISE.search(clause)
    return bool(m) and m.group().lower() != "to" and bool(_STATE_AFTER.match(clause, m.end()))


def group_meeting(clause: str, owners: list[str]) -> bool:
    """Whether ``clause`` only sets the next meeting of a group ("The team will meet again on Friday"); one
    with a purpose ("The Councillors agreed to meet on Saturday to look at the drain") is a task."""
    m = _PROMISE.search(clause)
    meeting = _MEETING_AFTER.match(clause, m.end()) if m else None
    return meeting is not None and not _PURPOSE.search(clause, meeting.end()) and \
        all(_ARTICLE.sub("", owner.strip()).lower() in GROUP_OWNERS for owner in owners)


def hedged(sentence: str, clause: str) -> bool:
    """Whether a hedge stands straight before the commitment's owner ("..., and possibly Bo will ...",
    "It could be that Acme will ..."):
    a tentative promise, no task (a hedge after the modal, "will probably", is no commitment at all)."""
    start = sentence.find(clause)
    return start > 0 and bool(_HEDGE_BEFORE.search(sentence[:start]))


def outside_owner(sentence: str, clause: str, owners: list[str], roster: Roster) -> bool:
    """Whether a "will"/"would" commitment is what someone the attendance does not list will do, where
    the minutes list who came: news passed on of a name no attendee answers to ("Ann reported that Acme
    Homes would ..."), or initials none does ("CDC will insist ..."). A role or a group of the meeting
    ("the Clerk", "the Committee") stays an owner, and "X to <verb>" is a task the meeting set."""
    if not roster or not owners or not (m := _PROMISE.search(clause)) or not m["modal"]:
        return False
    outsiders = [part for part in owners if not roster.knows(part) and not _role_or_group(part)
                 and not _MEMBER.match(part)]  # "Cllr Jay": a member of the body, even away that day
    if not outsiders:
        return False
    start = max(sentence.find(owners[0]), 0)
    if _THE_BEFORE.search(sentence[:start]):
        return False  # "the DQC will recommend ...": a body the minutes call by its article, the meeting's own
    if all(_INITIALS.fullmatch(part) for part in outsiders):
        return True
    return start > 0 and bool(_NEWS_THAT.search(sentence[:start]))


def _role_or_group(part: str) -> bool:
    words = _ARTICLE.sub("", part.strip()).lower().split()
    return bool(words) and (words[-1] in ROLE_WORDS or words[-1] in GROUP_OWNERS or
                            bool(_CHAIR.fullmatch(" ".join(words))))
