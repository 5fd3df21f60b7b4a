"""Tasks and consensus in scribe and dialogue minutes: a speaker's own commitment in a log with no
items, tasks given in brackets or after a lead-in, and aims that decide nothing."""

from __future__ import annotations

from notes_extract.api import extract_all


def _record(text: str, fmt: str = "markdown") -> dict:
    return extract_all(text.encode(), format=fmt)[0].model_dump(mode="json")


def _actions(record: dict) -> dict[str, list[str]]:
    return {a["text"]: [o["name"] for o in a["owners"]] for a in record["actions"]}


def test_irc_speaker_commitment_outside_items_is_their_action() -> None:
    record = _record("# Log\n\n<kim> hi lou\n\n<lou> hi kim\n\n<kim> the build is broken again\n\n"
                     "<lou> Ok, I'll look at the build.\n\n<kim> thanks\n")
    assert _actions(record) == {"Ok, I'll look at the build.": ["lou"]}


_BRACKETS = ("Team sync\n\nAttendees: Ann Lee, Bo Park\n\n## Old Business\n\n"
             "* Add a talks page to the site (for Ann)\n"
             "* Plan the rollout with a small team (Carl Dunn to lead this effort)\n"
             "* Ann and Bo (Bo suggested it) to check the logs.\n\n"
             "## New Business\n\nAnn and Bo taking these\n\n* Write the test workflow\n* Move the docs to this repo\n")


def test_bracketed_person_owns_the_point() -> None:
    actions = _actions(_record(_BRACKETS))
    assert actions["Add a talks page to the site (for Ann)"] == ["Ann Lee"]
    assert actions["Plan the rollout with a small team (Carl Dunn to lead this effort)"] == ["Carl Dunn"]


def test_aside_between_owners_and_their_task() -> None:
    actions = _actions(_record(_BRACKETS))
    assert actions["Ann and Bo (Bo suggested it) to check the logs."] == ["Ann Lee", "Bo Park"]


def test_items_under_a_taking_line_are_their_tasks() -> None:
    actions = _actions(_record(_BRACKETS))
    assert actions["Write the test workflow"] == ["Ann Lee", "Bo Park"]
    assert actions["Move the docs to this repo"] == ["Ann Lee", "Bo Park"]


def test_goal_line_is_no_decision() -> None:
    record = _record("Team sync\n\nAttendees: Ann Lee, Bo Park\n\n## Budget\n\n"
                     "- **Goal**: Come to consensus on the budget split\n- The split was discussed.\n")
    assert record["decisions"] == []
