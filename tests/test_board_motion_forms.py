"""Motions as boards and clubs write them in text minutes (invented snippets): the result on a line of its
own after the mover's line, the US shorthand "M/S/C (A/B)", items put off to a later time, numbered
resolutions and a count before what was voted."""

from notes_extract.extractors.decision_kinds import decision_kind
from notes_extract.extractors.decisions import decisions_in
from notes_extract.nlp import sentences
from notes_extract.people import Roster

ROSTER = Roster(["Wanda Pike", "Hal Ostrow", "Nell Quayle", "Bram Tiller"])


def _decisions(*points: str) -> list:
    return [d for _, d in decisions_in([sentences(p) for p in points], ROSTER, section="Business")]


def test_motion_by_name_to_verb_then_vote_line() -> None:
    found = _decisions("Motion by Wanda Pike to repaint the hall; seconded by Hal Ostrow.",
                       "Vote: Aye 2, Nay 3. Motion failed.")
    assert len(found) == 1
    d = found[0]
    assert d.text.startswith("Motion by Wanda Pike to repaint the hall")
    assert (d.kind, d.outcome, d.proposer, d.seconder) == ("motion", "defeated", "Wanda Pike", "Hal Ostrow")
    assert d.votes is not None and (d.votes.for_, d.votes.against) == (2, 3)


def test_result_after_debate_completes_the_motion() -> None:
    found = _decisions("Motion by Nell Quayle, seconded by Bram Tiller, to buy a kiln.",
                       "After debate the motion was defeated 3-6.")
    assert len(found) == 1 and found[0].outcome == "defeated"
    assert found[0].votes is not None and found[0].votes.against == 6


def test_result_line_with_an_aside_on_the_vote() -> None:
    found = _decisions("Motion: Renew the mowing contract for a year.", "Moved: Wanda Pike  Seconded: Nell Quayle",
                       "Result: Carried 3-0-1 (Tiller abstained)")
    assert len(found) == 1
    assert found[0].outcome == "carried" and found[0].votes is not None and found[0].votes.abstain == 1


def test_bold_label_and_outcome_with_counts() -> None:
    found = _decisions("**MOTION:** replace the boiler.", "Proposed: Hal Ostrow · Seconded: Bram Tiller",
                       "**Outcome: carried** (9 for, 1 against, 2 abstain)")
    assert len(found) == 1
    assert found[0].text == "replace the boiler."
    assert found[0].outcome == "carried" and found[0].votes is not None and found[0].votes.for_ == 9


def test_tally_fields_split_into_sentences_are_one_count() -> None:
    found = _decisions("Moved by Wanda Pike, seconded by Hal Ostrow, to adopt the budget. Ayes: 4. Noes: 1 (Tiller). "
                       "Carried.")
    assert len(found) == 1
    assert found[0].votes is not None and (found[0].votes.for_, found[0].votes.against) == (4, 1)


def test_msc_shorthand_with_bracketed_pair() -> None:
    found = _decisions("M/S/C (Pike/Ostrow) to approve the June minutes.")
    assert len(found) == 1
    assert (found[0].kind, found[0].outcome, found[0].proposer, found[0].seconder) == \
        ("motion", "carried", "Wanda Pike", "Hal Ostrow")


def test_msc_after_the_decision_it_moves() -> None:
    found = _decisions("Minutes of the May meeting adopted. M/S/C Quayle/Tiller.")
    assert len(found) == 1
    assert (found[0].kind, found[0].proposer, found[0].seconder) == ("motion", "Nell Quayle", "Bram Tiller")


def test_msf_is_defeated() -> None:
    found = _decisions("M/S/F (Tiller/Pike) to close the pool in August.")
    assert len(found) == 1 and found[0].outcome == "defeated"


def test_dashed_pair_of_attendees_moves_it() -> None:
    found = _decisions("Motion to approve the treasurer's report — Wanda / Nell. Approved.")
    assert (found[0].proposer, found[0].seconder) == ("Wanda Pike", "Nell Quayle")


def test_withdrawn_by_its_mover() -> None:
    found = _decisions("Hal Ostrow moved to ban bonfires. Bram Tiller seconded. "
                       "After some comments, Hal Ostrow withdrew the motion.")
    assert len(found) == 1 and found[0].outcome == "withdrawn"


def test_items_put_off_to_a_later_time() -> None:
    for text in ("Deferred until the survey results are known.", "Postponed to the September 9 meeting.",
                 "Kiln purchase - Discussion; tabled to October.", "Hedge cutting review deferred to March.",
                 "Deferred to the AGM so all members can vote."):
        assert decision_kind(text) == "other", text
    assert decision_kind("The council deferred to the chair's view on the hedge.") is None


def test_numbered_resolution_label() -> None:
    assert decision_kind("Resolution 2031-04: That the hall fee be set at £12.") == "resolution"
    assert decision_kind("Resolution No. 7: That the grant be paid.") == "resolution"


def test_count_before_what_was_voted() -> None:
    assert decision_kind("The board voted 5-1 to sell the old mower.") == "motion"
    assert decision_kind("The district panel voted 8-7 in favour of the scheme.") is None


def test_present_tense_mover_and_seconder_then_result() -> None:
    # "moves ...; seconds" in the present tense, then "Motion carries 7-0-1": one motion in the mover's words
    found = _decisions("WP moves to repaint the hall; HO seconds. Motion carries 7-0-1.")
    assert len(found) == 1
    d = found[0]
    assert d.text == "WP moves to repaint the hall; HO seconds. Motion carries 7-0-1."
    assert (d.kind, d.outcome) == ("motion", "carried")
    assert d.votes is not None and (d.votes.for_, d.votes.against, d.votes.abstain) == (7, 0, 1)


def test_present_tense_results_give_their_counts() -> None:
    from notes_extract.extractors.votes import read_votes
    for text, counts in (("Motion carries 7-0-1.", (7, 0, 1)), ("Motion passes 5-2.", (5, 2, 0)),
                         ("Elected 8-0-1.", (8, 0, 1)), ("Motion fails 2-6-1.", (2, 6, 1))):
        votes = read_votes(text)
        assert votes is not None and (votes.for_, votes.against, votes.abstain) == counts, text
