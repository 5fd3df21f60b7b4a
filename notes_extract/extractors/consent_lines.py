"""The room's consent stated as a state rather than a verb of deciding ("All members in attendance were
in agreement with the plan.", "The committee were all in agreement.", "All PCC members were happy with
this.") and a present-tense agreement of everyone ("Essentially all agree, that ...", "We agree that the
IL should be the same."): an agreement the meeting records, carried.

Only the whole room (or its deciding body) counts: one person's "Ann was happy with this" is a view,
and a state with a negation ("were not happy") matches nothing."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.consent import (
    CONSENT_ADVERBS,
    CONSENT_AFTER_CLAUSE,
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
         rf"|(?:the\s+)?(?:(?-i:[A-Z])[\w&-]*\s+){{0,2}}{DECIDERS}")  # "The Parish Council", "The Finance Committee"
# "... were (all) (unanimously) in agreement", "... were happy with this"
_STATE = (rf"^\W*(?:{_ROOM})\s+(?:were|was|are|is)\s+(?:all\s+)?(?:unanimously\s+|fully\s+)?"
          rf"(?:{any_of(CONSENT_STATES)})\b(?!\s+to\b)")
# "Essentially all agree, that ...", "We agree that ...": agreement of everyone now (not "I agree", one view)
_ALL_AGREE = (rf"^\W*(?:(?:{any_of(CONSENT_ADVERBS)}),?\s+)?(?:we|{any_of(CONSENT_ALL_WORDS)})\s+(?:all\s+)?"
              r"agree,?\s+(?:that|on)\b")
CONSENT_LINE = lazy_compile(rf"{_STATE}|{_ALL_AGREE}", re.I)
# "All members were in favour.", "The committee were all in agreement.", "Everyone was happy with this.": consent
# with no content of its own, the result of the proposal or motion before it (an alternative of OUTCOME_ONLY).
# ("The Parish Council was all in favour and Cllr Reed signed the accounts.", "... in favour although Bo abstained":
# a further clause that adds no content to what was consented to)
_BARE_STATE = (rf"^\W*(?:{_ROOM})\s+(?:were|was|are|is)\s+(?:all\s+)?(?:unanimously\s+|fully\s+)?"
               rf"(?:{any_of(CONSENT_STATES)})(?:\s+(?:with|of)\s+(?:this|that|it|these|the\s+(?:proposal|motion)))?")
BARE_CONSENT = rf"{_BARE_STATE}(?:,?\s+(?:{any_of(CONSENT_AFTER_CLAUSE)})(?:\s+[^.;:]{{1,200}})?)?\W*$"
# "The Parish Council agreed.", "The committee all agreed.", "Everyone agreed unanimously.": the deciding body's or
# the room's agreement with no content of its own
ROOM_AGREED = (rf"^\W*(?:(?:the\s+)?(?:(?-i:[A-Z])[\w&-]*\s+){{0,2}}{DECIDERS}|{any_of(CONSENT_ALL_WORDS)})"
               r"\s+(?:all\s+)?(?:unanimously\s+)?agreed(?:\s+unanimously)?\W*$")
# "All in favour.", "Unanimous.": the room's consent in a word or two
BARE_CONSENT = rf"{BARE_CONSENT}|^\W*(?:{any_of(CONSENT_SHORTHANDS)})\W*$"
BARE_CONSENT_WORDS = ("happy", "content", "agreement", "support", "favo", "comfortable", "satisfied", "agreeable",
                      "unanimous", "against", "opposed", "dissent")
# A bare result of the decision before ("Motion carried.") or the room's bare consent, and their trigger words.
OUTCOME_OR_CONSENT = f"{OUTCOME_ONLY}|{BARE_CONSENT}"
OUTCOME_OR_CONSENT_WORDS = (*OUTCOME_ONLY_WORDS, *BARE_CONSENT_WORDS)
# The words one of which a consent line needs: one search before the pattern.
_CONSENT_TRIGGER = TriggeredPattern(lazy_compile(rf"\b(?:{any_of(CONSENT_STATES)}|agree)\b", re.I),
                                    (*CONSENT_STATES, "agree"))


def consent_line_kind(sentence: str) -> str | None:
    """"agreement" when ``sentence`` records the room's consent as a state, else None."""
    stripped = sentence.strip().lstrip("*_-• ").strip()
    if not _CONSENT_TRIGGER.search(stripped):
        return None
    return "agreement" if CONSENT_LINE.search(stripped) else None


_BARE_CONSENT = lazy_compile(BARE_CONSENT, re.I)
_BARE_STATE_ALONE = lazy_compile(rf"{_BARE_STATE}\W*$", re.I)
_ROOM_AGREED = lazy_compile(ROOM_AGREED, re.I)


def bare(text: str, clause: bool = True) -> bool:
    """Whether ``text`` is the room's consent with no content of its own ("The Committee was in agreement.",
    "The Parish Council agreed."), and with a clause of what else happened ("All were happy with this, and Ann
    will print it.") unless ``clause`` is false."""
    consent = _BARE_CONSENT if clause else _BARE_STATE_ALONE
    return consent.match(text.strip()) is not None or _ROOM_AGREED.match(text.strip()) is not None


# "Agreed by all.", "Approved unanimously.", "Carried without dissent.": a result the whole room gave, with no content
# of its own (the statement before it is what was decided); "All agreed.", "The committee agreed." the same
_ROOM_RESULT = lazy_compile(r"^\W*(?:agreed|approved|accepted|carried|passed|adopted|supported)\s+"
                            r"(?:unanimously|by\s+(?:all|everyone|everybody|all\s+present|all\s+members|consensus)"
                            rf"|nem\.?\s*con\.?|without\s+(?:objection|dissent|opposition)s?)\W*$|{ROOM_AGREED}"
                            # "There were no objections.", "No objections were raised.", "Nobody objected." (a bare
                            # "No objection" is a consultee's verdict on an application, read with it)
                            r"|^\W*(?:there\s+(?:were|was)\s+no\s+(?:objections?|dissent|opposition)"
                            r"|no\s+objections(?:\s+(?:were\s+)?(?:raised|voiced|heard|expressed))?"
                            r"|(?:nobody|no\s+one|no-one)\s+objected|none\s+were\s+raised)\W*$", re.I)


def room_result(text: str) -> bool:
    """Whether ``text`` is only a result the whole room gave ("Agreed by all.", "All agreed.")."""
    return _ROOM_RESULT.match(text.strip()) is not None
