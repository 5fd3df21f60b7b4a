"""A status stamp with its own date ("DRAFT – circulated 14 March") dates the minutes' sending, not the
meeting; a team's "Next sync:" / "Next call:" line is the next meeting like "Next meeting:"; and a proposal
carried by "All in favour." or "None opposed." alone is a decision."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_ITEMS = "\n\n## 1. Budget\n\n- The budget was reviewed.\n"


@pytest.mark.parametrize("stamp", [
    "DRAFT - circulated 14 March 2025",
    "Draft minutes, issued 14 March 2025",
    "Approved by the committee on 14 April 2025",
])
def test_a_dated_status_stamp_does_not_date_the_meeting(stamp: str) -> None:
    text = f"# Orchard Group Meeting\n\n{stamp}\n\n**Date:** 12 March 2025\n\nPresent: Ann Lee, Bob Hart" + _ITEMS
    assert extract_text(text, format="markdown").meeting.date == "2025-03-12"


def test_a_draft_title_line_with_the_meeting_date_still_dates_it() -> None:
    text = "# Orchard Group\n\nDraft minutes - 12 March 2025\n\nPresent: Ann Lee, Bob Hart" + _ITEMS
    assert extract_text(text, format="markdown").meeting.date == "2025-03-12"


@pytest.mark.parametrize("label", ["Next sync", "Next call", "Next session", "Next standup"])
def test_a_team_names_its_next_meeting_by_its_own_word(label: str) -> None:
    text = "# Orchard Team Sync\n\n**Date:** 12 March 2025\n\nPresent: Ann Lee, Bob Hart" + _ITEMS + \
        f"\n{label}: 19 March 2025, 10:00\n"
    record = extract_text(text, format="markdown")
    assert record.next_meeting is not None and record.next_meeting.date == "2025-03-19"
    assert [s.title for s in record.sections] == ["Budget"]


@pytest.mark.parametrize("result", ["All in favour.", "Unanimous.", "None opposed."])
def test_a_proposal_carried_by_the_rooms_consent_in_a_word_or_two(result: str) -> None:
    text = ("Orchard Group\nCommittee Meeting, 4 June 2025\n\nPresent: Ann Lee, Bob Hart\n\n1. Tools\n"
            f"The old mower is broken.\nIt was proposed that the group buys a new mower. {result}\n\n"
            "2. Other business\nNone.\n")
    decisions = extract_text(text, format="text").decisions
    assert [(d.text, d.outcome) for d in decisions] == [("It was proposed that the group buys a new mower.", "carried")]



def test_when_and_where_under_a_next_week_heading_are_the_next_meeting_not_tasks() -> None:
    text = ("# Garden Team Meeting\n\n**Date:** 3 June 2025\n\n**Attendees:** Ann Lee, Bo Ode, Cy Rand\n\n"
            "## Updates\n\n- Beds were weeded.\n\n## Next Week\n\n- Time: 10 June 2025, 6pm\n- Location: the shed\n"
            "- Cy to bring seeds\n")
    record = extract_text(text, format="markdown")
    assert [a.text for a in record.actions] == ["Cy to bring seeds"]
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.start_time) == ("2025-06-10", "18:00")
