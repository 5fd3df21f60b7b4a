"""Results written into the agenda itself: minutes kept as an annotated agenda ("1. Election for
secretary (Ann Lee elected for a 3 year term.)", "2. Review of minutes of October 16 (passed)"). The
bracket that decides is the item's decision: its own words when they decide ("Ann Lee elected ..."),
else the item with its result ("Review of minutes ... (passed)")."""

from __future__ import annotations

import re

from notes_extract.extractors.decision_kinds import decision_kind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision

# "Election for secretary (Ann Lee elected for a 3 year term.)": the item's name, then its bracketed remark
_BRACKETED_TAIL = lazy_compile(r"^(?P<item>[^()]{3,120}?)\s*\((?P<remark>[^()]{3,200})\)\W*$")

_TO_COME = lazy_compile(r"\b(to\s+be|will|shall|pending|tbc|tbd)\b", re.I)
# A remark of fewer words is a bare result ("(passed)", "(approved 5-0)"): the item's name says what it decided.
MIN_REMARK_WORDS = 3


def agenda_results(agenda: list[str], known: set[str]) -> list[Decision]:
    """The decisions the agenda's items record in brackets after their names (none already ``known``)."""
    found = []
    for text in agenda:
        if "(" not in text or not (m := _BRACKETED_TAIL.match(text.strip())):
            continue
        remark, item = m["remark"].strip(), m["item"].strip()
        if _TO_COME.search(remark):
            continue  # "(to be approved next time)": not decided yet
        if len(remark.split()) >= MIN_REMARK_WORDS and decision_kind(remark):
            said = remark  # "(Ann Lee elected for a 3 year term.)": the remark decides in its own words
        elif decision_kind(text.strip()):
            said = text.strip()  # "Review of minutes (passed)": the item and its result
        else:
            continue
        if said in known:
            continue
        kind = decision_kind(said) or "other"
        found.append(Decision(text=said, kind=kind, section=item.rstrip(" .:"), outcome="carried"))  # type: ignore[arg-type]
    return found
