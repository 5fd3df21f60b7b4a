"""The room's consent stated as a state rather than a verb of deciding ("All members in attendance were
in agreement with the plan.", "The committee were all in agreement.", "All PCC members were happy with
this.") and a present-tense agreement of everyone ("Essentially all agree, that ...", "We agree that the
IL should be the same."): an agreement the meeting records, carried.

Only the whole room (or its deciding body) counts: one person's "Ann was happy with this" is a view,
and a state with a negation ("were not happy") matches nothing."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.consent import (
    CONSENT_ADVERBS,
    CONSENT_ALL_WORDS,
    CONSENT_MEMBER_NOUNS,
    CONSENT_PLACES,
    CONSENT_SHORTHANDS,
    CONSENT_STATES,
)
from notes_extract.vocab.decisions import DECIDERS, OUTCOME_ONLY, OUTCOME_ONLY_WORDS

# "All", "All PCC members", "All members in attendance", "Everyone present", "The committee"
_ROOM = (rf"(?:{any_of(CONSENT_ALL_WORDS)})(?:\s+(?:of\s+)?(?:the\s+)?(?:[A-Z]{{2,6}}\s+)?"
         rf"(?:{any_of(CONSENT_MEMBER_NOUNS)}))?(?:\s+(?:{any_of(CONSENT_PLACES)}))?"
         rf"|(?:the\s+)?{DECIDERS}")
# "... were (all) (unanimously) in agreement", "... were happy with this"
_STATE = (rf"^\W*(?:{_ROOM})\s+(?:were|was|are|is)\s+(?:all\s+)?(?:unanimously\s+|fully\s+)?"
          rf"(?:{any_of(CONSENT_STATES)})\b(?!\s+to\b)")
# "Essentially all agree, that ...", "We agree that ...": agreement of everyone now (not "I agree", one view)
_ALL_AGREE = (rf"^\W*(?:(?:{any_of(CONSENT_ADVERBS)}),?\s+)?(?:we|{any_of(CONSENT_ALL_WORDS)})\s+(?:all\s+)?"
              r"agree,?\s+(?:that|on)\b")
CONSENT_LINE = lazy_compile(rf"{_STATE}|{_ALL_AGREE}", re.I)
# "All members were in favour.", "The committee were all in agreement.", "Everyone was happy with this.": consent
# with no content of its own, the result of the proposal or motion before it (an alternative of OUTCOME_ONLY).
BARE_CONSENT = (rf"^\W*(?:{_ROOM})\s+(?:were|was|are|is)\s+(?:all\s+)?(?:unanimously\s+|fully\s+)?"
                rf"(?:{any_of(CONSENT_STATES)})(?:\s+(?:with|of)\s+(?:this|that|it|these|the\s+(?:proposal|motion)))?\W*$")
BARE_CONSENT = rf"{BARE_CONSENT}|^\W*(?:{any_of(CONSENT_SHORTHANDS)})\W*$"
BARE_CONSENT_WORDS = ("happy", "content", "agreement", "support", "favo", "comfortable", "satisfied", "agreeable",
                      "unanimous", "against", "opposed", "dissent")
# A bare result of the decision before ("Motion carried.") or the room's bare consent, and their trigger words.
OUTCOME_OR_CONSENT = f"{OUTCOME_ONLY}|{BARE_CONSENT}"
OUTCOME_OR_CONSENT_WORDS = (*OUTCOME_ONLY_WORDS, *BARE_CONSENT_WORDS)
# The words one of which a consent line needs: one search before the pattern.
_CONSENT_TRIGGER = lazy_compile(rf"\b(?:{any_of(CONSENT_STATES)}|agree)\b", re.I)


def consent_line_kind(sentence: str) -> str | None:
    """"agreement" when ``sentence`` records the room's consent as a state, else None."""
    stripped = sentence.strip().lstrip("*_-• ").strip()
    if not _CONSENT_TRIGGER.search(stripped):
        return None
    return "agreement" if CONSENT_LINE.search(stripped) else None


_BARE_CONSENT = lazy_compile(BARE_CONSENT, re.I)


def bare(text: str) -> bool:
    """Whether ``text`` is the room's consent with no content of its own ("The Committee was in agreement.")."""
    return _BARE_CONSENT.match(text.strip()) is not None
