"""Where an action was raised: a table row in the section whose point discusses it, and an
action raised in one "Notes" heading over the whole meeting in the agenda item it discusses.

Minutes that list the agenda ("ODPi Runtime", "TSC charter review") and then write every
point under a single "Notes" heading have no heading per item: the items of the agenda are
the sections, with no points of their own, and a task stated in the notes was raised under
the item its point talks about ("... moving ODPi Runtime to Emeritus status ... Alan will email
the list" is the "ODPi Runtime" item's).
"""

from __future__ import annotations

import re
from typing import Protocol

from notes_extract.extractors.notes_points import item_discussed, point_stating
from notes_extract.extractors.text_match import WordingIndex
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Section
from notes_extract.vocab.sections import NOTES_HEADINGS

_NOTES_HEADING = lazy_compile(rf"^\W*{NOTES_HEADINGS}\W*$", re.I)
# Fewer agenda items without points say too little to stand for the meeting's items.
MIN_EMPTY_ITEMS = 2
# How much (overlap of content words, 0-1) a table row and the discussion point that raised it share.
PLACE_OVERLAP = 0.5


class _Placed(Protocol):
    text: str
    section: str | None


class _Row(_Placed, Protocol):
    origin: str
    from_table: bool


def placed_from_notes(drafts: list[_Placed], sections: list[Section]) -> None:
    """Move each draft raised under a whole-meeting "Notes" section into the agenda item its point discusses."""
    notes = {s.title: s for s in sections if _NOTES_HEADING.match(s.title) and s.points}
    items = [s for s in sections if not s.points and s.title not in notes]
    if not notes or len(items) < MIN_EMPTY_ITEMS:
        return
    for draft in drafts:
        if draft.section in notes and (point := point_stating(draft.text, notes[draft.section])):
            draft.section = item.title if (item := item_discussed(point, items)) else draft.section


def place_in_sections(drafts: list[_Row], section_points: list[tuple[str, list[str]]]) -> None:
    """Give table rows no line was linked to the section whose points discuss them."""
    unplaced = [d for d in drafts if d.section is None and d.origin == "this_meeting" and d.from_table]
    if not unplaced:
        return  # (the index below reads every point's words)
    placed = [(title, point) for title, points in section_points for point in points]
    index = WordingIndex([point for _, point in placed])
    for draft in unplaced:
        if (best := index.best_overlap(draft.text)) is not None and best[1] >= PLACE_OVERLAP:
            draft.section = placed[best[0]][0]
