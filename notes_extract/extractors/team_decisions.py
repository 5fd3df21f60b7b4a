"""Decisions a small team writes in plain prose: "We agreed to use X", "Settled on Y",
"rough consensus on Z", "The conclusion was to ...".

Kept apart from the formal phrasings in ``decisions.py``: these are read only when
none of those matched, and only when the sentence records the team's own decision
made at this meeting (not a question, a decision still to make, a tentative one,
one recounted from an earlier meeting, or one person's or another body's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of, first_letters_of
from notes_extract.vocab.decisions import (
    NOT_DECIDED_HERE,
    TEAM_ADVERBS,
    TEAM_AGREEING_VERBS,
    TEAM_CHOOSING_VERBS,
    TEAM_CONCLUSION,
    TEAM_CONSENSUS,
    TEAM_SUBJECTS,
)
from notes_extract.vocab.team_decisions import TEAM_CONCLUSION_WORDS, TEAM_CONSENSUS_WORDS

# What may come before the team in its sentence: a linking word or a short lead-in clause
# ("So, we decided ...", "After some debate, we agreed ...").
# "Due to the low traffic we decided ...": a reason before the team, without a comma.
# "Conference abstract: agreed to submit ...": the topic's short label before the team's words.
_LEAD_IN = (r"(?:(?:so|then|and|finally|eventually|in the end|after\b[^,.;]{0,60}),?\s+|[^,.;:]{3,30},\s+"
            r"|(?-i:[A-Z])[\w'’ -]{1,30}:\s+"
            r"|(?:due to|because of|given|owing to|as a result of)\s[^,.;]{1,60}?\s(?=we\s))?")
_SUBJECT = rf"(?:{any_of(TEAM_SUBJECTS)})(?:\s+|(?=['’]ll\s))"  # ("We'll go with B": the verb's own apostrophe)
_ADVERBS = rf"(?:(?:{any_of(TEAM_ADVERBS)})\s+){{0,2}}"
# The team, or nobody ("Decided on a weekly stand-up"): the notes' own voice.
_TEAM_VOICE = rf"^{_LEAD_IN}(?:{_SUBJECT})?{_ADVERBS}"

TEAM_DECISION_FORMS: list[tuple[re.Pattern[str] | TriggeredPattern, str]] = [
    # "Concluded." alone says the item ended, not what was agreed
    (lazy_compile(rf"{_TEAM_VOICE}(?:{any_of(TEAM_AGREEING_VERBS)})\b(?!\s+(?:to\s+)?(?:look|consider|discuss)\b)"
                  r"(?!\W*$)",
                  re.I), "agreement"),
    (lazy_compile(rf"^{_LEAD_IN}{_SUBJECT}{_ADVERBS}(?:{any_of(TEAM_CHOOSING_VERBS)})\s+\S", re.I), "other"),
    # (searched only in a sentence holding a word each of their forms spells: most hold "agreed" alone)
    (TriggeredPattern(lazy_compile(TEAM_CONSENSUS, re.I), TEAM_CONSENSUS_WORDS), "agreement"),
    (TriggeredPattern(lazy_compile(TEAM_CONCLUSION, re.I), TEAM_CONCLUSION_WORDS), "agreement"),
]
_NOT_DECIDED_HERE = lazy_compile(NOT_DECIDED_HERE, re.I)
# The words one of which each form above needs, each where a word starts: one search before trying the forms.
# ("go with": "'ll go with" follows a word's letter in "We'll go with", so no word starts at its apostrophe)
_TEAM_DECISION_WORDS = (*TEAM_AGREEING_VERBS, *TEAM_CHOOSING_VERBS, "consensus", "conclusion", "decision", "go with")
_TEAM_DECISION_TRIGGER = TriggeredPattern(lazy_compile(
    rf"(?<!\w){first_letters_of(_TEAM_DECISION_WORDS)}{any_of(_TEAM_DECISION_WORDS)}", re.I), _TEAM_DECISION_WORDS)


# Distinct sentences whose team-prose kind is remembered (each is asked about more than once).
TEAM_DECISION_CACHE_SIZE = 4096


@lru_cache(maxsize=TEAM_DECISION_CACHE_SIZE)
def team_decision_kind(sentence: str) -> str | None:
    """The kind of decision a team's prose sentence records, or None."""
    stripped = sentence.strip().lstrip("*_-• ").strip()
    if not _TEAM_DECISION_TRIGGER.search(stripped):
        return None
    kind = next((kind for pattern, kind in TEAM_DECISION_FORMS if pattern.search(stripped)), None)
    # the veto last: it is the costlier search, and most sentences state no decision to veto
    return None if kind is None or _NOT_DECIDED_HERE.search(stripped) else kind


_TEAM_VOICE_START = lazy_compile(rf"^{_LEAD_IN}(?:{_SUBJECT}|{_ADVERBS}(?:decided|agreed|settled)\b)", re.I)


def team_voice_undecided(sentence: str) -> bool:
    """Whether a sentence in the team's own voice ("We ...", "Decided ...") records
    no decision of this meeting: "We decided last week to ...", "We need to decide ..."."""
    stripped = sentence.strip().lstrip("*_-• ").strip()
    return bool(_TEAM_VOICE_START.match(stripped) and _NOT_DECIDED_HERE.search(stripped))


# "We also agreed on the Group Charter:", "Decided on needed variables:": a choice named before
# the list that gives its details, a decision of its own (a bare "It was agreed:" is not).
_CHOICE_OVER_LIST = lazy_compile(rf"{_TEAM_VOICE}(?:agreed|decided|settled)\s+(?:up)?on\s+\S+\s+\S+[^:]*:$", re.I)


def team_choice_over_list(sentence: str) -> bool:
    """Whether a line ending in a colon names the team's choice itself."""
    stripped = sentence.strip().lstrip("*_-• ").strip()
    return bool(_CHOICE_OVER_LIST.search(stripped)) and not _NOT_DECIDED_HERE.search(stripped)


# "Decide on the committee size - We decided not to set a limit": an agenda item, a dash,
# and what the meeting made of it; the decision is the part after the dash.
_TOPIC_OUTCOME = lazy_compile(r"^(?P<topic>[^:]{3,120}?)\s+[-–—]\s+(?P<outcome>\S.*)$")
_DASHES = ("-", "–", "—")


def outcome_after_topic(sentence: str) -> str | None:
    """The outcome written after an item's topic and a dash, if the line has that shape."""
    if not any(map(sentence.__contains__, _DASHES)):
        return None  # most sentences have no dash: spare the pattern's backtracking
    m = _TOPIC_OUTCOME.match(sentence.strip())
    return m["outcome"].strip() if m else None
