"""Minutes of public boards and commissions (councils, districts, authorities) in the shapes
their clerks write: roman-numbered agenda headings from "I. Call to Order", lettered items
under a heading that only groups them, "Presented by ..." lines. Every snippet is invented.
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def markdown(data: str) -> MinutesRecord:
    return extract(data.encode(), format="markdown")


_BOARD = """## I. Call to Order

Chair Okafor called the meeting to order at 6:00 p.m.

## II. Pledge of Allegiance

Led by Director Vance.

## III. Treasurer's Report

Presented by Board Treasurer Lindqvist.

## IV. Recommended Action

### A. Bus Shelter Lighting Contract

For the Board to award the lighting contract.

Director Vance made the motion to award the contract. Director Poole seconded the motion.

### B. Fare Review Timeline

Director Poole made the motion to adopt the timeline. Director Marsh seconded the motion.

## V. Adjourn

Chair Okafor adjourned the meeting at 7:10 p.m.
"""


def test_minutes_opening_with_item_one_have_no_title_and_keep_the_item() -> None:
    record = markdown(_BOARD)
    assert record.meeting.title is None  # neither "I. Call to Order" nor the sentence under it
    assert [s.title for s in record.sections][:2] == ["Call to Order", "Pledge of Allegiance"]
    assert record.meeting.start_time == "18:00"


def test_lettered_items_under_a_heading_that_only_groups_them_are_the_sections() -> None:
    titles = [s.title for s in markdown(_BOARD).sections]
    assert "Recommended Action" not in titles
    assert titles[3:5] == ["Bus Shelter Lighting Contract", "Fare Review Timeline"]


def test_a_presented_by_line_names_the_items_presenter() -> None:
    sections = {s.title: s for s in markdown(_BOARD).sections}
    assert sections["Treasurer's Report"].presenter == "Lindqvist"
    assert sections["Call to Order"].presenter is None


def text(data: str) -> MinutesRecord:
    return extract(data.encode(), format="text")


def _people(record: MinutesRecord) -> dict[str, list[str]]:
    a = record.attendance
    return {"present": [p.name for p in a.present], "absent": [p.name for p in a.absent],
            "in_attendance": [p.name for p in a.in_attendance]}


def test_who_attended_in_a_later_sentence_of_a_paragraph() -> None:
    record = text("Harbour Commission\nMinutes of 12 March 2024\n"
                  "This meeting was called to order. Those present were Ann Lee, Bo Ode and Cy Rand. "
                  "The minutes were read.\n\n1. Budget\nThe budget was discussed at length.\n")
    assert _people(record)["present"] == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_attendance_inside_the_call_to_order_item_with_seat_words_and_restated_presence() -> None:
    record = text("Harbour Commission\nMinutes of 12 March 2024\n\n"
                  "1. Call to Order: Chairman Lee called the meeting to order at 7:07 pm. Present: Chairman Ann Lee, "
                  "members Bo Ode, Cy Rand, and Di Fox were present. Finance Officer Ed Gray was also present. "
                  "Not Present: Member Flo Hart was not present.\n\n2. Budget\nThe budget was discussed at length.\n")
    people = _people(record)
    assert people["present"] == ["Ann Lee", "Bo Ode", "Cy Rand", "Di Fox"]  # "members" is a seat, not a name
    assert people["absent"] == ["Flo Hart"]
    assert people["in_attendance"] == ["Ed Gray"]
    assert [s.title for s in record.sections][0] == "Call to Order"


def test_the_bodys_name_as_the_label_beside_an_absent_line() -> None:
    record = text("Select Board\nTuesday, September 5, 2023\nMeeting Minutes\n\n"
                  "Select Board:  Ann Lee and Bo Ode.  Absent: Cy Rand\n\n"
                  "Finance – The board noted the budget is on target.\n")
    people = _people(record)
    assert people["present"] == ["Ann Lee", "Bo Ode"]
    assert people["absent"] == ["Cy Rand"]


def test_a_committees_members_inside_an_item_are_no_attendance() -> None:
    record = text("Club Board\nMinutes of 12 March 2024\nPresent: Ann Lee, Bo Ode\n\n"
                  "1. Assigning duties\nBudget Committee: Cy Rand, Di Fox, Ed Gray\n")
    assert _people(record)["present"] == ["Ann Lee", "Bo Ode"]


def test_a_late_arrival_sentence_stays_in_its_paragraph() -> None:
    record = text("Club Board\nMinutes of 12 March 2024\nPresent: Ann Lee, Bo Ode\n\n"
                  "1. Budget\nThe budget was discussed. Cy Rand joined at 7:15 pm. The treasurer will report.\n")
    assert len(record.sections[0].points) == 1


def _decisions(body: str) -> list[tuple[str | None, str | None, str | None]]:
    record = text("Parks Board\nMinutes of 12 March 2024\nPresent: Chairman Ann Lee, Bo Ode, Cy Rand\n\n"
                  f"1. Business\n{body}\n")
    return [(d.proposer, d.seconder, d.outcome) for d in record.decisions]


def test_a_seconder_written_2nd_in_a_sentence_of_its_own_and_the_boards_vote() -> None:
    assert _decisions("A motion to approve the minutes was made by Bo Ode. Cy Rand 2nd the motion. "
                      "The Board approved unanimously.") == [("Bo Ode", "Cy Rand", "carried")]


def test_a_date_with_2nd_in_it_seconds_nothing() -> None:
    assert _decisions("The March 2nd workshop was recorded. Planning sessions will be held weekly.") == []


def test_a_motion_moved_without_that_and_seconded_by_made_the_second() -> None:
    assert _decisions("Bo Ode moved the date be changed to June. Cy Rand made the second and the motion passed.") \
        == [("Bo Ode", "Cy Rand", "carried")]


def test_a_movers_title_before_the_surname_names_the_listed_member() -> None:
    assert _decisions("Chairman Lee moved, and Mr. Ode seconded, to rearrange the agenda. The motion carried.") \
        == [("Ann Lee", "Bo Ode", "carried")]


def test_items_captioned_with_a_dash_are_sections_when_the_minutes_write_several_so() -> None:
    record = text("Select Board\nTuesday, September 5, 2023\nMeeting Minutes\n\n"
                  "Select Board:  Ann Lee and Bo Ode.  Absent: Cy Rand\n\n"
                  "Road projects update – The board noted that the paving is complete.\n\n"
                  "Other business – Ann Lee shared news from the library trustees.\n\n"
                  "Finance – The board noted the budget is on target.\n")
    assert [s.title for s in record.sections] == ["Road projects update", "Other business", "Finance"]


def test_officer_lines_and_letters_under_a_heading_are_no_dash_captioned_items() -> None:
    record = markdown("# Garden Club AGM\n\n12 March 2024\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"
                      "## Election of officers\n\nAnn Lee – President\n\nBo Ode – Treasurer\n\n"
                      "Secretary – Cy Rand, nominated by Ann Lee\n\n"
                      "## Correspondence\n\nCounty Council – Consultation on the draft plan\n\n"
                      "Water Board – Notice of works in May\n")
    assert [s.title for s in record.sections] == ["Election of officers", "Correspondence"]
