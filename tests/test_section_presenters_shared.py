"""A topic led by several people named in brackets ("European Commission (Mark/Torsten)"): the
title without them, the first attendee among them as presenter. Invented minutes."""

from __future__ import annotations

from notes_extract import extract

TEXT = """Minutes of the Working Group call, 4 November 2024

Attendees: Wren Olafsen, Mark Haine, Dave Tonge

## Regulator update (Mark/Torsten)

Mark said the consultation closes in January.

## Tools (Hammer/Saw)

Discussed.
"""


def test_a_bracket_of_several_names_gives_the_first_attendee_as_presenter() -> None:
    record = extract(TEXT.encode(), format="markdown")
    assert [(s.title, s.presenter) for s in record.sections] == [("Regulator update", "Mark Haine"),
                                                                ("Tools (Hammer/Saw)", None)]


def test_a_report_from_a_named_giver_is_titled_without_them_unless_written_in_capitals() -> None:
    text = ("Minutes of the AGM held on 14 November 2024\n\nPresent: Jimmy Joe, Bill Tarn\n\n"
            "## Presidents Report from Jimmy Joe\n\nThe year went well.\n\n"
            "## TREASURER'S REPORT BY BILL TARN\n\nFunds are fine.\n")
    record = extract(text.encode(), format="markdown")
    assert [(s.title, s.presenter) for s in record.sections] == [
        ("Presidents Report", "Jimmy Joe"), ("TREASURER'S REPORT BY BILL TARN", "Bill Tarn")]
