"""Decision forms the rules missed (branch hdec: issue 9, minutes nobody wrote a rule for).
Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

HEADER = ("# Board meeting\n\nDate: 12 March 2025\n\n"
          "Present: Jane Doe (Chair), Bob Roe, Kim Park, Ann Lee, Bo Chan, Tom Brown\n\n")


def _decisions(body: str, fmt: str = "markdown") -> list[tuple[str, str | None, str | None, tuple | None]]:
    record = extract_text(HEADER + body, format=fmt)
    return [(d.text, d.kind, d.outcome, d.votes and (d.votes.for_, d.votes.against, d.votes.abstain))
            for d in record.decisions]


def test_an_election_result_completes_the_nomination_before_it() -> None:
    found = _decisions("## Elections\n\nElection of Board Officers: KM nominated President. Elected 8-0-1. "
                       "CH nominated Secretary. Elected 8-0-1.\n")
    assert [d[0] for d in found] == ["KM nominated President. Elected 8-0-1.",
                                     "CH nominated Secretary. Elected 8-0-1."], found
    assert all(d[1:] == ("other", "carried", (8, 0, 1)) for d in found)


def test_a_vote_on_a_matter_with_its_count_is_a_carried_motion() -> None:
    found = _decisions("## Officers\n\nVote on appointing Kim Park as secretary: 6-0 in favour (2 abstentions).\n\n"
                       "Vote proceeds on the new logo: 7-0 (1 abstention) in favour of the blue one\n")
    assert found == [("Vote on appointing Kim Park as secretary: 6-0 in favour (2 abstentions).", "motion", "carried",
                      (6, 0, 2)),
                     ("Vote proceeds on the new logo: 7-0 (1 abstention) in favour of the blue one", "motion",
                      "carried", (7, 0, 1))], found


def test_a_motion_worded_after_its_mover_and_seconder_lines_with_its_result_below() -> None:
    body = ("## 4. Membership\n\nMoved Cr Lee / Seconded Cr Chan\nThat the subscription be increased to $20.\n"
            "CARRIED\n\n## 5. Finance\n\nMoved: Ann Lee\nSeconded: Bo Chan\nThat the accounts be received.\n"
            "Carried unanimously.\n")
    found = extract_text(HEADER + body, format="markdown").decisions
    assert [(d.text, d.kind, d.outcome, d.proposer, d.seconder) for d in found] == [
        ("That the subscription be increased to $20. CARRIED", "motion", "carried", "Ann Lee", "Bo Chan"),
        ("That the accounts be received. Carried unanimously.", "motion", "carried", "Ann Lee", "Bo Chan")], found


def test_upon_a_motion_by_and_on_motion_of_name_the_mover_of_the_sentence_that_decides() -> None:
    found = extract_text(HEADER + "## Membership\n\nUpon a motion by Ann Lee, seconded by Bo Chan, the Board voted "
                         "unanimously to increase dues.\n\n## Budget\n\nOn motion of Lee, seconded by Chan, the Board "
                         "approved the budget.\n", format="markdown").decisions
    assert [(d.text, d.kind, d.proposer, d.seconder) for d in found] == [
        ("Upon a motion by Ann Lee, seconded by Bo Chan, the Board voted unanimously to increase dues.", "motion",
         "Ann Lee", "Bo Chan"),
        ("On motion of Lee, seconded by Chan, the Board approved the budget.", "motion", "Ann Lee", "Bo Chan")], found


def test_a_result_after_the_movers_line_completes_the_decision_they_moved() -> None:
    found = _decisions("## Minutes\n\nMinutes of the 4 February meeting approved as presented. "
                       "Moved by Ann Lee, seconded by Bo Chan. Unanimous.\n")
    assert [d[0] for d in found] == ["Minutes of the 4 February meeting approved as presented."], found


def test_a_proposal_that_failed_with_its_count_is_a_defeated_motion() -> None:
    found = _decisions("## Dues\n\nThe proposal to increase dues failed 2-4.\n")
    assert found == [("The proposal to increase dues failed 2-4.", "motion", "defeated", (2, 4, 0))], found


def test_a_paper_approved_without_an_agreement_worded_is_kind_other() -> None:
    found = _decisions("## Opening\n\n- Agenda approved.\n- The Board approved the budget.\n"
                       "- It was agreed to approve the plan.\n")
    assert [d[:2] for d in found] == [("Agenda approved.", "other"), ("The Board approved the budget.", "other"),
                                      ("It was agreed to approve the plan.", "agreement")], found


def test_a_matter_proposed_and_seconded_in_the_passive_is_a_motion_of_its_own() -> None:
    found = extract_text(HEADER + "## Accounts\n\nThe accounts were proposed by Ann Lee and seconded by Bo Chan.\n\n"
                         "## Committee\n\nThere being no new nominations, the re-election of the committee was "
                         "proposed and seconded from the floor.\n", format="markdown").decisions
    assert [(d.text, d.kind, d.outcome, d.proposer, d.seconder) for d in found] == [
        ("The accounts were proposed by Ann Lee and seconded by Bo Chan.", "motion", None, "Ann Lee", "Bo Chan"),
        ("There being no new nominations, the re-election of the committee was proposed and seconded from the floor.",
         "motion", None, None, None)], found


def test_an_item_proposed_and_seconded_by_nobody_named_moves_the_item() -> None:
    text = ("CLUB AGM\n\nDate: 12 March 2025\n\nPresent: Jane Doe, Bob Roe\n\n1) Apologies – none.\n"
            "2) Approval of Accounts for 2024 – Proposed and seconded from the floor.\n3) Any other business – none.\n")
    found = extract_text(text, format="text").decisions
    assert [(d.text, d.kind) for d in found] == [
        ("Approval of Accounts for 2024 – Proposed and seconded from the floor.", "motion")], found


def test_a_motion_block_with_its_vote_and_result_lines_is_one_motion() -> None:
    body = ("## Budget\n\nMotion: approve the 2025 budget as presented.\nMoved: Ann Lee\nSeconded: Bo Chan\n"
            "Vote: 7 in favour, 0 opposed, 1 abstention\nResult: Carried\n\n## Fees\n\n"
            "Motion: raise the hall fee to $40.\nMoved: Tom Brown\nSeconded: Kim Park\nVote: 2 in favour, 5 opposed\n"
            "Result: Defeated\n")
    found = _decisions(body)
    assert found == [("approve the 2025 budget as presented.", "motion", "carried", (7, 0, 1)),
                     ("raise the hall fee to $40.", "motion", "defeated", (2, 5, 0))], found


def test_an_election_result_completes_the_moved_nomination_before_it() -> None:
    found = _decisions("## Officers\n\nAnn Lee proposed that Jane Doe be re-elected as Chair; Bo Chan seconded. "
                       "Elected unanimously.\n")
    assert found == [("Ann Lee proposed that Jane Doe be re-elected as Chair; Bo Chan seconded. Elected unanimously.",
                      "other", "carried", None)], found


def test_a_motions_movers_in_brackets_are_read_as_written_when_not_attendees() -> None:
    found = extract_text(HEADER + "## Bylaws\n\nMotion to adopt the revised bylaws (Garcia/Novak). Approved 6-1-0.\n",
                         format="markdown").decisions
    assert [(d.kind, d.outcome, d.proposer, d.seconder) for d in found] == [
        ("motion", "carried", "Garcia", "Novak")], found


def test_the_teams_own_approval_stays_an_agreement() -> None:
    found = _decisions("## Release\n\n- We approved the new release schedule.\n")
    assert [d[:2] for d in found] == [("We approved the new release schedule.", "agreement")], found


def test_a_decision_reported_from_last_week_is_not_this_meetings() -> None:
    assert _decisions("## Pool\n\nThe council decided last week to close the pool.\n") == []


def test_a_matter_passed_with_its_count_or_manner_is_a_decision() -> None:
    found = _decisions("## Budget\n\n- The budget passed 5-2.\n- Bill 23 passed with amendments.\n"
                       "- Time passed quickly.\n")
    assert found == [("The budget passed 5-2.", "other", "carried", (5, 2, 0)),
                     ("Bill 23 passed with amendments.", "other", "carried", None)], found
