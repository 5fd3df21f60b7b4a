"""What stands around a sentence of a run of points: the statement a bare "Proposed: X,
seconded: Y" refers to, the line a line break cut, the "RESOLVED:" line that follows, and
the open "PROPOSAL:" a resolution restates."""

from __future__ import annotations

import re

from notes_extract.extractors.text_match import overlap
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.vocab.decisions import MOTION_DETAIL, SECONDED


def line_carried_from(points: list[list[str]], p: int, s: int) -> str | None:
    """The previous point's last sentence when a line break cut it and this point carries it on
    (the previous ends without a full stop, this one opens in lower case)."""
    if s or not p or not points[p - 1] or not points[p][0][:1].islower():
        return None
    lead = points[p - 1][-1].strip()
    return lead if lead and lead[-1] not in ".!?:;" else None


# How much wording a "RESOLVED:" line shares with the "PROPOSAL:" it resolves.
RESOLVES_PROPOSAL_OVERLAP = 0.6


def proposal_resolved_by(found: list[tuple[int, Decision]], resolution: Decision) -> Decision | None:
    """The open "PROPOSAL: ..." a scribe's "RESOLVED: ..." line restates, if any."""
    for _, earlier in reversed(found):
        if earlier.kind == "motion" and earlier.outcome is None and \
                overlap(earlier.text, resolution.text) >= RESOLVES_PROPOSAL_OVERLAP:
            return earlier
    return None


_RESOLUTION_NEXT = lazy_compile(r"^\W*(and\s+)?(it\s+was\s+)?(therefore\s+|thereupon\s+)?(resolved|resolution)\b"
                                r"|\b(therefore|thereupon)\s*:?\s*$", re.I)
# "Seconded by Councillor Bo;": the seconder's line of the block a resolution follows
_SECONDER_LINE = lazy_compile(rf"^\W*(?i:{SECONDED})\s+(?i:by)\s+[^.:]{{1,60}}[;,.]?\s*$")


def resolution_follows(points: list[list[str]], p: int, s: int) -> bool:
    """Whether a resolution states what a bare "motion made and seconded" moved:
    the next sentence says "It was therefore:" or is a "RESOLVED:" line (after the
    seconder's own line: "Proposed by Ann;" / "Seconded by Bo;" / "And Resolved:")."""
    following = points[p][s + 1:] + (points[p + 1][:1] if p + 1 < len(points) else [])
    if not points[p][s + 1:] and following and _SECONDER_LINE.match(following[0]) and p + 2 < len(points):
        following = points[p + 2][:1]
    return any(_RESOLUTION_NEXT.search(text.strip()) for text in following[:2])


# "Moved: Ann, seconded: Bo": the line of another motion, where a statement before one ends.
_MOTION_DETAIL = lazy_compile(MOTION_DETAIL)


def statement_before(points: list[list[str]], p: int, s: int) -> str | None:
    """The statement a bare "Proposed: X, seconded: Y" refers to: the sentence
    before it, or the lines before it back to the one that introduced them."""
    if s > 0:
        return points[p][s - 1].strip()
    lines: list[str] = []
    for q in range(p - 1, -1, -1):
        text = " ".join(points[q]).strip()
        if lines and (re.search(r"[.!?]$", text) or not text.endswith(":") and
                      any(_MOTION_DETAIL.search(line) for line in points[q])):
            break  # a sentence, or an earlier motion's line (not one introducing this statement)
        lines.insert(0, text)
        if text.endswith(":") or len(lines) >= 4:
            break
    return " ".join(lines) or None
