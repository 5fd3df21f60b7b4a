"""A decision sentence that only points back at what it decides: "The motion was proposed by Ann and
seconded by Bo and carried unanimously." under "10. Proposal by the committee: fees unchanged", "Neil
seconded the proposal and it was carried unanimously." after "Mark ... proposed the adoption of the
accounts.", "The proposal was accepted by a show of hands." after "That the trustees have permission to
...". Its wording is the proposal it points at: the sentence before it, the point before it, or the
item's heading; the pointing sentence still gives the mover, seconder and result."""

from __future__ import annotations

import re

from notes_extract.extractors.motion_steps import person_named
from notes_extract.extractors.movers import fill_proposer
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.people import Roster
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import PROPOSING_WORDS, SECONDED

# The thing put to the meeting, named only by a pronoun or a definite noun.
_PUT_NOUNS = ("motion", "proposal", "resolution", "recommendation", "proposition", "amendment")
# "The motion was proposed by ... and carried", "This proposal was accepted", "It was carried"
# "Neil seconded the proposal and it was carried": no content of its own after the noun.
_POINTS_BACK = lazy_compile(
    rf"^\W*(?:the|this|that)\s+{any_of(_PUT_NOUNS)}\s+(?:was|were|has\s+been)\s+(?!to\b|that\b)"
    # "It was carried.", "It was duly seconded and passed" (not "It was agreed to/that ...": content of its own)
    rf"|^\W*it\s+was\s+(?:\w+ly\s+)?(?:carried|passed|{SECONDED}|accepted|adopted|rejected|defeated|lost|withdrawn)"
    r"\b(?![^.;]*\b(?:to|that)\b)"
    rf"|^(?:[A-Z][\w.'’-]*\s+){{1,3}}{SECONDED}\s+(?:the|this|that)\s+{any_of(_PUT_NOUNS)}\b(?!\s+(?:to|that)\b)",
    re.I)
# A sentence or heading that puts something to the meeting ("Mark ... proposed the adoption of ...",
# "Proposal by the outgoing committee: ...", "That the trustees have permission to ...").
_PROPOSES = lazy_compile(rf"\b(?:{any_of(PROPOSING_WORDS)}|moved)\b"
                         rf"|^\W*(?:{any_of(_PUT_NOUNS)})\b|^\W*that\s+(?:the|a|an|this|these|our)\b", re.I)
# The pointing sentence must also say how it ended or who moved it ("It was a long debate." points at nothing).
_SETTLES = lazy_compile(r"\b(?:carried|passed|accepted|approved|adopted|agreed|rejected|defeated|lost|"
                        rf"withdrawn|deferred|{SECONDED}|proposed)\b", re.I)
# "Mark spoke on behalf of the auditors, and proposed ...": the person opening the sentence that proposes
_OPENING_MOVER = lazy_compile(r"^(?!(?:The|This|That|It|There|A|An)\b)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                              r"\s[^.;]{0,80}?\b(?:proposed|moved)\b")
_THAT = lazy_compile(r"^\W*that\b", re.I)
# The items of a proposal's list, at most, between the proposal and the sentence pointing back at it.
MAX_LIST_ITEMS = 8
# A heading or point longer than this is a discussion, not the wording of what was put.
MAX_ANTECEDENT_WORDS = 60
# "Motion passed. July 15 minutes approved.": a restatement of the decision just carried is short.
MAX_RESTATEMENT_WORDS = 12
# "It was also agreed that ...", "The Council further agreed ...": a decision of its own after the one carried.
_FURTHER = lazy_compile(r"\b(?:also|further|additionally|then)\b", re.I)


def restates(sentence: str) -> bool:
    """Whether an agreement right after a decision's result can only be that decision restated."""
    return len(sentence.split()) <= MAX_RESTATEMENT_WORDS and not _FURTHER.search(sentence)


def points_back(sentence: str) -> bool:
    """Whether ``sentence`` names what it decides only by pointing back at it."""
    stripped = sentence.strip()
    return bool(_POINTS_BACK.match(stripped) and _SETTLES.search(stripped))


def _proposes(text: str) -> bool:
    return bool(text) and len(text.split()) <= MAX_ANTECEDENT_WORDS and bool(_PROPOSES.search(text))


def antecedent_of(points: list[list[str]], p: int, s: int, section: str | None) -> str | None:
    """What a pointing sentence at point ``p``, sentence ``s`` points at: the sentence before it in its
    point, else the point before (its last sentence, or the whole point when it opens "That ..."), else
    the heading of its item when it opens the item."""
    if s > 0:
        before = points[p][s - 1].strip()
        if not _proposes(before) and s == 1 and p == 0 and section and _proposes(section):
            return f"{section.strip()}: {before}"  # "Proposal by the committee:" titled the item, its wording after
        return before if _proposes(before) else None
    if p > 0 and points[p - 1]:
        whole = " ".join(t.strip() for t in points[p - 1])
        last = points[p - 1][-1].strip()
        if _proposes(whole) and _THAT.match(whole) or _proposes(last):
            return whole if _THAT.match(whole) else last
        return _proposal_over_list(points, p)
    return section.strip() if p == 0 and section and _proposes(section) else None


def _proposal_over_list(points: list[list[str]], p: int) -> str | None:
    """"That the trustees may ... with the aim of:" and its list items, just before the pointing point:
    the proposal with its items."""
    for k in range(p - 1, max(-1, p - 1 - MAX_LIST_ITEMS), -1):
        opening = " ".join(t.strip() for t in points[k])
        if opening.endswith(":"):
            items = [" ".join(t.strip() for t in point) for point in points[k + 1:p]]
            return " ".join([opening, *items]) if items and _THAT.match(opening) else None
    return None


def reword_from_antecedent(decision: Decision, points: list[list[str]], p: int, s: int,
                           sentence: str, section: str | None, roster: Roster) -> None:
    """Give ``decision`` (read from a pointing sentence) the wording of what it points at and its mover,
    made a motion (a resolution stays one); nothing when it points at nothing."""
    if not points_back(sentence) or (antecedent := antecedent_of(points, p, s, section)) is None:
        return
    decision.text = antecedent
    fill_proposer(decision, antecedent, roster)
    if decision.proposer is None and (mover := _OPENING_MOVER.match(antecedent)):
        decision.proposer = person_named(mover["name"], roster)
    if decision.kind != "resolution":
        decision.kind = "motion"
