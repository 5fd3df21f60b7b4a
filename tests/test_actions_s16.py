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
