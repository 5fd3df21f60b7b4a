"""Minutes that list the agenda and then write every point under one "Notes" heading: the agenda's items
are the sections (see `sections.merge_agenda`), and the notes' points go to the item each discusses, so
no point is lost and every action or decision raised in the notes names a section the record has.

A point names its item by sharing the item title's words ("Owen explained that the float route must
avoid the bridge" is the "Float route planning" item's); a point naming none goes on the item before it
(notes follow the agenda's order), and points before any named item go to the first.
"""

from __future__ import annotations

from typing import Protocol

from notes_extract.extractors.text_match import content_words, overlap
from notes_extract.models import Section

# How much of an action's or decision's wording a point must hold to be the point that states it (0-1).
POINT_OVERLAP = 0.8


class _Placed(Protocol):
    text: str
    section: str | None


def item_discussed(point: str, items: list[Section]) -> Section | None:
    """The item whose title's words the point shares the largest part of, when one clearly does."""
    words = content_words(point)
    scored = sorted(((len(title & words) / len(title), n) for n, s in enumerate(items)
                     if (title := content_words(s.title))), reverse=True)
    if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return items[scored[0][1]]


def points_to_items(notes: Section, items: list[Section]) -> bool:
    """Give each of the notes' points to the item it discusses (in order, a point naming none to the
    item before it); False, and nothing moved, when no point names an item (the notes do not follow
    the agenda, so they stay a section of their own)."""
    named = [item_discussed(point.text, items) for point in notes.points]
    if not any(named):
        return False
    current = items[0]
    for point, item in zip(notes.points, named, strict=True):
        current = item or current
        current.points.append(point)
    return True


def _best_point(text: str, section: Section) -> tuple[str | None, float]:
    """The point of ``section`` holding the most of ``text``'s words, and how much of them."""
    best, best_score = None, 0.0
    for point in section.points:
        if (score := overlap(text, point.text)) > best_score:
            best, best_score = point.text, score
    return best, best_score


def point_stating(text: str, section: Section) -> str | None:
    """The point of ``section`` that states ``text``, or None."""
    point, score = _best_point(text, section)
    return point if score >= POINT_OVERLAP else None


def reattached(drafts: list[_Placed], sections: list[Section]) -> None:
    """Give an action or decision whose section the record does not keep (a "Notes" heading whose points
    went to the agenda's items) the section whose point states it; one no point states keeps its heading."""
    titles = {s.title for s in sections}
    for draft in drafts:
        if draft.section is None or draft.section in titles or not sections:
            continue
        scores = [_best_point(draft.text, section)[1] for section in sections]
        best = max(range(len(sections)), key=scores.__getitem__)  # the first of the best
        if scores[best] >= POINT_OVERLAP:
            draft.section = sections[best].title
