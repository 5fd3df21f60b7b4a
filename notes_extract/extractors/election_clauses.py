"""One sentence that records several elections, clause after clause: "Ann was elected as Chair (proposed
Bo, seconded Cy); Bo was elected as Secretary (proposed Ann, seconded Di), and Cy was elected as Treasurer."
Each clause is a decision of its own, with its own proposer and seconder, as the minutes would list them."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile

# "Ann Lee was elected as Chair", "JH was re-elected Secretary", "Bo was appointed Treasurer": a person, then
# the passive verb that fills an office
_ELECTED_CLAUSE = lazy_compile(r"^\W*(?:and\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:was|were)\s+"
                               r"(?:duly\s+|unanimously\s+)?(?:re-?elected|elected|appointed|co-opted)\b")
# Where clauses part outside brackets: a semicolon, or a comma before "and".
_BREAK = lazy_compile(r";\s*|,\s+(?=and\s)")
# "Election of officers: ": a short label before the first clause
_LABEL = lazy_compile(r"^[^:()]{3,40}:\s+")
# Two clauses at least: one election alone is the sentence itself.
MIN_CLAUSES = 2


def _parts(sentence: str) -> list[str]:
    """``sentence`` cut at each break that stands outside brackets."""
    parts, start, depth = [], 0, 0
    for m in _BREAK.finditer(sentence):
        depth = sentence.count("(", 0, m.start()) - sentence.count(")", 0, m.start())
        if depth == 0:
            parts.append(sentence[start:m.start()])
            start = m.end()
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]


def election_clauses(sentence: str) -> list[str] | None:
    """The clauses of a sentence that elects someone in each of them, or None when it is not one."""
    if ";" not in sentence and ", and " not in sentence:
        return None
    parts = _parts(sentence)
    if parts and (label := _LABEL.match(parts[0])):
        parts[0] = parts[0][label.end():]  # "Election of officers: Ann was elected ...": the item's label
    if len(parts) < MIN_CLAUSES or not all(_ELECTED_CLAUSE.match(part) for part in parts):
        return None
    return [re.sub(r"^and\s+", "", part).rstrip(" ,;") for part in parts]
