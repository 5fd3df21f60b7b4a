"""Sections the extractor missed, sixteenth round: forms of agenda items found by invented minutes.

Each test is a short invented document in one style; its items are what a reader writes as sections.
"""

from __future__ import annotations

from notes_extract import extract_text

_HEAD = "# Steering committee\n\nDate: 2025-03-04\n\nAttendees: Ann Lee, Bo Ode, Cy Rand\n\n"


def _titles(text: str, fmt: str) -> list[str]:
    return [section.title for section in extract_text(text, format=fmt).sections]


def test_issue_references_and_links_after_a_title_are_no_part_of_it() -> None:
    # "(#12)", a bare link, "[[S12-3]](...)": where the item is tracked, not its subject
    text = _HEAD + ("## Agenda\n\n- Budget review (#12)\n  - We reviewed the budget and agreed it for next year.\n"
                    "- Hiring plan https://example.org/13\n  - Two roles are open and are being advertised.\n"
                    "- Office move [[S12-3]](https://example.org/s12-3)\n  - The move is planned for June.\n")
    assert _titles(text, "markdown") == ["Budget review", "Hiring plan", "Office move"]


def test_emphasis_typed_in_a_plain_text_file_is_no_part_of_a_title() -> None:
    text = ("Friends of the Library\nCommittee meeting 4 March 2025\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"
            "1. **Budget** - we have 2,000 pounds in the account.\n"
            "2. **Website** - the new site is live and working well.\n"
            "3. **Summer fete** - booked for 12 July on the green.\n")
    assert _titles(text, "text") == ["Budget", "Website", "Summer fete"]
