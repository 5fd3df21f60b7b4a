"""Actions that no "Action:" label marks: tasks grouped under their owner's line,
to-do tables, and commitments reported in prose. Each test reads a few lines of
invented minutes."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


def by_text(record: MinutesRecord) -> dict[str, tuple[list[str], str, str]]:
    """Each action's text → (owners as written, status, origin)."""
    return {a.text: ([o.text for o in a.owners], a.status, a.origin) for a in record.actions}


HEAD = b"# Planning call 4 May 2023\n\n## Attendees\n\n* Ingrid Solberg\n* Tomasz Wrobel\n\n"


def test_tasks_nested_under_an_owner_line_are_that_owners_actions() -> None:
    record = markdown(HEAD + (
        "## New Action Items\n\n"
        "* IngridS:\n"
        "    * Draft the release checklist\n"
        "    * Book the room for the workshop - done\n"
        "* Everyone\n"
        "    * Review the roadmap page\n"
    ).encode())
    actions = by_text(record)
    assert set(actions) == {"Draft the release checklist", "Book the room for the workshop", "Review the roadmap page"}
    assert actions["Draft the release checklist"][:2] == (["IngridS"], "open")
    assert actions["Book the room for the workshop"][:2] == (["IngridS"], "done")
    assert actions["Review the roadmap page"][0] == ["Everyone"]


def test_a_review_of_last_meetings_actions_grouped_by_owner() -> None:
    record = markdown(HEAD + (
        "## Action items from last meeting\n\n"
        "* Tomasz Wrobel:\n"
        "    * Ask the vendor about licence terms - in progress, reply expected\n"
        "    * Ingrid Solberg found that the old mirror is gone\n"
        "* Ingrid Solberg\n"
        "    * Update the wiki front page - open\n"
    ).encode())
    actions = by_text(record)
    assert set(actions) == {"Ask the vendor about licence terms", "Update the wiki front page"}
    assert actions["Ask the vendor about licence terms"] == (["Tomasz Wrobel"], "in_progress", "previous_meeting")
    assert actions["Update the wiki front page"] == (["Ingrid Solberg"], "open", "previous_meeting")
    assert [s.kind for s in record.sections if s.title == "Action items from last meeting"] == ["action_review"]


def test_a_topic_list_under_an_actions_heading_keeps_only_its_top_level() -> None:
    # items that are tasks themselves, with details below them: the details are no actions
    record = markdown(HEAD + (
        "## Actions\n\n"
        "* Tomasz to order the new badges\n"
        "    * the supplier from last year\n"
        "* Ingrid to write the newsletter\n"
    ).encode())
    assert set(by_text(record)) == {"Tomasz to order the new badges", "Ingrid to write the newsletter"}
