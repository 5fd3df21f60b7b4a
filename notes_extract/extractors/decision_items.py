"""An item whose only words name who moved it ("4. Approve the minutes (Ann moved, Bo seconded)",
"## Buy a trailer" over "Moved: Ann" / "Seconded: Bo"): the item's title is what was moved."""

from __future__ import annotations

from notes_extract.extractors.movers import fill_movers
from notes_extract.models import Decision
from notes_extract.people import Roster


def item_moved(section: str, details: list[str], roster: Roster) -> Decision | None:
    """The motion an item's title states, when ``details`` (the item's lines that only name its movers,
    left without a statement to complete) name a mover; None when they name none."""
    motion = Decision(text=section, kind="motion", section=section)
    for detail in details:
        fill_movers(motion, detail, roster)
    return motion if motion.proposer else None
