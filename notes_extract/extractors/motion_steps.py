"""A motion told over several sentences of one point.

"Ann moved that the report be accepted. This was seconded by Bo. There were 9 votes
for and nil against." is one decision: the mover's sentence states it, and the
sentences after it give its seconder, votes and result, not decisions of their own.
"That a patron be appointed. ... Ann moved that this motion be accepted." moves
what the point's first sentences stated.
"""

from __future__ import annotations

import re

from notes_extract.extractors.votes import read_votes
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.people import Roster, strip_honorifics
from notes_extract.segment.turns import turn_prefix
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import (
    ELECTION_WORDS,
    MOTION_RESULT_WORDS,
    MOTION_TURN,
    MOTION_WITH_CONTENT,
    MOTION_WITH_CONTENT_WORDS,
    MOVER_TITLES,
    NOT_MOVERS,
    OUTCOME_ONLY,
    PROPOSAL_IMPERATIVES,
    SECONDED,
    SECONDED_SHORT,
)
from notes_extract.vocab.people import CHAIR_TITLES, NAME

# A step is a short sentence: a longer one says more than who seconded or how the vote went.
MAX_STEP_WORDS = 25
# "Granted.", "Approved unanimously.": a bare result after the statement it decides.
MAX_BARE_RESULT_WORDS = 2

RESULT_WORDS = any_of(MOTION_RESULT_WORDS)
_MOVED = TriggeredPattern(lazy_compile(MOTION_WITH_CONTENT, re.I), MOTION_WITH_CONTENT_WORDS)
_OUTCOME_ONLY = lazy_compile(OUTCOME_ONLY, re.I)
# "This was seconded by Bo", "Seconded by Bo and unanimously agreed to", "Bo seconded this motion"
# ("That motion was seconded and passed": the motion named with "that" as with "the")
_SECONDING = lazy_compile(rf"^(?:(?:this|it|which|(?:the|that)\s+motion)\s+was\s+|motion\s+)?(?:duly\s+)?"
                          rf"(?i:{SECONDED})\b"
                          rf"|^{NAME}\s+(?i:{SECONDED})\s+(?:this|the)\s+(?:motion|proposal)\b"
                          rf"|^{NAME}\s+(?:{SECONDED_SHORT})\b"  # "Bo Ode 2nd the motion", "Bo made the second"
                          rf"|^\W*(?:second|seconder)\s*[:\-–]\s*{NAME}\W*$", re.I)  # "Second: Michael"
# "All in favour except Darren, abstains, motion passed.", "Bo seconded, and the motion passed.": the vote or
# seconder, then the motion's result
# ("Bo seconded, and the motion carried unanimously on a voice vote.": how it carried may close the sentence)
_RESULT_MANNER = (r"(?:\s+(?:unanimously|(?:on|by)\s+(?:a\s+)?(?:unanimous|voice|roll[- ]call|show\s+of\s+hands)\s+vote"
                  r"|\(?\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)?))*")
_MOTION_RESULT_TAIL = (r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?motion\s+(?:passed|carried|failed|defeated|lost)"
                       rf"{_RESULT_MANNER}\W*$")
# "This was carried, three voting against", "With no other nominations Ann was duly elected": the result
# ("The motion was put to the vote and carried": put to the meeting first)
_RESULT = lazy_compile(rf"^(?:this|it|which|(?:the|that)\s+(?:motion|proposal|resolution))\s+was\s+(?:duly\s+)?"
                       r"(?:put\s+to\s+(?:the\s+|a\s+)?(?:vote|meeting)(?:\s+and(?:\s+was)?|\s*,)\s+)?"
                       rf"(?:{RESULT_WORDS})\b|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:{RESULT_WORDS})\W*$"
                       rf"|{_MOTION_RESULT_TAIL}",
                       re.I)
# "moved that this be accepted", "moved that these persons be duly elected": a motion on what was said before
_MOVES_WHAT_CAME_BEFORE = lazy_compile(r"\b(?:moved|proposed)\s+that\s+(?:this|these|the\s+above)\b"
                                       r"(?:\s+(?:motion|offer|proposal|report|resolution|persons|people))?\s+be\b",
                                       re.I)


def is_motion_step(sentence: str) -> bool:
    """Whether ``sentence`` only seconds the motion before it, or gives its votes or result."""
    text = sentence.strip()
    if len(text.split()) > MAX_STEP_WORDS or _MOVED.search(text):
        return False
    return bool(_SECONDING.search(text) or read_votes(text) or _OUTCOME_ONLY.match(text) or _RESULT.search(text))


def seconds_motion(sentence: str) -> bool:
    """Whether ``sentence`` seconds the motion before it ("Motion seconded by Bo, motion carried.")."""
    return len(sentence.split()) <= MAX_STEP_WORDS and bool(_SECONDING.search(sentence.strip()))


def ends_with_motion_result(sentence: str) -> bool:
    """Whether ``sentence`` ends by giving the motion's result ("..., motion passed.")."""
    return len(sentence.split()) <= MAX_STEP_WORDS and re.search(_MOTION_RESULT_TAIL, sentence, re.I) is not None


def moved_in_words(decision: Decision) -> bool:
    """Whether a decision is a motion whose mover's sentence says what was moved ("Ann moved that ...")."""
    return decision.kind == "motion" and bool(decision.proposer or _MOVED.search(decision.text) or
                                              _MOVES_WHAT_CAME_BEFORE.search(decision.text))


def carried_by_votes(decision: Decision) -> None:
    """A motion with more votes for than against carried, when no result is written."""
    votes = decision.votes
    if decision.outcome is None and votes is not None and votes.for_ > votes.against:
        decision.outcome = "carried"


def proposal_before(points: list[list[str]], p: int, s: int) -> str | None:
    """The motion a bare result closes ("Ann proposed that Bo be invited." then "Motion carried."):
    the sentence before it, or the previous point's last, when that says what was moved."""
    before = points[p][s - 1] if s > 0 else points[p - 1][-1] if p > 0 and points[p - 1] else ""
    before = before.strip()
    return before if _MOVED.search(before) and not is_motion_step(before) else None


def moves_what_came_before(sentence: str) -> bool:
    """"Ann moved that this motion be accepted": the motion is the statement before it."""
    return bool(_MOVES_WHAT_CAME_BEFORE.search(sentence))


# "Cllr Ann Lee proposed acceptance of the minutes seconded by Cllr Bo": mover, what is moved and seconder
_PROPOSES_WITH_SECONDER = lazy_compile(rf"^(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:proposed|moved)\s+(?!(?:that|to|by|and)\b)"
                                       rf"\w+[^.]*\b(?i:{SECONDED})\s+by\b"
                                       # "The Mayor moved and Cr Bo seconded “That ...”"
                                       rf"|^(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:moved|proposed)\s*(?:,|and|&)\s*"
                                       rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}(?i:{SECONDED})\s*(?:[,:]\s*)?[“\"'‘]?(?i:that)\b")
_PUTS_PROPOSAL = lazy_compile(rf"^(?:to\s+)?(?:{any_of(PROPOSAL_IMPERATIVES)})\s+\S", re.I)


def proposes_with_seconder(sentence: str) -> bool:
    """Whether a sentence is a whole motion: who moved what, and who seconded it."""
    return bool(_PROPOSES_WITH_SECONDER.match(sentence.strip()))


def puts_proposal(sentence: str) -> bool:
    """"Nominate Ann to the board.": a proposal put as a bare verb, for the meeting to approve."""
    return bool(_PUTS_PROPOSAL.match(sentence.strip()))


# "Ann: Move to adjourn.", "Bo Lee: Seconded.": a speaker's prefix, then a step of a motion
_SPEAKER_MOTION_TURN = lazy_compile(rf"^(?!{any_of(NOT_MOVERS)}\b)(?P<who>{NAME})\s*:\s*"
                                    rf"(?P<text>(?i:{MOTION_TURN}).*)$")
_SECONDING_TURN = lazy_compile(rf"^(?:i\s+)?(?:second|{SECONDED})\b", re.I)


def motion_turn(sentence: str) -> tuple[str, str, bool] | None:
    """(speaker, what they said, whether it only seconds) for a speaker's line that moves or seconds."""
    m = _SPEAKER_MOTION_TURN.match(sentence.strip())
    if m is None or turn_prefix(sentence) is None:  # "Decision: moved to ...": a label, not a speaker
        return None
    return m["who"], m["text"].strip(), bool(_SECONDING_TURN.match(m["text"]))


# "Ann for President.", "Bo Lee as Treasurer": who is put up for an office
_PUT_UP_FOR = lazy_compile(rf"^{NAME}\s+(?:for|as)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\.?$")


def put_up_for_office(text: str) -> bool:
    """Whether a moved statement only names someone for an office: an election, not a motion of policy."""
    return bool(_PUT_UP_FOR.match(text.strip()))


# "Cllr", "Chairman", "Resident Commissioner": the title before a mover's name (a word or two may qualify it).
_MOVER_TITLE = lazy_compile(rf"^(?:[A-Z][\w'’-]*\s+){{0,2}}?(?:{'|'.join(MOVER_TITLES)}|(?i:{CHAIR_TITLES}))\.?\s+"
                            r"(?=[A-Z])")
# "Proposed: Ann Vale  Seconded: Bill Cross  For: 20": the next field ends the name
_NEXT_FIELD = lazy_compile(rf"\s+(?:{SECONDED}|proposed|moved|for|against|abstain(?:ed|ing|s)?|carried)\b.*$", re.I)


def person_named(name: str, roster: Roster) -> str:
    """The attendee a mover's or seconder's name means; "Councilmember Baker" is Baker, named with a title."""
    name = strip_honorifics(_NEXT_FIELD.sub("", name.strip(" .,")))
    untitled = _MOVER_TITLE.sub("", name).strip() or name
    return roster.resolve(untitled) or roster.resolve(name) or untitled  # "Director Catlin", unlisted: Catlin


_MOVER_SECONDER_PAIR = lazy_compile(r"\(\s*(?P<mover>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*/\s*"
                                    r"(?P<seconder>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*\)")
# "Garcia", "KM": a surname or initials, as a motion's movers are written in brackets ("(Garcia/Novak)", "(KM/SB)")
_NAME_OR_INITIALS = lazy_compile(r"[A-Z][a-z][\w'’-]+|[A-Z]{2,3}")
# An election is chosen, not moved (a seconded election stays kind other).
_ELECTION = lazy_compile(rf"\b({ELECTION_WORDS})\b", re.I)


def bracketed_mover_and_seconder(decision: Decision, roster: Roster) -> None:
    """"... approved as written. (Dunn/Shaw)": the mover and seconder in brackets after the
    decision, when both are attendees; a decision so moved is a motion."""
    if decision.proposer is not None or decision.seconder is not None:
        return
    if not (m := _MOVER_SECONDER_PAIR.search(decision.text)):
        return
    mover, seconder = roster.resolve(m["mover"]), roster.resolve(m["seconder"])
    if (mover is None or seconder is None) and decision.kind == "motion" and \
            all(_NAME_OR_INITIALS.fullmatch(m[part]) for part in ("mover", "seconder")):
        mover, seconder = mover or m["mover"], seconder or m["seconder"]  # "Motion to adopt X (Garcia/Novak)"
    if mover and seconder and mover != seconder:
        decision.proposer, decision.seconder = mover, seconder
        if decision.kind in ("agreement", "other") and not _ELECTION.search(decision.text):
            decision.kind = "motion"  # moved and seconded (as read_decision makes a moved decision)
