"""Committee and association minutes in shapes seen on clubs', societies' and boards' pages:
summaries posted as a log under a word to the page's readers, and the lists, labels and
motions such bodies write. Every snippet is invented.
"""

from __future__ import annotations

from notes_extract import extract, extract_all
from notes_extract.loaders import load as load_document
from notes_extract.models import MinutesRecord


def text(data: str) -> MinutesRecord:
    return extract(data.encode(), format="text")


def test_a_log_of_bare_date_lines_under_a_word_to_readers_one_entry_left_empty() -> None:
    log = ("On this page you will find summaries of the minutes of our committee meetings, newest first.\n"
           "Do come along: members are always welcome to attend and we will send you the details.\n"
           "12 March 2024\n"
           "- The hedge along the north boundary has been cut back.\n"
           "- The accounts were approved by the committee.\n"
           "5th February 2024\n"
           "8 January 2024\n"
           "- New gate fitted at the east entrance.\n"
           "- It was agreed to raise the rent by 5%.\n")
    records = extract_all(log.encode(), format="text")
    assert [r.meeting.date for r in records] == ["2024-03-12", "2024-02-05", "2024-01-08"]
    assert [r.meeting.title for r in records] == [None, None, None]  # the word to readers titles nothing
    assert [[d.text for d in r.decisions] for r in records] == \
        [["The accounts were approved by the committee."], [], ["It was agreed to raise the rent by 5%."]]
    assert all(not r.sections for r in records)  # an entry's date line opens no section


def test_lists_in_capitals_with_initials_after_a_semicolon_label_and_set_apart_by_tabs() -> None:
    record = text("Garden Society Committee Meeting 21 September 2017\n"
                  "PRESENT: K. THOMAS, L. PETERMANN, J. MADGIC\n"
                  "EXCUSED: A. DAWOOD, B. BUCHANAN\n"
                  "In attendance :\tR Chape\tM Lowe \tS Owen\n"
                  "APOLOGIES; Cy Ode, Di Fox\n\n"
                  "1. Reports\nThe committee approved the budget.\n")
    assert [p.name for p in record.attendance.present] == ["K. THOMAS", "L. PETERMANN", "J. MADGIC"]
    assert [p.name for p in record.attendance.apologies] == ["A. DAWOOD", "B. BUCHANAN", "Cy Ode", "Di Fox"]
    assert [p.name for p in record.attendance.in_attendance] == ["R Chape", "M Lowe", "S Owen"]


def test_a_heading_in_capitals_is_still_no_list_of_names() -> None:
    record = text("Garden Society Committee Meeting 21 September 2017\nPresent: Ann Lee, Bo Li\n\n"
                  "APPROVAL OF THE CONSENT CALENDAR\nThe consent calendar was approved.\n")
    assert [s.title for s in record.sections] == ["APPROVAL OF THE CONSENT CALENDAR"]


def test_chaired_by_and_minutes_by_in_one_line_and_a_time_in_the_title_line() -> None:
    record = text("Radio Society Board Meeting 6pm 6 June 2012 Minutes\n"
                  "Chaired by Sydney Lamb (Director). Minutes by Greg Aitken (Secretary)\n"
                  "Present: Sydney Lamb, Greg Aitken, Ann Lee\n\n"
                  "1. Reports\nThe board approved the budget.\n")
    assert (record.meeting.title, record.meeting.start_time) == ("Radio Society Board Meeting", "18:00")
    assert (record.meeting.chair, record.meeting.minute_taker) == ("Sydney Lamb", "Greg Aitken")


def test_motions_told_in_bullets_pairs_and_one_sentence() -> None:
    record = text("Rowing Club Committee Meeting 7thMarch, 2015\n"
                  "Present: Ann Lee, Bo Li, Cy Ode, Di Fox\n\n"
                  "1. Previous minutes\n\n"
                  "The minutes of the February meeting be accepted:\n"
                  "  • Moved: Ann\n  • Second: Bo\n  • Carried without dissent.\n\n"
                  "2. Boat repairs\n\nMotion to spend up to 500 pounds on repairs.\nMoved by Ann, Bo.\nCarried.\n\n"
                  "3. Regatta\n\nCy moved, Di seconded, to hold the regatta on 12 June. The motion passed.\n")
    assert record.meeting.date == "2015-03-07"  # "7thMarch": the space after the ordinal lost
    assert [(d.text, d.kind, d.outcome, d.proposer, d.seconder) for d in record.decisions] == [
        ("The minutes of the February meeting be accepted:", "motion", "carried", "Ann Lee", "Bo Li"),
        ("Motion to spend up to 500 pounds on repairs.", "motion", "carried", "Ann Lee", "Bo Li"),
        ("Cy moved, Di seconded, to hold the regatta on 12 June. The motion passed.", "motion", "carried",
         "Cy Ode", "Di Fox")]


def test_minutes_agreed_without_were_and_a_trailing_action_mark_without_colon() -> None:
    record = text("Patient Group Meeting 10 January 2024\nPresent: Ann Lee, Bo Li, Ryan Ode\n\n"
                  "1. Minutes of the last meeting\n\nMinutes of the last meeting agreed and accepted.\n\n"
                  "2. Newsletter\n\nMembers were encouraged to write positive reviews.  Action ALL\n\n"
                  "We looked at the Action Plan and the leaflet.\n")
    assert [d.text for d in record.decisions] == ["Minutes of the last meeting agreed and accepted."]
    assert [(a.text, [o.text for o in a.owners]) for a in record.actions] == \
        [("Members were encouraged to write positive reviews.", ["ALL"])]


def test_initials_of_names_written_with_a_glued_initial() -> None:
    record = text("Bowls Club Committee Meeting 7 March 2015\n"
                  "Present: K.Homewood (Chairman), M.Cutts, J.Baird\n\n"
                  "1. Paving\nKH/MC to obtain quotes for the paving.\n")
    (action,) = record.actions
    assert [o.name for o in action.owners] == ["K.Homewood", "M.Cutts"]


def test_a_decision_that_points_back_and_ones_said_also_or_again() -> None:
    record = text("Allotment Society Committee Meeting 23 January 2023\nPresent: Ann Lee, Bo Li\n\n"
                  "1. Accounts\nYear end accounts have been prepared and were reviewed. These were agreed by "
                  "the Committee.\n\n2. Tenancies\nIt was also agreed there should be a review after six weeks.\n\n"
                  "3. Meetings\nIt was again agreed that meetings would be held as necessary.\n\n"
                  "4. Disclosures by Members and Officers\nThere were none.\n")
    assert [d.text for d in record.decisions] == [
        "Year end accounts have been prepared and were reviewed. These were agreed by the Committee.",
        "It was also agreed there should be a review after six weeks.",
        "It was again agreed that meetings would be held as necessary."]
    assert record.sections[-1].kind == "declarations"


def test_a_motion_as_proposed_with_an_article_after_the_colon_and_a_result_after_an_exception() -> None:
    record = text("Radio Society Board Meeting 6 June 2012\nPresent: Adam Nathe, Swinder Singh, Darren Ode\n\n"
                  "3. Station Manager's report\n"
                  "Motion to approve the vacation schedule as proposed: A week in August, two days in July.\n"
                  "Moved by Adam, Swinder.\n"
                  "All in favour except Darren, abstains, motion passed.\n")
    (decision,) = record.decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == ("Adam Nathe", "Swinder Singh", "carried")


def test_a_list_under_decisions_taken_and_agreed_actions_is_decisions() -> None:
    record = text("Running Club Committee Meeting 3 November 2014\nPresent: Anna Tyler (Chair), Meg Lock\n\n"
                  "Reports\n\n  • Room bookings made for 2015\n\n"
                  "Decisions taken/agreed action\n\n"
                  "  • Event Manager to be given an opportunity to bid\n"
                  "  • Meg to organise the 2015 event\n"
                  "  • Food for the AGM to be bought from the market\n")
    assert [d.text for d in record.decisions] == ["Event Manager to be given an opportunity to bid",
                                                  "Meg to organise the 2015 event",
                                                  "Food for the AGM to be bought from the market"]
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == \
        [("Meg to organise the 2015 event", ["Meg Lock"])]


def markdown(data: str) -> MinutesRecord:
    return extract(data.encode(), format="markdown")


def test_attendees_by_user_name_in_lower_case_and_a_chat_log_in_markdown() -> None:
    record = markdown("# Weekly IRC meeting 2024-05-14\n\nAttendees: alice, bobm, carol_k\n\n"
                      "## Topic: release\n\n<alice> we need to cut 2.1 next week\n<carol_k> I can test on arm64\n\n"
                      "## Topic: CI\n\n<alice> CI is flaky on windows\n<bobm> ACTION: bobm to look at the runner\n")
    assert [p.name for p in record.attendance.present] == ["alice", "bobm", "carol_k"]
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == \
        [("bobm to look at the runner", ["bobm"])]
    assert markdown("# Team call 2024-05-14\n\nAttendees: all members\n\n## CI\n\nFlaky.\n").attendance.present == []


def test_the_attendance_label_dates_the_meeting() -> None:
    record = text("Parks Committee\nPresent (12 March 2024): Ann Lee, Bo Li, Cy Ode (absent)\n\n"
                  "1. Trees\nThe tree survey is done.\n")
    assert record.meeting.date == "2024-03-12"
    assert [p.name for p in record.attendance.absent] == ["Cy Ode"]


def _log(heads: list[str]) -> str:
    return "# Project log\n\n" + "".join(
        f"## {head}\n\nAttendees: Ann Lee, Bo Chan\n\n- Discussed part {i} of the prototype.\n\n"
        for i, head in enumerate(heads))


def test_log_entries_headed_by_a_short_title_and_a_number_or_a_day_month_year_with_dashes() -> None:
    numbered = extract_all(_log(["Team Meeting 3", "Team Meeting 4", "Team Meeting 5"]).encode(), format="markdown")
    assert len(numbered) == 3 and [r.meeting.date for r in numbered] == [None, None, None]
    dashed = extract_all(_log(["12-Mar-2024", "19-Mar-2024", "26-Mar-24"]).encode(), format="markdown")
    assert [r.meeting.date for r in dashed] == ["2024-03-12", "2024-03-19", "2024-03-26"]


def test_numbered_minutes_with_initials_opening_lines_and_a_held_date_in_the_title_line() -> None:
    record = text("SAFETY COMMITTEE\nMinutes of meeting held 4 June 2024, Room 12\n\n"
                  "Present: A. Lee (Chair), B. Chan, C. Diaz, D. Evans\n\n"
                  "1. Signage\nC. Diaz to order new exit signs by 30 June.\n\n"
                  "2. Incidents\nA slip was reported on 12 May. Action: D. Evans to review the floor mats.\n")
    assert record.meeting.title == "SAFETY COMMITTEE"
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("C. Diaz to order new exit signs by 30 June.", ["C. Diaz"]),
        ("D. Evans to review the floor mats.", ["D. Evans"])]
    agenda = load_document(b"Agenda\n\nA. Introduction\nB. Budget\nC. Other business\n", source="agenda.txt")
    assert [b.label for b in agenda.blocks[1:]] == ["A.", "B.", "C."]  # letters in sequence are still items


def test_running_notes_headed_by_a_date_and_a_title_after_it() -> None:
    heads = ["October 9th 2020 WG meeting preparation (telecon)", "August 18th 2020 New outlines meeting (telecon)",
             "July 27th 2020 Steering call"]
    records = extract_all(_log(heads).encode(), format="markdown")
    assert [r.meeting.date for r in records] == ["2020-10-09", "2020-08-18", "2020-07-27"]


def test_running_notes_headed_by_day_and_month_with_a_dot_and_an_outline_that_is_not() -> None:
    records = extract_all(_log(["19.11", "11.11", "5.11.", "28.10"]).encode(), format="markdown")
    assert len(records) == 4 and all(r.meeting.date is None for r in records)  # no year: none invented
    outline = "# Notes\n\n## 1.1\n\nThe budget was approved.\n\n## 1.2\n\nAnn to book the room.\n\n## 2.1\n\nNone.\n"
    (record,) = extract_all(outline.encode(), format="markdown")
    assert record.meeting.location is None  # "Ann to book the room." is a task, not the meeting's place


def test_items_to_discuss_over_numbered_items_with_nested_notes_after_an_aside() -> None:
    record = markdown("## 2016-08-17 Organisers Meeting\n\n### Items to discuss\n"
                      "notes from last time are archived here: https://example.org/notes\n\n"
                      "1. Applications\n  - Santina has contacted the applicants about their places\n"
                      "  - Late applications will be accepted until the end of the month\n"
                      "2. Logistics\n  - We need to source power adaptors for the atrium\n"
                      "  - The university wifi network may not cope, so we will test it\n"
                      "either with a laptop or a phone\n"
                      "3. Cloud credits\n  - Credits have been applied for with two providers\n"
                      "4. Next meeting\n  - Doodle poll for mid-September\n")
    assert [s.title for s in record.sections] == ["Applications", "Logistics", "Cloud credits"]
    assert record.meeting.title == "Organisers Meeting"
    assert record.next_meeting is not None


def test_agenda_item_numbers_long_roman_numerals_and_a_chairs_declaration_of_the_result() -> None:
    record = text("Transit Board Meeting 25 June 2024\nPresent: Ann Lee, Bo Li, Cy Ode\n\n"
                  "Agenda Item 1 Fund Raising\nThe cake sale raised 120 pounds.\n\n"
                  "XVIII. Contract extension\nDirector Catlin made the motion to approve the contract extension. "
                  "Director Lee seconded the motion.\n\nChair Davidson declared the motion PASSED.\n\n"
                  "XIX. Appointments\nSanders moved to confirm all members for the committee; properly seconded "
                  "without objections.\n")
    assert [s.title for s in record.sections] == ["Fund Raising", "Contract extension", "Appointments"]
    assert [(d.proposer, d.seconder, d.outcome) for d in record.decisions] == [
        ("Catlin", "Ann Lee", "carried"), ("Sanders", None, "carried")]


def test_a_posting_date_above_a_log_written_oldest_first_is_no_meeting() -> None:
    post = ("School Council Minutes - September 2017\n\n6 November 2017\n\nTuesday 12th September\n\n"
            "We met and introduced ourselves.\n\n\nTuesday 19th September\n\n"
            "We have had some fantastic ideas and have decided on a top 3.\n\n\nTuesday 26th September\n\n"
            "We have decided to update the portraits of the staff.\n")
    records = extract_all(post.encode(), format="text")
    assert [r.meeting.date for r in records] == ["2017-09-12", "2017-09-19", "2017-09-26"]
    assert [d.text for d in records[1].decisions] == ["We have had some fantastic ideas and have decided on a top 3."]


def test_owners_known_only_as_people_paired_or_named_after_an_item() -> None:
    record = markdown("## 2016-08-17 Organisers Meeting\n\n## Visas\n\n- Late application update (Santina)\n"
                      "- Bruno & Tiff to work on the schedule\n- Bruno to draft the letter\n"
                      "- Santina to email the applicants\n\n## Car park\n\n"
                      "- The Committee recommends that S. Clark (Phoenix) be congratulated\n"
                      "- Phoenix Work to car park as quoted £9,355.50\n")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Bruno & Tiff to work on the schedule", ["Bruno", "Tiff"]),
        ("Bruno to draft the letter", ["Bruno"]), ("Santina to email the applicants", ["Santina"])]


def test_held_at_places_the_meeting_only_when_it_speaks_of_the_meeting() -> None:
    record = markdown("# Organisers Meeting 2016-08-17\n\n## Logistics\n\n"
                      "- Reach out to previous hackathons held at UBC Life Sciences and see what they used\n")
    assert record.meeting.location is None
    held = text("Garden Society\nThe meeting was held at the Village Hall on 4 June 2024.\n\n1. Plots\nAll let.\n")
    assert held.meeting.location == "Village Hall"


def test_minutes_approved_under_longer_item_names_are_the_previous_minutes() -> None:
    from notes_extract.extractors.sections import section_kind
    assert section_kind("Approval of the past meeting's minutes") == "previous_minutes"
    assert section_kind("Approval of Board Meeting Minutes and Committee Reports") == "previous_minutes"
    assert section_kind("Approval of the agenda") != "previous_minutes"


def test_topics_listed_under_a_log_entrys_date_and_pointers_after_a_topic() -> None:
    log = ("# Roundtable\n\n## Notes\n\n### 19.11\n- Swarm API technical discussion\n"
           "    - What should go in the lower layers?\n    - plans for removing APIs?\n"
           "- Implications of the latest changes\n    - Cannot calculate the overlay address\n\n"
           "### 30.07\n- Pupa app (https://example.org/issues/432)\n    - A first release is out\n"
           "- Signature support (see message in #core)\n\n"
           "### 23.07\n- Nothing so far\n")
    records = extract_all(log.encode(), format="markdown")
    assert [[s.title for s in r.sections] for r in records] == [
        ["Swarm API technical discussion", "Implications of the latest changes"],
        ["Pupa app", "Signature support"], []]  # "Nothing so far": no topic
    sentences = extract_all(_log(["12 March 2024", "19 March 2024"]).encode(), format="markdown")
    assert all(not r.sections for r in sentences)  # "- Discussed part 0 of the prototype.": a point


def test_a_plural_role_after_a_run_of_names_is_each_ones() -> None:
    record = text("Radio Board Meeting 6 June 2012\nPresent: Aaron Levy (Station Manager), Swinder Singh, "
                  "Adam Nathe, Russell Arbo (Directors), Darren Ode (Treasurer)\n\n1. Reports\nApproved.\n")
    assert [(p.name, p.role) for p in record.attendance.present][1:4] == [
        ("Swinder Singh", "director"), ("Adam Nathe", "director"), ("Russell Arbo", "director")]


def test_a_queried_next_date_and_this_meetings_close_on_the_same_line() -> None:
    record = text("Committee Meeting 17 August 2015\nPresent: Ann Lee, Bo Li\n\n1. Reports\nApproved.\n\n"
                  "Next meeting: 6 Sep? Meeting closed: 20:58 AEST\n")
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.tbc, record.next_meeting.start_time) == \
        ("2015-09-06", True, None)
    assert record.meeting.end_time == "20:58"


def test_a_board_page_posted_later_with_terse_motions_and_a_one_line_signature() -> None:
    record = text("Library Board of Trustees Meeting – October 2011\nPosted on November 15, 2011 by admin\n"
                  "Minutes of the Regular Meeting of the Board of Trustees\nOctober 12, 2011\n"
                  "Trustees present: Jane Cole, Bill Ames, Sue Park, Tom Reyes.\n"
                  "Meeting called to order at 6:32 pm by President Jane Cole.\n"
                  "Minutes of the September meeting were approved as written. Motion Ames, second Park, all ayes.\n"
                  "Financial report: Motion to accept the report by Reyes, second by Ames. Motion passed 4-0.\n"
                  "Next meeting November 9, 2011 at 6:30 pm.\n"
                  "Respectfully submitted, Sue Park, Secretary\n")
    assert (record.meeting.date, record.meeting.minute_taker) == ("2011-10-12", "Sue Park")
    assert [(d.proposer, d.seconder, d.outcome) for d in record.decisions] == [
        ("Bill Ames", "Sue Park", "carried"), ("Tom Reyes", "Bill Ames", "carried")]
    assert record.next_meeting is not None and record.next_meeting.date == "2011-11-09"
    assert "Respectfully submitted, Sue Park, Secretary" not in [s.title for s in record.sections]


def test_names_with_initials_laid_out_in_columns_without_commas() -> None:
    record = text("Supporters Association Committee Meeting 24 April 2003\n"
                  "Present: Paul Allison (PA) – Chair Steve Barrett (SB)\n"
                  "Helen Bowater (HB) – Minutes Mike Way (MW)\n\n"
                  "1. Fundraising\nPA will thank everyone for coming.\n")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Paul Allison", "chair"), ("Steve Barrett", None), ("Helen Bowater", "minute taker"), ("Mike Way", None)]
    assert (record.meeting.chair, record.meeting.minute_taker) == ("Paul Allison", "Helen Bowater")
    assert [o.name for o in record.actions[0].owners] == ["Paul Allison"]


def test_a_saved_pages_navigation_line_titles_nothing() -> None:
    record = text("Site Navigation\n|\nRiverside Supporters Association\nMinutes of Committee Meeting\n"
                  "Date: Thursday 24th April 2003\nPresent: Ann Lee, Bo Li\n\n"
                  "1. Fundraising\nThe raffle made 80 pounds.\n")
    # the body's line and the kind of meeting under it, never the navigation line
    assert record.meeting.title == "Riverside Supporters Association Committee Meeting"


def test_one_name_and_hyphenated_role_a_line_under_bare_labels_and_who_chaired() -> None:
    record = text("Minutes for Committee Meeting – 12th March 2024\n\nIn Attendance\n\n"
                  "Ann Lee – Co-Chair\nBo Ode – Co-Chair\nCy Rand - Treasurer\n\n"
                  "Absence Excused\n\nDi Fox - Secretary\n\nChairing Meeting\n\nBo Ode\n\n"
                  "1. Budget\n\nThe budget was discussed at length.\n")
    present = [(p.name, p.role) for p in record.attendance.present]
    assert present == [("Ann Lee", "co-chair"), ("Bo Ode", "co-chair"), ("Cy Rand", "treasurer")]
    assert [p.name for p in record.attendance.apologies] == ["Di Fox"]
    assert record.meeting.chair == "Bo Ode"



def test_a_group_named_with_its_members_in_brackets_is_those_members() -> None:
    record = text("Club Committee\n12 March 2024\nPresent: Ann Lee, Bo Ode\n"
                  "Apologies: General Committee (Cy Rand, Di Fox and Ed Gray), Flo Hart.\n\n"
                  "1. Budget\n\nThe budget was discussed at length.\n")
    assert [p.name for p in record.attendance.apologies] == ["Cy Rand", "Di Fox", "Ed Gray", "Flo Hart"]


def test_a_persons_organisation_in_brackets_stays_theirs() -> None:
    record = text("Club Committee\n12 March 2024\nPresent: Ann Lee (Green Trust), Bo Ode (Chair)\n\n"
                  "1. Budget\n\nThe budget was discussed at length.\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode"]
