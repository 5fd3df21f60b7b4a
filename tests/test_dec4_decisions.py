"""Decisions written in ways the older rules missed (branch dec4, set decisions4). Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text
from notes_extract.extractors.planning_verdicts import opens_application


def _decisions(text: str) -> list[tuple[str, str | None, str | None]]:
    record = extract_text(text, format="text")
    return [(d.text, d.kind, d.outcome) for d in record.decisions]


PLANNING_LINES = """Little Ashby Parish Council
Minutes of the meeting held on 4 March 2024

Present: Cllr Ann Reed (Chair), Cllr Bo Dale, Cllr Cy Moss

1. Minutes of the last meeting - agreed

2. Planning
2.1 Applications
23/04411/HOU Two storey rear extension
At 3 Mill Lane For Mr Grey
Case officer Dee Lark Date 20 March 2024
No objection
23/04502/FUL Change of use of barn to holiday let
At Top Farm, Ridge Road
OBJECTION
"""


def test_a_verdict_under_a_planning_application_decides_it_with_the_applications_words() -> None:
    found = _decisions(PLANNING_LINES)
    verdicts = [d for d in found if d[0].startswith(("23/04411/HOU", "23/04502/FUL"))]
    assert [d[0].split()[0] for d in verdicts] == ["23/04411/HOU", "23/04502/FUL"], found
    assert verdicts[0][0].endswith("Date 20 March 2024 No objection")
    assert all(d[1:] == ("other", "carried") for d in verdicts)
    assert not any(d[0] in ("No objection", "OBJECTION") for d in found)


PLANNING_ONE_LINE = """Upper Bray Parish Council, 12 June 2023

Present: Cllr Ann Reed, Cllr Bo Dale

5. Planning applications received
5.1 23/00913/F New vehicular access at Oak House, Low Lane No objections raised
5.2 23/00977/F Replacement windows at The Old School - the council asked for more drawings
"""


def test_an_application_line_ending_with_its_verdict_is_a_decision() -> None:
    found = _decisions(PLANNING_ONE_LINE)
    assert any(d[0].endswith("Oak House, Low Lane No objections raised") and d[1:] == ("other", "carried")
               for d in found), found
    assert not any("Replacement windows" in d[0] for d in found)


def test_a_planning_reference_is_no_date_time_or_item_number() -> None:
    assert opens_application("23/04411/HOU Two storey extension")
    assert opens_application("CT.2207/4/K")
    assert opens_application("4.2 P/51872 Conversion of a barn")
    assert not opens_application("12/05/2019 meeting")
    assert not opens_application("7.30 Close")
    assert not opens_application("2.1 Applications")


SECONDED_AND_PASSED = """Riverside Chapel Council, 8 May 2022

Present: Ann Reed, Bo Dale, Cy Moss

Treasurer's report
Ann Reed moved that the treasurer's report be accepted. Bo Dale seconded, and the motion passed.
"""


def test_a_seconder_joined_to_the_result_by_and_completes_the_motion_before() -> None:
    record = extract_text(SECONDED_AND_PASSED, format="text")
    assert [(d.text, d.proposer, d.seconder, d.outcome) for d in record.decisions] == [
        ("Ann Reed moved that the treasurer's report be accepted. Bo Dale seconded, and the motion passed.",
         "Ann Reed", "Bo Dale", "carried")]


ROOM_CONSENT = """Little Ashby Parish Council
Minutes of the meeting held on 4 March 2024

Present: Cllr Ann Reed (Chair), Cllr Bo Dale, Cllr Cy Moss

1. Minutes
Cllr Dale proposed and Cllr Moss seconded that the minutes were a true record.
The Council was all in favour. Cllr Reed signed the Minutes.

2. Bus shelter
Cllr Moss asked that the shelter be repainted before the summer. The Parish Council agreed.

3. Grass cutting
Cllr Reed proposed and Cllr Dale seconded that the lower quote be accepted.
The Parish Council was all in favour but Cllr Moss abstained.
"""


def test_the_rooms_bare_consent_takes_the_request_before_it_and_a_named_bodys_consent_carries_the_motion() -> None:
    found = [(d.text, d.outcome) for d in extract_text(ROOM_CONSENT, format="text").decisions]
    assert ("Cllr Dale proposed and Cllr Moss seconded that the minutes were a true record. "
            "The Council was all in favour. Cllr Reed signed the Minutes.", "carried") in found, found
    assert ("Cllr Moss asked that the shelter be repainted before the summer. The Parish Council agreed.",
            "carried") in found, found
    assert ("Cllr Reed proposed and Cllr Dale seconded that the lower quote be accepted. "
            "The Parish Council was all in favour but Cllr Moss abstained.", "carried") in found, found
    assert len(found) == 3, found
    kinds = {d.text.split()[1]: d.kind for d in extract_text(ROOM_CONSENT, format="text").decisions}
    assert kinds["Moss"] == "agreement", kinds  # the room's consent to a request: agreed, not moved


MOVED_THEN_CONSENT = """Little Ashby Parish Council, 6 May 2024

Present: Cllr Ann Reed, Cllr Bo Dale, Cllr Cy Moss

1. Election of Chairman
Cllr Dale proposed and Cllr Moss seconded a resolution that Cllr Reed be appointed Chairman. The Parish Council was
all in favour and Cllr Reed accepted.
"""


def test_a_mover_line_with_its_content_then_consent_with_a_clause_is_one_carried_motion() -> None:
    decisions = extract_text(MOVED_THEN_CONSENT, format="text").decisions
    assert [(d.text.split(".")[0], d.outcome, d.proposer) for d in decisions] == [
        ("Cllr Dale proposed and Cllr Moss seconded a resolution that Cllr Reed be appointed Chairman", "carried",
         "Bo Dale")], [(d.text, d.proposer) for d in decisions]


PROPOSAL_LINE = """Little Ashby Parish Council, 3 June 2024

Present: Cllr Ann Reed, Cllr Bo Dale

4. Planning
The following applications were considered.
24/00883/FUL (electronic submission) Mr Grey, 2 Mill Lane
Proposal: Proposed detached garage at 2 Mill Lane
NO OBJECTION
"""


def test_a_verdict_under_an_applications_proposal_line_is_that_lines_result() -> None:
    decisions = extract_text(PROPOSAL_LINE, format="text").decisions
    garage = [d for d in decisions if "detached garage" in d.text]
    assert len(garage) == 1 and garage[0].outcome == "carried", [(d.text, d.outcome) for d in decisions]
