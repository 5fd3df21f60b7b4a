"""Consent in scribe minutes: a call for objections the room answers with none
("Any objections to X?" then "no objection, +1"), the room's assent noted on a
line of its own ("(General agreement)", "No objections.", "I'll take that as consensus"),
and a note of who backed the proposal just made ("Support by ann, bo, no detractors."):
the decision is what that proposal said.

A scribe writes whom they heard after their own nick ("<ann> bo: any objections?", "ann: bo: ..."):
both prefixes name speakers, neither is part of what was said."""

from __future__ import annotations

import re

from notes_extract.extractors.planning_verdicts import planning_verdicts
from notes_extract.extractors.text_match import overlap
from notes_extract.extractors.votes import count_line
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import (
    CONSENSUS_QUALIFIERS,
    DETRACTOR_WORDS,
    DISSENT_WORDS,
    MOTION_DETAIL,
    SUPPORT_WORDS,
)
from notes_extract.vocab.polls import POLL_LABELS

# "[11:26] <amy> bo: text", "Ann Lee: text", "- Ann: text": who spoke (and whom the scribe heard), not what was said.
_SPEAKERS = lazy_compile(r"^(?:\[[^\]]{1,30}\]\s*)?(?:<[@+]?[\w.|-]{1,20}>\s*)?"
                         r"(?:[A-Z@]?[\w'’.-]{1,20}(?:\s+[A-Z][\w'’.-]{0,20}){0,2}\s*:\s+){0,2}")
_DISSENT = any_of(DISSENT_WORDS)
# "Any objections to moving this into the charter?", "Objections?": the chair asks who is against.
_CALL = lazy_compile(rf"^(?:(?:are\s+there|is\s+there|do\s+we\s+have|we\s+have)\s+)?(?:any(?:one)?\s+)?"
                     rf"(?:\w+\s+){{0,2}}(?:{_DISSENT})\b[^?]{{0,300}}\?\s*$", re.I)
# "No.", "none", "no objection, +1 to that", "+1", "hearing none": nobody is against.
_NONE_AGAINST = lazy_compile(rf"^\W*(?:no|none|nope|hearing\s+none|\+1|not\s+from\s+me"
                             rf"|no\s+(?:{_DISSENT}))\b(?!\s+(?:but|however)\b)", re.I)
# "-1", "I object", "objection:": someone is against.
_AGAINST = lazy_compile(rf"^\W*(?:-1\b|i\s+(?:object|disagree|oppose)\b|(?:{_DISSENT})\s*:)", re.I)
# "(General agreement)", "No objections.", "No objections to this direction.", "Consensus.",
# "I'll take that as a unanimous consensus.": the room's assent, a note of its own.
_MARKER = lazy_compile(rf"^\(?\s*(?:(?:{any_of(CONSENSUS_QUALIFIERS)})\s+(?:agreement|consensus|assent)"
                       # a consultee's verdict is "No objection" (or capitals): one view, not the room's
                       r"|no\s+(?:objections|opposition)(?:\s+to\s+[^.()]{1,60})?"
                       r"|(?:i'?ll|i\s+will|we'?ll|let'?s)\s+take\s+(?:that|this)\s+as\s+(?:an?\s+)?"
                       r"(?:\w+\s+){0,2}con[cs]ensus)\s*[.!]?\s*\)?\s*$", re.I)
# "VOTE: Unanimously approved.", "Result: carried": a vote's result under its label, on a line of its own.
_RESULT_LINE = lazy_compile(rf"^\W{{0,2}}(?:{any_of(POLL_LABELS)}|result|outcome)\W{{0,2}}\s*:\s*"
                            r"(?:unanimously\s+)?(?:approved|carried|passed|agreed|adopted|accepted)\b[^:]{0,40}$",
                            re.I)
# "Support by ann, bo, no detractors.", "Supported by all": who backed the proposal just made, a note of its own.
_SUPPORT_OPENERS = "|".join(r"\s+".join(w.split()) for w in SUPPORT_WORDS)
_SUPPORT = lazy_compile(rf"^\W*(?:{_SUPPORT_OPENERS})\s+[^:?]{{1,200}}?"
                        rf"(?:,?\s*(?:and\s+)?no\s+(?:{any_of(DETRACTOR_WORDS)}))?\W*$", re.I)
# Content words two wordings of one decision share.
SAME_DECISION_OVERLAP = 0.6
# How many points after a call its answers may come.
MAX_ANSWER_SPAN = 6


def _said(point: str) -> str:
    return _SPEAKERS.sub("", point.strip(), count=1).strip()


_MOTION_DETAIL = lazy_compile(MOTION_DETAIL)


def _result_of_motion_above(points: list[str], k: int, found: list[Decision]) -> bool:
    """Whether the result line ``k`` follows a motion's mover and seconder line, with the motion found
    (and given its result) already."""
    while k > 1 and count_line(points[k - 1]):
        k -= 1  # "Vote: 7 in favour, 0 opposed" between the movers' line and the result
    return k > 0 and bool(_MOTION_DETAIL.search(points[k - 1])) and \
        any(d.kind == "motion" and d.outcome is not None for d in found)


def consent_decisions(points: list[str], found: list[Decision], *, section: str | None) -> list[Decision]:
    """A call for objections that nobody answers with one, and assent noted on a line of
    its own: each a decision the room took, unless a decision already found states it."""
    # "No objection" under a planning application: the council's answer to it, with the application's words
    out, answered = planning_verdicts(points, found, section=section)
    for k, point in enumerate(points):
        if k in answered:
            continue
        said = _said(point)
        if _RESULT_LINE.match(point.strip()):  # read before the label is taken for a speaker
            if _result_of_motion_above(points, k, found):
                continue  # "Moved: Ann Seconded: Bo" then "Result: Carried 3-0": that motion's result, read with it
            out.append(Decision(text=point.strip(), kind="other", outcome="carried", section=section))
        elif _CALL.match(said):
            answers = _answers(points, k)
            if answers:
                answered.update(answers)
                out.append(Decision(text=said, kind="other", outcome="carried", section=section))
        elif _SUPPORT.match(point.strip()) and k > 0 and (proposal := _said(points[k - 1])) != points[k - 1].strip():
            # the turn just before is what they backed ("ann: let's release on Friday")
            out.append(Decision(text=proposal, kind="other", outcome="carried", section=section))
        elif _MARKER.match(said) and not said.isupper():
            kind = "agreement" if re.search(r"\bagree", said, re.I) else "other"
            out.append(Decision(text=said, kind=kind, outcome="carried", section=section))  # type: ignore[arg-type]
    return [d for d in out if not any(overlap(d.text, f.text) >= SAME_DECISION_OVERLAP for f in found)]


def _answers(points: list[str], k: int) -> list[int]:
    """The points after a call that say nobody objects, or none when someone does."""
    answers: list[int] = []
    for j in range(k + 1, min(len(points), k + 1 + MAX_ANSWER_SPAN)):
        said = _said(points[j])
        if _CALL.match(said):
            break
        if _AGAINST.match(said):
            return []
        if _NONE_AGAINST.match(said):
            answers.append(j)
    return answers
