"""Shapes of team, project and working-group notes: declared initials with a role in one
bracket, pronouns that are also surnames, and more. Each test reads a few lines of invented minutes."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def test_initials_and_role_in_one_bracket() -> None:
    record = markdown(
        b"# Supervision meeting 3 March 2025\n\n"
        b"*Present: Mira Okafor (MO, student), Tom Beck (TB, main supervisor)*\n\n"
        b"## Notes\n\n- TB to read the draft chapter.\n"
    )
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Mira Okafor", "student"), ("Tom Beck", "main supervisor")]
    assert [o.name for o in record.actions[0].owners] == ["Tom Beck"]


def test_a_pronoun_is_never_the_attendee_whose_surname_it_spells() -> None:
    record = markdown(
        b"# Supervision meeting 3 March 2025\n\n"
        b"Present: Lin He, Sean Grady\n\n"
        b"## Notes\n\nSean reviewed the draft. He also said he would send the slides to Lin.\n"
    )
    assert [[o.name for o in a.owners] for a in record.actions] == [["Sean Grady"]]


def test_a_dotted_date_is_no_time_and_the_next_meetings_time_is_not_this_ones() -> None:
    record = markdown(
        b"# Team meeting 4 April 2024\n\nAttendees: Ann Lee, Bob Roe\n\n## Sprint review\n\n- Backlog groomed.\n\n"
        b"## Date of Next Meeting:\n\nSubject to change.\n\n- **Date:** 11.04.2024\n- **Time:** 10.30am\n"
    )
    assert record.meeting.start_time is None
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.start_time, record.next_meeting.tbc) == \
        ("2024-04-11", "10:30", True)


def test_a_list_of_name_dash_role_lines() -> None:
    record = markdown(
        b"# Progress meeting 15 March 2024\n\n## Attendees\n\n- Present:\n"
        b"  - Priya - Student/Researcher\n  - Olaf -  Research scientist/Lead\n  - KT - Module Convener\n"
        b"- Apologies:\n  - None\n\n## Progress\n\n- Data pipeline rebuilt.\n"
    )
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Priya", "student/researcher"), ("Olaf", "research scientist/lead"), ("KT", "module convener")]


def test_a_paragraph_of_name_dash_organisation_entries_under_an_attendees_heading() -> None:
    record = markdown(
        b"# Minutes of the Widget Working Group, 30 May 2024\n\n## Attendees\n"
        b"Aino Poole - (Widgets Inc), Adrian Muller - (Certa (Europe)), Bea Wilson - (Moz)\n\n"
        b"## 1. Charter\n\nBea presented the charter.\n"
    )
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Aino Poole", None), ("Adrian Muller", None), ("Bea Wilson", None)]


AGENDA_WITH_NOTES = (
    b"# Progress meeting 15 March 2024\n\nAttendees: Priya Nair, Olaf Berg\n\n## Agenda Items\n\n"
    b"1. **Review of progress** - _Priya_\n   - Discussion Points:\n     - Rebuilt the loader for radar files.\n"
    b"     - Added a mass loss term.\n   - Action Items:\n     - [Priya] Tidy the loader code.\n\n"
    b"2. **Future directions** - _Priya_\n   - Discussion Points:\n     - Try other loss functions next.\n"
    b"     - Start from the simpler equations.\n\n"
    b"## Action Items\n\n- [ ] **Write the methods section:** Olaf - Due by next meeting.\n"
)


def test_an_agenda_whose_items_carry_labelled_notes_is_the_minutes() -> None:
    record = markdown(AGENDA_WITH_NOTES)
    assert [(s.title, s.presenter) for s in record.sections][:2] == [
        ("Review of progress", "Priya Nair"), ("Future directions", "Priya Nair")]


def test_owner_in_brackets_before_the_task_and_after_the_tasks_colon() -> None:
    actions = {a.text: ([o.name for o in a.owners], a.due and a.due.kind) for a in markdown(AGENDA_WITH_NOTES).actions}
    assert actions["Tidy the loader code."] == (["Priya Nair"], None)
    assert actions["Write the methods section"] == (["Olaf Berg"], "next_meeting")


SCRIBED = (
    b"# Widget Working Group - Session 116\n\n## Time and Date\n\n"
    b"* Wednesday, March 29, 2023, 09:30 - 11:30 (GMT+9), Session I\n* Location: Room G403\n\n"
    b"## Drafts\n\n### [Proxy caching](https://example.org/draft) - _Tomas Pauls_, 15 minutes\n\n"
    b"Tomas presents the recap.\n\n**Dana Smith**: Two points on the header.\n\n**Tomas**: We could do that.\n\n"
    b"**Dana**: Agree.\n\n**Lee Wong**: One question on the cache size.\n\n**Tomas**: Later.\n\n"
    b"### Datagram priorities - _Kai Ohm_, 10 minutes\n\n**Dana**: Fine with it.\n"
)


def test_a_full_name_in_bold_speaking_once_is_a_turn_where_speakers_are_written_so() -> None:
    record = markdown(SCRIBED)
    assert [s.title for s in record.sections] == ["Proxy caching", "Datagram priorities"]


def test_a_presenter_after_the_dash_and_before_the_time_slot() -> None:
    assert [s.presenter for s in markdown(SCRIBED).sections] == ["Tomas Pauls", "Kai Ohm"]


def test_date_and_times_on_a_line_under_the_title_blocks_heading() -> None:
    meeting = markdown(SCRIBED).meeting
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2023-03-29", "09:30", "11:30")


def test_the_rooms_agreement_opening_a_sentence_and_an_item_that_only_says_deferred() -> None:
    record = markdown(
        b"# Working group call 25 March 2020\n\nAttendees: Ann Lee, Bo Li\n\n## Element references\n\n"
        b"- General agreement that option two is a workable solution.\n"
        b"- All agree cross-document references are not needed.\n"
        b"- Broad agreement that this is probably the right order.\n\n"
        b"## 4. Approval of minutes\n\nDeferred\n"
    )
    decisions = {d.text: (d.kind, d.outcome) for d in record.decisions}
    assert decisions == {
        "General agreement that option two is a workable solution.": ("agreement", "carried"),
        "All agree cross-document references are not needed.": ("agreement", "carried"),
        "Deferred": ("other", "deferred"),
    }


def test_bold_labels_without_a_colon_and_owner_labels_in_a_numbered_action_list() -> None:
    record = markdown(
        b"# Team meeting 4 April 2024\n\n## Attendance\n\n### Present:\n- Calla Lind\n- Jock Sayer\n\n"
        b"## Agenda\n\n1. Previous sprint\n2. Next sprint\n3. Backlog\n\n"
        b"## Discussion\n\n### Previous sprint\n\nProgress stalled on the schedule page this week.\n\n"
        b"**Decision** Tasks may be added to the sprint mid-sprint as appropriate.\n\n"
        b"## Action Items:\n\n1. **Calla:** Populate the backlog column on the board.\n"
        b"2. **Jock:** Complete the minutes for this meeting.\n3. **Calla:** Book the demo room.\n"
    )
    assert [(d.text, d.outcome) for d in record.decisions] == [
        ("Tasks may be added to the sprint mid-sprint as appropriate.", "carried")]
    assert {a.text: [o.name for o in a.owners] for a in record.actions} == {
        "Populate the backlog column on the board.": ["Calla Lind"],
        "Complete the minutes for this meeting.": ["Jock Sayer"],
        "Book the demo room.": ["Calla Lind"]}
    assert [s.title for s in record.sections] == ["Previous sprint"]


def test_a_decision_line_under_a_to_do_heading_is_a_decision() -> None:
    record = markdown(
        b"# Team meeting 4 April 2024\n\nPresent: Calla Lind, Jock Sayer\n\n## Next steps\n\n"
        b"- Calla to update the roadmap\n- Decision: the release moves to May.\n"
    )
    assert [a.text for a in record.actions] == ["Calla to update the roadmap"]
    assert [d.text for d in record.decisions] == ["the release moves to May."]


HANDLES = (
    b"## Meeting details\n\n* August 1st, 2024 17:00 UTC on the project chat\n\n### Welcome\n\n"
    b"*   Meeting chair: @sjn\n*   Meeting secretary: @tux\n\n### Attendees\n\n*   Attendees\n"
    b"    *  @sjn\n    *  @stig\n    *  @tux\n\n### Secure by default\n*   @stig has thoughts about it\n\n"
    b"### Elect next meeting chair and secretary\n*   Chair: #TBD\n*   Secretary: TBD\n\n"
    b"### Next meeting date, time and location\n*   Next meeting is 15 August 2024 at 16:00 UTC\n"
)


def test_officers_named_under_the_welcome_item_and_placeholders_naming_nobody() -> None:
    record = markdown(HANDLES)
    assert (record.meeting.chair, record.meeting.minute_taker) == ("@sjn", "@tux")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("@sjn", "chair"), ("@stig", None), ("@tux", "secretary")]
    assert "Welcome" not in [s.title for s in record.sections]


def test_a_details_heading_is_no_title_and_its_line_dates_the_meeting() -> None:
    record = markdown(HANDLES)
    assert record.meeting.title is None
    assert (record.meeting.date, record.meeting.start_time) == ("2024-08-01", "17:00")


def test_a_next_meeting_heading_naming_its_date_time_and_place() -> None:
    record = markdown(HANDLES)
    assert record.next_meeting is not None and record.next_meeting.date == "2024-08-15"
    assert "Next meeting date, time and location" not in [s.title for s in record.sections]


def test_minutes_prepared_by() -> None:
    record = markdown(b"# Widget WG 30 May 2024\n\nPresent: Ann Lee, Bo Li\n\n## Charter\n\n- Reviewed.\n\n"
                      b"Minutes were prepared by Bo Li.\n")
    assert record.meeting.minute_taker == "Bo Li"


def test_a_log_whose_headings_are_days_and_months_without_a_year() -> None:
    from notes_extract import extract_all

    records = extract_all(
        b"# Team 7 meeting minutes\n\n## 26/02\n\nAttendees: Ann, Bo, Cy\n\n- Set up the repo\n\n"
        b"## 04/03\n\nAttendees: Ann, Bo\n\n- Reviewed the backlog\n", format="markdown")
    assert len(records) == 2
    assert [r.meeting.date for r in records] == [None, None]  # no year given: no date invented
    assert [len(r.attendance.present) for r in records] == [3, 2]


def test_a_fraction_opening_a_heading_splits_nothing() -> None:
    from notes_extract import extract_all

    records = extract_all(
        b"# Club meeting 3 March 2024\n\nPresent: Ann Lee, Bo Li\n\n## 2/3 majority rule\n\n- Discussed.\n\n"
        b"## Budget\n\n- Agreed.\n", format="markdown")
    assert len(records) == 1


def _entry(heading: bytes) -> bytes:
    return heading + b"\n\nAttendees: Ann, Bo, Cy\n\n- Discussed the task\n- Bo to fix the bug\n\n"


def test_yearless_log_entries_titled_weekday_named_and_in_date_fields() -> None:
    from notes_extract import extract_all

    for headings in ([b"## Meeting - 26/02", b"## Meeting - 04/03", b"## Meeting - 11/03"],
                     [b"### Monday 26/02", b"### Monday 04/03", b"### Monday 11/03"],
                     [b"Date: 26/02\nTime: 2pm", b"Date: 04/03\nTime: 2pm", b"Date: 11/03\nTime: 2pm"]):
        records = extract_all(b"# Team meeting log\n\n" + b"".join(_entry(h) for h in headings), format="markdown")
        assert len(records) == 3, headings


def test_events_named_with_yearless_dates_are_no_log() -> None:
    from notes_extract import extract_all

    records = extract_all(b"# Club meeting 3 March 2024\n\nPresent: Ann Lee, Bo Li\n\n## Events\n\n"
                          b"### Quiz night 26/03\n\n- Tickets on sale.\n\n### Book sale 04/04\n\n- Stall needed.\n\n"
                          b"### Fun run 11/04\n\n- Route agreed.\n", format="markdown")
    assert len(records) == 1


SYNC = b"# Platform WG sync - 12 March 2024\n\n"


def test_attendees_with_handles_companies_and_email_addresses() -> None:
    record = markdown(SYNC + b"## Attendees\n\n- Ann Lee (@annlee) - Acme\n- Bo Li (@boli) - Beta Corp\n"
                             b"- Cy Ode <cy@ode.org>\n\n## Release\n\n- Discussed.\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Li", "Cy Ode"]


def test_a_deadline_in_brackets_and_a_consensus_label() -> None:
    record = markdown(SYNC + b"Attendees: Ann Lee, Bo Li\n\n## Release\n\nConsensus: ship v2 behind a flag.\n\n"
                             b"## Action items\n\n- [ ] Ann Lee: draft the proposal (due 2024-03-20)\n")
    assert [(a.text, a.due and a.due.date) for a in record.actions] == [("draft the proposal", "2024-03-20")]
    assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [
        ("ship v2 behind a flag.", "agreement", "carried")]
    assert [s.title for s in record.sections] == ["Release"]


def test_entry_headings_with_meeting_words_after_the_date() -> None:
    from notes_extract import extract_all

    headings = [b"## 26/02 Meeting", b"## 04/03 Meeting", b"## 11/03 Team meeting"]
    records = extract_all(b"# Team meeting log\n\n" + b"".join(_entry(h) for h in headings), format="markdown")
    assert len(records) == 3


def test_a_number_inside_a_heading_is_no_street_address() -> None:
    from notes_extract import extract_all

    headings = [b"## Sprint 1 Retrospective", b"## Sprint 2 Retrospective"]
    records = extract_all(b"# Team meeting log\n\n" + b"".join(_entry(h) for h in headings), format="markdown")
    assert [r.meeting.location for r in records] == [None, None]


def _text_log(lines: list[bytes]) -> list:
    from notes_extract import extract_all

    body = b"\nAttendees: Ann Lee, Bo Li, Cy Ode\n\n1. Discussed the task\n2. Bo to fix the bug\n\n"
    return extract_all(b"Project Team Minutes\n\n" + b"".join(line + b"\n" + body for line in lines), format="text")


def test_plain_text_logs_of_standups_and_decorated_week_lines() -> None:
    assert len(_text_log([b"Standup 26/2", b"Standup 4/3", b"Standup 11/3"])) == 3
    assert len(_text_log([b"=== Week 3 ===", b"=== Week 4 ===", b"=== Week 5 ==="])) == 3


def test_a_word_topic_table_with_a_presenter_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    from notes_extract import extract

    document = docx.Document()
    document.add_heading("Team Meeting Minutes", 0)
    document.add_paragraph("Date: March 12, 2024")
    document.add_paragraph("Attendees: Ann Lee, Bo Li, Cy Ode")
    document.add_heading("Agenda", 1)
    table = document.add_table(rows=3, cols=3)
    rows = [("Topic", "Presenter", "Notes"), ("Budget review", "Bo Li", "Q1 spend is on track."),
            ("Hiring", "Cy Ode", "Two roles open; interviews next week.")]
    for table_row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(table_row.cells, values, strict=True):
            cell.text = value
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    record = extract(path)
    assert [(s.title, s.presenter) for s in record.sections] == [("Budget review", "Bo Li"), ("Hiring", "Cy Ode")]


def test_declared_speakers_in_bold_make_dialogue_though_only_one_speaks_twice() -> None:
    record = markdown(b"# Working group call 12 March 2024\n\nAttendees: Ann Lee (AL), Bo Li (BL), Cy Ode (CO)\n\n"
                      b"## Budget\n\n**Ann:** we need a new line for hosting.\n\n**Bo:** agreed, I will draft it.\n\n"
                      b"**Cy:** fine by me.\n\n**Ann:** ok.\n")
    assert [(s.title, len(s.points)) for s in record.sections] == [("Budget", 4)]


def test_a_full_name_speaking_once_among_full_named_speakers() -> None:
    record = markdown(b"# Working group call 12 March 2024\n\n## Budget\n\nDana Smith: we need a new line.\n"
                      b"Eli Park: agreed, I will draft it.\nDana Smith: fine.\nFay Wu: ok by me.\nEli Park: done.\n")
    assert [(s.title, len(s.points)) for s in record.sections] == [("Budget", 5)]


def test_owner_lines_under_last_meetings_actions_are_no_dialogue() -> None:
    record = markdown(b"# Community meeting 19 Feb 2025\n\nParticipants:\n\n- Ethan Hale\n- James Carr\n\n"
                      b"## Demo\n\n- Ethan showed the new chooser.\n\n## Action Items from last meeting\n\n"
                      b"* Ethan: Fix calendar invite\n* Ethan: Find a new time for the sync\n"
                      b"* James: Report back on the pilot\n")
    assert {a.text: [o.name for o in a.owners] for a in record.actions} == {
        "Fix calendar invite": ["Ethan Hale"], "Find a new time for the sync": ["Ethan Hale"],
        "Report back on the pilot": ["James Carr"]}


def test_a_polls_result_line_gives_its_outcome() -> None:
    record = markdown(b"# Club committee 12 March 2024\n\nPresent: Ann Lee, Bo Li\n\n## Logo\n\n"
                      b"Poll: adopt the new logo?\n+1: 5\n-1: 1\n0: 2\nResult: adopted.\n")
    assert [(d.kind, d.outcome) for d in record.decisions] == [("motion", "carried")]


BOARD = (b"NORTH RIDGE FIRE DISTRICT\nBOARD OF COMMISSIONERS\nSPECIAL MEETING MINUTES\nAugust 1, 2019\n\n"
         b"CALL TO ORDER\nChairman Tom Reed called the special meeting to order at 6:02 p.m.\n\n"
         b"ROLL CALL\nCommissioners present: Tom Reed, Sara Vance, Dale Price. Also present: Chief Mark Hale.\n\n"
         b"NEW BUSINESS\na. Purchase of Type 6 engine\nChief Hale presented three bids for the engine.\n"
         b"b. Station 2 roof repair\nThe board reviewed the roof report. Chief Hale will obtain a second quote "
         b"before the next regular meeting.\n\nADJOURNMENT\nThe meeting adjourned at 6:48 p.m.\n")


def test_a_boards_lettered_items_under_a_group_heading_and_an_officer_named_by_title() -> None:
    record = extract(BOARD, format="text")
    assert record.meeting.start_time == "18:02"
    assert [s.title for s in record.sections if "engine" in s.title or "roof" in s.title] == [
        "Purchase of Type 6 engine", "Station 2 roof repair"]
    assert "NEW BUSINESS" not in [s.title for s in record.sections]
    assert [[o.name for o in a.owners] for a in record.actions] == [["Mark Hale"]]


AGM = (b"# Annual General Meeting - 12 November 2015\n\n"
       b"**Present:** 18 members including the committee (Ann Lee, Bo Li, Cy Ode, Di Fox).\n"
       b"**Apologies:** Ed Wynn.\n\n## 1. Minutes of the 2014 AGM\nThe minutes were approved.\n\n"
       b"## 2. Election of officers\n- Chair: Ann Lee (proposed Bo Li, seconded Cy Ode) - elected unopposed\n"
       b"- Treasurer: Cy Ode, elected by 15 votes to 2\n")


def test_a_head_count_with_the_names_in_brackets_and_officer_lines_with_their_result() -> None:
    record = markdown(AGM)
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Li", "Cy Ode", "Di Fox"]
    elections = [d for d in record.decisions if "elected" in d.text]
    assert len(elections) == 2 and all(d.outcome == "carried" for d in elections)


def test_a_meetings_name_in_capitals_is_no_presenter() -> None:
    assert [(s.title, s.presenter) for s in markdown(AGM).sections][0] == ("Minutes of the 2014 AGM", None)


TRUSTEES = (b"Rockwell Free Public Library\nBoard of Trustees Meeting\nMarch 7, 2017\n\n"
            b"Present: Trustees Jane Moore (Chair), Paul Dunn, Rita Shaw, Ken Ito; Library Director Amy Beck\n\n"
            b"Minutes: The minutes of the February 7 meeting were approved as written. (Dunn/Shaw)\n\n"
            b"Treasurer's Report: Ken Ito reported on the budget. The report was accepted. (Shaw/Ito)\n")


def test_a_title_after_a_semicolon_names_the_next_person_and_bracketed_movers() -> None:
    record = extract(TRUSTEES, format="text")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Jane Moore", "chair"), ("Paul Dunn", "trustee"), ("Rita Shaw", "trustee"), ("Ken Ito", "trustee"),
        ("Amy Beck", "library director")]
    assert [(d.proposer, d.seconder) for d in record.decisions] == [
        ("Paul Dunn", "Rita Shaw"), ("Rita Shaw", "Ken Ito")]


def test_topic_dash_outcome_lines_under_a_business_heading_are_its_items() -> None:
    record = extract(TRUSTEES + b"\nDirector's Report: Amy Beck reported circulation up 6%.\n\nOld Business:\n"
                                b"Roof repair - Paul Dunn will contact two more contractors.\n"
                                b"Policy review - tabled until the April meeting.\n\nNew Business:\n"
                                b"The board discussed the summer reading programme.\n\nAny other business\n"
                                b"Support for the fair - the group agreed to help.\n", format="text")
    titles = [s.title for s in record.sections]
    assert titles[-4:] == ["Roof repair", "Policy review", "New Business", "Any other business"]
    assert "Old Business" not in titles
    assert [a.section for a in record.actions if "contractors" in a.text] == ["Roof repair"]


def test_an_item_tabled_until_a_named_meeting_is_put_off() -> None:
    from notes_extract.extractors.decisions import decision_kind

    assert decision_kind("tabled until the April meeting.") == "other"
    assert decision_kind("The report was tabled.") is None  # laid before the meeting (UK): no decision


def test_bold_labelled_bullets_under_a_discussion_heading_are_its_topics() -> None:
    record = markdown(b"# Team 5 meeting 12 March 2024\n\nAttendees: Ann Lee (Scrum Master), Bo Li\n\n"
                      b"## Discussion\n\n- **Sprint review:** Login page finished; tests failing.\n"
                      b"- **Client feedback:** Client wants a dark mode.\n"
                      b"- **Next sprint:** We will focus on the dashboard.\n")
    assert [s.title for s in record.sections] == ["Sprint review", "Client feedback", "Next sprint"]
    assert [(p.name, p.role) for p in record.attendance.present] == [("Ann Lee", "scrum master"), ("Bo Li", None)]


def test_one_bold_labelled_bullet_stays_a_point_of_the_discussion() -> None:
    record = markdown(b"# Team 5 meeting 12 March 2024\n\nAttendees: Ann Lee, Bo Li\n\n"
                      b"## Discussion\n\n- **Note:** the room changes next week.\n- The backlog was groomed.\n")
    assert [s.title for s in record.sections] == ["Discussion"]
