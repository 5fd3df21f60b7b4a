"""Commitments read on a whole sentence, where the owner does not stand straight before the promise: "OTC asks
staff to propose ...", "Cuellar said she would check", "It was agreed that the Clerk write ...", "RESOLVED: That
the Clerk write ...", "Footpath blocked, to be chased up by the clerk". Each pattern names its owner in a group
("owner", or "owner2"/"owner3"); `nlp` checks the owner is a person or an office."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.triggered import TriggeredPattern, trigger_words
from notes_extract.vocab.actions import (
    ASKING_VERBS,
    ASSIGNED_WORDS,
    DECIDED_THAT_VERBS,
    MOTION_FOR_WORDS,
    NOT_TASK_AFTER_TO,
    OPEN_INVITEES,
    ORDERING_VERBS,
    PASSIVE_NOT_TASK_LEADS,
    PERSONAL_TASK_VERBS,
    PROMISE_WORDS,
    REPORTING_VERBS,
    REQUEST_THAT_VERBS,
    RESOLVED_THAT_WORDS,
    WILLING_WORDS,
)
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS, WEEKDAYS
from notes_extract.vocab.people import NAME_UP_TO_3

# "OTC asks staff to propose ...": the one asked is the owner.
# ("Eve invited Bo to the party": "to" before a noun phrase is no task; nor an invitation to all members, nor
# a request to them: "Ann asked members to bring their old lights" is a general instruction, no one's task)
_ASKS = TriggeredPattern(lazy_compile(
    rf"\b{any_of(ASKING_VERBS)}(?!\s+{OPEN_INVITEES})\s+"
    r"(?P<owner>(?:the\s+)?[\w@][\w@.'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+to\s+"
    rf"(?!consider\b|note\b|remember\b|be\b|reflect\b|{any_of(NOT_TASK_AFTER_TO)}\b)[a-z]"), ASKING_VERBS)


# "Cllr Tarn requested that the Parish Clerk should contact the insurers": a task handed through "that".
_REQUESTED_THAT = TriggeredPattern(lazy_compile(
    rf"\b{any_of(REQUEST_THAT_VERBS)}\s+that\s+(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+"
    r"(?:should\s+|must\s+)?(?!be\b|is\b|was\b|were\b|are\b|has\b|had\b|have\b|would\b|will\b|shall\b|may\b"
    r"|can\b|could\b|not\b)[a-z]{3,}\b"), REQUEST_THAT_VERBS)


# A reported clause whose subject is a thing, not the speaker ("that the new jerseys have been ordered").
_THING_CLAUSE = r"\bthat\s+(?:the|a|an|our|their|its|this|these|those)\s"
# "Cuellar said she would check into that."
_SAID_WOULD = TriggeredPattern(lazy_compile(
    rf"^(?P<owner>{NAME_UP_TO_3})\s+(?:\w+\s+)?(?:{'|'.join(REPORTING_VERBS)}|told \w+(?: \w+)?)"
    r"\s+(?:that\s+)?(?:he|she|they)(?:\s+(?:would|will)|['’](?:d|ll))"  # ("Bo said he'd follow up")
    rf"\s+(?:be\s+(?=[a-z]+ing\b)|be\s+{any_of(WILLING_WORDS)}\s+to\s+)?(?!be\b|have\b|not\b)[a-z]"
    # "Joan showed an analysis ... and will provide analysis to FASB staff"; "Ann and Raj met ... and will report";
    # "Cy is looking into new boards and will report back": work under way, then the promise
    rf"|^(?P<owner2>{NAME_UP_TO_3}(?:\s+and\s+{NAME_UP_TO_3})?)\s+(?:[a-z]+ed|(?:is|are)\s+[a-z]+ing)\b"
    # ("Bo announced that the new jerseys have been ordered, and will arrive ...": the clause's subject, a thing,
    # is the one that will)
    rf"(?:(?!{_THING_CLAUSE})[^.;])*?\band\s+will\s+"
    r"(?!be\b|have\b|not\b)[a-z]"
    # "Ann raised an issue with the rota and that she would be filing a ticket"; "Ann reported that she will ...",
    # "Ann reported that the request will not be supported and she will contact the applicant": her report, then
    # her promise (no other name between: "... that Bo would be leaving and he will ..." may be Bo's; "Ed thanked
    # Pam and expressed the conviction that she will ..." is Pam's)
    rf"|^(?P<owner3>{NAME_UP_TO_3})\s+[a-z]+ed\b(?:[^.;]*?\bthat\s+(?:he|she)\s+would"
    r"|(?:(?![A-Z])[^.;])*?\b(?:that|and)\s+(?:he|she)\s+will)\s+"
    r"(?:be\s+(?=[a-z]+ing\b))?(?!be\b|have\b|not\b)[a-z]"), PROMISE_WORDS)
# "The commissioners decided that Cuellar, Pavlik, and Bishop would go out ...", "It was agreed the Clerk would
# write to the owner"
_THAT_WOULD = TriggeredPattern(lazy_compile(
    rf"\b(?:{'|'.join(DECIDED_THAT_VERBS)})\s+(?:that\s+)?(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.'’-]*(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s+)"
    r"[A-Z][\w.'’-]*){0,5})\s+(?:would|will)\s+(?!be\b|have\b|not\b)[a-z]"), DECIDED_THAT_VERBS, also=("would", "will"))
# "It was agreed that Ann should photograph it", "... agreed that the Clerk write to the owner": the meeting's
# order, with "should" or a task verb straight after the owner (only the meeting's deciding words: "Ann stated
# that the DQC should recommend ..." is her view)
_AGREED_SHOULD = TriggeredPattern(lazy_compile(
    rf"\b{any_of(ORDERING_VERBS)}\s+(?:that\s+)?(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.'’-]*(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s+)[A-Z][\w.'’-]*){0,5})\s+"
    rf"(?:should\s+(?!be\b|have\b|not\b)[a-z]|{any_of(PERSONAL_TASK_VERBS)}\b)"), ORDERING_VERBS)


# "Church footpath blocked, to be chased up by the clerk": a task set in the passive, its doer (an attendee or
# an office) after "by" (only "to be": "will be added by Yan" reads as news, as the gold has it; nor "would
# have to be confirmed by CDC", "would continue to be handled by the police")
# (one look-behind a word, each taking in the space after the word: asked only at a space before "to", not at
# every character)
_NOT_AFTER_LEADS = "".join(rf"(?<!\b{word}\s)" for word in PASSIVE_NOT_TASK_LEADS)
TO_BE_DONE_BY = TriggeredPattern(lazy_compile(
    rf"(?:^|[,;:–—-]\s*|\s(?=to\s){_NOT_AFTER_LEADS})to\s+be\s+[a-z]{{2,}}(?:ed|en|t|id|wn)(?:\s+(?:up|out|on|off|back))?\s+by\s+"
    rf"(?!(?i:{any_of((*WEEKDAYS, *MONTHS))})\b)"  # ("to be booked by Friday": a deadline, no doer)
    r"(?P<owner>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*(?:[.;,]|$)"), ("to be",))


# "A motion was made for the treasurer to approach Metro bank."
_MOTION_FOR = TriggeredPattern(lazy_compile(
    rf"\b(?i:{'|'.join(MOTION_FOR_WORDS)})\b[^.]*?\bfor\s+(?P<owner>(?:the\s+)?[\w@][\w@.'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2})\s+to\s+(?!be\b)[a-z]"), MOTION_FOR_WORDS, also=("for",))


# "RESOLVED: That the Clerk write to the distribution company ..."
_RESOLVED_THAT = TriggeredPattern(lazy_compile(
    r"^(?:(?i:resolved)\s*[:,\-–]?\s*)?(?:\([a-z0-9]{1,3}\)\s*)?(?i:that),?\s+(?P<owner>(?i:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"\s+(?!be\b|is\b|was\b|were\b|are\b|has\b|had\b|have\b|would\b|should\b|will\b|shall\b|may\b|can\b)"
    r"[a-z]{3,}\b"), RESOLVED_THAT_WORDS)


# "Flaky tests assigned to Ann", "The rota was allocated to the Secretary": a task handed to an attendee or an
# office, closing its sentence ("Ring the board – assigned to Ann": an owner's field, read as one)
ASSIGNED_TO = TriggeredPattern(lazy_compile(
    rf"(?<![–—:.-]\s)(?<![–—:.-])\b{any_of(ASSIGNED_WORDS)}\s+to\s+(?P<owner>(?:the\s+)?[A-Za-z@][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})"
    r"\s*(?:[.;]|$)"), ASSIGNED_WORDS)


# The patterns read on a whole sentence, and the words one of which each needs: a sentence without any
# of them needs no search.
SENTENCE_PATTERNS = (_ASKS, _REQUESTED_THAT, _SAID_WOULD, _THAT_WOULD, _AGREED_SHOULD, _MOTION_FOR,
                      _RESOLVED_THAT, TO_BE_DONE_BY, ASSIGNED_TO)
SENTENCE_PATTERN_WORDS = trigger_words(word for pattern in SENTENCE_PATTERNS for word in pattern.words)
