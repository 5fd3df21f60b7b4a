"""Decisions: resolutions, agreements, motions and votes."""

from __future__ import annotations

import re

from notes_extract.models import Decision, Votes
from notes_extract.people import Roster, strip_honorifics

_NAME = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"

DECISION_OPENERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(it was\s+)?(unanimously\s+)?resolved\b|^res(olution)?\s*[:\-–]", re.I), "resolution"),
    (re.compile(r"^(the\s+)?(\w+\s+){0,3}(unanimously\s+)?resolved\s+(that|to)\b", re.I), "resolution"),
    (re.compile(r"^(motion|moved|proposed)\b|\bmoved by\b|\bproposed by\b|\bseconded\b|^\w+\s+moved\b"
                r"|\bmotion (to|that)\b", re.I), "motion"),
    (re.compile(r"^(it was\s+)?(unanimously\s+|collectively\s+)?agreed\b|^decision\s*[:\-–]|^decided\b"
                r"|^(it was\s+)?decided\b|^(the\s+)?(\w+\s+){0,2}(unanimously\s+)?(agreed|approved|decided"
                r"|adopted|accepted|elected|endorsed|ratified)\b(?!\s+(to\s+)?(look|consider|discuss))",
                re.I), "agreement"),
    (re.compile(r"\b(approved|adopted|ratified|elected)\b.*\b(unanimously|by consensus|nem\.?\s*con)\b|"
                r"\bby consensus\b|\bnem\.?\s*con\b", re.I), "agreement"),
]

_OUTCOMES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(defeated|failed|rejected|lost|not carried|did not pass|was not approved)\b", re.I),
     "defeated"),
    (re.compile(r"\bwithdrawn\b", re.I), "withdrawn"),
    (re.compile(r"\b(deferred|postponed|tabled|adjourned to)\b", re.I), "deferred"),
    (re.compile(r"\blapsed\b|\bfell\b", re.I), "lapsed"),
    (re.compile(r"\b(carried|passed|approved|agreed|adopted|resolved|accepted|elected|ratified|"
                r"endorsed|unanimous(ly)?|nem\.?\s*con|by consensus)\b", re.I), "carried"),
]

_PROPOSER = re.compile(
    rf"\b(?i:proposed|moved|proposer)\s*(?i:by|:)?\s*[:\-–]?\s*(?P<name>{_NAME})|(?P<name2>{_NAME})\s+"
    rf"(?:moved|proposed)\b")
_SECONDER = re.compile(
    rf"\b(?i:seconded|seconder)\s*(?i:by|:)?\s*[:\-–]?\s*(?P<name>{_NAME})|(?P<name2>{_NAME})\s+seconded\b")
_VOTES = re.compile(
    r"(?P<for>\d+)\s*(?:votes?\s+)?(?:for|in favou?r|yes|ayes?)\b[,;\s]*(?:and\s+)?(?P<against>\d+)\s*"
    r"(?:votes?\s+)?(?:against|no|nays?|opposed)\b(?:[,;\s]*(?:and\s+|with\s+)?(?P<abstain>\d+)\s*"
    r"(?:abstentions?|abstain(?:ed|ing)?))?", re.I)
_VOTES_LABELLED = re.compile(
    r"\b(?:for|in favou?r|yes|ayes?)\s*[:\-–=]?\s*(?P<for>\d+)\b[,;\s]*(?:against|no|nays?|opposed)\s*"
    r"[:\-–=]?\s*(?P<against>\d+)(?:[,;\s]*(?:abstentions?|abstain(?:ed)?|abstaining)\s*[:\-–=]?\s*"
    r"(?P<abstain>\d+))?", re.I)


def decision_kind(text: str) -> str | None:
    """The kind of decision ``text`` records, or None when it records none."""
    stripped = text.strip().lstrip("*_ ")
    for pattern, kind in DECISION_OPENERS:
        if pattern.search(stripped):
            return kind
    return None


def read_decision(text: str, roster: Roster, *, section: str | None) -> Decision | None:
    kind = decision_kind(text)
    if kind is None:
        return None
    decision = Decision(text=text.strip(), kind=kind, section=section)  # type: ignore[arg-type]
    for pattern, outcome in _OUTCOMES:
        if pattern.search(text):
            decision.outcome = outcome  # type: ignore[assignment]
            break
    if m := _PROPOSER.search(text):
        decision.proposer = _person(m["name"] or m["name2"], roster)
    if m := _SECONDER.search(text):
        decision.seconder = _person(m["name"] or m["name2"], roster)
    if m := (_VOTES.search(text) or _VOTES_LABELLED.search(text)):
        decision.votes = Votes(**{"for": int(m["for"]), "against": int(m["against"]),
                                  "abstain": int(m["abstain"] or 0)})
    return decision


def _person(name: str, roster: Roster) -> str:
    return roster.resolve_or_keep(strip_honorifics(name.strip(" .,")))
