"""The sentences before a decision's own that its text takes in.

A result or assent often decides what the sentence before it put: "Ann proposed a picnic.
All agreed." agrees the picnic, "KM nominated President. Elected 8-0-1." elects KM, and
"Ann moved that this be accepted" moves what the point said first.
"""

from __future__ import annotations

import re

from notes_extract.extractors.motion_steps import moves_what_came_before, puts_proposal
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import ACTION_LABEL_WORDS
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import DECIDERS, EVERYONE, PROPOSING_WORDS
from notes_extract.vocab.people import NAME

# "All agreed.", "All agreed – action JB.": the room's assent, nothing more (an owners' mark may follow it)
BARE_AGREEMENT = lazy_compile(rf"^(the\s+)?({DECIDERS}|{any_of(EVERYONE)})\s+(all\s+)?(unanimously\s+)?"
                              rf"(agreed|approved|concurred)(\s*[-–—,]?\s*(?:{ACTION_LABEL_WORDS})\s*[:\-–—]?\s*"
                              r"[A-Z][\w'’]*(?:\s*[/&,]\s*[A-Z][\w'’]*)*)?\W*$", re.I)
PROPOSES = lazy_compile(rf"\b{any_of(PROPOSING_WORDS)}\b", re.I)
# "These were agreed by the Committee.": a decision whose subject is the sentence before it.
_BACK_REFERENCE = lazy_compile(r"^\W*(?:this|these|they|both|all of these)\s+(?:was|were|have been|has been)\s+"
                               r"(?:\w+\s+)?(?:agreed|approved|accepted|adopted|endorsed|ratified|carried|passed)\b"
                               # "There was a suggestion to move it. The decision is on hold.": what is put off
                               r"|^\W*the\s+decision\s+(?:is|was|remains)\s+(?:put\s+)?on\s+hold\b", re.I)
# "Elected 8-0-1.", "Elected unanimously.": a ballot's bare result
ELECTED_BARE = lazy_compile(r"^\W*((duly|unanimously)\s+)?(re-?)?elected\b", re.I)
# "KM nominated President.", "Ann Lee was nominated for Treasurer by Bo.", "JV nominated to chair Finance":
# who was put up for an office (short: a longer sentence says more than the nomination)
_NOMINATION = lazy_compile(rf"^{NAME}\s+(?:was\s+)?(?:nominated|put\s+forward|stood)\b(?!\s+(?:that|a|the)\b)")
MAX_NOMINATION_WORDS = 12


def is_nomination(sentence: str) -> bool:
    """Whether ``sentence`` only puts someone up for an office ("CH nominated Secretary.")."""
    text = sentence.strip()
    return len(text.split()) <= MAX_NOMINATION_WORDS and bool(_NOMINATION.match(text))


def lead_of(sentences: list[str], s: int, *, found_in_point: bool, previous_in_point: bool) -> tuple[str, bool]:
    """The sentences of a point before sentence ``s`` that the decision ``s`` records takes in
    ("" when none), and whether they make it an election (a nomination its result completes).
    ``found_in_point``: a decision was already found in the point; ``previous_in_point``: that one
    is the sentence just before."""
    if s == 0:
        return "", False
    sentence, before = sentences[s], sentences[s - 1].strip()
    if moves_what_came_before(sentence) and not found_in_point:
        return " ".join(t.strip() for t in sentences[:s]), False
    if BARE_AGREEMENT.match(sentence) and (PROPOSES.search(before) or puts_proposal(before)) and \
            not previous_in_point:
        return before, False  # the proposal is what was agreed
    if _BACK_REFERENCE.match(sentence) and not found_in_point:
        return before, False  # what "These were agreed" agrees
    if ELECTED_BARE.match(sentence) and is_nomination(before):
        return before, True  # "KM nominated President. Elected 8-0-1.": the result completes the nomination
    return "", False
