"""A council's answer to a planning application it was consulted on: the application's reference and
description, then the verdict, on a line of its own or ending the application's line:

    23/04411/HOU Two storey rear extension                     23/00913/F New access at Oak House No objection
    At 3 Mill Lane
    No objection

The verdict ("No objection", "OBJECTION", "Support", "No comment") decides nothing alone: the decision is
the application with its verdict, one decision per application. A verdict after a motion the points already
read ("It was proposed ... that the Council do not object to this application.") is that motion's result."""

from __future__ import annotations

import re

from notes_extract.extractors.text_match import overlap
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import VERDICT_WORDS
from notes_extract.vocab.planning import SUPPORT_VERDICT_WORDS, VERDICT_TAIL_WORDS

# How many lines an application's reference, description and verdict may take.
MAX_APPLICATION_LINES = 6
# Content words a decision found already shares with an application's lines when it is the application's motion
# (the motion's words are nearly all among the lines).
SAME_APPLICATION_OVERLAP = 0.8

# "23/04411/HOU", "5.1 23/00913/F", "CT.2207/4/K", "P/51872": a reference opening the line (after an item
# number), checked by `_is_reference` (a date, a time or a section number is none).
_OPENING_REFERENCE = lazy_compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?"
                                  r"(?P<ref>[A-Z0-9]{1,6}(?:[./][A-Z0-9]{1,6}){1,4})(?=[\s:,]|$)")
_VERDICT = rf"(?:{any_of(VERDICT_WORDS)}|{any_of(SUPPORT_VERDICT_WORDS)})(?:\s+(?:{any_of(VERDICT_TAIL_WORDS)}))?" \
           rf"(?:\s*\(\s*(?:{any_of(VERDICT_TAIL_WORDS)})\s*\))?"
# "No objection", "NO OBJECTION (RATIFIED)", "No objection subject to a site visit": the line is the verdict.
_VERDICT_LINE = lazy_compile(rf"^\W*{_VERDICT}(?:\s+subject\s+to\b[^.]{{0,200}})?\W*$", re.I)
# "23/00913/F New vehicular access at Oak House No objection": the application's line ends with it.
_VERDICT_END = lazy_compile(rf"\s{_VERDICT}\W*$", re.I)
_YEAR = lazy_compile(r"(?:19|20)\d\d")


def _is_reference(ref: str) -> bool:
    """A planning reference has a part in letters and a number of three digits or more (not a year), or a
    number of five digits or more: "12/05/2019" and "7.30" are none."""
    parts = re.split(r"[./]", ref)
    letters = any(p.isalpha() for p in parts)
    number = any(p.isdigit() and len(p) >= 3 and not _YEAR.fullmatch(p) for p in parts)
    return letters and number or any(p.isdigit() and len(p) >= 5 for p in parts)


def opens_application(text: str) -> bool:
    """Whether ``text`` opens with a planning application's reference."""
    m = _OPENING_REFERENCE.match(text)
    return bool(m and _is_reference(m["ref"]))


def planning_verdicts(points: list[str], found: list[Decision], *,
                      section: str | None) -> tuple[list[Decision], set[int]]:
    """The decisions the points' verdicts on applications record, and the indices of the verdict lines read."""
    out: list[Decision] = []
    used: set[int] = set()
    for k, point in enumerate(points):
        text = point.strip()
        if opens_application(text) and _VERDICT_END.search(text) and not _VERDICT_LINE.match(text):
            span = [text]
        elif _VERDICT_LINE.match(text) and (start := _application_start(points, k)) is not None:
            span = [p.strip() for p in points[start:k + 1]]
        else:
            continue
        used.add(k)
        lines = " ".join(span[:-1] or span)
        if read := [f for f in found if overlap(f.text, lines) >= SAME_APPLICATION_OVERLAP]:
            for decision in read:  # the application's motion or "Proposal:" line, read already: the verdict is
                if decision.proposer is None:  # the unmoved line's result (a motion's own result is its vote's)
                    decision.outcome = decision.outcome or "carried"
            continue
        out.append(Decision(text=" ".join(span), kind="other", outcome="carried", section=section))
    return out, used


def _application_start(points: list[str], k: int) -> int | None:
    """The line opening the application a verdict line at ``k`` answers, when it is close above."""
    for j in range(k - 1, max(-1, k - MAX_APPLICATION_LINES), -1):
        if _VERDICT_LINE.match(points[j].strip()):
            return None  # the verdict of the application before
        if opens_application(points[j].strip()):
            return j
    return None
