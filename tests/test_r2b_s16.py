"""Second-round decision and action forms of the sixteenth session, on invented snippets."""

from __future__ import annotations

from notes_extract import extract_text

_HEAD = "# Tooling team sync, 3 March 2025\n\nAttendees: Ann Lee, Bo Ode, Cy Park\n\n## Release schedule\n\n"


def test_consensus_marker_keeping_things_as_they_are_is_a_decision() -> None:
    text = _HEAD + "- Bo asked whether to move the release.\n- **Consensus**: no change to the schedule\n"
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["no change to the schedule"]


def test_consensus_marker_saying_none_was_reached_is_no_decision() -> None:
    for line in ("Consensus: no consensus yet", "Consensus: no.", "Consensus: none"):
        record = extract_text(_HEAD + f"- Bo asked whether to move the release.\n- {line}\n", format="markdown")
        assert record.decisions == [], line
