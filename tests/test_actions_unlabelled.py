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
        b"## New Action Items\n\n"
        b"* IngridS:\n"
        b"    * Draft the release checklist\n"
        b"    * Book the room for the workshop - done\n"
        b"* Everyone\n"
        b"    * Review the roadmap page\n"
    ))
    actions = by_text(record)
    assert set(actions) == {"Draft the release checklist", "Book the room for the workshop", "Review the roadmap page"}
    assert actions["Draft the release checklist"][:2] == (["IngridS"], "open")
    assert actions["Book the room for the workshop"][:2] == (["IngridS"], "done")
    assert actions["Review the roadmap page"][0] == ["Everyone"]


def test_a_review_of_last_meetings_actions_grouped_by_owner() -> None:
    record = markdown(HEAD + (
        b"## Action items from last meeting\n\n"
        b"* Tomasz Wrobel:\n"
        b"    * Ask the vendor about licence terms - in progress, reply expected\n"
        b"    * Ingrid Solberg found that the old mirror is gone\n"
        b"* Ingrid Solberg\n"
        b"    * Update the wiki front page - open\n"
    ))
    actions = by_text(record)
    assert set(actions) == {"Ask the vendor about licence terms", "Update the wiki front page"}
    assert actions["Ask the vendor about licence terms"] == (["Tomasz Wrobel"], "in_progress", "previous_meeting")
    assert actions["Update the wiki front page"] == (["Ingrid Solberg"], "open", "previous_meeting")
    assert [s.kind for s in record.sections if s.title == "Action items from last meeting"] == ["action_review"]


def test_a_topic_list_under_an_actions_heading_keeps_only_its_top_level() -> None:
    # items that are tasks themselves, with details below them: the details are no actions
    record = markdown(HEAD + (
        b"## Actions\n\n"
        b"* Tomasz to order the new badges\n"
        b"    * the supplier from last year\n"
        b"* Ingrid to write the newsletter\n"
    ))
    assert set(by_text(record)) == {"Tomasz to order the new badges", "Ingrid to write the newsletter"}


def test_name_colon_and_name_dash_lines_under_a_follow_ups_heading() -> None:
    record = markdown(HEAD + (
        b"## Follow-ups\n\n"
        b"- Ines: send the slides to the list\n"
        b"- Gunnar - fix the nightly build\n"
        b"- Website - the new look\n"
    ))
    actions = by_text(record)
    assert actions["send the slides to the list"][0] == ["Ines"]
    assert actions["fix the nightly build"][0] == ["Gunnar"]
    assert actions["Website - the new look"][0] == []  # a topic, not an owner


def test_a_to_do_table_with_an_assigned_to_column() -> None:
    record = markdown(HEAD + (
        b"### Take-Aways/To-Dos:\n\n"
        b"| To-Do | Assigned To: |\n|---|---|\n"
        b"| fill in the travel form | Tomasz |\n"
        b"| rank the project ideas | Everyone |\n"
    ))
    assert by_text(record) == {"fill in the travel form": (["Tomasz"], "open", "this_meeting"),
                               "rank the project ideas": (["Everyone"], "open", "this_meeting")}


def test_offers_and_agreed_for_someone_to_are_actions_of_people_never_listed() -> None:
    record = markdown(
        b"# Residents meeting 2 June 2024\n\n"
        b"## Venue and summer fair\n\n"
        b"- Choose a venue - Agreed to keep the hall and for Marta to confirm with the caretaker\n"
        b"- Who will run the stall? Olek Nowak offered to run the stall on the day\n"
        b"- Walks - Freya might lead a walk in spring\n"
    )
    owners = {a.text: [o.text for o in a.owners] for a in record.actions}
    assert any("for Marta to confirm" in t and o == ["Marta"] for t, o in owners.items()), owners
    assert any("Olek Nowak offered to run the stall" in t and o == ["Olek Nowak"] for t, o in owners.items()), owners
    assert not any("Freya" in t for t in owners)  # tentative: no action


def test_owner_handles_run_together_resolve_to_the_attendee() -> None:
    record = markdown(
        b"# Planning call 4 May 2023\n\n## Attendees\n\n* Ingrid Solberg\n* Dave McKenna\n* Dave Dunmore\n\n"
        b"## Action items\n\n"
        b"* DaveMcK:\n    * Fix the release build\n"
        b"* DaveD:\n    * Test the installer\n"
        b"* IngridS:\n    * Draft the checklist\n"
    )
    owners = {a.text: [o.name for o in a.owners] for a in record.actions}
    assert owners == {"Fix the release build": ["Dave McKenna"], "Test the installer": ["Dave Dunmore"],
                      "Draft the checklist": ["Ingrid Solberg"]}


def test_a_reported_promise_in_the_progressive() -> None:
    record = markdown(HEAD + b"## Budget review\n\n- Tomasz said he would be filing a ticket for the refund.\n")
    assert by_text(record) == {"Tomasz said he would be filing a ticket for the refund.":
                               (["Tomasz"], "open", "this_meeting")}


def test_ticks_give_the_state_and_past_work_under_an_owner_is_no_action() -> None:
    record = markdown(HEAD + (
        "## Action items\n\n"
        "* Ingrid Solberg:\n"
        "    * ✓ Book the hall\n"
        "    * Done last week: fixed the login page\n"
        "    * Write the release notes ☐\n"
        "* Tomasz Wrobel:\n"
        "    * Completed: order the badges\n"
        "\n## Budget\n\n"
        "- ✅ Budget approved\n"
    ).encode())
    assert by_text(record) == {"Book the hall": (["Ingrid Solberg"], "done", "this_meeting"),
                               "Write the release notes": (["Ingrid Solberg"], "open", "this_meeting"),
                               "order the badges": (["Tomasz Wrobel"], "done", "this_meeting")}


def test_joint_owners_who_met_and_will_report_and_a_promise_reported_after_that() -> None:
    record = markdown(HEAD + (
        b"## Rota\n\n"
        b"- Tomasz raised a gap in the rota and that he would be filing a ticket for it.\n"
        b"- Ingrid and Tomasz decided to meet and will bring a proposal next time.\n"
        b"- Ingrid reported that the council said that they would fund it.\n"
    ))
    owners = {a.text.split()[0] + " " + a.text.split()[1]: [o.text for o in a.owners] for a in record.actions}
    assert owners == {"Tomasz raised": ["Tomasz"], "Ingrid and": ["Ingrid", "Tomasz"]}


def test_owner_lines_of_their_own_over_plain_lists() -> None:
    record = markdown(HEAD + (
        b"## Action items\n\n**Ingrid**\n\n- send the slides\n- book the room\n\nTomasz:\n\n- fix the build\n\n"
        b"## Actions carried\n\nNone.\n\n"
        b"## Next steps\n\n- Ingrid to call the mayor\n\n**Finance**\n\n- The balance is fine\n"
    ))
    assert {a.text: [o.text for o in a.owners] for a in record.actions} == {
        "send the slides": ["Ingrid"], "book the room": ["Ingrid"], "fix the build": ["Tomasz"],
        "Ingrid to call the mayor": ["Ingrid"]}
    assert "Finance" in [s.title for s in record.sections]


def test_asked_someone_to_think_about_and_an_update_in_the_next_meeting() -> None:
    record = markdown(HEAD + (
        b"## Rota\n\n"
        b"- Ingrid asked Tomasz to think about what the rota needs.\n"
        b"- Ingrid will give an update in the next steering meeting.\n"
    ))
    owners = {a.text: ([o.text for o in a.owners], a.due.kind if a.due else None) for a in record.actions}
    assert owners == {"Ingrid asked Tomasz to think about what the rota needs.": (["Tomasz"], None),
                      "Ingrid will give an update in the next steering meeting.": (["Ingrid"], "next_meeting")}


def test_an_owner_in_square_brackets_after_the_task() -> None:
    record = markdown(HEAD + b"## Action items\n\n- Send the minutes [Ingrid]\n- Read [RFC 9110]\n")
    assert {a.text: [o.text for o in a.owners] for a in record.actions} == {
        "Send the minutes": ["Ingrid"], "Read [RFC 9110]": []}


def test_owners_joined_by_a_plus_sign_share_the_task() -> None:
    record = markdown(HEAD + (
        b"## Notes\n\n"
        b"* Ingrid+Tomasz to draft the funding letter.\n"
        b"* Ingrid + Tomasz to book the hall for June.\n"
    ))
    actions = by_text(record)
    assert actions["Ingrid+Tomasz to draft the funding letter."][0] == ["Ingrid", "Tomasz"]
    assert actions["Ingrid + Tomasz to book the hall for June."][0] == ["Ingrid", "Tomasz"]
