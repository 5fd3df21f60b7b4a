"""Decisions: resolutions, agreements, motions, votes."""

import pytest

from notes_extract.extractors.decisions import read_decision
from notes_extract.people import Roster

ROSTER = Roster(["Alan Smith", "Beth Jones"])


@pytest.mark.parametrize(
    ("text", "kind", "outcome"),
    [
        ("RESOLVED that the accounts be approved.", "resolution", "carried"),
        ("It was resolved to purchase a new bench.", "resolution", "carried"),
        ("Agreed: the budget for 2025.", "agreement", "carried"),
        ("Decision: adopt the new policy.", "agreement", "carried"),  # recorded as decided (GOLD.md)
        ("It was agreed that the website be updated.", "agreement", "carried"),
        ("The motion to close the road was defeated.", "motion", "defeated"),
        ("Motion to defer the item was withdrawn.", "motion", "withdrawn"),
    ],
)
def test_decision_kinds_and_outcomes(text: str, kind: str, outcome: str | None) -> None:
    decision = read_decision(text, ROSTER, section=None)
    assert decision is not None
    assert (decision.kind, decision.outcome) == (kind, outcome)


def test_motion_with_proposer_seconder_and_votes() -> None:
    text = "Moved by Cllr Smith, seconded by Beth Jones, that the grant be paid. 5 for, 2 against, 1 abstention."
    decision = read_decision(text, ROSTER, section="Grants")
    assert decision is not None
    assert (decision.proposer, decision.seconder) == ("Alan Smith", "Beth Jones")
    assert decision.votes is not None
    assert decision.votes.model_dump(by_alias=True) == {"for": 5, "against": 2, "abstain": 1}
    assert decision.section == "Grants"


@pytest.mark.parametrize(
    "text",
    ["It was felt that we need more in-depth conversations.", "Anne mentioned some training.",
     "No conflicts of interest were declared."],
)
def test_discussion_is_not_a_decision(text: str) -> None:
    assert read_decision(text, ROSTER, section=None) is None
