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
