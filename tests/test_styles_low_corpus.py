"""Shapes of minutes the extractor read worst in the shared corpus, on invented snippets.

Progress logs whose entries are "Label:" lines over lists, field labels that say what a
meeting is for, "Recorded by:" signatures and speakers written by their initials.
"""

from notes_extract import api
from notes_extract.document import Block, BlockKind
from notes_extract.segment.headings import inline_topic


def _read(text: str):
    return api.extract(text.encode(), format="text")


def _titles(text: str) -> list[str]:
    return [s.title for s in _read(text).sections]


def test_recorded_by_names_the_minute_taker() -> None:
    record = _read("Garden Club Meeting\n\n4 March 2024\n\nPresent: Ana Lima, Tom Reyes\n\n"
                   "Planting\n\nThe club chose the spring bulbs.\n\nRecorded by: Tom Reyes\n")
    assert record.meeting.minute_taker == "Tom Reyes"


def test_minutes_written_by_names_the_minute_taker() -> None:
    record = _read("Garden Club Meeting\n\n4 March 2024\n\nPresent: Ana Lima, Tom Reyes\n\n"
                   "Planting\n\nThe club chose the spring bulbs.\n\nMinutes written by: Ana Lima\n")
    assert record.meeting.minute_taker == "Ana Lima"


def test_purpose_label_is_not_an_agenda_item() -> None:
    text = ("Website Team\n\n5 May 2025\n\nAttendees: Ana Lima, Tom Reyes\n\n"
            "Purpose: Check the contact form and the search page before launch.\n\n"
            "Objective: Agree the launch checklist.\n")
    titles = _titles(text)
    assert "Purpose" not in titles and "Objective" not in titles


def test_colon_labels_over_lists_are_the_items_of_a_progress_entry() -> None:
    text = ("Thesis meeting 2024.02.12\n\nCompleted tasks:\n\n- Cleaned the survey data\n"
            "- Drafted the methods chapter\n\nQuestions:\n\n- Which test suits the paired samples?\n")
    assert _titles(text) == ["Completed tasks", "Questions"]


def test_updates_label_opening_an_entry_is_an_item() -> None:
    text = ("Thesis meeting 2024.02.19\n\nUpdates:\n\n- The sensor rig now logs every second\n"
            "- Calibration finished\n\nQuestions:\n\n- Should the rig log humidity too?\n")
    assert _titles(text) == ["Updates", "Questions"]


def test_field_label_inside_an_item_stays_a_part_of_it() -> None:
    text = ("Board Meeting\n\n1 June 2024\n\nPresent: Ana Lima, Tom Reyes\n\n1. Budget\n\n"
            "The treasurer presented the draft budget.\n\nUpdates:\n\n- The grant was received\n")
    assert "Updates" not in _titles(text)


def test_initials_then_a_question_are_a_speaker_not_an_inline_topic() -> None:
    said = Block(BlockKind.PARAGRAPH, "KT: should I repeat the site coordinates on every sheet? LM: no, leave them.")
    assert inline_topic(said) is None
    topic = Block(BlockKind.PARAGRAPH, "IT: The new laptops arrive next week and will be set up by Friday.")
    assert inline_topic(topic) is not None
