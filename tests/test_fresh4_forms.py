"""Forms of formal bodies' minutes found by the fresh4 set (twentieth round): a next meeting named by its
body ("The next Board Meeting:"), a numbered item that is the next meeting's date, a mover and seconder
joined by a slash ("on the motion of Ann Lee/Bo Ode"), and "Prop. ... Sec. ..." after the decision.
Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

_NAMED_NEXT_MEETING = """Minutes of the Ashcombe Bowls Club Committee meeting held on 3 March 2021

Present: Ann Lee (Chair), Bob Hay, Cat Ng

Greens report

The top green will be scarified in April.

Next General Meeting: Monday 12 April 2021 at 7pm
"""

_NUMBERED_NEXT_MEETING = """Board Meeting Minutes 4th October 2017

1. Welcome – Ann Lee
2. Finance – The accounts were presented.
3. Closure
4. The next Board Meeting: – 17H30 Wed. 1st November 2017
"""

_SLASH_MOVERS = """Minutes of the Meeting of the Board of the Fernbrook Tennis Club Inc held on 3 March 2021

Attendance: Ann Lee (Chair), Bob Hay, Cat Ng, Dan Roe

It was resolved on the motion of Bob Hay/Cat Ng that the minutes be adopted.

Treasurer's report

Moved Dan Roe/Ann Lee that the report be accepted. Carried.
"""

_PROP_SEC = """Minutes of the Larkfield Choir committee held on 3 March 2021

Present: Ron Smith, Kevin Park, Ann Lee

1. Previous minutes
Minutes adopted. Prop. Ron Smith Sec. Kevin Park
2. Concerts
The spring concert will be on 4 April.
"""


def test_a_next_meeting_named_by_its_body_is_no_section() -> None:
    record = extract_text(_NAMED_NEXT_MEETING)
    assert [s.title for s in record.sections] == ["Greens report"]
    assert record.next_meeting is not None and record.next_meeting.date == "2021-04-12"


def test_a_numbered_item_with_the_next_meetings_date_is_the_next_meeting() -> None:
    record = extract_text(_NUMBERED_NEXT_MEETING)
    assert "The next Board Meeting" not in [s.title for s in record.sections]
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.start_time) == ("2017-11-01", "17:30")


def test_a_slash_joins_the_mover_and_the_seconder() -> None:
    record = extract_text(_SLASH_MOVERS)
    movers = [(d.proposer, d.seconder) for d in record.decisions]
    assert ("Bob Hay", "Cat Ng") in movers
    assert ("Dan Roe", "Ann Lee") in movers


def test_prop_and_sec_after_the_decision_name_its_movers() -> None:
    record = extract_text(_PROP_SEC)
    assert [(d.proposer, d.seconder) for d in record.decisions] == [("Ron Smith", "Kevin Park")]


_TASKS_FOR_NEXT_MEETING = """Minutes of the Elmbridge Pastoral Council held on Saturday 20th January 2024

Present: Ann Lee, Bo Ode, Cy Rand

1. Reports from members
Ann Lee reported on the Advent services.

Actions before next meeting:

Ann Lee to book the hall for the Lent lunch.

Bo Ode: To print the Lent programme.

Cy Rand: To ask the school about the car park.

The meeting closed with a prayer.
"""


def test_actions_before_next_meeting_are_tasks_until_a_line_names_no_owner() -> None:
    record = extract_text(_TASKS_FOR_NEXT_MEETING)
    owners = [[o.name for o in a.owners] for a in record.actions]
    assert owners == [["Ann Lee"], ["Bo Ode"], ["Cy Rand"]]
    assert not any("prayer" in a.text for a in record.actions)


_NIL_ITEMS = """Board Meeting Minutes – 4th October 2017

1. Welcome – Ann Lee.
2. Previous Minutes – Taken as Read.
3. Matters Arising – Nil
4. Club reports
The treasurer presented the accounts.
5. Correspondence - none
6. Closure :- 18H30
"""


def test_a_title_ending_in_nil_is_the_title_without_it() -> None:
    titles = [s.title for s in extract_text(_NIL_ITEMS).sections]
    assert "Matters Arising" in titles and "Correspondence" in titles
    assert not any("Nil" in t or "none" in t for t in titles)


def test_closure_with_an_h_clock_is_the_end_time() -> None:
    assert extract_text(_NIL_ITEMS).meeting.end_time == "18:30"


_CLOSURE_LINE = """Minutes of the Committee meeting held on 3 March 2021

Present: Ann Lee, Bo Ode

Finance
The accounts were presented.

Closure: 20h15
"""


def test_a_closure_label_with_an_h_clock_is_the_end_time() -> None:
    assert extract_text(_CLOSURE_LINE).meeting.end_time == "20:15"


_SANCTIONED_AND_PROMISED = """Minutes of the Board of the Elm Bay Club held on Thursday 21 July 2022

Attendance: Matt Lee (Chair), Alan Roe, Jeff Hay, Ed Ellis.

Grants

The Board sanctioned the purchase of a new mower.

Alan Roe reported that the request will not be supported and he will contact the applicant.

Ed Ellis thanked Pam Ode and expressed the conviction that she will continue to lead the choir.
"""


def test_a_board_that_sanctioned_something_decided_it() -> None:
    texts = [d.text for d in extract_text(_SANCTIONED_AND_PROMISED).decisions]
    assert "The Board sanctioned the purchase of a new mower." in texts


def test_a_report_then_the_reporters_promise_is_an_action() -> None:
    actions = extract_text(_SANCTIONED_AND_PROMISED).actions
    assert [[o.name for o in a.owners] for a in actions] == [["Alan Roe"]]


_COLON_LABELS = """1st November 2018
Chair: Ann Lee
Attendees: Ann Lee (AL), Bo Ode (BO), Cy Rand (CR)
Apologies: Di Fox (DF)
Minutes: 2017 minutes read by AL and signed by AL
Chairman's report:
AL's first year as Society Chairman.
Summary of report and highlights provided to members as slides
Report to be circulated to the Committee for review.
Treasurers Report:
Bo presented the accounts for the year to 31/8/2018
Funds are healthy, with a contingency in place.
AGM closed at 20:33
"""


def test_a_plain_line_under_a_colon_label_is_the_labels_text() -> None:
    titles = [s.title for s in extract_text(_COLON_LABELS).sections]
    assert "Chairman's report" in titles and "Treasurers Report" in titles
    assert not any(t.startswith("Summary of report") for t in titles)


_ROTARY = """Rotary Club of Elmvale Board Meeting 4th October 2017

Attendance: Pres. Ann Lee, PP Bo Ode, Rtn Cy Rand and PDG Di Fox
Apologies: PP Ed Hale

Service projects
The Health Day is ready.
"""


def test_rotary_title_prefixes_are_no_part_of_the_names() -> None:
    record = extract_text(_ROTARY)
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand", "Di Fox"]
    assert [p.name for p in record.attendance.apologies] == ["Ed Hale"]


def test_initials_that_spell_a_prefix_stay_a_name() -> None:
    record = extract_text("Meeting notes 3 May 2024\n\nPresent: PP, JL, TE\n\nBudget\nPP to send the figures.\n")
    assert [p.name for p in record.attendance.present] == ["PP", "JL", "TE"]


_SLASHED_MOVERS_AND_ACTION_NOTES = """Kowhai Bay Residents Association
Minutes of the committee meeting held on Tuesday 8 July 2025, 7:30 pm

Attending: Paul Fitz, Nikky Winn, Margaret Blair

Finance
The balance is $13,415.62.
Moved Nikky / seconded Paul that the financial report be accepted. Carried.

Action Notes:
Paul to write to the insurer about the fee increase.
Nikky to book the hall for the AGM.
"""


def test_a_motion_moved_and_seconded_with_a_slash_keeps_its_own_words() -> None:
    decisions = extract_text(_SLASHED_MOVERS_AND_ACTION_NOTES).decisions
    assert [d.text for d in decisions] == ["Moved Nikky / seconded Paul that the financial report be accepted. "
                                           "Carried."]


def test_action_notes_head_the_actions_and_are_none() -> None:
    actions = extract_text(_SLASHED_MOVERS_AND_ACTION_NOTES).actions
    assert [[o.name for o in a.owners] for a in actions] == [["Paul Fitz"], ["Nikky Winn"]]


def _place(head: str) -> str | None:
    body = ("\n\nAttending: Paul Fitz, Nikky Winn\n\nMatters arising\n"
            "There will be a Candidates Meeting on 20 August at 7pm at the School Hall.\n")
    return extract_text("Kowhai Bay Residents Association\n" + head + body).meeting.location


def test_the_place_after_the_date_and_its_clock_time() -> None:
    assert _place("Minutes of the committee meeting held on Tuesday 8 July 2025, 7:30 pm at the RSA") == "RSA"


def test_a_meeting_still_to_come_gives_no_place() -> None:
    assert _place("Minutes Tuesday 8 July 2025") is None


_SHORTHAND_MOTIONS = """Faculty Curriculum Committee
Minutes – 14 February 2024

Members present: Dr. A. Lin (Chair), Prof. B. Osei, Dr. C. Ruiz

1. Minutes
M/S/C (Osei/Ruiz) to approve the minutes as circulated.

2. Courses
MSP Osei/Lin to adopt HIST 210.
MSC (Ruiz/Lin) to return HIST 315 for revision.
The MSC team will visit in March.
"""


def test_shorthand_letters_run_together_record_a_motion() -> None:
    decisions = extract_text(_SHORTHAND_MOTIONS).decisions
    assert [(d.proposer, d.seconder, d.outcome) for d in decisions] == [
        ("B. Osei", "C. Ruiz", "carried"), ("B. Osei", "A. Lin", "carried"), ("C. Ruiz", "A. Lin", "carried")]


def test_a_shorthand_motions_movers_get_no_task() -> None:
    actions = extract_text(_SHORTHAND_MOTIONS).actions
    assert not any("approve the minutes" in a.text for a in actions)


_NUMBERED_RESOLUTIONS = """Kauri Point Local Board
OPEN MINUTES
Minutes of a meeting of the Kauri Point Local Board held in the Board Office on Wednesday, 15 May 2019 at 4.04pm.

PRESENT
Chairperson Ann Lee
Deputy Chairperson Bo Ode
Members Cy Rand
 Di Fox
ABSENT
Member Ed Hale

1 Welcome
The Chairperson opened the meeting and welcomed those present.

2 Apologies
Resolution number KP/2019/64
MOVED by Chairperson A Lee, seconded by Deputy Chairperson B Ode:
That the Kauri Point Local Board:
a) accept the apology from Member E Hale for absence.
CARRIED

3 Declaration of Interest
There were no declarations of interest.

4 Confirmation of Minutes
Resolution number KP/2019/65
MOVED by Member C Rand, seconded by Member D Fox:
That the Kauri Point Local Board:
a) confirm the ordinary minutes of its meeting, held on Wednesday, 17 April 2019, as true and correct.
CARRIED

5.00pm The Chairperson closed the meeting.
"""


def test_a_resolutions_number_line_is_not_its_wording() -> None:
    decisions = extract_text(_NUMBERED_RESOLUTIONS).decisions
    assert [d.text for d in decisions] == ["That the Kauri Point Local Board: a) accept the apology from Member E Hale "
                                           "for absence.",
                                           "That the Kauri Point Local Board: a) confirm the ordinary minutes of its "
                                           "meeting, held on Wednesday, 17 April 2019, as true and correct."]


def test_a_clock_time_before_who_closed_the_meeting_is_the_end_time() -> None:
    assert extract_text(_NUMBERED_RESOLUTIONS).meeting.end_time == "17:00"


def test_an_irish_councils_cathaoirleach_is_the_chair() -> None:
    record = extract_text("MINUTES OF THE MONTHLY MEETING OF THE BALLYMORE MUNICIPAL DISTRICT HELD ON MONDAY 16TH "
                          "OCTOBER 2023\n\nPRESENT: Councillor J. Murphy (Cathaoirleach), Councillor R. Nolan "
                          "(Leas-Chathaoirleach), Councillors M. Ryan, P. Walsh.\n\n1. Roads\nThe works are done.\n")
    assert record.meeting.chair == "J. Murphy"
    assert [p.role for p in record.attendance.present][:2] == ["chair", "vice-chair"]


def _written_place(head: str) -> str | None:
    body = "\n\nPresent: Ann Lee, Bo Ode\n\n1. Finance\nThe accounts were presented.\n"
    return extract_text("Meadowbank Governing Body\n" + head + body).meeting.location


def test_a_place_written_in_lower_case_after_held_in_the() -> None:
    assert _written_place("Minutes of the meeting held on Tuesday 5 March 2024 at 6.00pm in the school library") \
        == "school library"


def test_a_lower_case_place_still_to_be_used_is_none() -> None:
    assert _written_place("Minutes 5 March 2024\nThe fair would be held in the church hall in May.") is None


_DASHED_ITEMS = """Greenway Tenants' and Residents' Association
Committee Meeting – Thursday 21 March 2019, 7pm, Community Room

Present – Joan Andrews (JA) Chair, Mike Lord (ML) Treasurer, Cyril Duff (CD), Norma Fry (NF)

Minutes of February meeting – Agreed

Matters Arising – NF reported that communal cleaning had been re-organised.

Treasurer's Report – ML reported no transactions in February.

AOB – None.
"""


def test_an_item_whose_outcome_is_one_word_after_a_dash_heads_nothing_else() -> None:
    record = extract_text(_DASHED_ITEMS)
    assert [s.title for s in record.sections] == ["Matters Arising", "Treasurer's Report", "AOB"]
    assert [d.text for d in record.decisions] == ["Minutes of February meeting – Agreed"]
