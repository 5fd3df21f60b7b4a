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
