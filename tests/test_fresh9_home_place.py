"""A member's home as the meeting's place (invented snippets): "The meeting was held in the home of X,
Unit 8, 1602 Morey Road" and "N members met on ..., at the home of X for the Club" give the home and its
address, not the sentence; the next meeting's host is not this meeting's place."""

from notes_extract import extract_text
from notes_extract.extractors.place_homes import home_place


def test_held_in_the_home_of_a_member_with_the_address() -> None:
    text = ("Minutes AGM – May 4, 2021\n\nStrata Corporation 77\n\n"
            "The meeting was held in the home of Dana Holt, Unit 3, 120 Birch Road\n\n"
            "In attendance were: Dana Holt, Kim Park and Lee Ford.\n\nMeeting called to order at 7:00 pm\n\n"
            "Budget:\n\n  • Approved.\n")
    assert extract_text(text, format="text").meeting.location == "home of Dana Holt, Unit 3, 120 Birch Road"


def test_met_at_the_home_of_ends_before_lower_case_words() -> None:
    assert home_place(["Six members met on Tuesday, March 2, at the home of Kim Park for the Garden Club."]) \
        == "home of Kim Park"


def test_the_next_meetings_host_is_not_this_meetings_place() -> None:
    assert home_place(["The next meeting will be held at the home of Kim Park."]) is None
