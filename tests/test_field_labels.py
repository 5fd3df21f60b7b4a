"""A "Notes:" or "Summary:" field over the meeting's bullets is a field label (HARMONISED R12), not a
section; a template heading such as "Updates:" over its bullets stays one. Invented minutes."""

from __future__ import annotations

import pytest

from notes_extract import extract

HEAD = "Team meeting, 3 March 2025\n\nAttendees: Ann Lee, Bo Ode\n\nPurpose: Review the portal.\n\n"


@pytest.mark.parametrize("label", ["Notes:", "Summary:"])
def test_a_notes_field_over_bullets_is_no_section(label: str) -> None:
    record = extract((HEAD + f"{label}\n\n- Reviewed the buttons.\n- Noted layout issues.\n").encode(),
                     format="text")
    assert [s.title for s in record.sections] == []


def test_a_template_heading_with_a_colon_over_bullets_is_a_section() -> None:
    record = extract((HEAD + "Updates:\n\n- The tests now pass.\n- The build is green.\n").encode(), format="text")
    assert [s.title for s in record.sections] == ["Updates"]
