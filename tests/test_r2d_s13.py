"""Decisions and actions in shapes real minutes use that the rules missed or misread (second round).

Invented snippets: a form's ballot boxes ("[X] PASSED" over "[ ] FAILED"), "Vote: Unanimous", a vote,
a withdrawn proposal and a result marked in brackets, minutes "accepted as correct" after a semicolon,
a consensus "among members that", another body's decision told in the passive, movers named tersely
("Ann, Bob 2nd."), a matter named before its movers, an item whose only words name its movers; "took an
action to", a deadline at the next meeting in other words ("prior to the next plenum"), and a role's task
line ("Treasurer: Pay the bills.") under a to-do label.
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord

HEAD = "Minutes of the Hollin Vale Rowing Club Committee, 3 March 2022\n\nPresent: Ann Lee, Bob Hart, Cy Ward\n\n"


def _record(body: str, *, fmt: str = "text") -> MinutesRecord:
    return extract((HEAD + "1. Boathouse\n\nThe doors were discussed.\n\n" + body).encode(), format=fmt)


def _decisions(body: str, *, fmt: str = "text") -> list[tuple[str, str, str | None]]:
    return [(d.text, d.kind, d.outcome) for d in _record(body, fmt=fmt).decisions]


def _actions(body: str, *, fmt: str = "text") -> list[tuple[list[str], str]]:
    return [([o.name for o in a.owners], a.text) for a in _record(body, fmt=fmt).actions]


# --- decisions ---------------------------------------------------------------

def test_a_ticked_ballot_box_gives_the_result_and_an_empty_one_none() -> None:
    form = ("**Motion/Decision:**\n\n- **Motion:** {}\n- **Moved by:** Ann Lee\n- **Result:**\n"
            "- [{}] PASSED\n- [{}] FAILED\n")
    passed = _record(form.format("Replace the launch engine", "X", " "), fmt="markdown").decisions
    failed = _record(form.format("Sell the old launch", " ", "X"), fmt="markdown").decisions
    assert [(d.text, d.outcome) for d in passed] == [("Replace the launch engine", "carried")]
    assert [(d.text, d.outcome) for d in failed] == [("Sell the old launch", "defeated")]


def test_vote_unanimous_carries_the_motion() -> None:
    found = _record("**Motion:** Replace the launch engine\n\n**Moved by:** Ann Lee\n\n**Seconded by:** Bob Hart\n\n"
                    "**Vote:** Unanimous\n", fmt="markdown").decisions
    assert [(d.proposer, d.seconder, d.outcome) for d in found] == [("Ann Lee", "Bob Hart", "carried")]


def test_a_vote_on_a_matter_passed_is_a_motion_carried() -> None:
    assert _decisions("Vote on the new kit design passed by a majority.\n") == [
        ("Vote on the new kit design passed by a majority.", "motion", "carried")]


def test_a_withdrawn_proposal_is_recorded_as_withdrawn() -> None:
    assert _decisions("The proposal to close on Sundays was withdrawn.\n") == [
        ("The proposal to close on Sundays was withdrawn.", "motion", "withdrawn")]


def test_a_result_marked_in_brackets_after_a_proposal() -> None:
    found = _record("Cy proposed that the club hire a coach (passed).\n").decisions
    assert [(d.kind, d.outcome, d.proposer) for d in found] == [("motion", "carried", "Cy Ward")]


def test_a_nominee_is_no_mover() -> None:
    found = _record("Ann nominated Bob Hart as treasurer (passed).\n").decisions
    assert [(d.outcome, d.proposer) for d in found] == [("carried", None)]


def test_minutes_accepted_as_correct_after_a_semicolon() -> None:
    assert _decisions("Minutes of last meeting; accepted as correct.\n") == [
        ("Minutes of last meeting; accepted as correct.", "other", "carried")]


def test_a_consensus_among_members_that_is_an_agreement() -> None:
    # inside a sentence, "... there was a consensus that ...", it is someone's report, no decision
    assert _decisions("Strong consensus among members that the bar should close at ten.\n\n"
                      "Cy said he would write to add that there was a consensus that the rules were needed.\n\n"
                      "General consensus that the website needs a redesign.\n") == [
        ("Strong consensus among members that the bar should close at ten.", "agreement", "carried"),
        ("General consensus that the website needs a redesign.", "agreement", "carried")]


def test_another_bodys_decision_in_the_passive_is_news() -> None:
    assert _decisions("The plan to fence the car park was approved by the Heritage Lottery Fund.\n\n"
                      "The grant application was rejected by the Sports Trust.\n\n"
                      "The proposal was accepted by a show of hands.\n\n"
                      "Cy's resignation was accepted by the Rowing Club Committee.\n") == [
        ("The proposal was accepted by a show of hands.", "other", "carried"),
        ("Cy's resignation was accepted by the Rowing Club Committee.", "other", "carried")]


def test_mover_and_seconder_named_tersely_after_the_motion() -> None:
    found = _record("Motion to buy two new oars. Ann, Bob 2nd. Passed.\n").decisions
    assert [(d.proposer, d.seconder, d.outcome) for d in found] == [("Ann Lee", "Bob Hart", "carried")]


def test_a_matter_named_before_its_movers_is_the_motion() -> None:
    found = _record("Regatta: On the matter of hiring a marquee, Ann moved, Bob seconded, and the vote passed.\n\n"
                    "The doors were then painted.\n").decisions
    assert [("On the matter of hiring a marquee" in d.text, d.proposer, d.seconder, d.outcome)
            for d in found] == [(True, "Ann Lee", "Bob Hart", "carried")]


def test_an_item_whose_only_words_name_its_movers_moves_its_title() -> None:
    body = ("  1. Call to order (7:02 PM by Ann)\n  2. Approve previous meeting minutes (7:05 PM, Ann moved, "
            "Bob seconded)\n  3. Treasurer report (7:06 PM, nothing new)\n")
    record = extract((HEAD + body).encode(), format="text")
    assert [(d.text, d.kind, d.proposer, d.seconder) for d in record.decisions] == [
        ("Approve previous meeting minutes", "motion", "Ann Lee", "Bob Hart")]


# --- actions -------------------------------------------------------------------

def test_took_an_action_to_is_a_task() -> None:
    assert _actions("Ann took an action to contact the insurers.\n\nCy took the boat to the river.\n") == [
        (["Ann Lee"], "Ann took an action to contact the insurers.")]


def test_deadlines_in_words() -> None:
    record = _record("Ann to circulate the draft prior to the next plenum.\n\n"
                     "Bob will report back ahead of the next call.\n")
    assert [(a.due.text, a.due.kind) if a.due else None for a in record.actions] == [
        ("prior to the next plenum", "next_meeting"), ("ahead of the next call", "next_meeting")]


def test_a_roles_task_line_under_next_steps() -> None:
    assert _actions("Next steps:\n\n- Treasurer: Pay the bills.\n- Secretary: Book the hall.\n") == [
        (["Treasurer"], "Pay the bills."), (["Secretary"], "Book the hall.")]
