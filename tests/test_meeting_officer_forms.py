"""Who chaired and who took the minutes, in forms the role lines and sentences take in small bodies'
minutes: fields set apart by bars, the part played written after the name, a signature's date,
"took the minutes", "was elected to chair", and an office named before the chair's name."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_HEAD = "Garden Trust Committee\n9 April 2025\n\n"
_ITEMS = "\n\n1. Accounts\nThe accounts were read.\n"


def _meeting(middle: str, tail: str = ""):
    return extract_text(_HEAD + middle + _ITEMS + tail, format="text")


def test_chair_and_minutes_fields_set_apart_by_a_bar() -> None:
    record = _meeting("Present: Ann Lee, Bob Hart, Cat Ng\nChair: Ann Lee | Minutes: Cat Ng")
    assert (record.meeting.chair, record.meeting.minute_taker) == ("Ann Lee", "Cat Ng")


def test_the_part_played_written_after_the_name() -> None:
    record = _meeting("Present: Ann Lee, Bob Hart, Cat Ng\nSecretary: Cat Ng (minutes)")
    assert record.meeting.minute_taker == "Cat Ng"


@pytest.mark.parametrize(("middle", "tail"), [
    ("Present: Ann Lee, Bob Hart, Cat Ng\n\nCat Ng took the minutes.", ""),
    ("Present: Ann Lee, Bob Hart, Cat Ng", "\nMinutes: Cat Ng, 10 April 2025\n"),
])
def test_minute_taker_in_a_sentence_or_a_dated_signature(middle: str, tail: str) -> None:
    assert _meeting(middle, tail).meeting.minute_taker == "Cat Ng"


def test_a_member_elected_to_chair_the_meeting() -> None:
    record = _meeting("Present: Ann Lee, Bob Hart, Cat Ng\n\n"
                      "As the chair was absent, Cat Ng was elected to chair the meeting.")
    assert record.meeting.chair == "Cat Ng"


def test_an_office_before_the_chairs_name_is_neither_the_chair_nor_an_attendee() -> None:
    record = _meeting("Present: Ann Lee, Bob Hart, Cat Ng\n\nThe Treasurer, Bob Hart, chaired the meeting.")
    assert record.meeting.chair == "Bob Hart"
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bob Hart", "Cat Ng"]


def test_a_date_line_opening_with_the_day_is_no_numbered_item() -> None:
    record = extract_text("Garden Trust Committee\n4 March 2025 (18:00–19:30 CET)\nPresent: Ann Lee, Bob Hart"
                          + _ITEMS, format="text")
    assert (record.meeting.date, record.meeting.start_time, record.meeting.end_time) == \
        ("2025-03-04", "18:00", "19:30")
    assert [s.title for s in record.sections] == ["Accounts"]


def test_a_bold_line_that_is_only_a_date_is_no_section(tmp_path) -> None:
    import docx

    from notes_extract import extract

    document = docx.Document()
    for text, bold in [("Working Group Notes", True), ("Present: Ann Lee, Bob Hart", False),
                       ("Review of the charter", True), ("The charter was read through.", False),
                       ("Budget", True), ("The budget was agreed.", False), ("12th Nov, 2025", True),
                       ("The draft was circulated before the call.", False)]:
        document.add_paragraph().add_run(text).bold = bold
    path = tmp_path / "notes.docx"
    document.save(path)
    assert [s.title for s in extract(path).sections] == ["Review of the charter", "Budget"]


def test_a_bold_lead_in_repeated_under_each_item_is_a_field_of_it(tmp_path) -> None:
    import docx

    from notes_extract import extract

    document = docx.Document()
    document.add_paragraph().add_run("Review Panel Notes").bold = True
    document.add_paragraph("Present: Ann Lee, Bob Hart")
    for topic in ("Logo refresh", "Survey results", "Office move"):
        document.add_paragraph().add_run(topic).bold = True
        for label, text in (("Summary of Proposal:", f" The {topic.lower()} proposal says what it costs."),
                            ("Question for Panel:", " Should we accept it?")):
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            paragraph.add_run(text)
    path = tmp_path / "panel.docx"
    document.save(path)
    assert [s.title for s in extract(path).sections] == ["Logo refresh", "Survey results", "Office move"]
