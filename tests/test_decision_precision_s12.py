"""Decision precision (s12): a decision word that decides nothing where it sits — inside a
subordinate clause, used as an adjective, or said of one named person — is no decision of the
meeting; the real decisions beside them stay. All names and lines are invented."""

from __future__ import annotations

import pytest

from notes_extract import extract
from notes_extract.extractors.decision_kinds import decision_kind


@pytest.mark.parametrize("sentence", [
    # a planning condition quoted: the approval is the subordinate clause's, still to come
    "The works shall not begin until a plan of the hedge planting has been approved in writing by the Borough.",
    "Adequate parking should be provided before any consent is granted.",
    # a question or a request about someone else's decision
    "Cllr Vane asked the Clerk to find out why consent was granted for the barn on Mill Row.",
    # a relative clause, and a count of another body's decisions
    "The new layout departs from the drawings that were approved at appeal.",
    "Forty applications were reviewed of which thirty were granted and two refused.",
    # a committee's recommendation, decided elsewhere
    "The Paths Committee recommends that the quote from Brook Fencing is accepted.",
    # a conditional reason
    "The council fears that if consent is granted the lane will flood.",
    # a decision recommended or reported in a clause, not taken
    "The Paths Committee recommended that the Council agreed to pay the invoice.",
    # a clause cut down to its participle
    "When agreed, a new leaflet will replace the old one.",
])
def test_a_decision_word_inside_a_subordinate_clause_decides_nothing(sentence: str) -> None:
    assert decision_kind(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Only the agreed materials shall be used thereafter.",
    "Notwithstanding the approved drawings the porch shall be finished in timber.",
    "Replacement of approved garden room at 4 Elm Close.",
])
def test_a_decision_word_used_as_an_adjective_decides_nothing(sentence: str) -> None:
    assert decision_kind(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Cllr Vane agreed with Mrs Pike that the verge was untidy.",
    "PC Dorran agreed that the junction was hard to police.",
    "He further agreed to repaint the signs on Mill Row.",
    # one person granting a point, not deciding it
    "Cllr Vane accepted that the plan could not be ready by May.",
    "Although she agreed that the result was poor, more funds would come in June.",
])
def test_one_named_person_agreeing_is_no_decision_of_the_meeting(sentence: str) -> None:
    assert decision_kind(sentence) is None


@pytest.mark.parametrize(("beside", "sentence", "kind"), [
    ("Only the agreed fence shall be built.", "RESOLVED that the quote from Brook Fencing be accepted.", "resolution"),
    ("Cllr Pike agreed with Cllr Vane.",
     "It was proposed by Cllr Vane and seconded by Cllr Pike that the report be adopted.", "motion"),
    ("The drawings that were approved at appeal are out of date.",
     "Councillor Vane proposed that the item be deferred to the next meeting.", "motion"),
    ("Parking should be provided before any consent is granted.",
     "The Council agreed that the hedge be cut once the nesting season has ended.", "agreement"),
    ("Mrs Pike asked when the plan was approved.",
     "It was agreed that the path would be closed until the repair was approved.", "agreement"),
    ("Notwithstanding the approved drawings the porch shall be timber.", "The accounts were approved.", "other"),
    # the meeting's own decision in a clause of its own, or after one person's assent
    ("Although this request was refused, the fair went ahead.",
     "Although the quote matched the first one it was decided to give the work to Hale Ltd.", "agreement"),
    ("Of the requests, of which two were granted, none came from the village.",
     "A quote for the gate of £90 which was accepted by the Committee.", "other"),
    ("Mr Hale agreed with Cllr Pike.", "Cllr Pike agreed and was duly elected Vice Chair.", "agreement"),
])
def test_the_meetings_own_decisions_beside_them_stay(beside: str, sentence: str, kind: str) -> None:
    assert [decision_kind(beside), decision_kind(sentence)] == [None, kind]


def test_a_quoted_condition_among_real_decisions_in_minutes() -> None:
    text = ("Parish Council Meeting 12 March 2009\n\nPresent: Cllr Vane, Cllr Pike, Cllr Rudd\n\n"
            "1. Planning\n\n"
            "Consent was given subject to conditions. The works shall not begin until a plan of the "
            "hedge planting has been approved in writing by the Borough. Cllr Rudd agreed with Cllr Pike "
            "that the lane was too narrow. The Council agreed to object to the application.\n")
    record = extract(text.encode(), format="text")
    assert [d.text for d in record.decisions] == ["The Council agreed to object to the application."]
