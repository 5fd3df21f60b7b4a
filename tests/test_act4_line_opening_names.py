"""Actions round act4: one capitalised word opening an action line before "to" and a person's task
verb ("- Felix to send ...") is who does it, where nobody is listed; a plural or a word with a
noun's ending there is a thing ("Tools to make ...", "Proposal to create ..."). Every snippet is
invented."""

from __future__ import annotations

from notes_extract.api import extract_text

_ACTIONABLE = """# Steering notes

## Actionable
- Agree on a charter for the working group
- Wren to send over a poll for the next call
- Proposal to create a shared calendar
- Tools to make the release notes easier
- Suggested to send the draft round?
- Framework to record the harvest weights

### 4 March
- The charter draft was read through.
"""


def _owners() -> dict[str, list[str]]:
    record = extract_text(_ACTIONABLE, format="markdown")
    return {a.text: [o.name for o in a.owners] for a in record.actions}


def test_one_word_opening_an_action_line_before_a_task_verb_is_its_owner() -> None:
    assert _owners()["Wren to send over a poll for the next call"] == ["Wren"]


def test_plurals_and_nouns_there_own_nothing() -> None:
    owners = _owners()
    assert owners["Proposal to create a shared calendar"] == []
    assert owners["Tools to make the release notes easier"] == []
    assert owners["Framework to record the harvest weights"] == []
    assert owners.get("Suggested to send the draft round?", []) == []
