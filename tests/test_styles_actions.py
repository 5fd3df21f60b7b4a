"""Actions not labelled "Action" and decisions in lists, polls and votes, each on a
small invented document (see test_styles.py for the other styles)."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.document import table_block
from notes_extract.models import MinutesRecord
from notes_extract.segment import segment


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def action_texts(record: MinutesRecord) -> list[str]:
    return [a.text for a in record.actions]


# --- to-do lists -------------------------------------------------------------


def test_only_the_top_level_of_a_to_do_list_holds_actions() -> None:
    record = markdown(b"# Robotics team notes\n\n12 March 2024\n\n**Progress:**\n\n1. Motor driver wired\n\n"
                      b"**To Do:**\n\n1. Calibrate the gyro sensor\n   1. Use the spare board\n"
                      b"   2. Log the drift values\n2. Order new wheels\n\n"
                      b"Wheels cost about forty pounds each, so we wait for the budget.\n\n"
                      b"- Print the chassis bracket\n")
    assert action_texts(record) == ["Calibrate the gyro sensor", "Order new wheels", "Print the chassis bracket"]
    assert all(a.owners == [] for a in record.actions)


def test_a_next_step_label_inside_a_list_opens_a_list_of_its_sub_items() -> None:
    record = markdown(b"# Lab group\n\n4 June 2023\n\nUpdates:\n\n1. Parser handles nested input\n"
                      b"   1. Tested on the sample files\n2. Next step:\n   1. Extend the parser to comments\n"
                      b"   2. Benchmark against the old parser\n3. Profiling showed the tokenizer is slow\n")
    assert action_texts(record) == ["Extend the parser to comments", "Benchmark against the old parser"]


def test_a_label_line_ends_the_to_do_list() -> None:
    record = markdown(b"# Design studio\n\n9 May 2022\n\nNext Week:\n\n- Sketch the lobby layout\n"
                      b"- Price the lighting\n\nQuestions:\n\n- Is the budget fixed?\n- Who signs off the plans?\n\n"
                      b"Later objective: Present the model to the client\n")
    assert action_texts(record) == ["Sketch the lobby layout", "Price the lighting", "Present the model to the client"]


def test_plan_for_next_week_is_a_to_do_heading() -> None:
    record = markdown(b"# Capstone group\n\n2 October 2024\n\n## Plan for next week\n\n- Draft the test plan\n"
                      b"- Book a room for the demo\n")
    assert action_texts(record) == ["Draft the test plan", "Book a room for the demo"]


def test_a_numbered_action_list_stays_a_list_when_items_read_as_topics() -> None:
    record = markdown(b"# Chess society committee\n\nPresent: Ayla Brook, Tom Reed\n\n## 1. Budget\n\nDiscussed.\n\n"
                      b"## Action List\n\n1. Ayla - book the hall\n2. Tom - Tournament: send the entry forms\n"
                      b"3. Ayla - order trophies\n")
    assert action_texts(record) == ["book the hall", "Tournament: send the entry forms", "order trophies"]
    assert [[o.name for o in a.owners] for a in record.actions] == [["Ayla Brook"], ["Tom Reed"], ["Ayla Brook"]]


def test_lines_after_an_action_items_table_are_not_actions() -> None:
    record = markdown(b"# Team 9\n\nMeeting No: 1\n\nAction Items\n\n| No | Item | Who | By |\n|---|---|---|---|\n"
                      b"| 1 | Wireframes | Mai | May 3 |\n\nTeam 9 Online Meeting\n\nMeeting No: 2\n")
    assert action_texts(record) == ["Wireframes"]


def test_an_action_table_inside_a_meeting_template() -> None:
    template = table_block([
        ["Date", "2023/05/02", "", ""],
        ["Attendees", "Ravi, Lena", "", ""],
        ["Agenda", "", "Discussion", ""],
        ["Sensor choice", "", "Decided to use the cheaper lidar", ""],
        ["", "", "", ""],
        ["Actionables", "", "", "Assignee"],
        ["Mount the lidar", "", "", "Ravi"],
        ["Write the driver", "", "", "Lena"],
    ])
    tables = segment([template]).action_tables
    assert len(tables) == 1
    assert [row[0] for row in tables[0].table.rows[1:]] == ["Mount the lidar", "Write the driver"]
    assert tables[0].columns == {"action": 0, "owner": 3}


# --- decisions: papers approved and people chosen ---------------------------


def test_a_paper_approved_in_the_passive_is_a_decision_of_kind_other() -> None:
    record = markdown(b"# Rowing club AGM\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Accounts\n\n"
                      b"The auditor's statement was endorsed by the meeting.\n\n## 2. Minutes\n\n"
                      b"All agreed the minutes were a true record and they were signed and approved.\n")
    assert [(d.kind, d.outcome) for d in record.decisions] == [("other", "carried"), ("agreement", "carried")]


def test_a_body_choosing_people_is_a_decision_of_kind_other_and_carried() -> None:
    record = markdown(b"# Harbour board\n\nPresent: Ann Lee, Raj Patel\n\n## Advisory panel\n\n"
                      b"The trustees selected Ann Lee and Raj Patel to sit on the panel.\n")
    assert [(d.kind, d.outcome) for d in record.decisions] == [("other", "carried")]


# --- decisions: lists, tallies, roll calls, elections, scribe resolutions ---


def decisions_of(record: MinutesRecord) -> list[tuple[str, str | None, str]]:
    return [(d.kind, d.outcome, d.text) for d in record.decisions]


def test_each_item_under_an_approved_label_is_a_decision() -> None:
    record = markdown(b"# Garden club committee\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Finance\n\n"
                      b"The following were approved:\n\n- The budget for next season\n- A grant to the school\n\n"
                      b"## 2. Events\n\nApproved:\n\n- The summer fair in July\n")
    assert [(d.text, d.outcome, d.section) for d in record.decisions] == [
        ("The budget for next season", "carried", "Finance"), ("A grant to the school", "carried", "Finance"),
        ("The summer fair in July", "carried", "Events")]
    assert [s.title for s in record.sections] == ["Finance", "Events"]


def test_a_roll_call_by_name_counts_the_votes() -> None:
    record = markdown(b"# Town board\n\nPresent: Ann Lee, Raj Patel, Tom Reed\n\n## 1. Zoning\n\n"
                      b"Motion to adopt the zoning map. Ayes: Lee, Patel; Nays: Reed. Motion carried.\n")
    [decision] = record.decisions
    assert (decision.kind, decision.outcome) == ("motion", "carried")
    assert decision.votes is not None
    assert (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (2, 1, 0)


def test_tallies_in_brackets_are_read_in_the_direction_they_are_written() -> None:
    record = markdown(b"# Town board\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Budget\n\n"
                      b"The budget was adopted (5-2-1).\n\n## 2. Parking\n\n"
                      b"Motion to extend parking hours carried (For 5, Against 2).\n\n## 3. Signs\n\n"
                      b"Motion to replace the signs. Vote (For 6, 0 Against).\n")
    assert [(d.votes.for_, d.votes.against, d.votes.abstain) for d in record.decisions if d.votes] == [
        (5, 2, 1), (5, 2, 0), (6, 0, 0)]


def test_an_election_with_counts_is_kind_other_with_its_votes() -> None:
    record = markdown(b"# Chess club AGM\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Officers\n\n"
                      b"Ann Lee elected chair with 12 votes to Raj Patel's 8.\n")
    [decision] = record.decisions
    assert (decision.kind, decision.outcome) == ("other", "carried")
    assert decision.votes is not None and (decision.votes.for_, decision.votes.against) == (12, 8)


def test_a_resolution_paragraph_is_a_carried_resolution() -> None:
    record = markdown(b"# Parish council\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Grass cutting\n\n"
                      b"Resolution: that the council renews the mowing contract for one year.\n")
    assert decisions_of(record) == [("resolution", "carried",
                                     "that the council renews the mowing contract for one year.")]


def test_a_resolved_line_restating_a_proposal_is_one_decision() -> None:
    record = markdown(b"# Web group call\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Spec draft\n\n"
                      b"PROPOSAL: publish the draft as a working note\n\n+1\n\n+1\n\n"
                      b"RESOLVED: publish the draft as a working note\n")
    assert decisions_of(record) == [("resolution", "carried", "publish the draft as a working note")]


def test_an_approval_moved_by_a_member_is_a_motion() -> None:
    record = markdown(b"# Township supervisors\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Subdivision plan\n\n"
                      b"The plan was approved with Ann Lee making the motion, Raj Patel second.\n")
    [decision] = record.decisions
    assert (decision.kind, decision.outcome, decision.proposer) == ("motion", "carried", "Ann Lee")


def test_terse_notes_of_decisions_without_a_verb() -> None:
    record = markdown(b"# Film society committee\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Social\n\n"
                      b"- Decision on Friday for the quiz night.\n- Talked about mugs, agreement on blue ones.\n"
                      b"- Vote passes for Ann as social secretary with 9 voting yes.\n\n"
                      b"## 2. Vote of thanks\n\nThe meeting passed a vote of thanks to the caterers.\n")
    assert [(d.kind, d.outcome) for d in record.decisions] == [
        ("agreement", "carried"), ("agreement", "carried"), ("other", "carried"), ("other", "carried")]


def test_a_bare_nem_con_beside_an_item_is_no_decision() -> None:
    record = markdown(b"# Campaign AGM\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Order of business\n\nnem. con.\n")
    assert record.decisions == []


# --- actions: owner columns and terse assignments ----------------------------


def test_an_owner_column_headed_name_or_a_group_owner_gives_the_owners() -> None:
    for header in ("Name", "Initials", "Owner(s)", "Assigned to", "Lead"):
        record = markdown(f"# Club committee\n\nPresent: Ann Lee, Raj Patel\n\n## Actions\n\n"
                          f"| Task | {header} | Due |\n|---|---|---|\n| Book the hall | Ann | 5 May 2024 |\n"
                          f"| Clean the store | All | |\n".encode())
        assert [[o.name for o in a.owners] for a in record.actions] == [["Ann Lee"], ["All"]], header


def test_a_task_assigned_without_a_verb_of_being_is_an_action() -> None:
    record = markdown(b"# Society committee\n\nPresent: Ann Lee, Raj Patel\n\n## Social\n\n"
                      b"- Ann assigned to book the venue.\n- Raj responsible for the poster.\n"
                      b"- The treasurer is responsible for the accounts in general.\n")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Ann assigned to book the venue.", ["Ann Lee"]), ("Raj responsible for the poster.", ["Raj Patel"])]


def test_two_owners_with_tasks_of_their_own_in_one_sentence_are_two_actions() -> None:
    record = markdown(b"# Society committee\n\nPresent: Ann Lee, Raj Patel\n\n## Social\n\n"
                      b"- Ann assigned to book the venue, Raj responsible for the poster.\n"
                      b"- Raj will order the pizza, and Ann will bring plates.\n"
                      b"- Ann will write the report, checking it with Raj.\n")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Ann assigned to book the venue", ["Ann Lee"]), ("Raj responsible for the poster.", ["Raj Patel"]),
        ("Raj will order the pizza", ["Raj Patel"]), ("Ann will bring plates.", ["Ann Lee"]),
        ("Ann will write the report, checking it with Raj.", ["Ann Lee"])]


def test_a_person_voted_into_an_office_and_a_deferred_item_are_kind_other() -> None:
    record = markdown(b"# Film society committee\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Officers\n\n"
                      b"Vote passes for Ann Lee as interim treasurer with 9 voting yes.\n\n## 2. Kitchen\n\n"
                      b"In the absence of the caretaker this matter was deferred.\n")
    assert [(d.kind, d.outcome) for d in record.decisions] == [("other", "carried"), ("other", "deferred")]


def test_a_proposal_carried_by_plus_ones_in_scribe_minutes_is_an_agreement() -> None:
    record = markdown(b"# Web group call\n\nPresent: Ann Lee, Raj Patel, Tom Reed\n\n## Topic: Naming\n\n"
                      b"- Raj: PROPOSAL: rename the spec to Core\n- Ann: +1\n- Tom: +1\n\n## Topic: Logo\n\n"
                      b"- Raj: PROPOSAL: use the green logo\n- Ann: +1\n- Tom: -1, too dark\n")
    assert [(d.kind, d.outcome, d.section, d.text) for d in record.decisions] == [
        ("agreement", "carried", "Naming", "rename the spec to Core")]


def test_a_bare_agreement_after_a_proposal_records_the_proposal() -> None:
    record = markdown(b"# Allotment committee\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Water\n\n"
                      b"Raj proposed replacing the water troughs before spring. The committee agreed.\n")
    assert decisions_of(record) == [
        ("agreement", "carried", "Raj proposed replacing the water troughs before spring. The committee agreed.")]


def test_a_motion_proposed_and_seconded_that_is_carried_when_the_meeting_is_in_favour() -> None:
    record = markdown(b"# Parish meeting\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Minutes\n\n"
                      b"It was proposed by Cllr Lee and seconded by Cllr Patel that the minutes as published were a "
                      b"true record. The meeting was all in favour.\n")
    [decision] = record.decisions
    assert (decision.kind, decision.outcome, decision.proposer, decision.seconder) == (
        "motion", "carried", "Ann Lee", "Raj Patel")


def test_a_question_the_meeting_answers_itself_is_a_decision_but_a_speakers_answer_is_not() -> None:
    record = markdown(b"# Drama society\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Publicity\n\n"
                      b"- Put up posters to advertise? Yes\n- A talent show? No, too late in the term.\n"
                      b"- Is the hall free in May?\n")
    assert decisions_of(record) == [("other", "carried", "Put up posters to advertise? Yes"),
                                    ("other", "carried", "A talent show? No, too late in the term.")]


def test_a_pronoun_owns_a_commitment_only_after_a_sentence_opening_with_one_attendee() -> None:
    record = markdown(b"# Allotment committee\n\nPresent: Ann Lee, Raj Patel\n\n## 1. Seeds\n\n"
                      b"Ann reported on the seed swap. She was going to order more trays.\n\n## 2. Paths\n\n"
                      b"The paths are muddy after the rain. He will lay gravel.\n")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("She was going to order more trays.", ["Ann Lee"])]


def test_asking_for_a_vote_of_thanks_is_no_decision() -> None:
    from notes_extract.extractors.decisions import decision_kind

    assert decision_kind("The meeting passed a vote of thanks to the outgoing treasurer.") == "other"
    assert decision_kind("Ed asked for a vote of thanks and congratulated Pam on her work.") is None


def test_abstract_nouns_and_to_phrases_own_no_task() -> None:
    from notes_extract.nlp import find_commitments
    from notes_extract.people import Roster

    roster = Roster(["Ann Lee"])
    names = frozenset({"Invitation", "Due", "Ann"})  # capitalised mid-sentence somewhere in the document
    assert find_commitments("Correspondence; Invitation to attend a presentation on 25 July.", roster, names) == []
    assert find_commitments("Due to the weather the walk was postponed.", roster, names) == []
    assert [c.owners for c in find_commitments("Ann to book the hall.", roster, names)] == [["Ann"]]


# --- owners written before the task without "to" ---------------------------


def owners_of(record: MinutesRecord) -> list[list[str]]:
    return [[o.name for o in a.owners] for a in record.actions]


def test_a_labelled_line_whose_name_comes_straight_before_the_verb_names_the_owner() -> None:
    record = markdown(b"# Tools group\n\n3 May 2024\n\nPresent: Ivo Brandt, Lena Marsh\n\n## Build\n\n"
                      b"The release build is slow.\n\nAI: Ivo draft a plan for caching\n\n"
                      b"ACTION Lena/Ivo review the linker flags\n")
    assert action_texts(record) == ["Ivo draft a plan for caching", "Lena/Ivo review the linker flags"]
    assert owners_of(record) == [["Ivo Brandt"], ["Lena Marsh", "Ivo Brandt"]]


def test_an_unchecked_box_with_a_name_before_the_verb_names_the_owner() -> None:
    record = markdown(b"# Tools group\n\n3 May 2024\n\nPresent: Ivo Brandt, Lena Marsh\n\n## Next steps\n\n"
                      b"- [ ] Lena send the invoices\n")
    assert owners_of(record) == [["Lena Marsh"]]


def test_a_joint_owner_list_takes_a_companion_and_an_unlisted_name() -> None:
    record = markdown(b"# Games society\n\n3 May 2024\n\nPresent: Ivo Brandt, Lena Marsh\n\n## Action items\n\n"
                      b"1. Lena + other - buy cups for the social\n2. Ivo / Petra - print the flyers\n"
                      b"3. Others - tell Lena about venues\n")
    assert action_texts(record) == ["buy cups for the social", "print the flyers", "tell Lena about venues"]
    assert owners_of(record) == [["Lena Marsh", "other"], ["Ivo Brandt", "Petra"], ["Others"]]


def test_a_topic_before_a_verb_in_discussion_text_is_no_owner() -> None:
    record = markdown(b"# Tools group\n\n3 May 2024\n\nPresent: Ivo Brandt, Lena Marsh\n\n## Build\n\n"
                      b"Caching reduce the build time a lot, Ivo said.\n\nAI: Budget review next month\n")
    assert [a.text for a in record.actions] == ["Budget review next month"]
    assert owners_of(record) == [[]]
