"""Action forms found by the sixteenth session's invented battery, each on a small invented document."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.models import MinutesRecord

_HEAD_TEXT = "Riverside Allotment Society committee\n3 March 2025\n\nPresent: Ann Lee, Bo Ode, Cy Rand, Dee Fox\n\n"


def text_minutes(body: str) -> MinutesRecord:
    return extract_text(_HEAD_TEXT + body, format="text")


def test_an_actions_label_inside_a_numbered_item_ends_at_the_next_item() -> None:
    record = text_minutes("1. Water supply\nThe standpipe leaks again.\nActions:\n- Bo to fix the standpipe\n"
                          "- Ann to ring the water board\n\n2. Shed\nRoof fine.\n\n3. Finance\nThe balance is 300.\n")
    assert [a.text for a in record.actions] == ["Bo to fix the standpipe", "Ann to ring the water board"]
    assert {a.section for a in record.actions} == {"Water supply"}
    assert [s.title for s in record.sections] == ["Water supply", "Shed", "Finance"]


def test_actions_numbered_like_the_items_go_on_while_their_numbers_do() -> None:
    record = text_minutes("1. Water supply\nThe standpipe leaks again.\nActions:\n1. Bo to fix the standpipe\n"
                          "2. Ann to ring the water board\n3. Cy to order a hose\n\n2. Shed\nRoof fine.\n")
    assert [a.text for a in record.actions] == ["Bo to fix the standpipe", "Ann to ring the water board",
                                                "Cy to order a hose"]
    assert [s.title for s in record.sections] == ["Water supply", "Shed"]


def test_plain_task_lines_under_an_actions_label_inside_an_item() -> None:
    record = text_minutes("1. WATER SUPPLY\nThe standpipe leaks again.\nActions:\nBo to fix the standpipe\n"
                          "Ann to ring the water board\n\n2. SHED\nRoof fine.\n")
    assert [(a.text, a.section) for a in record.actions] == [
        ("Bo to fix the standpipe", "WATER SUPPLY"), ("Ann to ring the water board", "WATER SUPPLY")]
    assert [s.title for s in record.sections] == ["WATER SUPPLY", "SHED"]


def test_a_last_plain_task_line_of_an_actions_list_is_no_heading() -> None:
    record = text_minutes("1. Shed\nRoof fine.\n\n2. Actions\nBo to fix the standpipe\nDee to pay the bill\n\n"
                          "3. AOB\nNone.\n")
    assert [a.text for a in record.actions] == ["Bo to fix the standpipe", "Dee to pay the bill"]
    assert [s.title for s in record.sections] == ["Shed", "AOB"]


def _marked(mark: str) -> MinutesRecord:
    return text_minutes(f"1. Water supply\nThe standpipe leaks again and needs a new washer.\n{mark}\n\n"
                        "2. Shed\nThe roof is fine.\n")


def test_an_owners_mark_set_off_by_a_dash_on_its_own_line_is_no_heading() -> None:
    for mark, owner in (("ACTION - Bo", "Bo Ode"), ("Action – Ann", "Ann Lee"), ("Action by: Cy", "Cy Rand"),
                        ("(Action Dee)", "Dee Fox"), ("ACTION – CLERK", "CLERK")):
        record = _marked(mark)
        assert [(a.text, [o.name for o in a.owners], a.section) for a in record.actions] == [
            ("The standpipe leaks again and needs a new washer.", [owner], "Water supply")], mark
        assert [s.title for s in record.sections] == ["Water supply", "Shed"], mark


def test_a_deadline_in_brackets_after_the_owners_mark() -> None:
    action = _marked("ACTION: Bo (by next meeting)").actions[0]
    assert action.text.startswith("The standpipe") and [o.name for o in action.owners] == ["Bo Ode"]
    assert action.due is not None and action.due.kind == "next_meeting"
    due = _marked("Action – Ann (14 March)").actions[0].due
    assert due is not None and (due.kind, due.date) == ("date", "2025-03-14")


def test_a_bare_owners_mark_names_attendees() -> None:
    record = extract_text("# Riverside Allotment Society committee\n\n3 March 2025\n\n"
                          "Present: Ann Lee, Bo Ode, Cy Rand, Dee Fox\n\n## Water supply\n\n"
                          "The standpipe leaks again and needs a new washer.\n\nACTION Bo\n", format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("The standpipe leaks again and needs a new washer.", ["Bo Ode"])]


def test_a_deadline_that_is_only_a_day() -> None:
    record = extract_text("# Riverside Allotment Society committee\n\nMonday 3 March 2025\n\n"
                          "Present: Ann Lee, Bo Ode, Cy Rand, Dee Fox\n\n## Actions\n\n"
                          "| Task | Lead | By |\n|---|---|---|\n| Fix the standpipe | Bo | Friday |\n"
                          "| Ring the water board | Ann | Wed |\n| Order a hose | Cy | the 15th |\n\n"
                          "- Dee to test the alarm by Thurs\n- Ann to book the hall by the 20th\n", format="markdown")
    assert [(a.due.kind, a.due.date) if a.due else None for a in record.actions] == [
        ("date", "2025-03-07"), ("date", "2025-03-05"), ("date", "2025-03-15"),
        ("date", "2025-03-06"), ("date", "2025-03-20")]


def test_an_owner_column_headed_by_what_the_person_does() -> None:
    for header in ("Taken by", "Handled by", "Member", "Volunteer", "Delegate", "Led by"):
        record = extract_text("# Riverside Allotment Society committee\n\n3 March 2025\n\n"
                              "Present: Ann Lee, Bo Ode, Cy Rand, Dee Fox\n\n## Actions\n\n"
                              f"| Action | {header} | Due |\n|---|---|---|\n| Fix the standpipe | Bo | 14 March |\n"
                              "| Ring the water board | Ann | ASAP |\n", format="markdown")
        assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
            ("Fix the standpipe", ["Bo Ode"]), ("Ring the water board", ["Ann Lee"])], header


def test_an_aside_after_the_owner_of_a_commitment() -> None:
    record = extract_text("# Riverside Allotment Society committee\n\n3 March 2025\n\n"
                          "Present: Ann Lee, Bo Ode, Cy Rand, Dee Fox\n\n## Water supply\n\n"
                          "The standpipe leaks. Ann Lee (Treasurer) will pay the invoice. Cy, the Chair, will call "
                          "the plumber. Dee, as treasurer, agreed to check the accounts.\n", format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Ann Lee (Treasurer) will pay the invoice.", ["Ann Lee"]),
        ("Cy, the Chair, will call the plumber.", ["Cy Rand"]),
        ("Dee, as treasurer, agreed to check the accounts.", ["Dee Fox"])]


def test_an_owner_fields_label_is_no_part_of_the_task() -> None:
    record = extract_text("# Riverside Allotment Society committee\n\n3 March 2025\n\n"
                          "Present: Ann Lee, Bo Ode, Cy Rand, Dee Fox\n\n## Actions\n\n"
                          "- Fix the standpipe. Assigned to: Bo\n- Ring the water board – assigned to Ann\n"
                          "- Order a hose — Owner: Cy — Due: 14 March\n- Clean the tools. Responsible: Dee\n",
                          format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Fix the standpipe", ["Bo Ode"]), ("Ring the water board", ["Ann Lee"]),
        ("Order a hose", ["Cy Rand"]), ("Clean the tools", ["Dee Fox"])]


def test_a_task_set_for_everyone_after_a_colon() -> None:
    record = extract_text("# Rover team sync\n\n2025-03-03\n\nAttendees: Ann Lee, Bo Ode, Cy Rand\n\n"
                          "## Discussion\n\n- Battery budget\n  - All: review the PR\n  - All: agreed\n",
                          format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [("review the PR", ["All"])]
