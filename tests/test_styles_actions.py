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
