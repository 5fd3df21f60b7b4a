"""Decision forms the rules missed (branch hdc: issue 9, minutes nobody wrote a rule for).
Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

HEADER = ("# Allotment society committee\n\nDate: 3 March 2025\n\n"
          "Present: Ann Lee (Chair), Bo Ode, Cy Rand, Di Vale\n\n")


def _decisions(body: str, fmt: str = "markdown") -> list[tuple[str, str | None, str | None]]:
    record = extract_text(HEADER + body, format=fmt)
    return [(d.text, d.kind, d.outcome) for d in record.decisions]


def test_the_rooms_assent_after_a_statement_decides_that_statement() -> None:
    body = ("## 1. Fees\n\nThe fee rises to £40 from April. All agreed.\n\n"
            "## 2. Events\n\n- The barbecue will be on 5 July. Agreed by all.\n\n"
            "## 3. Shed\n\nThe old shed will be cleared in May. The committee agreed.\n")
    assert _decisions(body) == [
        ("The fee rises to £40 from April. All agreed.", "agreement", "carried"),
        ("The barbecue will be on 5 July. Agreed by all.", "agreement", "carried"),
        ("The old shed will be cleared in May. The committee agreed.", "agreement", "carried")]


def test_a_proposal_then_all_agreed_stays_one_agreement() -> None:
    body = "## 1. Services\n\nCy proposed that in August the service should be at 10am. All agreed.\n"
    assert _decisions(body) == [
        ("Cy proposed that in August the service should be at 10am. All agreed.", "agreement", "carried")]


def test_a_topic_then_a_dash_and_the_rooms_bare_assent_is_decided_whole() -> None:
    body = "## Events\n\n- Fair on 5 July – approved by all\n- New raffle prizes — everyone agreed\n"
    assert _decisions(body) == [("Fair on 5 July – approved by all", "agreement", "carried"),
                                ("New raffle prizes — everyone agreed", "agreement", "carried")]


def test_no_objections_after_a_statement_carries_it() -> None:
    body = ("## 1. Fees\n\nBo proposed raising the fee to £40. There were no objections.\n\n"
            "## 2. Calls\n\n- The call moves to Tuesdays; no objections were raised.\n"
            "- Website refresh in June - no objections.\n")
    assert _decisions(body) == [
        ("Bo proposed raising the fee to £40. There were no objections.", "motion", "carried"),
        ("The call moves to Tuesdays; no objections were raised.", "other", "carried"),
        ("Website refresh in June - no objections.", "other", "carried")]



def test_the_chair_taking_silence_as_consent_decides_what_follows() -> None:
    body = ("## 1. Minutes\n\nHearing no objections, the minutes of 3 February stand approved.\n\n"
            "## 2. Fees\n\nWithout objection, the fee review moves to the May meeting.\n")
    assert _decisions(body) == [
        ("Hearing no objections, the minutes of 3 February stand approved.", "other", "carried"),
        ("Without objection, the fee review moves to the May meeting.", "other", "carried")]


def test_a_result_or_count_marked_after_a_statement_decides_it() -> None:
    body = ("## Fees\n\n- Fee rises to £40 (passed 5-1)\n- New shed for plot 4 [agreed]\n"
            "- Proposal to raise the fees by 5% (6 for, 1 against, 1 abstention).\n"
            "- Raise the water charge to £10 - consensus\n- Budget (approved)\n")
    record = extract_text(HEADER + body, format="markdown")
    found = [(d.text, d.kind, d.outcome, d.votes and (d.votes.for_, d.votes.against, d.votes.abstain))
             for d in record.decisions]
    assert found[:4] == [
        ("Fee rises to £40 (passed 5-1)", "other", "carried", (5, 1, 0)),
        ("New shed for plot 4 [agreed]", "agreement", "carried", None),
        ("Proposal to raise the fees by 5% (6 for, 1 against, 1 abstention).", "other", "carried", (6, 1, 1)),
        ("Raise the water charge to £10 - consensus", "agreement", "carried", None)], found


def test_the_bodys_support_or_approval_of_what_was_put_to_it() -> None:
    body = ("## 1. Fees\n\nMembers unanimously supported raising the fee to £40.\n\n"
            "## 2. Shed\n\nThe committee gave its approval to the new shed.\n\n"
            "## 3. Accounts\n\nThe committee noted and approved the treasurer's report.\n\n"
            "## 4. Fair\n\nThe proposal to hold the fair in July was supported by all.\n\n"
            "## 5. Newsletter\n\nBo supported the idea of a newsletter.\n")
    assert _decisions(body) == [
        ("Members unanimously supported raising the fee to £40.", "agreement", "carried"),
        ("The committee gave its approval to the new shed.", "agreement", "carried"),
        ("The committee noted and approved the treasurer's report.", "other", "carried"),
        ("The proposal to hold the fair in July was supported by all.", "agreement", "carried")]


def test_a_motion_put_to_the_vote_and_carried_is_one_motion() -> None:
    body = ("## Fees\n\nAnn Lee moved that the fee be raised to £40. Bo Ode seconded. "
            "The motion was put to the vote and carried (5 for, 1 against).\n")
    record = extract_text(HEADER + body, format="markdown")
    assert [(d.text[:44], d.kind, d.outcome, d.proposer, d.seconder, d.votes and d.votes.for_)
            for d in record.decisions] == [
        ("Ann Lee moved that the fee be raised to £40.", "motion", "carried", "Ann Lee", "Bo Ode", 5)]


def test_motion_shorthand_after_a_statement_moves_that_statement() -> None:
    body = "## Fees\n\nThe fee will be raised to £40. M/S/C Lee/Ode.\n"
    assert _decisions(body) == [("The fee will be raised to £40. M/S/C Lee/Ode.", "motion", "carried")]


def test_a_result_labelling_what_it_decided_or_after_a_matter_and_colon() -> None:
    body = ("## 1. Fees\n\nPassed unanimously: the fee increase to £40.\n\n"
            "## 2. Officers\n\nVote result, unanimously passed: Ann Lee as Chair, Bo Ode as Treasurer.\n\n"
            "## 3. Water\n\nWater charge for 2025: passed unanimously.\n\n"
            "## 4. Schedule\n\nThe revised fee schedule for the 2025 growing season approved.\n\n"
            "## 5. Secretaries\n\nCy Rand and Di Vale elected as joint secretaries.\n\n"
            "## 6. Treasurer\n\nTreasurer - Bo Ode (elected unopposed)\n\n"
            "## 7. Letters\n\nNo reply as the deadline for a reply had passed.\n")
    assert _decisions(body) == [
        ("Passed unanimously: the fee increase to £40.", "other", "carried"),
        ("Vote result, unanimously passed: Ann Lee as Chair, Bo Ode as Treasurer.", "other", "carried"),
        ("Water charge for 2025: passed unanimously.", "other", "carried"),
        ("The revised fee schedule for the 2025 growing season approved.", "other", "carried"),
        ("Cy Rand and Di Vale elected as joint secretaries.", "other", "carried"),
        ("Treasurer - Bo Ode (elected unopposed)", "other", "carried")]


def test_a_matter_passed_with_its_manner_after_it() -> None:
    body = ("## Votes\n\n- Budget 2025 - unanimously passed\n- Resolution 12 passed unanimously, 7-0.\n"
            "- The budget for 2025 (revised) passed unanimously with one abstention.\n"
            "- Buy a mower [passed unanimously]\n"
            "- Proposal to buy a strimmer passed unanimously after a short debate.\n"
            "- Water charge: unanimously passed by all members present\n")
    assert [d[2] for d in _decisions(body)] == ["carried"] * 6


def test_a_bare_vote_result_under_an_items_heading_is_its_decision() -> None:
    body = "## Adopt the new bylaws\n\nPassed unanimously.\n\n## Buy a mower\n\nPassed.\n"
    assert _decisions(body) == [("Passed unanimously.", "other", "carried"), ("Passed.", "other", "carried")]


def test_a_vote_on_a_matter_written_as_a_sentence_is_a_motion() -> None:
    body = ("## 1. Hall\n\nVote on spending $500 to repaint the hall.\n\n"
            "**Items for next meeting:**\n\n- Vote on the logo proposals\n")
    assert _decisions(body) == [("Vote on spending $500 to repaint the hall.", "motion", None)]
