"""A heading naming the task list twice ("Follow-ups and next steps", "Next steps & action items") opens it
like either name alone."""

from __future__ import annotations

import pytest

from notes_extract import extract_text


@pytest.mark.parametrize("heading", ["Follow-ups and next steps", "Next steps & action items"])
def test_a_task_heading_of_two_names_opens_the_task_list(heading: str) -> None:
    text = (f"# Garden Team Meeting\n\n**Date:** 3 June 2025\n\n**Attendees:** Ann Lee, Bo Ode\n\n## Updates\n\n"
            f"- Beds were weeded.\n\n## {heading}\n\n- Order compost\n- Fix the gate\n")
    record = extract_text(text, format="markdown")
    assert [a.text for a in record.actions] == ["Order compost", "Fix the gate"]
    assert [s.title for s in record.sections] == ["Updates"]
