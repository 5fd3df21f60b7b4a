"""Polls of scribe minutes: "Poll: <proposal>" or a call for a consent poll,
its tally lines ("SF: 13", "F: 6", "N: 3") and its result: one motion each; and
consent polls, a "PROPOSAL:" carried by "+1"s."""

from __future__ import annotations

import re

from notes_extract.extractors.point_context import RESOLVES_PROPOSAL_OVERLAP
from notes_extract.extractors.text_match import overlap
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision, Votes
from notes_extract.segment.turns import POLL_LINE, TALLY_LINE
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.polls import POLL_CALL, POLL_CALL_WORDS, POLL_RESULTS, POLL_TALLY_COLUMNS

# How many points after a poll's question its tally and result may come.
MAX_POLL_SPAN = 8
# How many lines a consent call ("Let's do a unanimous consent poll for:") puts to the meeting.
MAX_POLL_CALL_LINES = 4
_POLL_CALL = TriggeredPattern(lazy_compile(POLL_CALL, re.I), POLL_CALL_WORDS)
_POLL_RESULTS = [(lazy_compile(words, re.I), outcome) for words, outcome in POLL_RESULTS]
# "DS: let's do a poll for:": the scribe's speaker prefix before what was said.
_SPEAKER_PREFIX = lazy_compile(r"^[A-Z][\w'’.-]{0,20}(?:\s+[A-Z][\w'’.-]{0,20}){0,2}\s*:\s+(?=\S)")


# "7 in favour, 0 opposed, 1 abstention", "5-2": a count and nothing put to the vote
_COUNT_ONLY = lazy_compile(r"^\W*\d{1,3}\b(?:[\s\d,;:()/–-]|for\b|against\b|in\s+favou?r\b|opposed\b|abstentions?\b"
                           r"|abstain(?:ed|ing)?\b|yes\b|no\b|ayes?\b|nays?\b|noes\b|and\b)*$", re.I)


def _poll_result(text: str) -> str | None:
    return next((outcome for pattern, outcome in _POLL_RESULTS if pattern.search(text)), None)


def _tally_column(label: str, labels: set[str]) -> str | None:
    """The column a tally label counts in; short capitals as written ("N" is neutral beside
    "SF"/"F", but "no" beside "Y"), words in any case."""
    if label == "N" and "Y" in labels:
        return "against"
    for column, words in POLL_TALLY_COLUMNS.items():
        if label in words or (len(label) > 2 and label.lower() in words):
            return column
    return None


def _tally_votes(tallies: list[tuple[str, int]]) -> Votes | None:
    labels = {label for label, _ in tallies}
    counts = {"for": 0, "against": 0, "abstain": 0}
    for label, count in tallies:
        if column := _tally_column(label, labels):
            counts[column] += count
    return Votes(**counts) if tallies else None


def poll_decisions(points: list[str], *, section: str | None) -> tuple[list[Decision], set[int]]:
    """Polls of scribe minutes: "Poll: <proposal>" (or a call for a consent poll on the
    lines that follow), its tally lines ("SF: 13", "F: 6", "N: 3") and its result
    ("[Proposal passes.]", "No objections"): one motion each, with the points it used."""
    found: list[Decision] = []
    used: set[int] = set()
    k = 0
    while k < len(points):
        text = _SPEAKER_PREFIX.sub("", points[k].strip(), count=1)
        if (poll := POLL_LINE.match(points[k].strip())) and _COUNT_ONLY.match(poll["text"]):
            k += 1  # "Vote: 7 in favour, 0 opposed" under a motion's lines: that motion's count, no poll of its own
            continue
        if poll:
            proposal, start = points[k].strip(), k + 1
        elif _POLL_CALL.search(text):
            ends = [j for j in range(k + 1, min(len(points), k + 1 + MAX_POLL_CALL_LINES + 1))
                    if _poll_result(points[j]) or TALLY_LINE.match(points[j].strip())]
            if not ends or ends[0] == k + 1:
                k += 1
                continue
            proposal, start = " ".join(p.strip() for p in points[k + 1:ends[0]]), ends[0]
        else:
            k += 1
            continue
        decision, end = _read_poll(points, start, proposal, section)
        if decision is not None:
            found.append(decision)
            used.update(range(k, end))
        k = max(end, k + 1)
    return found, used


def _read_poll(points: list[str], start: int, proposal: str, section: str | None) -> tuple[Decision | None, int]:
    """The poll put at ``start``: its tallies and result, up to the next poll."""
    tallies: list[tuple[str, int]] = []
    outcome: str | None = None
    j = start
    for j in range(start, min(len(points), start + MAX_POLL_SPAN)):
        line = points[j].strip()
        if POLL_LINE.match(line) or _POLL_CALL.search(line):
            j -= 1
            break
        if m := TALLY_LINE.match(line):
            tallies.append((m["label"], int(m["count"])))
        elif outcome := _poll_result(line):
            break
    if outcome is None and not tallies:
        return None, start
    decision = Decision(text=proposal, kind="motion", section=section,
                        outcome=outcome, votes=_tally_votes(tallies))  # type: ignore[arg-type]
    return decision, j + 1


# A consent poll in scribe minutes: "PROPOSAL: ..." then "+1" from several people and no "-1".
_PROPOSAL_LINE = lazy_compile(r"^(?:[\w .'’-]{1,40}:\s*)?proposal\s*:\s*(?P<text>\S.*)$", re.I)
_POLL_MARK = lazy_compile(r"^(?:[\w .'’-]{1,40}:\s*)?(?P<mark>[+-][01])\b", re.I)
_POLL_CLOSED = lazy_compile(r"^(?:[\w .'’-]{1,40}:\s*)?(proposal|resolved|resolution|topic)\s*:", re.I)
# How many "+1"s, with no "-1", make a proposal the meeting's consensus.
MIN_CONSENT_VOTES = 2


def consent_polls(points: list[str], found: list[Decision], *, section: str | None) -> list[Decision]:
    """Proposals carried by a show of "+1"s that no "RESOLVED:" line records."""
    polls: list[Decision] = []
    for k, point in enumerate(points):
        if not (proposal := _PROPOSAL_LINE.match(point.strip())):
            continue
        marks: list[str] = []
        for later in points[k + 1:]:
            if _POLL_CLOSED.match(later.strip()):
                break
            if mark := _POLL_MARK.match(later.strip()):
                marks.append(mark["mark"])
        text = proposal["text"].strip()
        restated = any(overlap(d.text, text) >= RESOLVES_PROPOSAL_OVERLAP for d in found)
        if marks.count("+1") >= MIN_CONSENT_VOTES and "-1" not in marks and not restated:
            polls.append(Decision(text=text, kind="agreement", outcome="carried", section=section))
    return polls

