"""Actions in further shapes: group owners on action lines, pictograph-led work under way,
a pronoun in a next-meeting line, willingness reported, and a body's arrangements (no task).
Invented snippets of each style."""

from notes_extract import extract


def _minutes(body: bytes) -> list[tuple[str, list[str], str]]:
    record = extract(b"# Kestrel Walking Group Committee Meeting 9 April 2032\n\n"
                     b"Present: Nora Quill, Owen Pike, Ruth Lamb (RL)\n\n" + body + b"\n", format="markdown")
    return [(a.text, [o.name for o in a.owners], a.status) for a in record.actions]


def test_a_group_word_owns_an_action_line_under_an_actions_heading() -> None:
    found = _minutes(b"## Routes\n\n- The spring route was walked.\n\n## Actions\n\n"
                     b"- All: read the new route guide\n- Team - check the first-aid kits\n- Owen: book the coach")
    assert found == [("read the new route guide", ["All"], "open"),
                     ("check the first-aid kits", ["Team"], "open"),
                     ("book the coach", ["Owen Pike"], "open")]


def test_a_group_word_in_a_to_do_checkbox_owns_it() -> None:
    found = _minutes(b"## Routes\n\n- The spring route was walked.\n\n## To do\n\n- [ ] All - renew membership")
    assert found == [("renew membership", ["All"], "open")]


def test_an_all_turn_in_the_discussion_is_no_action() -> None:
    assert _minutes(b"## Routes\n\n- Nora: we could add a coastal walk.\n- All: agreed, a nice idea.") == []


def test_a_pictograph_led_bullet_of_work_under_way_is_an_action_in_progress() -> None:
    found = _minutes(b"## Kit\n\n* \xf0\x9f\x94\xa7 Owen is repairing the old tent poles. Some may be beyond saving.\n"
                     b"* \xf0\x9f\x9b\xa0\xef\xb8\x8f (Ruth Lamb?) is chasing the hire company\n"
                     b"* \xf0\x9f\x94\xa7 Nora is happy with the new stove.\n"
                     b"* Owen is repairing the lantern.\n"
                     b"* \xf0\x9f\x94\xa7 The storeroom is leaking.")
    assert found == [("Owen is repairing the old tent poles. Some may be beyond saving.", ["Owen Pike"],
                      "in_progress"),
                     ("(Ruth Lamb?) is chasing the hire company", ["Ruth Lamb"], "in_progress")]


def test_a_pronoun_in_a_next_meeting_line_is_owned_by_who_opens_the_sentence_before() -> None:
    found = _minutes(b"## Routes\n\n- The spring route was walked.\n\n"
                     b"Next meeting: Ruth said it would be in late May. She will confirm the room and advise.")
    assert found == [("She will confirm the room and advise.", ["Ruth Lamb"], "open")]


def test_a_pronoun_without_a_person_before_it_is_no_action() -> None:
    found = _minutes(b"## Routes\n\n- The spring route was walked.\n\n"
                     b"Next meeting: The next meeting will be in late May. He will confirm the room.")
    assert found == []


def test_willingness_reported_is_a_commitment() -> None:
    found = _minutes(b"## Insurance\n\n- Cover was discussed. Nora said she would be happy to look into the cost.\n"
                     b"- Owen said he would be willing to lead the June walk.\n"
                     b"- Ruth said she would be happy with either date.")
    assert [(text, owners) for text, owners, _ in found] == [
        ("Nora said she would be happy to look into the cost.", ["Nora Quill"]),
        ("Owen said he would be willing to lead the June walk.", ["Owen Pike"])]


def test_a_bodys_arrangements_are_no_action_while_a_persons_and_a_roles_are() -> None:
    found = _minutes(b"## Lists\n\nThe Hill Access SIG met. The Moorland Trust wrote.\n\n"
                     b"- Hill Access SIG will keep posting through the old list.\n"
                     b"- Moorland Walkers Trust will fund the new stiles.\n"
                     b"- Nora will send the route guide.\n"
                     b"- The Treasurer will pay the coach invoice.")
    assert [(text, owners) for text, owners, _ in found] == [
        ("Nora will send the route guide.", ["Nora Quill"]),
        ("The Treasurer will pay the coach invoice.", ["Treasurer"])]


def test_an_owner_after_a_joining_and_with_will_makes_a_commitment() -> None:
    found = _minutes(b"## Accounts\n\n- The auditor asked for tighter checks and the Treasurer will in future sign "
                     b"each statement.\n- Two walkers asked to join and Owen will send them the guide.\n"
                     b"- The stiles were damaged by cattle and Nora to report it.\n")
    assert [(text, owners) for text, owners, _ in found] == [
        ("The auditor asked for tighter checks and the Treasurer will in future sign each statement.", ["Treasurer"]),
        ("Two walkers asked to join and Owen will send them the guide.", ["Owen Pike"])]
