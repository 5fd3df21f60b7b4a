""""Minutes" over a sentence is the item on the previous minutes; over a name it names the minute taker."""

from notes_extract import api
from notes_extract.segment.minutes_items import minutes_item, sentence_after_label

_CAPS = """Brookfield Allotment Committee
Meeting of 2 March 2026

Present: Ada Thorn (Chair), Levi Marsh, Opal Reyes
Minutes: Quentin Hale

OPENING: The chair welcomed everyone at 7 pm.
MINUTES: The February minutes were read and accepted without change.
WATER: Levi reported that the standpipe on plot 9 is leaking.
"""

_PLAIN = """Ferncliff Choir Committee
Minutes of 9 April 2026

Present: Mabel Orr, Ned Voss, Iris Kemp

Minutes
The minutes of the March committee were agreed as accurate.

Concert
The spring concert will be held at the chapel.
"""


def _record(tmp_path, text: str):
    path = tmp_path / "minutes.txt"
    path.write_text(text)
    return api.extract(str(path))


def test_label_over_sentence_opens_an_item(tmp_path) -> None:
    record = _record(tmp_path, _CAPS)
    assert [s.title for s in record.sections] == ["OPENING", "MINUTES", "WATER"]
    assert any("February minutes" in d.text for d in record.decisions)
    assert record.meeting.minute_taker == "Quentin Hale"


def test_minutes_line_over_its_sentence_is_an_item(tmp_path) -> None:
    record = _record(tmp_path, _PLAIN)
    assert [s.title for s in record.sections] == ["Minutes", "Concert"]


def test_name_after_label_is_the_taker() -> None:
    assert not sentence_after_label("Minutes", "Quentin Hale (Secretary)")
    assert not sentence_after_label("Minutes", "taken by Quentin Hale")
    assert sentence_after_label("MINUTES", "approved as circulated.")
    assert not sentence_after_label("Chair", "the minutes were approved")
    # a "Minutes" heading over the whole body of the minutes is furniture
    assert not minutes_item("Minutes", "", ["Ann opened the meeting.", "Budget was discussed.", "x", "y"])
