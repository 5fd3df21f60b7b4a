"""Where the meeting was: a street address after "held at" in a capitals title line, and online
meetings named by the kind of call rather than a product."""

from __future__ import annotations

import pytest

from notes_extract import extract_text


def _place(text: str) -> str | None:
    return extract_text(text, format="text").meeting.location


def test_street_address_after_held_at_in_a_capitals_title() -> None:
    text = ("MINUTES OF THE MEETING OF THE GARDEN TRUST HELD AT 4 MILL LANE, BARFORD ON 9 APRIL 2025\n\n"
            "Present: Ann Lee, Bob Hart\n\n1. Accounts\nThe accounts were read.\n")
    assert _place(text) == "4 MILL LANE, BARFORD"


@pytest.mark.parametrize(("line", "place"), [
    ("Held by teleconference", "teleconference"),
    ("Via video conference", "video conference"),
    ("Meeting on GoToMeeting", "GoToMeeting"),
    ("Held over Webex", "Webex"),
])
def test_online_meeting_named_by_the_kind_of_call(line: str, place: str) -> None:
    text = f"Project Board\n9 April 2025\n{line}\n\nPresent: Ann Lee, Bob Hart\n\n1. Risks\nReviewed.\n"
    assert _place(text) == place
