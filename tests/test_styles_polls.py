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


MOTIONS = b"""# Orchard Club meeting

Present: Tara Voss, Ben Odum, Lia Marsh, Pete Crane

## Roles

- Tara chosen as team leader
- Ben was selected as treasurer

## Budget

- The budget was discussed at length.
- Approved by the trustees over the weekend
- Tara called for a vote on adopting the spending plan. Ben seconded and voted in favour. Lia voted in \
favour. Pete abstained. With two votes in favour and one abstention the motion passed.

## Approval of minutes

Upon motion duly made and seconded all were in favour. It was therefore:

RESOLVED: That the minutes of the March meeting are approved.

## Garden

- Lia motions to buy a new hose
- Ben seconds the motion
- Motion passes unanimously

Motion by Pete, second by Lia, to buy a new mower. Motion carried 3-0.

On a motion by Ben, seconded by Tara, the club agreed to hold a plant sale.
"""


def _decisions(data: bytes) -> dict[str, tuple]:  # type: ignore[type-arg]
    record = markdown(data)
    return {d.text: (d.kind, d.proposer, d.seconder, d.outcome,
                     (d.votes.for_, d.votes.against, d.votes.abstain) if d.votes else None)
            for d in record.decisions}


def test_person_chosen_for_a_post_is_an_election() -> None:
    found = _decisions(MOTIONS)
    assert found["Tara chosen as team leader"] == ("other", None, None, "carried", None)
    assert found["Ben was selected as treasurer"][0] == "other"


def test_prose_roll_call_vote_is_one_motion() -> None:
    found = _decisions(MOTIONS)
    vote = next(text for text in found if text.startswith("Tara called for a vote"))
    assert vote.endswith("the motion passed.")
    assert found[vote] == ("motion", "Tara Voss", "Ben Odum", "carried", (2, 0, 1))
    assert not any(text.startswith(("Lia voted", "Pete abstained", "With two")) for text in found)


def test_another_bodys_approval_and_bare_motion_before_a_resolution_are_not_decisions() -> None:
    found = _decisions(MOTIONS)
    assert "Approved by the trustees over the weekend" not in found
    assert not any(text.startswith("Upon motion") for text in found)
    assert found["That the minutes of the March meeting are approved."][0] == "resolution"


def test_motion_written_across_lines_is_one_decision() -> None:
    found = _decisions(MOTIONS)
    assert found["Lia motions to buy a new hose"] == ("motion", "Lia Marsh", "Ben Odum", "carried", None)
    assert not any(text.startswith(("Ben seconds", "Motion passes")) for text in found)


def test_motion_by_and_second_by_in_one_sentence() -> None:
    found = _decisions(MOTIONS)
    assert found["Motion by Pete, second by Lia, to buy a new mower. Motion carried 3-0."] == \
        ("motion", "Pete Crane", "Lia Marsh", "carried", (3, 0, 0))
    plant_sale = found["On a motion by Ben, seconded by Tara, the club agreed to hold a plant sale."]
    assert plant_sale[:4] == ("motion", "Ben Odum", "Tara Voss", "carried")
    assert len([t for t in found if "mower" in t]) == 1


def test_labelled_outcome_with_count_decides_the_statement_before() -> None:
    found = _decisions(b"""# Board meeting

Present: Ann Lee, Raj Patel

## Fees

The board considered raising the hall fee to ten dollars.

Outcome: Approved, 8 to 4

## Any other business

None.
""")
    assert found["The board considered raising the hall fee to ten dollars."][3:] == ("carried", (8, 4, 0))
