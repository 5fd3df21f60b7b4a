"""Board decisions written tersely: a report approved (the noun "report" reports nothing), a proposal
closed by "; agreed.", and a question answered by the room's result with its count."""

from notes_extract.extractors.decisions import decisions_in
from notes_extract.people import Roster

_ROSTER = Roster(["Wilma Strand", "Osric Peel"])


def _decisions(*sentences: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.outcome, d.proposer) for _, d in decisions_in([list(sentences)], _ROSTER, section="Item")]


def test_report_approved_is_a_decision() -> None:
    assert _decisions("Osric gave the figures for May.", "The auditor's report was approved.") == \
        [("The auditor's report was approved.", "carried", None)]


def test_proposal_then_semicolon_agreed() -> None:
    assert _decisions("Wilma proposed a quiz night in March; agreed.") == \
        [("Wilma proposed a quiz night in March; agreed.", "carried", "Wilma Strand")]


def test_proposal_agreed_after_a_passed_motion() -> None:
    found = decisions_in([["Motion to renew the lease. Passed."], ["Osric proposed new locks; agreed."]], _ROSTER,
                         section="Item")
    assert [d.text for _, d in found] == ["Motion to renew the lease. Passed.", "Osric proposed new locks; agreed."]


def test_question_answered_with_a_count() -> None:
    found = decisions_in([["Do we move the fair to June?", "Agreed — 11 for, 3 against."]], _ROSTER, section="Item")
    assert [(d.text, d.votes.for_ if d.votes else None) for _, d in found] == \
        [("Do we move the fair to June? Agreed — 11 for, 3 against.", 11)]
