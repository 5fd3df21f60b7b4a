"""Twentieth round, fresh6: forms of US boards, leagues and associations' minutes that the real set fresh6's
tuning half showed missed. Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

# A hard-wrapped item cut early after "the", a roll call told in a sentence, and a seconder's sentence whose
# result closes with how the motion carried.
_ROLL_ANSWERED = """RIVERTON PARKS BOARD
MAY 4, 2019
1. CALL TO ORDER: Chair Ames called the
meeting to order at 7:00 p.m. Chair Ames and Members Lee, Ode, Park and
Smith answered the roll. Member Grant was absent.
2. MINUTES: The Board considered the minutes of the April meeting. Member Lee
moved to approve the minutes as presented. Member Ode seconded, and the motion
carried unanimously on a voice vote.
"""


def test_a_line_cut_after_the_goes_on_in_the_next_line() -> None:
    meeting = extract_text(_ROLL_ANSWERED).meeting
    assert meeting.start_time == "19:00"
    assert meeting.chair == "Ames"


def test_names_that_answered_the_roll_are_present() -> None:
    present = [p.name for p in extract_text(_ROLL_ANSWERED).attendance.present]
    assert present == ["Ames", "Lee", "Ode", "Park", "Smith"]


def test_the_seconder_and_how_the_motion_carried_are_part_of_the_motion() -> None:
    decisions = extract_text(_ROLL_ANSWERED).decisions
    assert len(decisions) == 1
    assert decisions[0].text.endswith("on a voice vote.")
    assert (decisions[0].proposer, decisions[0].seconder, decisions[0].outcome) == ("Lee", "Ode", "carried")


_UNNAMED_MOTIONS = """Maple Grove Homeowners Association
Board Meeting Minutes
March 3, 2021

Present: Ann Lee, Bob Stone, Carl Diaz

Landscaping

Motion was made, seconded and carried to renew the mowing contract as written.

A motion was made, seconded, and passed to adopt the 2022 budget.

Pool

Motion to close the pool on Mondays passes.

Motion to hire a second lifeguard fails.

Motion to close the nominations passes as well.
"""


def _outcomes() -> dict[str, str | None]:
    return {d.text: d.outcome for d in extract_text(_UNNAMED_MOTIONS).decisions}


def test_a_motion_made_seconded_and_carried_by_no_one_named_is_a_decision() -> None:
    outcomes = _outcomes()
    assert outcomes["Motion was made, seconded and carried to renew the mowing contract as written."] == "carried"
    assert outcomes["A motion was made, seconded, and passed to adopt the 2022 budget."] == "carried"


def test_passes_and_fails_closing_a_motion_are_its_result() -> None:
    outcomes = _outcomes()
    assert outcomes["Motion to close the pool on Mondays passes."] == "carried"
    assert outcomes["Motion to hire a second lifeguard fails."] == "defeated"
    assert outcomes["Motion to close the nominations passes as well."] == "carried"


def test_a_roll_answered_is_attendance_without_another_attendance_word() -> None:
    record = extract_text("RIVERTON PARKS BOARD\nMAY 4, 2019\n"
                          "1. CALL TO ORDER: Chair Ames called the meeting to order at 7:00 p.m. Chair\n"
                          "Ames and Members Lee, Ode and Park answered the roll.\n2. MINUTES: Approved.\n")
    assert [p.name for p in record.attendance.present] == ["Ames", "Lee", "Ode", "Park"]


_LEAGUE_BOARD = """Oak Hill Soccer Club
Board Meeting Minutes
June 5, 2019
7:00 pm at the Oak Hill Library

Board Members Present: Ann, Bo, Cy
Directors Present: Dee

Fields
  • Need new nets

Action Items
  • Directors:
    – Order new nets
    – Book the fields for fall
    – Bo: Post the schedule on the website
    – Cy: Email the referees
"""


def test_a_clock_time_then_the_place_under_the_date_is_the_start() -> None:
    meeting = extract_text(_LEAGUE_BOARD).meeting
    assert (meeting.start_time, meeting.location) == ("19:00", "Oak Hill Library")


def test_a_group_label_under_action_items_owns_its_tasks_and_is_no_attendance() -> None:
    record = extract_text(_LEAGUE_BOARD)
    assert [(p.name, p.role) for p in record.attendance.present] == \
        [("Ann", None), ("Bo", None), ("Cy", None), ("Dee", "director")]
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Order new nets", ["Directors"]), ("Book the fields for fall", ["Directors"]),
        ("Post the schedule on the website", ["Bo"]), ("Email the referees", ["Cy"])]


def test_discussion_and_action_items_group_agenda_items_not_tasks() -> None:
    record = extract_text("RIVERTON PARKS BOARD\nMAY 4, 2019\n"
                          "1. CALL TO ORDER: Chair Ames called the meeting to order at 7:00 p.m.\n"
                          "2. MINUTES: The minutes of April 6 were approved as presented.\n"
                          "3. DISCUSSION/ACTION ITEMS:\n"
                          "A. Parks Report: Mr. Lewis reviewed his written report.\n"
                          "B. Trail Plan: The Board reviewed the draft trail plan and asked staff to\n"
                          "revise the map.\n"
                          "4. ADJOURNMENT: The meeting adjourned at 8:30 p.m.\n")
    assert [s.title for s in record.sections] == ["CALL TO ORDER", "MINUTES", "Parks Report", "Trail Plan",
                                                  "ADJOURNMENT"]
    assert [a.section for a in record.actions] == ["Trail Plan"]


def test_the_consensus_of_a_named_body_is_an_agreement() -> None:
    record = extract_text("PARKS BOARD\nMAY 4, 2019\n\nPresent: Ann Lee, Bo Ode\n\nFees\n"
                          "Discussion ensued, and consensus of the Commission was to approve the broad guidelines.\n\n"
                          "It was the consensus of the group to defer the vote.\n")
    assert [(d.kind, d.outcome) for d in record.decisions] == [("agreement", "carried")] * 2


# A list copied from a web page: each marker on a line of its own, lettered sub-items at the numbers' indent.
_CUT_MARKERS = """Garden Club Membership Meeting Minutes
June 8th, 2013

Present: Brad Pass, Lynn Mayo, Carol Pass

1)
Plot Rules
a.
Plots must be planted by June 15th.
b.
Paths are to be kept clear.
2)
Garden Finances
a.
To date we have collected $520.00 in plot fees.
b.
Bills paid: taxes of $467.30.
3)
Tool Shed
The lock was replaced.
"""


def test_markers_alone_on_their_lines_number_the_next_line() -> None:
    assert [s.title for s in extract_text(_CUT_MARKERS).sections] == ["Plot Rules", "Garden Finances", "Tool Shed"]


def test_lettered_items_at_the_numbers_indent_are_points_of_the_item_above() -> None:
    record = extract_text("Garden Club Minutes\nJune 8th, 2013\n\nPresent: Brad Pass, Lynn Mayo\n\n"
                          "1. Plot Rules\na. Plots must be planted by June 15th.\nb. Paths are to be kept clear.\n"
                          "2. Garden Finances\na. We have collected $520.00 in plot fees.\n"
                          "b. Taxes of $467.30 were paid.\n"
                          "3. Tool Shed\nThe lock was replaced.\n")
    sections = {s.title: [(p.text, p.level) for p in s.points] for s in record.sections}
    assert list(sections) == ["Plot Rules", "Garden Finances", "Tool Shed"]
    assert sections["Garden Finances"] == [("We have collected $520.00 in plot fees.", 1),
                                           ("Taxes of $467.30 were paid.", 1)]


def test_a_sentence_opening_motioned_is_a_motion() -> None:
    record = extract_text("Board Meeting Minutes\nApril 12, 2005\n\nPresent: Ann Lee, Bo Ode\n\nNEW BUSINESS\n\n"
                          "Motioned was made second and carried to hold the picnic on May 10, 2005.\n")
    assert [(d.kind, d.outcome) for d in record.decisions] == [("motion", "carried")]


def test_a_managing_agent_after_its_person_is_no_attendee() -> None:
    record = extract_text("Willow Creek HOA\nBoard Meeting Minutes\nMarch 14, 2023\n\n"
                          "Board Members Present: Jane Doe, Tom Reed\n"
                          "Also Present: Mary Cole, Community Manager, Acme Management\n\n"
                          "Pool\nThe pool opens in May.\n")
    assert [(p.name, p.role) for p in record.attendance.in_attendance] == [("Mary Cole", "community manager")]


_UNION_LOCAL = """Local 512 General Membership Meeting
Minutes – October 3, 2019

Present: Ann Cole, Ray Diaz

Old Business:
Motion by Sister Ann Cole, seconded by Brother Ray Diaz, to spend up to $500 on the children's party. Motion carried.

New Business:
Sister Lisa Ng will send the sign-up sheet to all stewards.
"""


def test_a_task_owner_addressed_as_sister_is_named_without_it() -> None:
    record = extract_text(_UNION_LOCAL)
    assert [([o.name for o in a.owners], a.text) for a in record.actions] == \
        [(["Lisa Ng"], "Sister Lisa Ng will send the sign-up sheet to all stewards.")]


def test_a_recording_or_financial_secretary_before_the_name_is_one_office() -> None:
    record = extract_text("Local 512 General Membership Meeting\nMinutes – October 3, 2019\n\n"
                          "Officers present: President Dan Ruiz, Vice President Lisa Ng, Recording Secretary Pat Hale, "
                          "Financial Secretary Al Roy.\n\nOld Business:\nThe picnic was discussed.\n")
    attendees = record.attendance.present + record.attendance.in_attendance
    assert [(p.name, p.role) for p in attendees] == [
        ("Dan Ruiz", "president"), ("Lisa Ng", "vice-president"), ("Pat Hale", "minute taker"),
        ("Al Roy", "financial secretary")]


def test_a_chair_field_ends_where_the_next_fields_label_of_several_words_starts() -> None:
    record = extract_text("Elm Park Neighborhood Association\nGeneral Meeting – Thursday, February 20, 2020\n"
                          "Chaired by: Rosa Lim   Minutes taken by: Ken Wu\n"
                          "Board in attendance: Rosa Lim, Ken Wu, Omar Haddad\n\n"
                          "1. Park cleanup\nThe cleanup is on March 14.\n")
    assert (record.meeting.chair, record.meeting.minute_taker) == ("Rosa Lim", "Ken Wu")


def test_pm_after_an_items_clock_time_is_no_presenter() -> None:
    record = extract_text("Riverside Youth Baseball Board Meeting\nApril 2, 2019\n\nPresent: Tom Lee, Jill Fox\n\n"
                          "5. Uniforms\nJerseys were ordered.\n\n6. Adjourned 8:45 PM\nNext meeting May 7, 2019\n")
    assert [(s.title, s.presenter) for s in record.sections][-1] == ("Adjourned 8:45 PM", None)


def test_an_associations_management_is_a_task_owner() -> None:
    record = extract_text("HOA Board Meeting\nJanuary 17, 2022\n\nDirectors Present: Gail Moss, Henry Tan\n\n"
                          "Unfinished Business\nManagement to obtain two bids for the fountain.\n")
    assert [[o.name for o in a.owners] for a in record.actions] == [["Management"]]


_LETTERED_HEARINGS = """CITY OF PINE RIDGE
HISTORIC PRESERVATION COMMISSION
Wednesday, June 1, 2022 – 5:30 p.m.

1. CALL TO ORDER
Chairperson Diaz called the meeting to order at 5:31 p.m.

2. ROLL CALL
Present: Commissioners Diaz, Evans, Ford, Gomez

3. PUBLIC HEARINGS
A. Window replacement at the old mill
Planner Lowe presented the staff report.
MOTION: Commissioner Gomez moved to approve the application. Motion carried 4-0.
B. Porch addition on Oak Avenue
The applicant asked to postpone the hearing to July.

4. ADJOURNMENT
The meeting was adjourned at 6:40 p.m.
"""


def test_lettered_titles_over_their_own_text_are_the_items_of_a_numbered_group() -> None:
    record = extract_text(_LETTERED_HEARINGS)
    assert [s.title for s in record.sections] == ["CALL TO ORDER", "Window replacement at the old mill",
                                                  "Porch addition on Oak Avenue", "ADJOURNMENT"]
    assert [d.section for d in record.decisions] == ["Window replacement at the old mill"]


def test_a_title_line_carrying_its_result_is_the_item_and_its_decision() -> None:
    record = extract_text("Board of Directors Meeting Minutes\nSeptember 12, 2023, 7:15pm\n"
                          "BOD Members Present: Ann Lee, Bo Ode\nApproval of Minutes 08/08/23-approved\n"
                          "President’s Report:\n-District meeting did not occur\n")
    assert [s.title for s in record.sections][:1] == ["Approval of Minutes 08/08/23"]
    assert [(d.text, d.outcome) for d in record.decisions] == [("Approval of Minutes 08/08/23-approved", "carried")]


def test_the_following_topics_discussed_with_those_present_are_no_attendance() -> None:
    record = extract_text("Board Meeting Minutes\nApril 12, 2005\n\nPresent: Ann Lee, Bo Ode\n\nHOMEOWNER INPUT\n\n"
                          "The Board discussed the following topics with the homeowners present:\n\n"
                          "  1. Website\n  2. Parking\n  3. Community involvement\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode"]


def test_a_semicolon_between_two_attendance_statements_and_excused_as_apologies() -> None:
    record = extract_text("Oak Library Board\nMay 4, 2019\n\n"
                          "Ann Lee, Bo Ode, and Cy Park were in attendance; Di Fox was excused.\n\n"
                          "Budget\nThe budget was reviewed.\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Park"]
    assert [p.name for p in record.attendance.apologies] == ["Di Fox"]


def test_a_presiding_officer_line_names_the_chair() -> None:
    record = extract_text("Oak Library Board\nMay 4, 2019\nPresiding Officer: Bo Ode\n\n"
                          "Present: Ann Lee, Bo Ode, Cy Park\n\nBudget\nThe budget was reviewed.\n")
    assert record.meeting.chair == "Bo Ode"


def test_a_mover_then_a_seconder_by_2nd_is_a_motion() -> None:
    record = extract_text("Oak Board\nMay 4, 2019\n\nPresent: Ann Lee, Bo Ode, Cy Park\n\nBudget\n"
                          "Ann Lee moved, Bo Ode 2nd, to buy nets. All ayes.\n\n"
                          "Motion to adjourn by Ann Lee, 2nd Bo Ode. Carried.\n")
    assert [(d.kind, d.outcome, d.proposer, d.seconder) for d in record.decisions] == \
        [("motion", "carried", "Ann Lee", "Bo Ode")] * 2


def test_a_next_meeting_sentence_goes_on_past_pm() -> None:
    record = extract_text("Oak Board\nMay 4, 2019\n\nPresent: Ann Lee, Bo Ode, Cy Park\n\nBudget\n"
                          "The budget was reviewed.\n\n"
                          "The next regular meeting will be held Tuesday, June 11, 2019 at 7 p.m. at Town Hall.\n")
    nxt = record.next_meeting
    assert nxt is not None and (nxt.date, nxt.start_time, nxt.location) == ("2019-06-11", "19:00", "Town Hall")


def test_a_groups_label_alone_over_its_names_inside_attendance_goes_on_with_the_list() -> None:
    record = extract_text("Garden Membership Meeting Minutes\nJune 8, 2013\n\nAttendees:\n"
                          "Steering Committee: Brad Pass, Lynn Mayo\nGardeners:\n"
                          "Dianne Peterson, Aden Awill, Kate Fisher\n\n"
                          "1. Garden Finances\nWe have collected $520.00 in plot fees.\n\n"
                          "2. Work Day\nThe next work day is June 22.\n")
    assert [p.name for p in record.attendance.present] == [
        "Brad Pass", "Lynn Mayo", "Dianne Peterson", "Aden Awill", "Kate Fisher"]
    assert [s.title for s in record.sections] == ["Garden Finances", "Work Day"]


def test_a_matter_then_a_dash_and_motion_passed_keeps_the_matter_in_the_decision() -> None:
    record = extract_text("Board of Directors Meeting Minutes\nSeptember 12, 2023, 7:15pm\n"
                          "BOD Members Present: Ann Lee, Bo Ode\nNew Business\n"
                          "The 2024 fee schedule was reviewed - motion passed.\n")
    assert [(d.text, d.outcome) for d in record.decisions] == [
        ("The 2024 fee schedule was reviewed - motion passed.", "carried")]
