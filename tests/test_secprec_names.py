"""An attendee's full name alone on a line inside an item, over what they said, is a turn of that item,
not an item of its own: as a heading, a bold line or a plain line. Invented snippets."""

from __future__ import annotations

from notes_extract import extract_text


def _titles(text: str, fmt: str | None = None) -> list[str]:
    return [s.title for s in extract_text(text, format=fmt).sections]


def test_plain_name_lines_in_text_minutes() -> None:
    text = ("Cycling club committee\nTuesday 11 November 2025\n\n"
            "Present: Colin Hart (Chair), Debbie Sykes, Arun Mehta\n\n"
            "Kit order\nArun reported 34 orders received.\nDebbie Sykes\nAsked whether late orders are accepted.\n"
            "Arun Mehta\nYes, until the first of December.\n\nAnnual dinner\nBooked for January at the golf club.\n")
    assert _titles(text) == ["Kit order", "Annual dinner"]


def test_bold_name_lines_under_an_attendees_heading_paragraph() -> None:
    text = ("# Formats group\n\n**Date:** 2025-11-12\n\n## Attendees\n\nRuth Okoye, Yusuf Demir, Clara Voss\n\n"
            "## Versioning proposal\n\n**Yusuf Demir**\n\nPrefers semantic versioning.\n\n**Clara Voss**\n\n"
            "Asks about compatibility guarantees.\n\n## Test coverage\n\nCoverage is at 71 per cent.\n")
    assert _titles(text, "markdown") == ["Versioning proposal", "Test coverage"]


def test_name_heading_at_the_items_level() -> None:
    text = ("<h1>Ecology lab meeting</h1><p>2025-02-14</p><h3>Attendees</h3><p>Naomi Fields, Oscar Lee, Rina Patel</p>"
            "<h3>Cluster allocation</h3><p>The allocation is 60% used.</p><h3>Fieldwork safety</h3>"
            "<p>Everyone must complete the course.</p><h3>Rina Patel</h3><p>Asked whether it can be done online.</p>")
    assert _titles(text, "html") == ["Cluster allocation", "Fieldwork safety"]


def test_a_topic_that_is_no_attendee_stays_an_item() -> None:
    text = ("# Heritage trust\n\n2025-05-20\n\n## Attendees\n\nEllen Ward, Simon Rhys\n\n## Visitor figures\n\n"
            "Numbers are up on last year.\n\n## Grace Darling\n\nThe exhibition on her rescue opens in June.\n")
    assert _titles(text, "markdown") == ["Visitor figures", "Grace Darling"]


def test_an_item_in_capitals_is_never_a_speaker() -> None:
    text = ("PARISH COUNCIL MINUTES\n3 March 2025\n\nPresent: Ann Matters, Bo Arising, Cy Park\n\n"
            "FOOTBALL CLUB DELEGATION\nThe club asked for a longer lease on the pitch.\n\n"
            "MATTERS ARISING\nThere were no matters arising from the last minutes.\n\n"
            "CLERK'S REPORT\nThe precept has been received.\n")
    assert [t.casefold() for t in _titles(text)] == ["football club delegation", "matters arising", "clerk's report"]
