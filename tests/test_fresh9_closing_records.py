"""A line recording when the meeting ended ("Meeting adjourned at 8:05 pm", "9:00pm: Meeting adjourned") is
never a section's heading, even when notes follow it (invented snippets); "Adjournment" stays an item."""

from notes_extract import extract_text
from notes_extract.segment.closing_records import records_the_close


def test_closing_lines_with_their_clock() -> None:
    assert records_the_close("Meeting adjourned at 8:05 pm")
    assert records_the_close("9:00pm: Meeting adjourned")
    assert records_the_close("The meeting closed at 21.30")
    assert not records_the_close("Adjournment")
    assert not records_the_close("Meeting adjourned")


def test_notes_after_the_closing_line_make_no_section_of_it() -> None:
    text = ("Minutes AGM – May 4, 2021\n\nStrata Corporation 77\n\n"
            "In attendance were: Dana Holt, Kim Park and Lee Ford.\n\n"
            "Approval of proposed budget:\n\n  • Dana Holt moved the budget be approved.\n  • Seconded by Kim Park\n\n"
            "Meeting adjourned at 8:05 pm\n\n\nPoints brought up after the meeting:\n\n"
            "  • Lee suggested a lock. Dana will take care of this.\n")
    titles = [s.title for s in extract_text(text, format="text").sections]
    assert "Meeting adjourned at 8:05 pm" not in titles
    assert titles[0] == "Approval of proposed budget"
