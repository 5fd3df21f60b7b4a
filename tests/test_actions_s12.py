"""Action shapes read this session (s12): tasks grouped under status labels, owners in a bold
label, items carried with the date they were raised, a "DONM" line. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract


def _record(text: str, fmt: str = "markdown"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def _actions(record) -> list[tuple[str, list[str], str, str]]:  # type: ignore[no-untyped-def]
    return [(a.text, [o.name for o in a.owners], a.status, a.origin) for a in record.actions]


def test_a_status_label_over_tasks_is_their_status_never_their_owner() -> None:
    text = ("# Project Meeting 2022-03-09\n\nPresent: Ann Lee, Bo Ode\n\n## Actions\n\n"
            "- New\n    - Ann Lee: Order the sample boards\n"
            "- In progress\n    - Bo Ode: Write up the test plan\n"
            "- Done\n    - Ann Lee: Fix the build script\n")
    assert _actions(_record(text)) == [
        ("Order the sample boards", ["Ann Lee"], "open", "this_meeting"),
        ("Write up the test plan", ["Bo Ode"], "in_progress", "previous_meeting"),
        ("Fix the build script", ["Ann Lee"], "done", "previous_meeting"),
    ]


def test_an_owner_in_a_bold_label_written_as_asterisks_owns_the_task() -> None:
    text = ("Project Meeting 2022-03-09\n\nPresent: Ann Lee, Bo Ode\n\nActions\n-------\n\n"
            "- **Bo Ode:** Send the survey to the panel\n")
    assert _actions(_record(text, "text")) == [("Send the survey to the panel", ["Bo Ode"], "open", "this_meeting")]


def test_an_open_item_with_the_date_it_was_raised_and_its_owner_in_brackets() -> None:
    text = ("# Working Group 2022-05-10\n\nPresent: Ann Lee, Rik Vos\n\n## Open action items\n\n"
            "- 2022/03/01 (rik): Draft the guidance for suppliers.\n"
            "- 2022/04/12: Update the test matrix.\n")
    assert _actions(_record(text)) == [
        ("Draft the guidance for suppliers.", ["Rik Vos"], "open", "previous_meeting"),
        ("Update the test matrix.", [], "open", "previous_meeting"),
    ]


def test_a_donm_heading_is_the_date_of_the_next_meeting() -> None:
    text = ("# Supervision Meeting 2021-02-03\n\nPresent: Ann Lee\n\n## Progress\n\nThe parser works.\n\n"
            "## DONM\n\nWednesday 10th of February, 15:00\n")
    following = _record(text).next_meeting
    assert following is not None
    assert (str(following.date), following.start_time) == ("2021-02-10", "15:00")
    assert [s.title for s in _record(text).sections] == ["Progress"]


def test_actions_under_an_items_own_action_items_sub_heading_keep_that_item() -> None:
    text = ("# Docs Group 2021-04-07\n\n## Style guide\n\nThe guide needs work.\n\n### Action items\n\n"
            "* [ ] @kim - Draft the new style rules.\n\n## Tooling\n\nThe build is slow.\n\n"
            "### Action items\n\n* [ ] @lou - Profile the build.\n")
    assert [(a.text, a.section) for a in _record(text).actions] == [
        ("Draft the new style rules.", "Style guide"), ("Profile the build.", "Tooling")]


def test_a_closing_date_after_a_task_is_its_deadline() -> None:
    text = "# Docs Group 2021-04-07\n\n## Reviews\n\n* [ ] Review the glossary PR - **Closes 4/20/2021**\n"
    due = _record(text).actions[0].due
    assert due is not None and (str(due.date), due.kind) == ("2021-04-20", "date")


def test_an_action_label_with_its_owners_in_brackets() -> None:
    text = ("# Team Meeting 2022-03-09\n\nPresent: Ann Lee, Bo Ode, Cy Ray\n\n## Budget\n\nWe went through it.\n\n"
            "- Action (Ann): write the report\n- AI(bo/cy): fix the printer\n- Action (urgent): mend the roof\n")
    assert [(t, o) for t, o, _, _ in _actions(_record(text))] == [
        ("write the report", ["Ann Lee"]), ("fix the printer", ["Bo Ode", "Cy Ray"]), ("mend the roof", [])]


def test_an_action_item_opening_on_its_owners_in_parentheses() -> None:
    text = ("# Team Meeting 2022-03-09\n\nPresent: Ann Lee, Bo Ode\n\n## Actions\n\n"
            "- (Bo) review the contract\n- (Ann/Bo) Contact the venue\n- (optional) Ring the council\n")
    assert [(t, o) for t, o, _, _ in _actions(_record(text))] == [
        ("review the contract", ["Bo Ode"]), ("Contact the venue", ["Ann Lee", "Bo Ode"]),
        ("(optional) Ring the council", [])]


def test_tasks_nested_under_a_name_to_line_are_that_persons() -> None:
    text = ("# Team Meeting 2022-03-09\n\nPresent: Ann Lee, Bo Ode\n\n## Actions\n\n"
            "- Ann to:\n    - call the bank\n    - book the hall\n")
    assert [(t, o) for t, o, _, _ in _actions(_record(text))] == [
        ("call the bank", ["Ann Lee"]), ("book the hall", ["Ann Lee"])]
