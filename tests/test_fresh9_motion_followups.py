"""Motions of civic and community bodies whose result or seconder comes on lines of their own after the
motion already reads as decided (invented snippets): "Resolution: that ..." / "Moved: X" / "Seconded: Y" /
"Adopted" is one resolution, and "All agreed" / "Unanimous approval" after the seconder's line is the
motion's result, not a decision of its own."""

from notes_extract import extract_text
from notes_extract.extractors.decisions import decisions_in
from notes_extract.nlp import sentences
from notes_extract.people import Roster

ROSTER = Roster(["Wanda Pike", "Hal Ostrow", "Nell Quayle", "Bram Tiller"])


def _decisions(*points: str) -> list:
    return [d for _, d in decisions_in([sentences(p) for p in points], ROSTER, section="Business")]


def test_resolution_with_mover_seconder_and_result_lines_is_one_decision() -> None:
    found = _decisions("Resolution: that the apologies as tabled be accepted", "Moved: Wanda Pike",
                       "Seconded: Hal Ostrow", "Adopted")
    assert len(found) == 1
    d = found[0]
    assert d.text == "that the apologies as tabled be accepted"
    assert (d.kind, d.outcome, d.proposer, d.seconder) == ("resolution", "carried", "Wanda Pike", "Hal Ostrow")


def test_resolution_block_with_blank_lines_in_a_document() -> None:
    text = ("Society AGM 30 April 2023\n\nPresent: Wanda Pike, Hal Ostrow, Nell Quayle\n\n"
            "  1. Minutes of the last AGM were circulated.\n\n"
            "Resolution: that the minutes be accepted as a true and correct record\n\n"
            "Moved: Nell Quayle\n\nSeconded: Wanda Pike\nAdopted\n")
    found = extract_text(text, format="text").decisions
    assert len(found) == 1
    assert (found[0].proposer, found[0].seconder, found[0].outcome) == ("Nell Quayle", "Wanda Pike", "carried")


def test_all_agreed_line_after_the_seconder_is_the_motions_result() -> None:
    found = _decisions("Bram moved that the budget be adopted. Seconded by Nell.", "All agreed")
    assert len(found) == 1
    assert (found[0].kind, found[0].outcome, found[0].seconder) == ("motion", "carried", "Nell Quayle")


def test_all_agreed_sentence_after_the_seconder_is_the_motions_result() -> None:
    found = _decisions("Wanda proposed that $400 be put into a term deposit. This was seconded by Hal. All agreed.")
    assert len(found) == 1
    assert (found[0].proposer, found[0].seconder, found[0].outcome) == ("Wanda Pike", "Hal Ostrow", "carried")


def test_unanimous_approval_bullet_after_the_seconder_bullet() -> None:
    text = ("Strata council AGM 24 September 2019\n\nIn attendance were: Wanda Pike, Hal Ostrow, Nell Quayle.\n\n"
            "Approval of proposed budget:\n\n  • Wanda Pike moved the budget to be approved as presented.\n"
            "  • Seconded by Hal Ostrow\n  • Unanimous Approval\n")
    found = extract_text(text, format="text").decisions
    assert len(found) == 1
    assert (found[0].proposer, found[0].seconder, found[0].outcome) == ("Wanda Pike", "Hal Ostrow", "carried")


def test_all_agreed_after_a_motion_with_no_result_yet() -> None:
    found = _decisions("motion to pass the minutes: Wanda. Second by Hal. All agreed")
    assert len(found) == 1
    assert found[0].outcome == "carried" and found[0].text.startswith("motion to pass the minutes")
