"""Sentences that hold a decision word and decide nothing: one person siding with another ("Ann agreed with
Bo that ..."), an agenda line naming the matter ("Decision on the new logo"). Invented minutes."""

from __future__ import annotations

import pytest

from notes_extract import extract_text
from notes_extract.extractors.decision_kinds import decision_kind

HEAD = "# Committee\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n## 1. Hall\n\n"


@pytest.mark.parametrize("sentence", ["Ann agreed with Bo that the hall is too small.", "Cy agreed with her.",
                                      "Decision on the new logo", "Decision about the venue"])
def test_a_view_or_a_named_matter_is_no_decision(sentence: str) -> None:
    assert extract_text(HEAD + sentence + "\n", format="markdown").decisions == []


@pytest.mark.parametrize("sentence", ["The Parish Council agreed with Cllr Lee that the bins be moved.",
                                      "Everyone agreed with Ann.", "Decision on the logo: keep the old one.",
                                      "Decision on 19th for BBQ.", "Decision on Friday for the quiz night.",
                                      "Decision on the logo was deferred."])
def test_the_body_agreeing_or_a_matter_with_its_outcome_stays_a_decision(sentence: str) -> None:
    assert decision_kind(sentence) is not None
