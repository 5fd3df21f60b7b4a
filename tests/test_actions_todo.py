"""To-do lists and progress reports: what will be done is an action, what was done is not.
Each style on a small invented document."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord
from notes_extract.segment.labels import ACTIONS_HEADING


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def action_texts(record: MinutesRecord) -> list[str]:
    return [a.text for a in record.actions]


def owner_names(record: MinutesRecord) -> list[list[str]]:
    return [[o.name or o.text for o in a.owners] for a in record.actions]


def test_to_do_headings_that_name_their_time_frame_first() -> None:
    for heading in ("Next week's goals", "Week 4 goals", "Sprint 2 meeting plan", "Week 1 Meeting Goals:",
                    "This week’s tasks", "Next meeting goals"):
        assert ACTIONS_HEADING.match(heading), heading


def test_to_do_headings_with_a_time_frame_after_the_plan_word() -> None:
    for heading in ("Plans for next week", "Goals for the week", "Deliverables for the coming week",
                    "Action items for next week", "Assignments for week 6", "To do before the next meeting",
                    "Plan for the following sprint"):
        assert ACTIONS_HEADING.match(heading), heading
    for heading in ("Plan", "Goals of the society", "Week 3 Meeting", "Next meeting"):
        assert not ACTIONS_HEADING.match(heading), heading


def test_items_under_a_timed_goals_heading_are_actions_and_done_work_is_not() -> None:
    record = markdown(b"# Rover team\n\n6 March 2024\n\nPresent: Nadia Vell, Otto Brink\n\n"
                      b"## Work done\n\n- Soldered the motor board\n- Testing the range finder\n\n"
                      b"## Week 5 goals\n\n1. Mount the camera\n2. Write the drive loop\n")
    assert action_texts(record) == ["Mount the camera", "Write the drive loop"]
    assert owner_names(record) == [[], []]


def test_plain_to_do_items_after_a_todo_line_are_each_their_own_task() -> None:
    record = markdown(b"# Poster group\n\n2 April 2024\n\n## Notes\n\nThe draft looks fine.\n\n"
                      b"**To do:**\n\n- Print the poster\n- Email the abstract\n\nTODO: check the venue hours\n\n"
                      b"## Tasks\n\n- [ ] Buy foam board\n- [x] Reserve the stand\n")
    assert action_texts(record) == ["Print the poster", "Email the abstract", "check the venue hours",
                                    "Buy foam board", "Reserve the stand"]
    assert [a.status for a in record.actions] == ["open", "open", "open", "open", "done"]


def test_a_work_area_over_nested_to_do_items_is_no_owner() -> None:
    record = markdown(b"# App team\n\n8 May 2024\n\nPresent: Nadia Vell, Otto Brink\n\n"
                      b"## Tasks for next meeting\n\n- Frontend\n  - Add the search box\n  - Style the results\n"
                      b"- Nadia\n  - Cache the responses\n")
    assert action_texts(record) == ["Add the search box", "Style the results", "Cache the responses"]
    assert owner_names(record) == [[], [], ["Nadia Vell"]]


def test_a_label_line_inside_a_to_do_list_is_no_task() -> None:
    record = markdown(b"# App team\n\n8 May 2024\n\n## Next steps\n\nBACK END:\n\nSplit the import script\n\n"
                      b"Docs and testing:\n\nWrite the install guide\n")
    assert action_texts(record) == ["Split the import script", "Write the install guide"]


def test_a_weekly_table_gives_the_plan_column_as_tasks_and_not_the_done_column() -> None:
    record = markdown(b"# Lab group\n\n9 May 2024\n\nPresent: Nadia Vell, Otto Brink\n\n## Weekly report\n\n"
                      b"| Name | Tasks done this week | Plan for next week |\n|---|---|---|\n"
                      b"| Nadia | Cleaned the survey data | Fit the baseline model |\n"
                      b"| Otto | Drafting the intro | Send the draft to the tutor |\n")
    assert action_texts(record) == ["Fit the baseline model", "Send the draft to the tutor"]
    assert owner_names(record) == [["Nadia Vell"], ["Otto Brink"]]
