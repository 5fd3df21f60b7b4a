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


def test_a_word_table_headed_by_the_attendance_label_and_a_role_column() -> None:
    import io

    from docx import Document as new_document

    doc = new_document()
    doc.add_paragraph("Management Committee Meeting, 5 June 2024")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Present", "Role"
    for name, role in (("Alan Moss", "Chair"), ("Bea Lund", "Secretary"), ("Dina Okoro", "Member")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, role
    doc.add_paragraph("Repairs").runs[0].bold = True
    doc.add_paragraph("The boiler in flat 4 has been fixed.")
    buffer = io.BytesIO()
    doc.save(buffer)
    present = extract(buffer.getvalue(), format="docx").attendance.present
    assert [(p.name, p.role) for p in present] == [("Alan Moss", "chair"), ("Bea Lund", "secretary"),
                                                   ("Dina Okoro", None)]


def test_a_resolution_with_its_mover_seconder_and_count_on_one_spaced_line() -> None:
    text = ("Bowls Club AGM held on 2 March 2024\n\nPresent: Ann Vale, Bill Cross, Mavis Reed\n\n"
            "1. Subscriptions\nRESOLVED: that subscriptions for 2024 remain at £60.\n"
            "Proposed: Ann Vale  Seconded: Bill Cross  For: 20  Against: 3  Abstained: 1\n")
    decision = extract(text.encode(), format="text").decisions[0]
    assert (decision.kind, decision.proposer, decision.seconder) == ("resolution", "Ann Vale", "Bill Cross")
    assert decision.votes is not None and (decision.votes.for_, decision.votes.against) == (20, 3)


def test_the_place_after_the_date_on_a_notes_title_line() -> None:
    text = ("Millbrook Residents' Forum\nNotes of the meeting on 22 November 2023, 7pm, St John's Hall\n\n"
            "Attendees: Ann Lee (chair), Bo Chan\n\n1. Christmas lights\nThe lights go on in December.\n")
    meeting = extract(text.encode(), format="text").meeting
    assert (meeting.date, meeting.start_time, meeting.location) == ("2023-11-22", "19:00", "St John's Hall")
