"""Pages printed from HTML (paragraphs spaced apart, lists indented, code blocks in a
monospaced font) read into the same blocks as the page they were printed from."""

from __future__ import annotations

from notes_extract.document import BlockKind
from tests.test_loader_pdf import Page, load_pages

# A line of 10 pt Helvetica that runs to the right edge of the text.
_FULL = "Cllr Lintern proposed acceptance of the minutes of the last meeting, seconded by Cllr Hand."


def test_a_bold_run_starting_at_a_line_break_stays_in_its_spaced_paragraph() -> None:
    # <p>... seconded by Cllr Hand. <strong>Unanimously Agreed</strong></p>, wrapped
    # just before the bold run: one paragraph, as paragraphs stand a gap apart.
    page = Page().text(72, 100, "Minutes of the meeting held in the hall.")
    page.text(72, 130, _FULL).text(72, 142, "Unanimously Agreed", bold=True)
    names = " Members in attendance: Ann Lee, Bob Roe, Cath Poe, Dan Yu, Eve Ng, Fay Orr, "
    page.runs(72, 170, ("12", "F2", 10, 0), (names, "F1", 10, 0), ("Gil Fox, Hal Day,", "F2", 10, 0))
    page.text(72, 182, "Ivy Lam, Jo Kerr", bold=True)
    page.text(72, 210, "Finance report", bold=True).text(72, 222, "The balance was reported.")
    doc = load_pages(page)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Minutes of the meeting held in the hall."),
        (BlockKind.PARAGRAPH, _FULL + " Unanimously Agreed"),
        (BlockKind.PARAGRAPH, "12 Members in attendance: Ann Lee, Bob Roe, Cath Poe, Dan Yu, Eve Ng, Fay Orr, "
                              "Gil Fox, Hal Day, Ivy Lam, Jo Kerr"),
        (BlockKind.PARAGRAPH, "Finance report"),
        (BlockKind.PARAGRAPH, "The balance was reported."),
    ]


def test_a_bold_line_under_a_full_line_at_line_spacing_opens_a_paragraph_where_paragraphs_touch() -> None:
    # Paragraphs set at the line spacing (no gap between them): the bold line is a heading of its own.
    page = Page().text(72, 100, "Minutes of the meeting held in the hall.")
    page.text(72, 112, _FULL).text(72, 124, "Finance report", bold=True).text(72, 136, "The balance was reported.")
    doc = load_pages(page)
    assert [b.text for b in doc.blocks][-2:] == ["Finance report", "The balance was reported."]
