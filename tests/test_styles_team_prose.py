"""Decisions and deadlines written in plain prose by small teams (invented snippets).

"We agreed to use X", "Settled on Y", "rough consensus on Z" are the team's decisions;
questions, decisions still to make, tentative or recounted ones are not. Actions give
their deadline inline ("due on 03/09/2024", "by next week", "present next meeting").
"""

from __future__ import annotations

import pytest

from notes_extract import extract
from notes_extract.extractors.decisions import decision_kind
from notes_extract.models import MinutesRecord


def markdown(body: str) -> MinutesRecord:
    head = "# Team sync 4 March 2024\n\nPresent: Ana Lima, Ben Cole, Cara Diaz\n\n## Design\n\n"
    return extract((head + body).encode(), format="markdown")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("We agreed to use Postgres for the backend.", "agreement"),
    ("So, we decided that each member writes one user story.", "agreement"),
    ("There was rough consensus on dropping the legacy API.", "agreement"),
    ("After a short debate we reached initial consensus on the scope.", "agreement"),
    ("The conclusion was to keep the old logo.", "agreement"),
    ("Settled on React for the front end.", "agreement"),
    ("We will go with the blue theme.", "other"),
    ("We chose a second weekly slot that suits everyone.", "other"),
    ("We also agreed on the release checklist:", "agreement"),
])
def test_team_prose_decisions(sentence: str, kind: str) -> None:
    record = markdown(f"- {sentence}\n")
    assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [(sentence, kind, "carried")]


@pytest.mark.parametrize("sentence", [
    "We need to decide which database to use.",
    "Should we settle on a venue now?",
    "We'll probably go with Heroku.",
    "We decided last week to use Slack.",
    "We have not yet agreed on a logo.",
    "There is no consensus on the colours yet.",
    "We need consensus on the API before Friday.",
    "The general consensus is that the demo went well.",
    "It was agreed:",
])
def test_not_this_teams_decision(sentence: str) -> None:
    assert decision_kind(sentence) is None


def test_agenda_item_with_its_outcome_after_a_dash() -> None:
    record = markdown("1. Decide on the team size - We decided not to set a limit for now\n"
                      "2. Agree if the chat group is used day-to-day - Agreed and set up\n")
    assert [d.text for d in record.decisions] == ["We decided not to set a limit for now", "Agreed and set up"]


def test_inline_deadlines() -> None:
    record = markdown("- Ben to present the prototype next meeting.\n"
                      "- Cara to submit the report due on 15/03/2024.\n"
                      "- Ana to book the room by next week.\n"
                      "- Cara to file the claim by the end of the month.\n")
    dues = [(a.due.kind, a.due.date) if a.due else None for a in record.actions]
    assert dues == [("next_meeting", None), ("date", "2024-03-15"), ("other", None), ("other", None)]


def test_next_meeting_deadline_takes_the_next_meetings_date() -> None:
    record = markdown("- Ben to present the prototype next meeting.\n\n## Next meeting\n\n"
                      "Next meeting: 18 March 2024\n")
    assert record.next_meeting is not None and record.next_meeting.date == "2024-03-18"
    assert record.actions[0].due is not None and record.actions[0].due.date == "2024-03-18"


def test_task_table_without_deadline_column_reads_the_task() -> None:
    record = markdown("| Task | Owner |\n|---|---|\n| Get the slides ready for next meeting | Ana |\n")
    assert [(a.due.kind if a.due else None) for a in record.actions] == ["next_meeting"]


def test_chair_in_brackets_inside_an_action_is_not_the_meetings_chair() -> None:
    record = markdown("- Ben to raise the budget with Dana Ruiz (Chair) of the finance board.\n")
    assert record.meeting.chair is None
