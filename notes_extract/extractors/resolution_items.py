"""Which lines nested under an item of a "Resolutions" list record what was settled.

Such a list ("## Resolutions", "1. Financial status discussed", "   1. Discussion to be
resumed ...") mixes outcomes with sub-headings ("Roles"), tasks ("Ann to regroup"),
nominations and closing remarks; only the outcomes are decisions.
"""

from __future__ import annotations

import re

from notes_extract.extractors.decisions import decision_kind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Point
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import IRREGULAR_OUTCOME_PARTICIPLES, RESOLUTION_NON_OUTCOMES

_NON_OUTCOME = lazy_compile(rf"\b({any_of(RESOLUTION_NON_OUTCOMES)})\b", re.I)
# A subject, then a participle saying what became of it: "Hadrien invited to be ...",
# "Tool discussion deferred until ...", "Summary to be made public".
_SETTLED = lazy_compile(rf"^\W*[A-Za-z][\w'’.-]*(\s+\S+)*?\s+(\w{{2,}}ed|{any_of(IRREGULAR_OUTCOME_PARTICIPLES)})\b")
# "All agree to work towards ...": the meeting's agreement, written in the present.
_ALL_AGREE = lazy_compile(r"^\W*(all|everyone|everybody)\s+(agree|agreed|concur|concurred)\b", re.I)
# "Laurent as President" under a vote result: who now holds an office.
_HOLDER_AS_OFFICE = lazy_compile(r"^\W*[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){0,3}\s+as\s+[A-Z][\w'’ /-]{1,40}\W*$")
# "To be posted on the website": a line with no subject goes on from the one above it.
_NO_SUBJECT = lazy_compile(r"^\W*to\s", re.I)


def states_outcome(points: list[Point], k: int) -> bool:
    """Whether point ``k`` of an item under "Resolutions" records an outcome (a decision)."""
    text = points[k].text.strip()
    heads_items = k + 1 < len(points) and points[k + 1].level > points[k].level
    if text.endswith(":") or _NON_OUTCOME.search(text) or _NO_SUBJECT.match(text):
        return False
    if decision_kind(text) is not None or _ALL_AGREE.match(text) or _HOLDER_AS_OFFICE.match(text):
        return True
    if points[k].kind == "action":
        return False  # "Ann and Bo to regroup": a task
    return bool(_SETTLED.match(text)) and (not heads_items or " to be " in f" {text.lower()} ")


def resolution_kind(text: str) -> str:
    """The kind of an outcome under "Resolutions": an agreement when worded so, else other."""
    return decision_kind(text) or ("agreement" if _ALL_AGREE.match(text) else "other")
