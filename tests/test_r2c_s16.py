"""Section forms of the sixteenth session's second round (invented snippets)."""

from notes_extract import extract_text


def _titles(text: str, fmt: str) -> list[str]:
    return [section.title for section in extract_text(text, format=fmt).sections]


def test_dates_heading_over_coming_events_is_an_item() -> None:
    text = ("Chess Club committee meeting, 9 April 2025\n\nPresent: Jo Smith, Pat Green, Lee Brown\n\n"
            "Tournament\n- Pat will book the hall.\n\nDates\n- 3 May: spring rapidplay\n- 14 June: AGM\n\n"
            "Subs\n- Subs stay at £20.\n")
    assert _titles(text, "text") == ["Tournament", "Dates", "Subs"]


def test_subject_lines_among_siblings_are_items() -> None:
    text = ("Parish Hall Committee - minutes of meeting held 9 April 2025\n\n"
            "Present: Jo Smith, Pat Green, Lee Brown\n\n"
            "Re: Hall hire\nPat said bookings are up. Agreed to keep the rates.\n\n"
            "Re: Boiler\nThe boiler was serviced in March.\n\n"
            "RE: Car park\nLee will ask the council about the potholes.\n")
    assert _titles(text, "text") == ["Hall hire", "Boiler", "Car park"]


def test_question_title_over_bullets_among_titled_items() -> None:
    text = ("Book group meeting, 9 April 2025\n\nPresent: Jo Smith, Pat Green, Lee Brown\n\n"
            "Next book\n- We picked a mystery novel.\n\n"
            "Should we move to Tuesdays?\n- Most members prefer Tuesdays.\n- Agreed to try it for two months.\n\n"
            "Snacks\n- Lee will bring biscuits.\n")
    assert _titles(text, "text") == ["Next book", "Should we move to Tuesdays?", "Snacks"]


def test_time_range_line_is_no_list_item() -> None:
    text = ("Riverside Allotment Society\nMinutes of the committee meeting held on 12 March 2025\nTime:\n"
            "7.30 – 9.00 pm\n\nPresent: Jo Smith, Pat Green, Lee Brown\n\n"
            "Water supply\n- Pat reported the tap by plot 14 leaks.\n\nShed\n- Lee will fix the roof.\n")
    meeting = extract_text(text, format="text").meeting
    assert (meeting.start_time, meeting.end_time) == ("19:30", "21:00")


def test_barred_title_line_is_date_body_and_place() -> None:
    text = ("# 9 April 2025 | Chess Club | Library\n\nPresent: Jo Smith, Pat Green, Lee Brown\n\n"
            "## Tournament\n- Pat will book the hall.\n\n## Subs\n- Subs stay at £20.\n")
    meeting = extract_text(text, format="markdown").meeting
    assert (meeting.title, meeting.date, meeting.location) == ("Chess Club", "2025-04-09", "Library")


def test_bold_caption_with_full_stop_runs_into_its_item() -> None:
    text = ("# Parish Hall Committee, 9 April 2025\n\nPresent: Jo Smith, Pat Green, Lee Brown\n\n"
            "**Budget review.** Ann presented the accounts for the year; income was up on last year.\n\n"
            "**Hall hire**. Pat said bookings are up. Agreed to keep the rates.\n\n"
            "**Car park.** Lee will ask the council about the potholes.\n")
    assert _titles(text, "markdown") == ["Budget review", "Hall hire", "Car park"]


def test_heading_run_into_a_sentence_titles_its_item() -> None:
    text = ("# Parish Hall Committee, 9 April 2025\n\nPresent: Jo Smith, Pat Green, Lee Brown\n\n"
            "## Budget review. Ann presented the accounts for the year.\n\n"
            "## Hall hire. Pat said bookings are up on last year.\n\n"
            "## Car park. Lee will ask the council about the potholes.\n")
    sections = extract_text(text, format="markdown").sections
    assert [section.title for section in sections] == ["Budget review", "Hall hire", "Car park"]


def test_time_range_in_title_block_is_no_numbered_item() -> None:
    text = ("Riverside Allotment Society\nCommittee Meeting, 12 March 2025\n7.30 – 9.00 pm\n\n"
            "Present: Jo Smith, Pat Green\n\n1. Water supply\nPat reported the tap leaks.\n\n"
            "2. Shed\nLee will fix the roof.\n")
    meeting = extract_text(text, format="text").meeting
    assert (meeting.start_time, meeting.end_time) == ("19:30", "21:00")
