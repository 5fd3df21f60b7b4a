"""Forms of work and project bodies' minutes (the twenty-first round's fresh7 set), on invented snippets."""
from notes_extract import extract_text


def test_line_opening_with_clock_range_is_hours_and_place_not_item() -> None:
    text = ("Minutes of Committee meeting\n5.30 pm – 7.00 pm, Central Library, 16 January 2017\n\n"
            "Present: Ann Smith (Chair), Bob Jones, Carol White.\n\n1. Finance\nCarol reported the balance.\n")
    meeting = extract_text(text, format="text").meeting
    assert (meeting.start_time, meeting.end_time, meeting.location) == ("17:30", "19:00", "Central Library")


def test_line_opening_with_clock_and_place_is_no_item() -> None:
    text = ("Parochial Church Council\nMinutes of Meeting\nThursday 13th June 2019\n7.30 pm in the Church Hall.\n"
            "Present: Ann Smith, Bob Jones, Carol White.\n\n1. Finance\nCarol reported the balance.\n")
    meeting = extract_text(text, format="text").meeting
    assert meeting.start_time == "19:30"
