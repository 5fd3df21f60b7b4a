"""Actions: deadlines, owners, table rows, "Action:" lines and their linking."""

import datetime as dt

import pytest

from notes_extract.document import table_block
from notes_extract.extractors.actions import (
    line_action,
    link,
    read_due,
    split_owners,
    table_actions,
)
from notes_extract.extractors.context import Context
from notes_extract.extractors.status_tails import status_update
from notes_extract.people import Roster
from notes_extract.segment import ActionTable, classify_action_table

ROSTER = Roster(["Niccola Hutchinson-Pascal", "Nathan Hudson", "Isaac Samuels", "Anne Collis"])
CTX = Context(roster=ROSTER, meeting_date=dt.date(2025, 7, 2), day_first=True,
              names=frozenset({"George"}))


@pytest.mark.parametrize(
    ("written", "kind", "date", "status"),
    [
        ("31 July", "date", "2025-07-31", None),
        ("29 Aug", "date", "2025-08-29", None),
        ("Next meeting", "next_meeting", None, None),
        ("Next meeting – date TBC", "next_meeting", None, None),
        ("TBC", "tbc", None, None),
        ("ASAP", "asap", None, None),
        ("In progress", None, None, "in_progress"),  # a status in the deadline column
        ("Ongoing", None, None, "in_progress"),
        ("Complete", None, None, "done"),
        ("", None, None, None),
    ],
)
def test_deadlines(written: str, kind: str | None, date: str | None, status: str | None) -> None:
    due, found_status = read_due(written, CTX)
    assert (due.kind if due else None, due.date if due else None, found_status) == (kind, date, status)


def test_deadline_without_year_after_a_december_meeting_is_next_year() -> None:
    ctx = Context(roster=ROSTER, meeting_date=dt.date(2024, 12, 10), day_first=True)
    due, _ = read_due("31 Jan", ctx)
    assert due is not None and due.date == "2025-01-31"


@pytest.mark.parametrize(
    ("text", "owners"),
    [("Niccola/ Nathan", ["Niccola", "Nathan"]), ("Nicc/George", ["Nicc", "George"]),
     ("A Smith & B Jones", ["A Smith", "B Jones"]), ("Anne", ["Anne"])],
)
def test_owner_cells_split_into_people(text: str, owners: list[str]) -> None:
    assert split_owners(text) == owners


def _table(rows: list[list[str]]) -> ActionTable:
    block = table_block(rows)
    columns = classify_action_table(block)
    assert columns is not None
    return ActionTable(block, columns, previous="previous" in rows[0][0].lower(), heading_text="")


def test_action_table_rows_become_actions_with_resolved_owners() -> None:
    table = _table([
        ["Actions from previous meetings", "Person taking this on", "Deadline"],
        ["C. Develop an additional income report.", "Niccola/ Nathan", "In progress"],
        ["B. George to present the survey.", "Nicc/George", "Next meeting – date TBC"],
    ])
    first, second = (d.to_model(CTX) for d in table_actions(table, CTX))
    assert first.ref == "C" and first.text == "Develop an additional income report."
    assert [o.name for o in first.owners] == ["Niccola Hutchinson-Pascal", "Nathan Hudson"]
    assert (first.status, first.due, first.origin) == ("in_progress", None, "previous_meeting")
    assert [o.name for o in second.owners] == ["Niccola Hutchinson-Pascal", "George"]
    assert second.due is not None and second.due.kind == "next_meeting"


def test_table_with_owner_and_status_columns_under_other_names() -> None:
    table = _table([["#", "Task", "Who", "Due", "Status"],
                    ["4", "Order new signs", "Anne", "1 Sept", "Done"]])
    (action,) = (d.to_model(CTX) for d in table_actions(table, CTX))
    assert (action.ref, action.text, action.status) == ("4", "Order new signs", "done")
    assert action.due is not None and action.due.date == "2025-09-01"


def test_table_that_is_not_an_action_table_is_not_classified() -> None:
    assert classify_action_table(table_block([["Income", "Amount"], ["Grants", "£300"]])) is None


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("Action: Nicc to follow up with Sarah and get connected into this work.", ["Nicc"]),
        ("ACTION: Isaac will reach out to talk to members.", ["Isaac"]),
        ("Nicc to look at the resources.", ["Nicc"]),
        ("The Clerk to write to the highways department.", ["The Clerk"]),
        ("George to present a full analysis.", ["George"]),
        ("Anne agreed to circulate the paper.", ["Anne"]),
        ("Action: update the website (Anne)", ["Anne"]),
    ],
)
def test_lines_that_are_actions(line: str, owners: list[str]) -> None:
    draft = line_action(line, CTX, section="Finance")
    assert draft is not None and draft.owners == owners and draft.section == "Finance"


@pytest.mark.parametrize(
    "line",
    [
        "Suggestion to bring project leads together every 6 months.",  # not a person
        "Impact Report 2024 to be shared with the group.",
        "Anne mentioned some safeguarding training.",  # no commitment
        "Isaac may look at this later.",  # tentative
        "It was agreed to look again next year.",
    ],
)
def test_lines_that_are_not_actions(line: str) -> None:
    assert line_action(line, CTX, section=None) is None


def test_checklist_items_are_actions_and_checked_ones_are_done() -> None:
    open_item = line_action("[ ] @alice update the docs", CTX, section=None)
    done_item = line_action("[x] @bob fix CI", CTX, section=None)
    assert open_item is not None and open_item.owners == ["@alice"] and open_item.status == "open"
    assert done_item is not None and done_item.status == "done"


def test_action_line_links_to_the_table_row_for_the_same_task() -> None:
    table = _table([["Actions agreed in this meeting", "Person", "Deadline"],
                    ["5. Isaac to talk to all Allies about support needed.", "Isaac", "29 Aug"],
                    ["6. Anne to share safeguarding training.", "Anne", "31 July"]])
    rows = table_actions(table, CTX)
    line = line_action("Action: Isaac will reach out to talk to Allies members about support needed.",
                       CTX, section="Anti-racism work update")
    assert line is not None
    merged = link(rows, [line], CTX)
    assert len(merged) == 2
    assert merged[0].ref == "5" and merged[0].section == "Anti-racism work update"


def test_status_update_lines() -> None:
    assert status_update("George to present the survey – in progress, next meeting date TBC.") == (
        "George to present the survey", "in_progress", "in progress, next meeting date TBC")
    assert status_update("Impact Report to be shared – complete.")[1] == "done"  # type: ignore[index]
    assert status_update("A point - with a dash that is no status") is None
