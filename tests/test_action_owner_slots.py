"""Action lists whose owners sit in one place on every line: a sibling line naming an attendee there
shows that the same place names an owner on the other lines, listed or not. Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

_HEAD = """# Allotment committee

Date: 3 March 2025

Present: Alice Brown, Ben Carter, Dana Evans

"""


def _owners(text: str) -> dict[str, list[str]]:
    record = extract_text(_HEAD + text, format="markdown")
    return {a.text: [o.name for o in a.owners] for a in record.actions}


def test_an_unlisted_name_before_to_owns_a_line_among_siblings_that_name_attendees() -> None:
    owners = _owners("## Actions\n\n- Alice to circulate the draft\n- Carol to book the room\n"
                     "- Ben to send the invoice\n")
    assert owners["Carol to book the room"] == ["Carol"]
    assert owners["Alice to circulate the draft"] == ["Alice Brown"]


def test_a_thing_before_to_owns_nothing_among_such_siblings() -> None:
    owners = _owners("## Actions\n\n- Alice to circulate the draft\n- Website to go live in May\n"
                     "- Newsletter to include the plot map\n")
    assert owners["Website to go live in May"] == []
    assert owners["Newsletter to include the plot map"] == []


def test_an_unlisted_name_in_brackets_before_the_task_among_bracketed_attendees() -> None:
    owners = _owners("## Actions\n\n- [Alice] circulate the draft budget\n- [Carol] book the room\n")
    assert owners["book the room"] == ["Carol"]


def test_a_name_alone_on_its_line_heads_its_tasks_under_an_action_items_heading() -> None:
    owners = _owners("## Action items\n\n- Alice\n  - Circulate the draft budget to members\n"
                     "  - Chase the auditors about the accounts\n- Ben\n  - Send the invoice to the council\n")
    assert owners == {"Circulate the draft budget to members": ["Alice Brown"],
                      "Chase the auditors about the accounts": ["Alice Brown"],
                      "Send the invoice to the council": ["Ben Carter"]}


def test_a_bullet_typed_again_inside_an_action_item_is_no_part_of_it() -> None:
    owners = _owners("## Actions\n\n* - Alice send the letter to the council\n* -Ben to book the hall\n")
    assert owners == {"Alice send the letter to the council": ["Alice Brown"], "Ben to book the hall": ["Ben Carter"]}


def test_a_sub_heading_naming_a_person_under_an_actions_heading_owns_the_tasks_below_it() -> None:
    record = extract_text(_HEAD + "## Action items\n\n### Alice\n\n- [ ] Circulate the draft budget\n"
                          "- [ ] Chase the auditors\n\n### Ben\n\n- Send the invoice to the council\n",
                          format="markdown")
    assert {a.text: [o.name for o in a.owners] for a in record.actions} == {
        "Circulate the draft budget": ["Alice Brown"], "Chase the auditors": ["Alice Brown"],
        "Send the invoice to the council": ["Ben Carter"]}
    assert [s.title for s in record.sections] == []


def test_a_sub_heading_naming_a_part_of_the_work_stays_the_item_its_tasks_were_raised_in() -> None:
    record = extract_text(_HEAD + "## Actions\n\n### Website\n\n- Ben to update the events page\n", format="markdown")
    assert [(a.text, a.section) for a in record.actions] == [("Ben to update the events page", "Website")]


def _lines(lines: list[str]) -> list[tuple[str, list[str], str | None]]:
    record = extract_text(_HEAD + "## Actions\n\n" + "".join(f"- {line}\n" for line in lines), format="markdown")
    return [(a.text, [o.name for o in a.owners], a.due.date if a.due else None) for a in record.actions]


def test_the_owner_after_the_task_then_its_deadline() -> None:
    assert _lines(["Circulate the draft budget - Alice - by 5 April", "Book the hall (Ben, by 7 April)"]) == [
        ("Circulate the draft budget", ["Alice Brown"], "2025-04-05"), ("Book the hall", ["Ben Carter"], "2025-04-07")]


def test_an_action_label_beside_the_owner_after_the_task_is_no_part_of_the_task() -> None:
    assert _lines(["Book the hall (Action: Ben)", "Order the chairs. Action: Dana", "Print the flyers -> Alice"]) == [
        ("Book the hall", ["Ben Carter"], None), ("Order the chairs", ["Dana Evans"], None),
        ("Print the flyers", ["Alice Brown"], None)]


def test_an_owner_field_in_brackets_leaves_no_bracket_behind() -> None:
    assert _lines(["Book the hall (owner: Ben, due: 7 April)"]) == [("Book the hall", ["Ben Carter"], "2025-04-07")]


def test_the_agent_of_a_passive_task_owns_it() -> None:
    assert _lines(["Draft budget to be circulated by Alice before the AGM"]) == [
        ("Draft budget to be circulated by Alice before the AGM", ["Alice Brown"], None)]


def test_a_marked_point_keeps_no_action_label_before_its_task() -> None:
    record = extract_text(_HEAD + "## Budget\n\nDiscussed.\n\nACTION: Document the new rota -> Dana\n",
                          format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [("Document the new rota", ["Dana Evans"])]


def test_action_tables_name_their_owner_column_in_many_ways() -> None:
    for header in ("Owners", "Responsibility", "Accountable", "Champion", "Actioner"):
        record = extract_text(_HEAD + f"## Actions\n\n| Action | {header} | Due |\n|---|---|---|\n"
                              "| Book the room | Alice | 5 April |\n| Send the invoice | Ben | |\n", format="markdown")
        assert [[o.name for o in a.owners] for a in record.actions] == [["Alice Brown"], ["Ben Carter"]], header
    record = extract_text(_HEAD + "## Actions\n\n| Follow-up | Owner |\n|---|---|\n| Book the room | Alice |\n",
                          format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [("Book the room", ["Alice Brown"])]


def test_a_to_do_heading_right_under_the_names_present_ends_the_attendance() -> None:
    record = extract_text("Committee meeting\n3 March 2025\n\nPresent: Alice Brown, Ben Carter\n\nNext Steps\n"
                          "- circulate the draft (Alice)\n- get quotes for the roof (Ben)\n", format="text")
    assert [p.name for p in record.attendance.present] == ["Alice Brown", "Ben Carter"]
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("circulate the draft", ["Alice Brown"]), ("get quotes for the roof", ["Ben Carter"])]


def test_asap_closing_a_task_is_its_deadline_and_a_status_field_its_state() -> None:
    record = extract_text(_HEAD + "## Actions\n\n- Ben to fix the gate ASAP\n"
                          "- Alice to circulate the draft. Status: in progress\n", format="markdown")
    assert [(a.text, a.due.kind if a.due else None, a.status) for a in record.actions] == [
        ("Ben to fix the gate ASAP", "asap", "open"), ("Alice to circulate the draft", None, "in_progress")]


def test_action_lines_across_the_items_are_siblings_of_one_list() -> None:
    record = extract_text(_HEAD + "## Budget\n\nDiscussed.\n\nACTION: Alice to circulate the draft.\n\n## Hall\n\n"
                          "The roof leaks.\n\nACTION: Carol to book the roofer.\n\n"
                          "ACTION: Website to go live in May.\n",
                          format="markdown")
    assert [[o.name for o in a.owners] for a in record.actions] == [["Alice Brown"], ["Carol"], []]
