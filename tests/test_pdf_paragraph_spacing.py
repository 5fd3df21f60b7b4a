"""Paragraphs spaced apart in a PDF: a full last line ending a sentence does not run into the next paragraph.

Word's "space after" and pages printed from HTML set paragraphs a little further apart than their
lines. Where that spacing is the document's own (lines that end early commonly stand that far above
the next), a line standing that far below a full line that ended a sentence opens a new paragraph,
although the line above filled the width ("... conduct ballots." then "Next steps:").
"""

from __future__ import annotations

from notes_extract.document import BlockKind
from tests.test_loader_pdf import Page, load_pages

LINE = 16.0  # baseline to baseline inside a paragraph (12 pt type)
SPACED = 23.0  # baseline to baseline from a paragraph's last line to the next paragraph

FULL = "The treasurer explained the grant terms to the members and the timetable for the next claim."
PARAGRAPHS = [
    [FULL, "The hall roof repair is booked for the spring and the fund covers it."],
    ["Members thanked the volunteers."],
    [FULL, "The newsletter goes out on the first Monday."],
    ["The public list should be the one used for the discussions and for all the ballots we hold."],
    ["Next steps:"],
    ["Ask the council about the path."],
    ["Book the hall for the fair."],
]


def _page(spacing: float) -> Page:
    page, y = Page(), 90.0
    for lines in PARAGRAPHS:
        for line in lines:
            page.text(72, y, line, size=12)
            y += LINE
        y += spacing - LINE
    return page


def _paragraphs(spacing: float) -> list[str]:
    return [b.text for b in load_pages(_page(spacing)).blocks if b.kind is BlockKind.PARAGRAPH]


def test_a_full_line_ending_a_sentence_then_a_line_at_paragraph_spacing_opens_a_paragraph() -> None:
    paragraphs = _paragraphs(SPACED)
    assert "Next steps:" in paragraphs
    assert paragraphs[3].endswith("all the ballots we hold.")


def test_lines_at_the_line_spacing_still_run_on() -> None:
    # Unspaced paragraphs: a full line carries on into the next as before (nothing tells them apart).
    paragraphs = _paragraphs(LINE)
    assert not any(p == "Next steps:" for p in paragraphs)
