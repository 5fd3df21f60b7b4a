"""Where a sentence's decision word sits, once a phrasing has matched it: a decision of the meeting
needs the word as the main clause's verb, said of the meeting (or of nobody: "It was agreed").

Not one: the word inside a subordinate clause ("... shall not start until the details have been
approved in writing", "Cllr Ode asked why permission was granted", "plans that were approved at
appeal"), used as an adjective ("Only the agreed details shall be implemented"), or said of one
named person speaking for no one else ("Cllr Ode agreed with Mr Lee that ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.clauses import (
    ADJECTIVAL_LEADS,
    CONCESSIVE_SUBORDINATORS,
    DECISION_PARTICIPLES,
    ONE_PERSON_AGREEING_VERBS,
    PASSIVE_AUXILIARIES,
    REDUCED_CLAUSE_OPENERS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SUBORDINATORS,
)
from notes_extract.vocab.decisions import DECIDERS, PROPOSING, SECONDED, SECONDER
from notes_extract.vocab.people import COUNCILLOR_TITLES, PERSONAL_TITLES, RANKS_BEFORE_NAME

# A word that makes a clause finite: a subordinate clause ends at its own verb, so its subject holds none.
_FINITE = r"(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did)"
# The longest subject a subordinate clause has before its passive verb ("before details of on-site and
# off-site foul and surface water drainage arrangements have been approved").
MAX_SUBJECT_WORDS = 16
MAX_RELATIVE_SUBJECT_WORDS = 2
# The longest name of a body deciding in a reported clause ("the Playing Fields Committee").
MAX_BODY_WORDS = 6
_WORD = r"[\w'’£$%&/.-]+\s+"
# The passive decision verb that ends such a clause; not one "accepted by the Committee": the body's own act.
_PASSIVE_DECISION = (rf"{any_of(PASSIVE_AUXILIARIES)}\s+(?:\w+\s+)?{any_of(DECISION_PARTICIPLES)}\b"
                     rf"(?!\s+by\s+(?:the\s+)?(?:\w+\s+)?{DECIDERS}\b)")
# "if permission was granted", "before the details have been approved": the subordinator (kept, for
# "resolved that") and the clause up to its passive decision verb (dropped); commas and verbs end a subject.
_SUBORDINATE_PASSIVES = [
    lazy_compile(rf"\b(?P<conj>{any_of(SUBORDINATORS)})\s+(?:(?!{_FINITE}\b){_WORD}){{0,{MAX_SUBJECT_WORDS}}}?"
                 rf"{_PASSIVE_DECISION}", re.I),
    lazy_compile(rf"\b(?P<conj>{any_of(CONCESSIVE_SUBORDINATORS)})\s+(?:(?!(?:{_FINITE}|it)\b){_WORD})"
                 rf"{{0,{MAX_SUBJECT_WORDS}}}?{_PASSIVE_DECISION}", re.I),
    # "recommended that the Council agreed to pay": a decision proposed or reported in the clause, in the active
    lazy_compile(rf"\b(?P<conj>{any_of(REPORTING_VERBS)}\s+that)\s+(?:(?!{_FINITE}\b){_WORD}){{0,{MAX_BODY_WORDS}}}?"
                 r"(?:agreed|decided|approved|resolved)\b", re.I),
    # "When agreed, a reprint will replace it", "if approved": a clause reduced to its participle
    lazy_compile(rf"\b(?P<conj>{any_of(REDUCED_CLAUSE_OPENERS)})\s+{any_of(DECISION_PARTICIPLES)}\b", re.I),
    lazy_compile(rf"\b(?P<conj>{any_of(RELATIVE_PRONOUNS)})\s+(?:(?!{_FINITE}\b){_WORD}){{0,{MAX_RELATIVE_SUBJECT_WORDS}}}?"
                 rf"{_PASSIVE_DECISION}", re.I),
]
# "the agreed details", "of approved 15 pitches", "hereby approved": a participle describing a noun.
_ADJECTIVAL = lazy_compile(rf"\b(?P<lead>{any_of(ADJECTIVAL_LEADS)})\s+{any_of(DECISION_PARTICIPLES)}\b"
                           r"(?=\s+[a-z0-9])", re.I)
_TITLES = (*COUNCILLOR_TITLES, *(title.title() for title in PERSONAL_TITLES),
           *(rank.upper() for rank in RANKS_BEFORE_NAME), *(rank.title() for rank in RANKS_BEFORE_NAME))
# "Cllr Ode agreed ...", "PC Lee agreed that ...", "Although he accepted that ...": one person as the subject
# ("accepted that" grants a point; "Cllr Ode accepted the nomination" is a step of an election).
_ONE_PERSON = lazy_compile(
    rf"^(?:(?i:although|though|but)\s+)?(?:(?:{any_of(_TITLES)})\.?(?:\s+[A-Z][\w'’.-]*){{1,3}}|(?i:he|she))\s+"
    rf"(?:also\s+|further\s+)?(?:{any_of(ONE_PERSON_AGREEING_VERBS)}\b|accepted\s+that\b)")
# A motion's steps: a named member who moves or seconds speaks for the meeting's motion.
_MOVED = lazy_compile(rf"\b{any_of((*PROPOSING, SECONDED, SECONDER, 'proposer'))}\b", re.I)


def misplaced_decision_word(sentence: str, worded_kind: Callable[[str], str | None]) -> bool:
    """Whether ``sentence``, which a decision phrasing matched, holds its decision word only where it
    decides nothing: ``worded_kind`` is asked again of the sentence without those words."""
    if (person := _ONE_PERSON.match(sentence)) and not _MOVED.search(sentence):
        # "Cllr Ode agreed and was duly elected Vice Chair": what follows the person's assent may still decide
        return worded_kind(sentence[person.end():].strip()) is None
    main = sentence
    for pattern in _SUBORDINATE_PASSIVES:
        main = pattern.sub(lambda m: m["conj"], main)
    main = _ADJECTIVAL.sub(lambda m: m["lead"], main)
    return main != sentence and worded_kind(main) is None
