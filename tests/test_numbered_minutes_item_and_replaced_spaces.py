""""1 Minutes" with the number written without a stop is the first agenda item (on the previous minutes),
not a heading naming the document; and a text whose non-breaking spaces were lost to replacement
characters in an earlier decoding ("1.\ufffd Minutes:\ufffd Approved ...") reads like one with spaces."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.loaders import load

_TEXT = ("Garden Committee\n\nSeptember 27, 2007\n\nMembers Present: Ann Lee, Bo Ode, Cy Rand\n\n"
         "1. Minutes: Approved the minutes from 9-17-07 with corrections.\n\n"
         "2. Chair Election: We voted by ballot for the chair.\n\n3. Budget: The budget was discussed.\n")


def test_a_numbered_minutes_item_first_is_an_item() -> None:
    record = extract_text(_TEXT, format="text")
    assert [(s.title, s.kind) for s in record.sections][:2] == [("Minutes", "previous_minutes"),
                                                              ("Chair Election", "other")]
    assert len(record.sections) == 3


def test_replacement_characters_for_lost_spaces_read_as_spaces() -> None:
    text = _TEXT.replace(". Minutes: ", ".\ufffd Minutes:\ufffd ").replace(". Chair Election: ",
                                                                            ".\ufffd Chair Election:\ufffd ")
    record = extract_text(text, format="text")
    assert [s.title for s in record.sections] == ["Minutes", "Chair Election", "Budget"]


def test_a_replacement_character_inside_a_word_stays() -> None:
    blocks = load("Bo\ufffds plan was agreed.\n".encode(), format="text").blocks
    assert blocks[0].text == "Bo\ufffds plan was agreed."
