"""Company-style resolutions: "Upon the proposition of A, seconded by B, it was resolved that
...": a resolution, moved by A and seconded by B. Invented minutes."""

from __future__ import annotations

import pytest

from notes_extract import extract

HEAD = ("Minutes of the Annual General Meeting held on 14 November 2024\n\n"
        "Present: Ann Gorse (Chair), Bill Tarn, Cath Lune, Dave Ryle\n\n1. Accounts\n")


@pytest.mark.parametrize("opening", ["Upon the proposition of", "On the proposal of", "On the motion of"])
def test_a_resolution_moved_on_the_proposition_of_a_member(opening: str) -> None:
    line = f'{opening} Bill Tarn, seconded by Cath Lune, it was resolved unanimously "That the accounts be adopted."'
    record = extract((HEAD + line + "\n").encode(), format="text")
    [decision] = record.decisions
    assert (decision.kind, decision.outcome, decision.proposer, decision.seconder) == \
        ("resolution", "carried", "Bill Tarn", "Cath Lune")


def test_a_motion_moved_and_seconded_without_a_resolution_stays_a_motion() -> None:
    record = extract((HEAD + "Bill Tarn moved that the accounts be adopted, seconded by Cath Lune.\n").encode(),
                     format="text")
    assert [d.kind for d in record.decisions] == ["motion"]


def test_the_mayor_who_moves_is_the_attendee_listed_as_mayor() -> None:
    text = ("Minutes of the Council meeting held on 18 June 2024\n\n"
            "Present: The Mayor (Mr B R Gardner) and Councillors Hall, Hankins and Ryder.\n\n1. Estimates\n"
            "The Mayor moved and Cr Ryder seconded that the estimates be approved. Carried.\n")
    [decision] = extract(text.encode(), format="text").decisions
    assert (decision.proposer, decision.seconder) == ("B R Gardner", "Ryder")


def test_general_business_is_any_other_business() -> None:
    text = HEAD.replace("1. Accounts\n", "") + "1. General Business\nThe hall clock is broken.\n"
    record = extract(text.encode(), format="text")
    assert [(s.title, s.kind) for s in record.sections] == [("General Business", "aob")]


def test_papers_tabled_and_then_approved_are_carried_not_deferred() -> None:
    text = HEAD + ("The audited accounts were tabled and, upon the proposition of Bill Tarn, seconded by Cath Lune, "
                   "it was resolved that the accounts be approved.\n")
    [decision] = extract(text.encode(), format="text").decisions
    assert (decision.kind, decision.outcome) == ("resolution", "carried")
