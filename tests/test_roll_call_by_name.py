"""A roll call that gives each member's vote after their name ("Lee aye, Hart aye, Ng nay",
"Lee - yes; Hart - yes; Ng - no") between a motion and its result is that motion's count: one decision."""

from __future__ import annotations

import pytest

from notes_extract import extract_text
from notes_extract.extractors.votes import read_votes

_HEAD = "Finance Committee\n4 March 2025\nPresent: Ann Lee, Bob Hart, Cat Ng\n\n1. Grants\n"


@pytest.mark.parametrize("line", ["Roll call vote: Lee aye, Hart aye, Ng nay.", "Lee - yes; Hart - yes; Ng - no."])
def test_votes_given_name_by_name_are_counted(line: str) -> None:
    votes = read_votes(line)
    assert votes is not None and (votes.for_, votes.against, votes.abstain) == (2, 1, 0)


def test_a_sentence_with_yes_and_no_is_no_roll_call() -> None:
    assert read_votes("Ann said yes to the idea and Bob said no.") is None


def test_a_roll_call_between_a_motion_and_its_result_is_one_decision() -> None:
    text = _HEAD + ("Motion to award the grant to the youth club.\nRoll call vote: Lee - yes; Hart - yes; Ng - no.\n"
                    "Motion carried.\n\n2. Close\nThe meeting closed.\n")
    decisions = extract_text(text, format="text").decisions
    assert [(d.text, d.outcome) for d in decisions] == [("Motion to award the grant to the youth club.", "carried")]


def test_a_motion_after_the_rooms_bare_consent_gives_the_decision_its_wording() -> None:
    text = _HEAD + ("The Finance Committee recommends that the council matches the youth grant. The Committee was in "
                    "agreement. It was proposed by Cllr Lee and seconded by Cllr Hart that the council agrees with "
                    "the recommendation.\n\n2. Close\nThe meeting closed.\n")
    decisions = extract_text(text, format="text").decisions
    assert [d.text for d in decisions] == ["It was proposed by Cllr Lee and seconded by Cllr Hart that the council "
                                           "agrees with the recommendation."]
