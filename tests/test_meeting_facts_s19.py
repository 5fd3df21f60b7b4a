"""Meeting facts in forms found by the nineteenth session's invented battery: a place line under a generic
title ("Committee Meeting" / date / "Village Hall"), a "meeting held in X and opened at ..." sentence,
"Meeting Room B" as a place, who took the minutes in a second sentence; and web pages saved as text: a
trail of links over the title, the site's name repeated after the page's title, a sentence run on after the
title and date, "Minutes – March 2024"."""

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


def test_a_minutes_line_naming_only_its_month_names_no_minute_taker() -> None:
    record = extract_text("Ashby Garden Society\nMinutes – March 2024" + _ITEMS, format="text")
    assert record.meeting.minute_taker is None
    assert [person.name for person in record.attendance.present] == ["Ann Lee", "Bob Hart", "Cat Ng"]


def test_a_web_pages_trail_of_links_is_no_part_of_the_title() -> None:
    for trail in ("Home » Minutes » ", "Home > Society > "):
        assert _meeting(f"{trail}Garden Society Minutes 3 March 2024").title == "Garden Society", trail


def test_a_sites_name_repeated_after_the_pages_title_is_no_place() -> None:
    meeting = _meeting("Ashby Chess Club – Committee meeting 3/3/2024 – Ashby Chess Club")
    assert (meeting.title, meeting.location) == ("Ashby Chess Club – Committee meeting", None)
    # a place after the date that is no repeat stays the place
    assert _meeting("Ashby Chess Club – Committee meeting 3/3/2024 – Church Hall").location == "Church Hall"


def test_a_sentence_run_on_after_the_title_and_date_is_no_part_of_the_title() -> None:
    head = "Ashby School Board Minutes March 3, 2024. The Ashby School Board met in regular session at 6 pm."
    assert _meeting(head).title == "Ashby School Board"


def test_a_minutes_label_with_the_writers_office_in_brackets() -> None:
    meeting = _meeting("Garden Club Committee\n3 March 2024", "\nMinutes: Cat Ng (Secretary)\n")
    assert meeting.minute_taker == "Cat Ng"


def test_a_meeting_presided_over_by_someone() -> None:
    assert _meeting("Garden Club Committee\n3 March 2024", "\nThe meeting was presided over by Ann Lee.\n"
                    ).chair == "Ann Lee"
