"""Notes that write the owner first, then the task: "- Sam: Ask Jean about the raffle tickets",
"- Ben: will book the hall". Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

_HEAD = "# Club committee\n\nDate: 3 March 2025\n\nPresent: Alice Brown, Ben Carter, Dana Evans\n\n## Fundraiser\n\n"


def _actions(body: str) -> list[tuple[str, list[str]]]:
    record = extract_text(_HEAD + body, format="markdown")
    return [(a.text, [o.name for o in a.owners]) for a in record.actions]


def test_an_attendee_then_a_colon_and_a_task_verb_is_their_task() -> None:
    assert _actions("- The raffle raised less than hoped.\n- Alice: Ask the school about the hall\n"
                    "- Ben - follow up with the bank\n") == [
        ("Ask the school about the hall", ["Alice Brown"]), ("follow up with the bank", ["Ben Carter"])]


def test_an_attendee_then_a_remark_is_no_task() -> None:
    assert _actions("- Alice: thinks the raffle went well\n- Ben: Update on the lease from the council\n"
                    "- Dana: looking into the venue\n") == []


def test_a_promise_that_opens_a_listed_turn_is_the_speakers_task() -> None:
    body = ("- Alice: the quotes are in\n- Ben: good, we should pick one\n- Alice: agreed, the cheaper one\n"
            "- Ben: will book the hall for May\n- Alice: thanks\n- Ben: no problem\n")
    assert _actions(body) == [("will book the hall for May", ["Ben Carter"])]


def test_an_imperative_said_in_a_dialogue_asks_someone_else() -> None:
    body = ("- Alice: the quotes are in\n- Ben: good, we should pick one\n- Alice: send me the cheaper one\n"
            "- Ben: ok\n- Alice: thanks\n- Ben: no problem\n")
    assert _actions(body) == []
