"""Motions written in shorthand: "M/S/C (Lee/Ode) to approve the minutes", "Minutes adopted. M/S/C
Nwosu/Marsh.", "Motion to accept the report - Dee / Jo. Approved.": the letters say moved, seconded and
how it ended; the pair of names after them (or after a closing dash) says who moved and who seconded."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.people import Roster
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.votes import MOTION_SHORTHAND, SHORTHAND_RESULTS

_SHORTHAND = TriggeredPattern(lazy_compile(MOTION_SHORTHAND), ("/",))  # "M/S": only a text with a slash is searched
_WORD = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# "(Lee/Ode)" or "Lee/Ode" straight after the letters
_PAIR_AFTER = lazy_compile(rf"^\s*[:,-]?\s*\(?\s*(?P<mover>{_WORD})\s*/\s*(?P<seconder>{_WORD})\s*\)?")
# "... the report - Dee / Jo." at the end of the motion's sentence: both names attendees
_DASHED_PAIR = lazy_compile(rf"\s[-–—]\s*(?P<mover>{_WORD})\s*/\s*(?P<seconder>{_WORD})\W*$")


def bare_shorthand(sentence: str) -> bool:
    """"M/S/C Nwosu/Marsh.": the shorthand and its names only, completing the decision before it."""
    m = _SHORTHAND.match(sentence.strip(" *_(["))
    if m is None:
        return False
    rest = sentence.strip(" *_([")[m.end():]
    if pair := _PAIR_AFTER.match(rest):
        rest = rest[pair.end():]
    return not rest.strip(" .;,)]*_")


def is_shorthand_motion(text: str) -> bool:
    return bool(_SHORTHAND.search(text))


def fill_from_shorthand(decision: Decision, text: str, roster: Roster) -> None:
    """Outcome, mover and seconder from the shorthand in ``text``, where unset; a motion so written is a
    motion. A dashed pair of names counts only when both are attendees (a roster says who they are)."""
    if m := _SHORTHAND.search(text):
        letter = m["result"]
        if decision.outcome is None and letter:
            decision.outcome = SHORTHAND_RESULTS[letter]  # type: ignore[assignment]
        if decision.kind in ("agreement", "other"):
            decision.kind = "motion"
        if pair := _PAIR_AFTER.match(text[m.end():]):
            _set_pair(decision, pair, roster, named_only=False)
            return
    if pair := _DASHED_PAIR.search(text):
        _set_pair(decision, pair, roster, named_only=True)


def _set_pair(decision: Decision, pair: re.Match[str], roster: Roster, *, named_only: bool) -> None:
    mover, seconder = roster.resolve(pair["mover"]), roster.resolve(pair["seconder"])
    if named_only and not (mover and seconder and mover != seconder):
        return
    decision.proposer = decision.proposer or mover or pair["mover"]
    decision.seconder = decision.seconder or seconder or pair["seconder"]
    if decision.kind in ("agreement", "other"):
        decision.kind = "motion"
