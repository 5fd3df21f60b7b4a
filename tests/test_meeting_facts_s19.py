"""Meeting facts in forms found by the nineteenth session's invented battery: a place line under a generic
title ("Committee Meeting" / date / "Village Hall"), a "meeting held in X and opened at ..." sentence,
"Meeting Room B" as a place, and who took the minutes in a second sentence."""

from __future__ import annotations

from notes_extract import extract_text

_ITEMS = "\n\nPresent: Ann Lee, Bob Hart, Cat Ng\n\n1. Accounts\nThe accounts were read.\n\n2. Plants\nMore plants.\n"


def _meeting(head: str, tail: str = ""):
    return extract_text(head + _ITEMS + tail, format="text").meeting


def test_a_place_line_under_a_generic_title_is_the_venue_not_the_title() -> None:
    for place in ("Village Hall", "Village Hall, High Street", "The Old School, Church Lane, Ashby", "Zoom"):
        for head in (f"Committee Meeting\n3 March 2024, 7pm\n{place}", f"Committee Meeting\n{place}\n3 March 2024"):
            meeting = _meeting(head)
            assert (meeting.title, meeting.location) == ("Committee Meeting", place), head


def test_a_place_line_above_a_generic_title_still_names_the_body() -> None:
    meeting = _meeting("St Mary's Church\nAnnual Meeting\n3 March 2024")
    assert meeting.title is not None and "St Mary's Church" in meeting.title


def test_a_line_naming_a_body_under_a_generic_title_stays_the_title() -> None:
    assert _meeting("Minutes\nRiverside Garden Society\n3 March 2024").title == "Riverside Garden Society"


def test_a_held_in_sentence_ends_the_place_where_the_sentence_goes_on() -> None:
    head = "Garden Club Committee\n3 March 2024\nThe meeting was held in the Library and opened at 7pm."
    assert _meeting(head).location == "Library"
    head = "Garden Club Committee\n3 March 2024\nThe meeting was held in the Scout Hut with nine members present."
    assert _meeting(head).location == "Scout Hut"


def test_a_meeting_room_is_a_place_not_a_record_word() -> None:
    head = ("Garden Club Committee Meeting\nHeld on Tuesday, March 3, 2024 at 7:00 p.m.\n"
            "Riverside Library, Meeting Room B")
    assert _meeting(head).location == "Riverside Library, Meeting Room B"


def test_who_took_the_minutes_in_a_second_sentence() -> None:
    tail = "\nAnn Lee chaired the meeting. Cat Ng took the minutes.\n"
    meeting = _meeting("Garden Club Committee\n3 March 2024", tail)
    assert (meeting.chair, meeting.minute_taker) == ("Ann Lee", "Cat Ng")
