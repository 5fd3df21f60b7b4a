"""One decision read from one sentence or point: its kind and cleaned wording ("Proposal:" labels and owner
marks left out), then its outcome, mover, seconder and votes, from its own words or a later sentence's."""

from __future__ import annotations

import re

from notes_extract.extractors.consent_lines import bare, consent_line_kind, room_result
from notes_extract.extractors.decision_kinds import decision_kind
from notes_extract.extractors.decision_leads import ELECTED_BARE
from notes_extract.extractors.motion_shorthand import fill_from_shorthand
from notes_extract.extractors.motion_steps import carried_by_votes
from notes_extract.extractors.movers import fill_movers
from notes_extract.extractors.owner_marks import without_owner_mark
from notes_extract.extractors.team_decisions import outcome_after_topic, team_decision_kind
from notes_extract.extractors.votes import read_votes
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.people import Roster
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.decision_forms import BODY_AGREES_NOW, BODY_VOTES_NOW
from notes_extract.vocab.decisions import (
    DECISION_TEXT_LABELS,
    ELECTION_WORDS,
    MINUTES_SIGNED,
    MINUTES_SIGNED_WORDS,
    OUTCOME_FORMS,
    RULING,
    RULING_OUTCOMES,
)

# "Proposal:", "Proposal from Ann:": a label, not the decision's wording
LEADING_LABEL = lazy_compile(rf"^\W*({DECISION_TEXT_LABELS})(\s+from\s+[^:.]{{1,40}}?)?\W*:"
                              # "**MOTION:** replace the pump": the label's closing emphasis goes with it
                              r"[*_]*\s*(\([a-z0-9]{1,3}\)\s*)?", re.I)
# "The fee schedule was reviewed - motion passed.": the motion's result alone after the matter it decided.
_MOTION_RESULT_ONLY = lazy_compile(r"^\W*(?:the\s+)?motion\s+(?:passed|carried|failed|defeated)"
                                   r"(?:\s+(?:unanimously|\d{1,2}\s*[-–]\s*\d{1,2}))?\W*$", re.I)
_OUTCOMES: list[tuple[re.Pattern[str], str]] = [(lazy_compile(rf"\b({words})\b", re.I), outcome)
                                                for words, outcome in OUTCOME_FORMS]
_BODY_NOW = lazy_compile(f"{BODY_AGREES_NOW}|{BODY_VOTES_NOW}", re.I)
_MINUTES_SIGNED = TriggeredPattern(lazy_compile(MINUTES_SIGNED, re.I), *MINUTES_SIGNED_WORDS)


def read_decision(text: str, roster: Roster, *, section: str | None,
                  kind: str | None = None) -> Decision | None:
    """The decision ``text`` records (of ``kind`` when the caller knows it), or None."""
    if " | " in text and len(deciding := [cell for cell in text.split(" | ") if decision_kind(cell)]) == 1:
        text = deciding[0]  # a table's row ("10:15 | Fees | Bo | Agreed to ..."): the cell that decides
    if kind is None and not decision_kind(text) and (outcome := outcome_after_topic(text)) and \
            (kind := decision_kind(outcome)) and not (bare(outcome) or room_result(outcome) or
                                                      _MOTION_RESULT_ONLY.match(outcome)):
        text = outcome  # "Decide on the size - We decided not to set a limit": the outcome decides
        # ("Fair on 5 July - agreed by all", "... — everyone agreed": a bare assent decides the topic itself)
    kind = kind or decision_kind(text)
    if kind is None:
        return None
    clean = without_owner_mark(LEADING_LABEL.sub("", text.strip().strip("*_ ").strip()))
    decision = Decision(text=clean or text.strip(), kind=kind, section=section)  # type: ignore[arg-type]
    if ruling := RULING.match(text.strip()):
        decision.outcome = RULING_OUTCOMES.get(ruling["word"], "carried")  # type: ignore[assignment]
    complete_decision(decision, text, roster)
    if decision.outcome is None and _MINUTES_SIGNED.search(text):
        decision.outcome = "carried"  # "The minutes ... were signed as a correct record": approved
    if decision.outcome is None and (team_decision_kind(text) or consent_line_kind(text) or _BODY_NOW.match(text)):
        decision.outcome = "carried"  # "Settled on React", "All were in agreement", "Board agrees to ...": decided
    if decision.proposer and decision.kind in ("agreement", "other") and not ELECTION.search(text):
        decision.kind = "motion"  # "The plan was approved with Ann making the motion": moved, so a motion
    if decision.kind == "agreement" and ELECTED_BARE.match(clean):
        decision.kind = "other"  # "Elected unanimously (11)": a ballot's result, no agreement worded
    if decision.kind == "motion" and _DULY_ELECTED.search(text):
        decision.kind = "other"  # "Ann was proposed by Bo ... Ann was duly elected": an election, though moved
    return decision


# "elected", "appointed", "co-opted": a word that makes a decision an election
ELECTION = lazy_compile(rf"\b({ELECTION_WORDS})\b", re.I)
# "... and Ann was duly elected.": the result of a ballot for an office
_DULY_ELECTED = lazy_compile(r"\b(was|were)\s+(duly\s+|unanimously\s+)?(re-?)?elected\b", re.I)


def outcome_of(text: str) -> str | None:
    """The outcome the words of ``text`` state ("carried", "deferred", ...), or None."""
    return next((outcome for pattern, outcome in _OUTCOMES if pattern.search(text)), None)


def complete_decision(decision: Decision, text: str, roster: Roster) -> None:
    """Fill outcome, proposer, seconder and votes from ``text`` where unset."""
    fill_from_shorthand(decision, text, roster)  # "M/S/C (Lee/Ode)": moved, seconded, carried
    for pattern, outcome in _OUTCOMES:
        if pattern.search(text):
            if decision.outcome is None:
                decision.outcome = outcome  # type: ignore[assignment]
            break
    fill_movers(decision, text, roster)
    if decision.votes is None:
        decision.votes = read_votes(text)
    carried_by_votes(decision)  # "... grant requests. (4/5 with 1 abstention)": more for than against
