"""Forms of work and project bodies' minutes (the twenty-first round's fresh7 set), on invented snippets."""
from notes_extract import extract_text


def test_line_opening_with_clock_range_is_hours_and_place_not_item() -> None:
    text = ("Minutes of Committee meeting\n5.30 pm – 7.00 pm, Central Library, 16 January 2017\n\n"
            "Present: Ann Smith (Chair), Bob Jones, Carol White.\n\n1. Finance\nCarol reported the balance.\n")
    meeting = extract_text(text, format="text").meeting
    assert (meeting.start_time, meeting.end_time, meeting.location) == ("17:30", "19:00", "Central Library")


def test_line_opening_with_clock_and_place_is_no_item() -> None:
    text = ("Parochial Church Council\nMinutes of Meeting\nThursday 13th June 2019\n7.30 pm in the Church Hall.\n"
            "Present: Ann Smith, Bob Jones, Carol White.\n\n1. Finance\nCarol reported the balance.\n")
    meeting = extract_text(text, format="text").meeting
    assert meeting.start_time == "19:30"


def test_updates_of_outstanding_action_points_review_earlier_actions() -> None:
    text = ("Committee meeting 12 May 2019\nPresent: Ann Smith - Chair, Bob Jones, Carol White\n\n"
            "Minutes of the last meeting:\n\nThe minutes were accepted as being a true record.\n\n"
            "Updates of outstanding Action points:\n\nAnn to ask the partners if the group could help - ONGOING.\n\n"
            "Bob to email the printer again - CLOSED.\n")
    record = extract_text(text, format="text")
    assert [(s.title, s.kind) for s in record.sections][-1] == ("Updates of outstanding Action points", "action_review")
    assert [(a.origin, a.status) for a in record.actions] == [("previous_meeting", "in_progress"),
                                                               ("previous_meeting", "done")]



def test_unlabelled_name_line_keeps_a_surname_after_its_particle() -> None:
    text = ("Minutes of Management Committee meeting\n5.30 pm – 7.00 pm, Central Library, 16 January 2017\n\n"
            "Ann Smith (Chair), Wim van Dijk, Carol White, Maria de la Cruz.\n\nFinance\nAnn reported.\n")
    present = extract_text(text, format="text").attendance.present
    assert [p.name for p in present] == ["Ann Smith", "Wim van Dijk", "Carol White", "Maria de la Cruz"]


def test_owner_field_ends_where_the_next_field_begins() -> None:
    text = ("Team retrospective 5 November 2025\nAttendees: Ann Smith, Bob Jones\n\n"
            "What to improve? (Action Items)\n1.  Testing: Write integration tests for the upload path.\n"
            "     Owner: Bob Jones\n     Deadline: 20 November 2025\n")
    actions = extract_text(text, format="text").actions
    assert [[o.name for o in a.owners] for a in actions] == [["Bob Jones"]]


def test_task_brought_to_the_next_board_meeting_is_due_then() -> None:
    text = ("MINUTES OF BOARD MEETING\nHeld on Thursday 23rd August 2018\nPresent: Ann Smith (AS)\nBob Jones (BJ)\n\n"
            "2. Matters Arising\nWoods Update\nAction: BJ to bring the 5-year plan to the next board meeting.\n")
    action = extract_text(text, format="text").actions[0]
    assert action.due is not None and action.due.kind == "next_meeting"


def test_task_closing_with_in_the_near_future_has_a_worded_deadline() -> None:
    text = ("Group meeting 12 May 2019\nPresent: Ann Smith, Bob Jones\n\n1. Reading\n"
            "Ann will go through the paper in detail in the near future.\n")
    action = extract_text(text, format="text").actions[0]
    assert action.due is not None and (action.due.kind, action.due.text) == ("other", "in the near future")


def test_subjectless_promise_under_a_person_heading_keeps_its_deadline() -> None:
    text = ("# Meeting Notes\n\n## Date: August 18, 2020\n\n### Attendees\n\n- Ann Lee\n- Bo Ode\n\n### Ann:\n\n"
            "* Checking that all the demos work.\n\n* Will do a code walk through at next weeks meeting.\n\n"
            "### Bo:\n\n* Will go through the paper in detail in the near future.\n")
    dues = [(a.due.kind if a.due else None) for a in extract_text(text, format="markdown").actions]
    assert dues == ["next_meeting", "other"]


def test_unnumbered_matters_under_numbered_matters_arising_are_its_points() -> None:
    text = ("MINUTES OF BOARD MEETING\nHeld on Thursday 23rd August 2018\nPresent: Ann Smith (AS)\nBob Jones (BJ)\n"
            "Cy Ode (CO)\n1. Apologies\nNone.\n2. Matters Arising\nInternet Security\nAS reported the router is in.\n"
            "Action: BJ to contact the broadband supplier.\nBoundary Issue\n"
            "CO reported a letter from the Land Registry.\n"
            "Action: CO to reply to the Land Registry.\n3. Finance\nThe accounts were received.\n")
    record = extract_text(text, format="text")
    assert [s.title for s in record.sections] == ["Matters Arising", "Finance"]
    assert {a.section for a in record.actions} == {"Matters Arising"}


def test_renumbered_run_under_matters_arising_colon_is_its_points() -> None:
    text = ("Parish Church Council\nMinutes of the meeting held on Wednesday 18th March 2020 at 7.30pm.\n\n"
            "Present: Ann Smith, Bob Jones, Cy Ode\n\n  1. Opening Prayers: The Rector opened the meeting.\n"
            "  2. Matters arising from the Minutes:\n  1. Volunteers: We still need a Churchwarden.\n"
            "  2. Magazine: Bob will take over as editor for now.\n  1. New Administrator: Cy was welcomed.\n")
    record = extract_text(text, format="text")
    assert [s.title for s in record.sections] == ["Opening Prayers", "Matters arising from the Minutes",
                                                   "New Administrator"]


def test_matters_arising_ends_before_an_unnumbered_item_of_its_own_kind() -> None:
    text = ("MINUTES OF BOARD MEETING\nHeld on Thursday 23rd August 2018\nPresent: Ann Smith (AS)\nBob Jones (BJ)\n"
            "Cy Ode (CO)\n1. Apologies\nNone.\n2. Matters Arising\nInternet Security\nAS reported the router is in.\n"
            "Boundary Issue\nCO reported a letter.\nTreasurer's Report\nThe balance is 400 pounds.\n"
            "Any Other Business\nNone.\n")
    sections = extract_text(text, format="text").sections
    assert [s.title for s in sections] == ["Matters Arising", "Treasurer's Report", "Any Other Business"]


def test_item_title_with_bracketed_result_is_the_decision() -> None:
    text = ("# Faculty meeting, 19 February 2013\n\nPresent: Ann Smith, Bob Jones\n\n"
            "1. Review of minutes of October 16, 2012 (passed)\n2. Curriculum\nBob reported.\n")
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["Review of minutes of October 16, 2012 (passed)"]
    assert record.sections[0].title == "Review of minutes of October 16, 2012"
