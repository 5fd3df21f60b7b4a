"""A bare number alone on its line is a field's value unless several such numbers number the items.

"**Attendees (# of attendees)**" / "10" / "**Agenda**": the 10 is the count the label asks for, not
the number of an item titled "Agenda"; "1" / "Apologies" / "2" / "Finance" typed a line apart still
numbers its titles.
"""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.document import Block, BlockKind, make_block
from notes_extract.segment.wrapped_lines import join_wrapped_lines


def _paragraphs(*texts: str) -> list[Block]:
    return [make_block(BlockKind.PARAGRAPH, t, lead_bold=t if t.startswith("Agenda") else "") for t in texts]


def test_a_single_bare_number_under_a_label_stays_a_value() -> None:
    blocks = _paragraphs("Attendees (# of attendees)", "10", "Agenda")
    assert [b.text for b in join_wrapped_lines(blocks)] == ["Attendees (# of attendees)", "10", "Agenda"]


def test_bare_numbers_over_titles_still_number_them() -> None:
    blocks = _paragraphs("1", "Apologies", "Ann Lee sent apologies.", "2", "Finance", "The balance is good.")
    assert [b.text for b in join_wrapped_lines(blocks)][:2] == ["1 Apologies", "Ann Lee sent apologies."]


def test_a_head_count_does_not_number_the_agenda_over_the_notes() -> None:
    notes = ("**Meetup Minutes**\n\n**Date**\n\n2024-06-19\n\n**Attendees (# of attendees)**\n\n10\n\n**Agenda**\n\n"
             "- 6:00 - 6:20 PM: Welcome\n- 6:20 - 6:40 PM: Project Pitches\n- 6:40 - 7:40 PM: Breakout groups\n\n"
             "**Notes**\n\n**Sponsors**\n\n- Venue: The Den\n- Food: A bakery\n\n"
             "**Announcements**\n\n- Headshots moved to July 3rd.\n- We were not selected for the fund.\n")
    record = extract_text(notes, format="markdown")
    assert [s.title for s in record.sections] == ["Sponsors", "Announcements"]
