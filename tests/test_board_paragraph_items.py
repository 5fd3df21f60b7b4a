"""A nonprofit board's minutes written as paragraphs, each led by its item's Title Case name and a
full stop (invented): the names are the sections; the board's approval after a motion is the decision;
a title broken over two capitals lines is one title."""

from notes_extract import extract

_MINUTES = """MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS
OF GREENFIELD FOOD BANK, INC.

A regular meeting of the Board of Directors was held on January 18, 2024, at 6:00 p.m.

Directors present: Linda Park (President), Omar Said (Treasurer), Grace Lee, Henry Stone
Also present: Karen Doyle, Executive Director

Approval of Minutes. Upon motion duly made and seconded, the minutes of the December meeting were approved.

Financial Report. Mr. Said presented the financial report for the quarter. Following discussion, upon motion by \
Mr. Stone, seconded by Ms. Lee, the Board unanimously approved the 2024 budget.

Warehouse Lease. The Executive Director reported on negotiations for a new warehouse lease.

Adjournment. There being no further business, the meeting was adjourned at 7:20 p.m.
"""


def test_title_case_paragraph_leads_are_the_items() -> None:
    record = extract(_MINUTES.encode(), format="text")
    assert [s.title for s in record.sections] == ["Approval of Minutes", "Financial Report", "Warehouse Lease",
                                                  "Adjournment"]


def test_the_boards_approval_after_its_motion_is_the_decision() -> None:
    decisions = extract(_MINUTES.encode(), format="text").decisions
    budget = [d for d in decisions if "budget" in d.text]
    assert len(budget) == 1 and (budget[0].proposer, budget[0].seconder) == ("Henry Stone", "Grace Lee")
    assert budget[0].text.startswith("Following discussion")


def test_a_title_carried_onto_a_second_line_is_one_title() -> None:
    title = extract(_MINUTES.encode(), format="text").meeting.title
    assert title is not None and title.endswith("OF GREENFIELD FOOD BANK, INC")
