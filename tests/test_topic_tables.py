"""Tables of agenda topics ("Topic | Discussion | Outcome | Action | Owner"): one section per row."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def markdown(text: bytes) -> MinutesRecord:
    return extract(text, format="markdown")


def test_topic_and_discussion_columns_give_one_section_per_row() -> None:
    record = markdown(b"# Robotics Team Meeting\n\nDate: 4 March 2031\n\n"
                      b"| Topic | Discussion | Outcome |\n|---|---|---|\n"
                      b"| Sensor mounting | The bracket flexes under load. | Agreed to print a thicker bracket |\n"
                      b"| Budget | Spent 40 of 120 so far. | |\n")
    assert [s.title for s in record.sections] == ["Sensor mounting", "Budget"]
    assert "The bracket flexes under load." in [p.text for p in record.sections[0].points]
    assert [(d.text, d.section) for d in record.decisions] == [
        ("Agreed to print a thicker bracket", "Sensor mounting")]


def test_agenda_item_table_with_action_and_owner_columns() -> None:
    record = markdown(b"# Garden Club Committee\n\nDate: 9 May 2032\n\nPresent: Ann Lee, Bob Stone\n\n"
                      b"| Agenda item | Notes | Action | Owner |\n|---|---|---|---|\n"
                      b"| Spring fair | Stall plan reviewed. | Book the marquee | Ann Lee |\n"
                      b"| Newsletter | Next issue in June. | | |\n")
    assert [s.title for s in record.sections] == ["Spring fair", "Newsletter"]
    assert [(a.text, [o.name for o in a.owners], a.section) for a in record.actions] == [
        ("Book the marquee", ["Ann Lee"], "Spring fair")]


def test_numbered_discussion_summary_names_each_item() -> None:
    record = markdown(b"# Project Group 4\n\nDate: 2 April 2033\n\n"
                      b"| Item No. | Discussion Summary |\n|---|---|\n"
                      b"| 1 | Split the report chapters |\n| 2 | Pick a day for the lab visit |\n")
    assert [s.title for s in record.sections] == ["Split the report chapters", "Pick a day for the lab visit"]


def test_a_table_of_people_with_notes_is_no_topic_table() -> None:
    record = markdown(b"# Team Sync\n\nDate: 2 April 2033\n\n"
                      b"| Member | Notes |\n|---|---|\n| Ann | Testing the login page |\n")
    assert "Ann" not in [s.title for s in record.sections]


def test_topic_rows_inside_a_meeting_form_under_its_date_and_attendees() -> None:
    rows = [("Date", "2031/06/02, 1400", ""), ("Attendees", "Ann, Bob, Cy", ""), ("", "", ""),
            ("Agenda", "Discussion", ""), ("Wheel choice", "Decided to use the larger wheels", ""),
            ("Demo prep", "Slides drafted", ""), ("", "", ""),
            ("Actionables", "", "Assignee"), ("Order the wheels", "", "Bob")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    record = extract(f"<html><body><h1>Group 3 Meeting Minutes</h1><table>{cells}</table></body></html>".encode(),
                     format="html")
    assert [s.title for s in record.sections] == ["Wheel choice", "Demo prep"]
    assert [d.text for d in record.decisions] == ["Decided to use the larger wheels"]
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [("Order the wheels", ["Bob"])]
    assert [p.name for p in record.attendance.present] == ["Ann", "Bob", "Cy"]


def test_topic_and_outcome_columns_without_notes() -> None:
    # "Time | Item | Lead | Outcome": the items, their leads and what each settled, with no notes column
    record = markdown(b"# Orchard Group\n\nDate: 4 March 2031\n\n"
                      b"| Time | Item | Lead | Outcome |\n|---|---|---|---|\n"
                      b"| 10:00 | Pruning rota | Ann | It was agreed that Ann keeps the rota |\n"
                      b"| 10:15 | Fees | Bo | Agreed to raise the fee to $20 |\n")
    assert [(s.title, s.presenter) for s in record.sections] == [("Pruning rota", "Ann"), ("Fees", "Bo")]
    assert [(d.text, d.section) for d in record.decisions] == [
        ("It was agreed that Ann keeps the rota", "Pruning rota"), ("Agreed to raise the fee to $20", "Fees")]


def test_topic_and_decision_columns_are_a_log_of_decisions_not_items() -> None:
    record = markdown(b"# Orchard Group\n\nDate: 4 March 2031\n\n## Budget\n\nWe went through the accounts.\n\n"
                      b"| Topic | Decision |\n|---|---|\n| Fees | Raise the fee to $20 |\n"
                      b"| Rota | Ann keeps the rota |\n")
    assert [s.title for s in record.sections] == ["Budget"]


def test_a_table_nobody_reads_gives_decisions_by_row_and_cell() -> None:
    # headers no role knows: each row is read alone, and the cell that decides is the decision's text
    record = markdown(b"# Orchard Group\n\n| When | Subject | Who | Result |\n|---|---|---|---|\n"
                      b"| 10:00 | Rota | Ann | It was agreed that Ann keeps the rota |\n"
                      b"| 10:15 | Fees | Bo | Agreed to raise the fee to $20 |\n")
    assert [d.text for d in record.decisions] == ["It was agreed that Ann keeps the rota",
                                                  "Agreed to raise the fee to $20"]
