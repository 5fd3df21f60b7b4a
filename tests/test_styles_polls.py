"""Scribe minutes with polls and votes, and decisions written across several lines
(invented snippets): tallies and poll lines are points, never sections; a poll
with its tally and result is one motion."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


SCRIBE_POLL = b"""# Widget Working Group call

## Attendees

* Oona Pike
* Rafe Tull
* Ines Garv

## Notes

### Streaming parser to phase 3

RT: the parser is feature complete now.

OP: any benchmarks yet?

RT: a few, they look fine.

OP: great.

QX: does it handle broken input?

RT: it does.

Poll: Advance the streaming parser to phase 3

SF: 8
F: 4
N: 2
A: 1
SA: 0

[Proposal passes.]

### Tooling repo

IG: we want the tooling repo under the group.

OP: let's do a unanimous consent poll for:

Moving the tooling repo into the group organisation

[No objections, proposal passes]
"""


def test_tallies_and_poll_lines_are_not_sections() -> None:
    record = markdown(SCRIBE_POLL)
    assert [s.title for s in record.sections] == ["Streaming parser to phase 3", "Tooling repo"]


def test_poll_with_tally_is_one_motion_with_votes() -> None:
    record = markdown(SCRIBE_POLL)
    poll = record.decisions[0]
    assert poll.text == "Poll: Advance the streaming parser to phase 3"
    assert (poll.kind, poll.outcome, poll.section) == ("motion", "carried", "Streaming parser to phase 3")
    assert poll.votes is not None
    assert (poll.votes.for_, poll.votes.against, poll.votes.abstain) == (12, 1, 2)


def test_unanimous_consent_call_over_the_lines_it_puts() -> None:
    record = markdown(SCRIBE_POLL)
    assert len(record.decisions) == 2
    consent = record.decisions[1]
    assert consent.text == "Moving the tooling repo into the group organisation"
    assert (consent.kind, consent.outcome, consent.votes) == ("motion", "carried", None)
