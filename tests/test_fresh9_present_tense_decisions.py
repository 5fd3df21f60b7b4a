"""Notes written in the present tense: the meeting's own body opening the line with its decision ("Board
agrees to apply for the grant", "Group votes in favour to test the proposal") record a decision carried at
this meeting (invented snippets); a person's "Ann agrees to ..." is not the body's decision."""

from notes_extract import extract_text


def _decisions(line: str) -> list[tuple[str, str | None]]:
    text = f"Committee meeting 3 March 2024\n\nPresent: Ann Lee, Bo Ode\n\nBusiness\n{line}\n"
    return [(d.kind, d.outcome) for d in extract_text(text, format="text").decisions]


def test_board_agrees_to() -> None:
    assert _decisions("Board agrees to apply for a 3 year grant from the council.") == [("agreement", "carried")]


def test_committee_agrees_that() -> None:
    assert _decisions("Committee agrees that the fee rises to $40.") == [("agreement", "carried")]


def test_group_votes_in_favour() -> None:
    assert _decisions("Group votes in favour to test this proposal on Thursday.") == [("other", "carried")]


def test_a_persons_agreement_is_no_decision() -> None:
    assert _decisions("Ann agrees to write the letter.") == []
