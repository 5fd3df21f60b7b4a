"""A line opening with an action's label ("TODO: ...", "To-do: ...") is an action of the item it sits in,
as "Action: ..." is; the label never opens an item of its own."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_HEAD = ("Minutes of the Committee meeting\n5 March 2024\n\nPresent: Anna Berg, Tom Wills, Sara Khan\n\n"
         "1. Hall\nThe hall is damp.\n")


@pytest.mark.parametrize("line", ["TODO: book the hall (Tom)", "Todo: book the hall (Tom)",
                                  "To-do: book the hall (Tom)"])
def test_a_todo_labelled_line_is_an_action_of_its_item(line: str) -> None:
    record = extract_text(_HEAD + line + "\n\n2. Close\nThe meeting closed.\n", format="text")
    assert [s.title for s in record.sections] == ["Hall", "Close"]
    assert [(a.text, [o.name for o in a.owners], a.section) for a in record.actions] == \
        [("book the hall", ["Tom Wills"], "Hall")]
