"""A US city council's minutes (invented): councilmembers by plural title, a roll call vote that is
no attendance, motions whose movers are named by title and surname."""

from notes_extract import extract

_MINUTES = """CITY OF MAPLETON
CITY COUNCIL REGULAR MEETING MINUTES
March 12, 2024

CALL TO ORDER
Mayor Jane Ortiz called the meeting to order at 7:00 p.m.

ROLL CALL
Present: Mayor Jane Ortiz, Councilmembers Tom Baker, Lisa Cho, and Raj Patel
Absent: Councilmember Sue Miller

APPROVAL OF MINUTES
Motion by Councilmember Baker, second by Councilmember Cho, to approve the minutes of February 27. Motion carried 4-0.

NEW BUSINESS
A. Resolution 2024-15 awarding the street paving contract
Motion by Councilmember Patel, second by Councilmember Baker, to adopt Resolution 2024-15.
Roll call vote: Ayes: Baker, Cho, Patel, Ortiz. Nays: None. Motion carried.

ADJOURNMENT
The meeting adjourned at 8:45 p.m.
"""


def test_councilmembers_by_plural_title_are_councillors() -> None:
    attendance = extract(_MINUTES.encode(), format="text").attendance
    assert [(p.name, p.role) for p in attendance.present] == [
        ("Jane Ortiz", "mayor"), ("Tom Baker", "councillor"), ("Lisa Cho", "councillor"), ("Raj Patel", "councillor")]
    assert [(p.name, p.role) for p in attendance.absent] == [("Sue Miller", "councillor")]


def test_a_roll_call_vote_is_part_of_its_motion_not_a_list_or_an_item() -> None:
    record = extract(_MINUTES.encode(), format="text")
    assert "Nays" not in [s.title for s in record.sections]
    movers = [(d.proposer, d.seconder, d.outcome) for d in record.decisions]
    assert movers == [("Tom Baker", "Lisa Cho", "carried"), ("Raj Patel", "Tom Baker", "carried")]


def test_motion_and_second_written_as_labels() -> None:
    text = ("School Board Regular Meeting Minutes\nTuesday, September 10, 2024\n\n"
            "Board Members Present: Maria Lopez, President; James Carter; Nina Shah; Owen Price\n\n"
            "2. Approval of Agenda\nMotion: Carter / Second: Shah\n")
    decision = extract(text.encode(), format="text").decisions[0]
    assert (decision.proposer, decision.seconder) == ("James Carter", "Nina Shah")


def test_a_labelled_vote_count_on_the_line_after_the_motion() -> None:
    from notes_extract.extractors.votes import read_votes

    votes = read_votes("Vote: 3-1 (Carter no). Motion carried.")
    assert votes is not None and (votes.for_, votes.against, votes.abstain) == (3, 1, 0)
    text = ("School Board Regular Meeting Minutes\nTuesday, September 10, 2024\n\n"
            "Board Members Present: Maria Lopez; James Carter; Nina Shah; Owen Price\n\n"
            "2. Approval of Agenda\nMotion: Carter / Second: Shah\nVote: 4-0 (Gomez absent). Motion carried.\n")
    decision = extract(text.encode(), format="text").decisions[0]
    assert decision.votes is not None and (decision.votes.for_, decision.votes.against) == (4, 0)
