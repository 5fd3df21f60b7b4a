"""Board minutes in prose and short blocks (invented snippets): a mover's present-tense
proposal then "X seconded." and a result; a "Proposal from X:" label; "yeas - nays" counts."""

from notes_extract import api
from notes_extract.extractors.decisions import decisions_in
from notes_extract.extractors.votes import read_votes
from notes_extract.nlp import sentences
from notes_extract.people import Roster

ROSTER = Roster(["Kim Park", "Lee Ford", "Dana Holt"])


def _decisions(*points: str) -> list:
    return [d for _, d in decisions_in([sentences(p) for p in points], ROSTER, section="Business")]


def test_present_tense_proposal_seconded_and_carried_is_one_motion() -> None:
    found = _decisions("Kim proposes to raise the annual fee by ten dollars. Lee seconded. Motion passed unanimously.")
    assert len(found) == 1
    motion = found[0]
    assert motion.text == "Kim proposes to raise the annual fee by ten dollars."
    assert (motion.kind, motion.proposer, motion.seconder, motion.outcome) == ("motion", "Kim Park", "Lee Ford",
                                                                               "carried")


def test_nomination_seconded_by_names_its_mover() -> None:
    found = _decisions("Dana nominates Lee for the vacant treasurer post. Seconded by Kim. Motion carried.")
    assert [(d.proposer, d.seconder, d.outcome) for d in found] == [("Dana Holt", "Kim Park", "carried")]


def test_proposal_label_names_the_mover_and_is_not_text() -> None:
    found = _decisions("Proposal from Lee: Move to adopt the revised budget as circulated. Dana seconded. "
                       "Motion carried.")
    assert len(found) == 1
    assert found[0].text == "Move to adopt the revised budget as circulated."
    assert (found[0].proposer, found[0].seconder) == ("Lee Ford", "Dana Holt")


def test_yeas_and_nays_are_vote_counts() -> None:
    votes = read_votes("Kim elected; 5 yeas - 1 nays")
    assert votes is not None and (votes.for_, votes.against) == (5, 1)
    votes = read_votes("Passed with 7 yeas, 2 nays")
    assert votes is not None and (votes.for_, votes.against) == (7, 2)


_BLOCK_MOTIONS = """# Board meeting: 2024-05-01

## Attendees

- Kim Park
- Lee Ford

## Officers

**Kim for Chair.**

Proposed by: Lee

Unanimously approved.

**Lee for Treasurer.**

Proposed by: Kim

Approved, with one abstention.

## Motion to adjourn

Proposed by: Kim

Carried.
"""


def test_bold_motion_over_its_mover_is_a_decision_not_a_heading(tmp_path) -> None:
    path = tmp_path / "board.md"
    path.write_text(_BLOCK_MOTIONS, encoding="utf-8")
    record = api.extract(path)
    assert [s.title for s in record.sections] == ["Officers", "Motion to adjourn"]
    assert [(d.text, d.proposer, d.outcome) for d in record.decisions] == [
        ("Kim for Chair.", "Lee Ford", "carried"), ("Lee for Treasurer.", "Kim Park", "carried"),
        ("Motion to adjourn", "Kim Park", "carried")]
    assert [a.name for a in record.attendance.in_attendance] == []
    assert [d.kind for d in record.decisions] == ["other", "other", "motion"]  # who holds an office: elections


def test_speakers_move_and_second_in_turns() -> None:
    found = _decisions("Dana: Move to adjourn.", "Kim: Seconded.", "Motion carried.")
    assert [(d.text, d.proposer, d.seconder, d.outcome) for d in found] == [
        ("Move to adjourn.", "Dana Holt", "Kim Park", "carried")]


def test_a_label_before_a_motion_is_no_speaker() -> None:
    found = _decisions("Motion: moved Kim, second Lee: That the hall be booked. Unanimously passed.")
    assert len(found) == 1 and found[0].proposer != "Motion"


def test_ballot_after_a_carried_nomination_is_its_own_decision() -> None:
    found = _decisions("Kim nominates Lee for the open seat. Dana seconded. Motion carried. "
                       "Ballot held. Lee elected; 3 yeas - 0 nays")
    assert [d.text for d in found] == ["Kim nominates Lee for the open seat.", "Lee elected; 3 yeas - 0 nays"]


_TURN_MINUTES = """# Board meeting

Date: 3 May 2021

## Attendance

- Board members present: Kim Park, Lee Ford
- Others: Dana Holt

## Outreach

A long talk about how to reach more schools this year.

_Kim:_ Move to adjourn.
_Lee:_ Seconded.
Motion passed by unanimous consent.
"""


def test_motion_turns_stay_in_their_item_and_others_attend(tmp_path) -> None:
    path = tmp_path / "board.md"
    path.write_text(_TURN_MINUTES, encoding="utf-8")
    record = api.extract(path)
    assert [s.title for s in record.sections] == ["Outreach"]
    assert [p.name for p in record.attendance.in_attendance] == ["Dana Holt"]
    assert [(d.text, d.proposer, d.seconder) for d in record.decisions] == [
        ("Move to adjourn.", "Kim Park", "Lee Ford")]


_PRESENTER_SLASH = """# Board meeting

Date: 3 May 2021

## Attendance

- Board members present: Kim Park, Lee Ford, Dana Holt

### Kim / Treasurer's Report

- The balance is healthy.

### Website

Lee showed the new pages.

Discussion: who keeps the pages up to date?

- Perhaps a rota of members.

### Outreach / Dana

- Two schools visited.
"""


def test_presenter_slash_topic_and_field_label_inside_an_item(tmp_path) -> None:
    path = tmp_path / "board.md"
    path.write_text(_PRESENTER_SLASH, encoding="utf-8")
    record = api.extract(path)
    assert [(s.title, s.presenter) for s in record.sections] == [
        ("Treasurer's Report", "Kim Park"), ("Website", None), ("Outreach", "Dana Holt")]


def test_bare_result_after_a_request_decides_it() -> None:
    found = _decisions("Request to open a second bank account. Granted.")
    assert [(d.text, d.outcome) for d in found] == [("Request to open a second bank account. Granted.", "carried")]
    assert _decisions("The hall was cold. We will bring heaters.") == []


_AGENDA_REWORDED = """# Board meeting: 2024-05-01

## Agenda

1. Adopt budget
2. Elect officers
3. Approve transferring the logo copyright to the club

## Adopt Budget

Carried.

## Officers

**Kim for Chair.**

Proposed by: Lee

Carried.

## Transferring of the logo copyright

Agreed to accept the transfer.
"""


def test_headings_that_reword_agenda_items_are_those_items(tmp_path) -> None:
    path = tmp_path / "board.md"
    path.write_text(_AGENDA_REWORDED, encoding="utf-8")
    record = api.extract(path)
    assert [s.title for s in record.sections] == ["Adopt Budget", "Officers", "Transferring of the logo copyright"]
