"""Sentences under the title and date, before the first item ("The minutes of the February meeting were
read and accepted."), are what the meeting did, not more title lines: their decisions and tasks count."""

from __future__ import annotations

from notes_extract import extract_text

_MINUTES = """Riverside Allotment Society
Committee Meeting, 4 March 2025

The minutes of the February meeting were read and accepted.
The treasurer reported a balance of 1,200 pounds. It was agreed to buy a new water tank.
Ann Lee will contact the supplier.

Plots
Two plots are vacant.
"""


def test_sentences_before_the_first_item_are_read() -> None:
    record = extract_text(_MINUTES, format="text")
    assert record.meeting.date == "2025-03-04"
    assert [d.text for d in record.decisions] == ["The minutes of the February meeting were read and accepted.",
                                                  "It was agreed to buy a new water tank."]
    assert [a.text for a in record.actions] == ["Ann Lee will contact the supplier."]


def test_a_title_line_that_reads_as_a_sentence_stays_a_title() -> None:
    record = extract_text("The Parish Council of Long Ditton\nMinutes, 4 March 2025\n\nPlots\nTwo plots are vacant.\n",
                          format="text")
    assert record.meeting.title == "The Parish Council of Long Ditton"
