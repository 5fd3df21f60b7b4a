"""An item whose only words name who moved it ("4. Approve the minutes (Ann moved, Bo seconded)",
"## Buy a trailer" over "Moved: Ann" / "Seconded: Bo"): the item's title is what was moved, unless
the movers' own sentence says it ("Cllr Ann proposed and Cllr Bo seconded a resolution that ...")."""

from __future__ import annotations

import re

from notes_extract.extractors.movers import fill_movers
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.people import Roster
from notes_extract.vocab.decisions import UNNAMED_MOVERS
from notes_extract.vocab.people import NOUN_ENDINGS

# "... seconded a resolution that Cllr Lee be appointed": what was moved, said after the movers
MOVED_CLAUSE = lazy_compile(r"\b(?:that|to)\s+\S+(?:\s+\S+){2,}")


def item_moved(section: str, details: list[str], roster: Roster) -> Decision | None:
    """The motion an item states, when ``details`` (the item's lines that name its movers, left without
    a statement to complete) name a mover; None when they name none ("Proposed Modifications" names a paper)."""
    said = next((detail.strip() for detail in details if MOVED_CLAUSE.search(detail)), None)
    motion = Decision(text=said or section, kind="motion", section=section)
    for detail in details:
        fill_movers(motion, detail, roster)
    named = motion.proposer and (roster.resolve(motion.proposer) or not motion.proposer.lower().endswith(NOUN_ENDINGS))
    if not named and said is None and (unnamed := next((d.strip() for d in details if _UNNAMED_MOVERS.match(d)), None)):
        motion.text = f"{section} – {unnamed}"  # "5) Approval of Accounts – Proposed and seconded from the floor."
        return motion
    return motion if named else None


_UNNAMED_MOVERS = lazy_compile(UNNAMED_MOVERS, re.I)


def moved_with_result(details: list[str], result: str) -> str | None:
    """The motion in its mover's words when a detail line says what was moved ("Ann moves to adopt the
    plan; Bo seconds." then "Motion carries 7-0-1."): those lines and the result; None when none says it."""
    if not any(MOVED_CLAUSE.search(detail) for detail in details):
        return None
    return " ".join([*(detail.strip() for detail in details), result.strip()])
