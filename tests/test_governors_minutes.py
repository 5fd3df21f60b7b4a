"""A school governing body's minutes (invented): a head teacher's role in brackets, an apology's
"(accepted)" that is no role, and apologies "received and accepted" that are attendance, not a decision."""

from notes_extract import extract

_MINUTES = """Oakfield Primary School
Full Governing Body Meeting
Minutes of the meeting held on Tuesday 14 May 2024 at 6.00pm in the school library

Present: Mrs J Harper (Chair), Mr T Singh (Vice Chair), Ms R Cole (Headteacher), Mr P Wood
In attendance: Mrs K Bell (Clerk)
Apologies: Mr S Grant (accepted)

1. Welcome and apologies
The Chair welcomed governors. Apologies were received and accepted from Mr Grant.

2. Finance
The budget for 2024-25 was approved.
Action: Clerk to send the budget to the local authority.
"""


def test_roles_in_brackets_and_an_accepted_apology() -> None:
    attendance = extract(_MINUTES.encode(), format="text").attendance
    assert ("R Cole", "headteacher") in [(p.name, p.role) for p in attendance.present]
    assert [(p.name, p.role) for p in attendance.apologies] == [("S Grant", None)]


def test_apologies_received_and_accepted_are_no_decision() -> None:
    decisions = [d.text for d in extract(_MINUTES.encode(), format="text").decisions]
    assert decisions == ["The budget for 2024-25 was approved."]
