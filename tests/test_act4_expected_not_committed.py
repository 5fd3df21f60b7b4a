"""Actions round act4: what the meeting expects someone will do ("We trust that the warden will
...", "Assumes that the licence will ...") is no one's commitment; a firm one beside it still is.
Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

_EXPECTED = """Brackenfield Allotment Society committee notes, 2 March 2022

Present: Nell Ashby, Tom Greaves, Uma Roy

Water troughs: the spring inspection is due. We trust that the secretary will work out the best order for the repairs.
Nell Ashby expected that the Treasurer would pay the water bill before Easter.
Tom Greaves will order the padlocks for the tool shed.
"""


def _texts() -> list[str]:
    return [a.text for a in extract_text(_EXPECTED).actions]


def test_an_expectation_about_someone_is_no_task() -> None:
    texts = _texts()
    assert not any("trust that" in t for t in texts)
    assert not any("expected that" in t for t in texts)


def test_a_firm_commitment_beside_it_stays() -> None:
    assert _texts() == ["Tom Greaves will order the padlocks for the tool shed."]
