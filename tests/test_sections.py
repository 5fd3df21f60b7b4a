"""Sections: titles without numbering or presenter, kinds, presenters."""

import pytest

from notes_extract.document import BlockKind, make_block
from notes_extract.extractors.item_heads import read_heading, strip_numbering
from notes_extract.extractors.sections import section_kind
from notes_extract.people import Roster
from notes_extract.segment import SectionSpan, heading_split

ROSTER = Roster(["Niccola Hutchinson-Pascal", "Isaac Samuels"])


def _span(text: str, lead_bold: str = "") -> SectionSpan:
    block = make_block(BlockKind.PARAGRAPH, text, lead_bold=lead_bold)
    hint, rest = heading_split(block)
    return SectionSpan(block, block.text, hint, rest)


@pytest.mark.parametrize(
    ("heading", "title", "presenter"),
    [
        ("Progress & risk report, Nicc", "Progress & risk report", "Niccola Hutchinson-Pascal"),
        ("DISCUSSION TOPIC 1 - Safeguarding statement review work", "Safeguarding statement review work",
         None),
        ("DISCUSSION TOPIC 2 – Understanding of co-production", "Understanding of co-production", None),
        ("Anti-racism work update - Isaac provided an update and group members gave input:",
         "Anti-racism work update", "Isaac Samuels"),
        ("4. Finance report (Isaac)", "Finance report", "Isaac Samuels"),
        ("19.09.05 Planning applications", "Planning applications", None),
        ("Item 3 - Website", "Website", None),
        ("Roads, footpaths", "Roads, footpaths", None),
    ],
)
def test_heading_gives_title_and_presenter(heading: str, title: str, presenter: str | None) -> None:
    head = read_heading(_span(heading), ROSTER)
    assert (head.title, head.presenter) == (title, presenter)


def test_bold_lead_in_is_the_title_and_the_rest_a_point() -> None:
    span = _span("Anti-racism work update - Isaac provided an update", lead_bold="Anti-racism work update")
    head = read_heading(span, ROSTER)
    assert head.title == "Anti-racism work update"
    assert head.presenter == "Isaac Samuels"
    assert head.lead_point == "Isaac provided an update"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Update on actions from previous meetings", "action_review"),
        ("Matters arising", "action_review"),
        ("Any other business", "aob"),
        ("AOB", "aob"),
        ("Declarations of interest", "declarations"),
        ("Minutes of the previous meeting", "previous_minutes"),
        ("Approval of the minutes", "previous_minutes"),
        ("Treasurer's report", "report"),
        ("Understanding of co-production", "discussion"),
    ],
)
def test_section_kinds(title: str, kind: str) -> None:
    assert section_kind(title) == kind


def test_numbering_is_stripped_but_numbers_in_titles_stay() -> None:
    assert strip_numbering("3. 2025 budget") == "2025 budget"
    assert strip_numbering("Budget 2025") == "Budget 2025"
