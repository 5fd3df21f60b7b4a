"""A motion's further lines after its mover's or seconder's line, when the motion already has a result.

"Resolution: that the apologies be accepted" / "Moved: Ann" / "Seconded: Bo" / "Adopted": the resolution
is carried as soon as it is read, yet its seconder's and result's lines still belong to it, not to a new
motion. "Ann moved that the budget be adopted." / "Seconded by Bo" / "Unanimous approval": likewise.
"""

from __future__ import annotations

import re

from notes_extract.extractors.consent_lines import OUTCOME_OR_CONSENT
from notes_extract.extractors.motion_steps import seconds_motion
from notes_extract.extractors.movers import is_mover_line
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.segment.headings import names_movers
from notes_extract.vocab.build import any_of
from notes_extract.vocab.consent import ASSENTS_AFTER_SECONDER

# "Adopted", "Motion carried.", "All in favour.", "All agreed": a result with no content of its own
_RESULT = lazy_compile(rf"{OUTCOME_OR_CONSENT}|^\W*(?:{any_of(ASSENTS_AFTER_SECONDER)})\W*$", re.I)


def after_its_movers(points: list[list[str]], p: int, s: int, moved: Decision | None,
                     result_only: bool = False) -> Decision | None:
    """``moved`` (the decision whose mover or seconder was read last) when the line or sentence just before
    sentence ``s`` of point ``p`` is such a mover's or seconder's line ("Moved: Ann", "Seconded by Bo");
    with ``result_only``, only when sentence ``s`` gives nothing but a result ("Adopted", "All agreed")."""
    if moved is None or not (s or p) or result_only and not is_bare_result(points[p][s]):
        return None
    before = (points[p][s - 1] if s else points[p - 1][-1] if points[p - 1] else "").strip()
    return moved if is_mover_line(before) or names_movers(before) or seconds_motion(before) else None


def is_bare_result(sentence: str) -> bool:
    """Whether ``sentence`` gives nothing but a result ("Adopted", "Motion carried.", "All agreed")."""
    return bool(_RESULT.match(sentence.strip()))


def is_bare_mover_line(sentence: str) -> bool:
    """Whether ``sentence`` only names a mover or seconder ("Moved: Ann", "Seconded by Bo"), saying nothing
    of what is moved."""
    text = sentence.strip()
    return is_mover_line(text) or names_movers(text) or seconds_motion(text)
