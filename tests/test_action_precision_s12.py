"""Action precision: statements the commitment reader took for tasks.

Invented snippets: news of what someone outside the meeting will do, a place kept ("offered to
remain as warden"), a plan's noun that opens a sentence, and prose that opens with the word "Action".
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord

HEAD = "Minutes of the Hollin Green Village Committee, 3 March 2022\n\nPresent: Ann Lee, Bob Hart, Cy Ward\n\n"


def _record(body: str) -> MinutesRecord:
    return extract((HEAD + "1. Matters\n\n" + body).encode(), format="text")


def _actions(body: str) -> list[tuple[list[str], str]]:
    return [([o.text for o in a.owners], a.text) for a in _record(body).actions]


def test_news_of_a_firm_outside_the_meeting_is_no_task() -> None:
    found = _actions("Ann reported that Rowan Builders would repair the wall by May.\n\n"
                     "Bob said that Cllr Ives would supply the paper.\n")
    assert [owners for owners, _ in found] == [["Cllr Ives"]]  # a member of the body stays an owner


def test_initials_no_attendee_answers_to_are_no_owner() -> None:
    found = _actions("KDB will insist on a survey of the lane.\n\n"
                     "Ann stated that the HGVC will write to the owners.\n\n"
                     "Bob will write to the owners.\n")
    assert [owners for owners, _ in found] == [["HGVC"], ["Bob"]]


def test_a_place_kept_is_no_task() -> None:
    found = _actions("Cy offered to remain as Tree Warden.\n\nAnn agreed to continue as the hall representative.\n\n"
                     "Bob will continue to chase the Highways team.\n")
    assert [text for _, text in found] == ["Bob will continue to chase the Highways team."]


def test_a_plan_noun_opening_a_sentence_is_no_owner() -> None:
    found = _actions("The draft Local Development Plan was noted. Development will begin within 3 years.\n")
    assert found == []


def test_prose_opening_with_the_word_action_is_no_action_line() -> None:
    found = _actions("Action on the repair of the bench had been delayed by the weather.\n\n"
                     "Action Ann to order the new slats.\n")
    assert found == [(["Ann"], "Ann to order the new slats.")]


def test_people_introduced_to_the_meeting_own_nothing() -> None:
    found = _actions("Ann introduced the new members, Di Ives and Cy Ward to the meeting.\n")
    assert found == []


def test_a_hope_that_someone_will_act_is_no_task() -> None:
    found = _actions("The ranger is hopeful that Bob Hart will contact him next week.\n")
    assert found == []
