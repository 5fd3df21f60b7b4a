"""Shapes read this session (the eighth): lines no earlier rule read, or read wrongly. All names and
lines are invented."""

from __future__ import annotations

from notes_extract import extract


def _record(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def test_the_pronoun_i_elected_chair_names_no_chair() -> None:
    text = ("Minutes of the Annual Village Meeting\n3 May 2020\n\nPresent: Ann Lee, Bob Grant\n\n"
            "1. Youth Forum report\n\nOut of the four who stood, I was elected as the Chairperson.\n")
    assert _record(text).meeting.chair is None


def test_an_initial_i_still_begins_a_name() -> None:
    text = ("Minutes of the Annual Village Meeting\n3 May 2020\n\nPresent: Ann Lee, Bob Grant\n\n"
            "After a vote, I. Marsh was elected as the Chairperson.\n\n1. Youth Forum report\n\nThe forum met twice.\n")
    assert _record(text).meeting.chair == "I. Marsh"
