"""Shapes read this session: a log's people named in one entry own tasks in another, and a
"Notes" heading over numbered items is no item of its own. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract, extract_all


def test_a_name_written_in_one_entry_of_a_log_owns_a_task_in_another() -> None:
    log = ("# Glacier Working Group\n\n"
           "## 2024-03-04\n\n- The outlines were sent to Fenwick by the survey team.\n\n"
           "## 2024-03-18\n\n- Fenwick will merge the regional files and run the checks.\n")
    records = extract_all(log.encode(), format="markdown")
    assert len(records) == 2
    assert [(a.text, [o.name for o in a.owners]) for a in records[1].actions] == [
        ("Fenwick will merge the regional files and run the checks.", ["Fenwick"])]


def test_a_capitalised_word_a_log_also_writes_in_lower_case_owns_nothing() -> None:
    log = ("# Robot Team\n\n"
           "## 2024-03-04\n\n- We listed the Features we need, and the features we dropped.\n\n"
           "## 2024-03-18\n\n- Features to implement: a priority queue.\n")
    records = extract_all(log.encode(), format="markdown")
    assert records[1].actions == []


def test_a_notes_heading_over_numbered_items_is_not_an_item() -> None:
    text = ("June 1, 2020 - Verification Task Group\n\n=======\n\nAttendees:\n------\n\n"
            "**Acme:** Kit Marsh<br>\n**Brightco:** Rosa Dunn, Wen Oduya<br>\n\n"
            "Notes:\n------\n\nActions: Kit\n\nTopics:\n1. Logistics\n\n- Calendar entries are updated.\n\n"
            "2. Repository\n\n- The repository was created.\n")
    record = extract(text.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Logistics", "Repository"]


def test_what_a_grouping_heading_says_over_its_items_still_counts() -> None:
    text = ("# Harbour Society Committee\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
            "## Officer Reports\n\nIt was agreed that all reports be taken as read.\n\n"
            "### Treasurer\n\n- The balance is healthy.\n\n### Secretary\n\n- Two letters came in.\n")
    record = extract(text.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Treasurer", "Secretary"]
    assert [d.text for d in record.decisions] == ["It was agreed that all reports be taken as read."]


def test_names_between_with_and_in_attendance_are_present() -> None:
    text = ("Minutes of the Residents Board Meeting on May 4, 2021\n\n"
            "Meeting called to order at 7:39 pm with Kit Marsh, Rosa Dunn, and Wen Oduya in attendance.\n\n"
            "1. Treasurer's Report: The report was accepted.\n")
    record = extract(text.encode(), format="text")
    assert [p.name for p in record.attendance.present] == ["Kit Marsh", "Rosa Dunn", "Wen Oduya"]
    assert record.meeting.start_time == "19:39"


def test_a_count_of_members_present_is_no_attendance() -> None:
    text = ("Minutes of the Residents Board Meeting on May 4, 2021\n\n"
            "The meeting opened at 7 p.m. with 8 members present.\n\n1. Treasurer's Report: The report was accepted.\n")
    assert extract(text.encode(), format="text").attendance.present == []


def test_motion_to_approve_names_the_movers_of_the_statement_before_it() -> None:
    text = ("Parents Association General Meeting\nApril 23, 2019\n\nPresent: Kit Marsh, Rosa Dunn, Wen Oduya\n\n"
            "Budget:\n\nA gift of $750 to shade the gym windows. Motion to Approve: Kit Marsh; Second: Rosa Dunn "
            "Motion Passes\n\nTo close each budget line as its expenses are completed.\n"
            "Motion to Approve: Wen Oduya, Second: Kit Marsh Motion Passes\n")
    record = extract(text.encode(), format="text")
    assert [(d.text, d.proposer, d.seconder, d.outcome) for d in record.decisions] == [
        ("A gift of $750 to shade the gym windows.", "Kit Marsh", "Rosa Dunn", "carried"),
        ("To close each budget line as its expenses are completed.", "Wen Oduya", "Kit Marsh", "carried")]
    assert all(not s.title.startswith("Motion") for s in record.sections)


def test_initials_in_brackets_on_a_checkbox_roster_are_a_short_form_not_a_role() -> None:
    text = ("# Docs Team Meeting 2019-07-18\n\n## Attendees\n\n- [x]  Kit Marsh (KM)\n- [x]  Rosa Dunn (RD)\n"
            "- [ ]  Wen Oduya (WO)\n\n## Action Items\n\n- [ ]  KM to update the guides\n- [ ]  To-do...\n")
    record = extract(text.encode(), format="markdown")
    assert [(p.name, p.role) for p in record.attendance.present] == [("Kit Marsh", None), ("Rosa Dunn", None)]
    assert [(p.name, p.role) for p in record.attendance.absent] == [("Wen Oduya", None)]
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("KM to update the guides", ["Kit Marsh"])]  # "To-do..." is the template's placeholder


def test_numbered_sub_items_under_other_business_are_the_items() -> None:
    text = ("Minutes of the Residents Board Meeting on May 4, 2021\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
            "## 1 Treasurer's Report\n\nThe report was accepted.\n\n## 2 Other Business\n\n"
            "   1. Garden fence – Kit asked for two more quotes before the next meeting.\n"
            "   2. Summer fair –Rosa will book the hall for July.\n")
    record = extract(text.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Treasurer's Report", "Garden fence", "Summer fair"]


def test_any_other_business_over_dashed_lines_stays_an_item() -> None:
    text = ("Minutes of the Residents Board Meeting on May 4, 2021\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
            "## 1 Treasurer's Report\n\nThe report was accepted.\n\n## 2 Any Other Business\n\n"
            "   1. Garden fence – Kit asked for two more quotes before the next meeting.\n"
            "   2. Summer fair – Rosa will book the hall for July.\n")
    record = extract(text.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Treasurer's Report", "Any Other Business"]


def test_action_items_over_motions_is_the_agenda_part_the_board_votes_on() -> None:
    text = ("SPECIAL MEETING MINUTES\nHarbour Fire District\nAugust 1, 2019\n\nROLL CALL – Kit Marsh and Rosa Dunn\n\n"
            "ACTION ITEMS\n\nMotion by Kit Marsh and seconded by Rosa Dunn to approve the minutes of the July "
            "meeting. Motion passed unanimously.\n\nMotion by Rosa Dunn and seconded by Kit Marsh to approve the "
            "payment of the bills. Motion passed unanimously.\n")
    record = extract(text.encode(), format="text")
    assert record.actions == []
    assert [(d.text.split(".")[0], d.proposer, d.seconder, d.outcome) for d in record.decisions] == [
        ("Motion by Kit Marsh and seconded by Rosa Dunn to approve the minutes of the July meeting",
         "Kit Marsh", "Rosa Dunn", "carried"),
        ("Motion by Rosa Dunn and seconded by Kit Marsh to approve the payment of the bills",
         "Rosa Dunn", "Kit Marsh", "carried")]


def test_action_items_over_tasks_are_still_actions() -> None:
    text = ("Harbour Society Committee\nAugust 1, 2019\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
            "1. Budget\n\nThe budget was discussed at length by everyone.\n\n"
            "ACTION ITEMS\n\nKit to send the budget to the bank.\n\nRosa to book the hall.\n")
    record = extract(text.encode(), format="text")
    assert [a.text for a in record.actions] == ["Kit to send the budget to the bank.", "Rosa to book the hall."]


def test_there_were_no_declarations_declares_none() -> None:
    for said in ("There were no declarations of interest.", "None declared."):
        text = ("Harbour Parish Council\nMinutes of 12 March 2024\nPresent: Kit Marsh, Rosa Dunn\n\n"
                f"1. Declarations of Interest\n{said}\n\n2. Budget\nThe budget was discussed at length by everyone.\n")
        assert extract(text.encode(), format="text").declarations_of_interest == [], said


def test_a_movers_title_member_or_chairperson_is_no_part_of_the_name() -> None:
    text = ("Harbour Local Board\nMinutes of 8 December 2022\n\nPresent: Kit Lowe, Rosa Penn\n\n"
            "1. Confirmation of Minutes\n\n"
            "MOVED by Chairperson G Marsh, seconded by Member A Dunn: "
            "That the minutes of 10 November 2022 be confirmed. CARRIED\n")
    record = extract(text.encode(), format="text")
    assert [(d.proposer, d.seconder) for d in record.decisions] == [("G Marsh", "A Dunn")]


def test_a_list_item_numbered_one_under_the_title_opens_the_body() -> None:
    text = ("Harbour Local Board\nMinutes of 8 December 2022\n\n1. Confirmation of Minutes\n\n"
            "MOVED by Chairperson G Marsh, seconded by Member A Dunn: "
            "That the minutes of 10 November 2022 be confirmed. CARRIED\n")
    record = extract(text.encode(), format="text")
    assert record.meeting.title == "Harbour Local Board"
    assert [s.title for s in record.sections] == ["Confirmation of Minutes"]
    assert [(d.proposer, d.seconder, d.outcome) for d in record.decisions] == [("G Marsh", "A Dunn", "carried")]


def test_passive_decisions_of_faculty_committees() -> None:
    text = ("Library Committee\nMinutes of 24 September 1999\n\nPresent: Kit Marsh, Rosa Dunn, Wen Oduya\n\n"
            "1. Minutes\nMinutes of September 10, 1999, passed as distributed.\n\n"
            "2. Meeting time\nA decision was made that a meeting time of 11:00 on Fridays would work well for all.\n\n"
            "3. December meeting\nThe following motion was made, seconded, and passed unanimously: 'The committee "
            "moves that the December meeting be cancelled.'\n")
    record = extract(text.encode(), format="text")
    assert [(d.text[:41], d.outcome) for d in record.decisions] == [
        ("Minutes of September 10, 1999, passed as ", "carried"),
        ("A decision was made that a meeting time o", "carried"),
        ("The following motion was made, seconded, ", "carried")]


def test_call_to_order_with_a_colon_gives_the_start_time() -> None:
    for line, start in (("Call to order: 4:15 p.m., 111 Rader Hall.", "16:15"), ("Opening - 3 members present.", None)):
        text = ("Faculty Senate\nMinutes of November 20, 2003\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
                f"{line}\n\nAdjourned: 5:21 p.m.\n")
        record = extract(text.encode(), format="text")
        assert (record.meeting.start_time, record.meeting.end_time) == (start, "17:21"), line


def test_parish_shorthand_prop_and_2nd_after_what_is_moved() -> None:
    text = ("Harbour Parish Council\nMinutes of 21 May 2019\n\nPresent: Cllrs Kit Marsh, Rosa Dunn, Wen Oduya\n\n"
            "1. Accounts\nRecommendation to approve and sign the Accounting Statement 2018/19 Prop Cllr Marsh, "
            "2nd Cllr Dunn carried\n\n2. Payments\nApproval of payments as per the attached list Prop: Cllr Oduya, "
            "2nd Cllr Marsh, carried\n")
    record = extract(text.encode(), format="text")
    assert [(d.kind, d.proposer, d.seconder, d.outcome) for d in record.decisions] == [
        ("motion", "Kit Marsh", "Rosa Dunn", "carried"), ("motion", "Wen Oduya", "Kit Marsh", "carried")]


def test_a_full_name_opening_will_is_the_owner_unless_the_attendance_lists_others() -> None:
    board = "Harbour Radio Board\nMinutes of 6 June 2012\n\n1. General Meeting\n"
    record = extract((board + "Sydney Lamirand will chair the general meeting.\n").encode(), format="text")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Sydney Lamirand will chair the general meeting.", ["Sydney Lamirand"])]
    listed = board.replace("\n\n1.", "\n\nPresent: Kit Marsh, Rosa Dunn\n\n1.")
    record = extract((listed + "Eric Pickles will make a decision on the incinerator.\n").encode(), format="text")
    assert record.actions == []  # someone the minutes report on, not one of those present


def test_a_title_before_a_name_makes_an_owner_but_a_hope_is_no_task() -> None:
    base = "Lab Team Notes\nMinutes of 4 March 2024\n\n## Data\n\n"
    record = extract((base + "- qiime has a merging function, Dr. Evelyn will send us a tutorial for it\n").encode(),
                     format="markdown")
    assert [[o.name for o in a.owners] for a in record.actions] == [["Dr. Evelyn"]]
    record = extract((base + "- Kit hoped that Ms. Rosa Dunn would bring suggestions in January.\n").encode(),
                     format="markdown")
    assert record.actions == []


def test_a_task_that_mentions_a_proposer_under_actions_is_still_a_task() -> None:
    text = ("# Working Group\n\n## Participants\n* Kit Marsh\n* Rosa Dunn\n\n## Notes\n* The profile was discussed.\n\n"
            "### Actions\n* send an invitation to endorse the proposal. Being a proposer commits no one to work.\n"
            "* Kit to raise it with the chair\n")
    record = extract(text.encode(), format="markdown")
    assert len(record.actions) == 2


def test_the_signature_of_someone_listed_by_surname_adds_no_second_person() -> None:
    text = ("Library Committee\nMinutes of 24 September 1999\n\nPresent: Gillis, Marsh, Dunn\n\n1. Meeting time\n"
            "The time was discussed at length by the committee.\n\nRespectfully submitted,\nRick Gillis\n")
    record = extract(text.encode(), format="text")
    assert [p.name for p in record.attendance.present] == ["Gillis", "Marsh", "Dunn"]
    assert record.meeting.minute_taker == "Rick Gillis"


def test_two_owned_tasks_in_one_line_of_an_action_list_are_two_actions() -> None:
    text = ("# Working Group\n\n## Participants\n* Kit Marsh\n* Rosa Dunn\n\n## Notes\n* The profile was discussed.\n\n"
            "### Actions\n* Kit+Rosa to bring this to the steering group on the next call. Kit to raise it with "
            "the chair\n")
    record = extract(text.encode(), format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Kit+Rosa to bring this to the steering group on the next call.", ["Kit Marsh", "Rosa Dunn"]),
        ("Kit to raise it with the chair", ["Kit Marsh"])]


def test_a_to_do_label_on_a_bullet_gives_its_task() -> None:
    base = ("# Team 9 Notes\n\nMinutes of 4 March 2024\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
            "## Notes\n- Datasets were discussed.\n")
    for line, task, owners in (("- For next meeting: select a dataset", "select a dataset", []),
                               ("- Next steps: draft the poster", "draft the poster", []),
                               ("- For next week: Kit to draft the poster", "Kit to draft the poster", ["Kit Marsh"])):
        record = extract((base + line + "\n").encode(), format="markdown")
        assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [(task, owners)], line
        assert record.next_meeting is None or record.next_meeting.date is None  # named, undated (GOLD R13b)


def test_a_for_next_meeting_label_makes_its_task_due_at_the_next_meeting() -> None:
    text = ("# Team 9 Notes\n\nMinutes of 4 March 2024\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
            "## Notes\n- Datasets were discussed.\n- For next meeting: select a dataset\n")
    record = extract(text.encode(), format="markdown")
    assert [(a.text, a.due.kind if a.due else None) for a in record.actions] == [("select a dataset", "next_meeting")]
