"""Pages printed from HTML (paragraphs spaced apart, lists indented, code blocks in a
monospaced font) read into the same blocks as the page they were printed from."""

from __future__ import annotations

from notes_extract.document import Block, BlockKind, Document
from tests.test_loader_pdf import Page, load_pages, texts

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


def test_a_list_item_holding_a_code_block_keeps_its_wrapped_lines() -> None:
    # <ol><li><pre>       Those Attending:      Cllr Ann Lee ...</pre></li></ol>: the block's
    # typed spaces push the first line's text right (gaps as wide as tabs); its wrapped lines
    # start at the item's left edge, between the number and that text, and run on (a space in
    # a monospaced font is as wide as its letters: "Fox" did not fit after "Gil").
    page = Page().text(72, 100, _FULL)
    page.text(78, 130, "1.").text(120, 130, "Those Attending:     Cllr Ann Lee (Chair), Cllr Bob Roe,", font="F4")
    page.text(90, 142, "Cllr Cath Poe, Cllr Dan Yu, Cllr Eve Ng, Cllr Fay Orr, Mr Gil", font="F4")
    page.text(90, 154, "Fox and two members of the public.", font="F4")
    page.text(72, 184, "The chair opened the meeting.")
    doc = load_pages(page)
    assert [(b.kind, b.label, b.text) for b in doc.blocks[1:]] == [
        (BlockKind.LIST_ITEM, "1.", "Those Attending: Cllr Ann Lee (Chair), Cllr Bob Roe, Cllr Cath Poe, Cllr Dan Yu, "
                                    "Cllr Eve Ng, Cllr Fay Orr, Mr Gil Fox and two members of the public."),
        (BlockKind.PARAGRAPH, None, "The chair opened the meeting."),
    ]


def test_a_code_block_wider_than_the_body_breaks_its_lines_at_its_own_edge() -> None:
    # A code block's lines run past the body text's edge (most pages' widest lines); one ending
    # short of the block's widest line was broken on purpose, though the next word would not fit
    # the body's width.
    prose = [Page().text(72, 100, _FULL).text(72, 130, _FULL).text(72, 160, _FULL) for _ in range(2)]
    page = Page().text(72, 100, _FULL).text(72, 130, "COMPLETED:", font="F4")
    page.text(96, 142, "Base API data parsing into wanted variables and the desired outputs.", font="F4")
    page.text(96, 154, "Base GUI created and connected parsed API to show output", font="F4")
    page.text(72, 166, "MEETING:", font="F4").text(96, 178, "Decided on the look of the GUI", font="F4")
    doc = load_pages(*prose, page)
    assert [b.text for b in doc.blocks if b.page == 3][2:] == [
        "Base API data parsing into wanted variables and the desired outputs.",
        "Base GUI created and connected parsed API to show output",
        "MEETING:",
        "Decided on the look of the GUI",
    ]


def test_labels_typed_at_the_margin_are_no_indent_level_for_a_list_after_text() -> None:
    # Each agenda item its own <ol> indented from the margin, with plain paragraphs between,
    # some opening with a typed "a)" and wrapping back under it: the items are not nested.
    page = Page().text(90, 100, "1.").text(108, 100, "Apologies for Absence:")
    page.text(72, 124, "Apologies were received from Cllr Ryves.")
    page.text(90, 148, "2.").text(108, 148, "Matters Arising:")
    page.text(72, 172, "a) " + _FULL).text(72, 184, "He was thanked.")
    page.text(72, 208, "b) The clerk reported on the lighting.").text(72, 232, "The lights will be fixed.")
    page.text(90, 256, "3.").text(108, 256, "Correspondence:")
    page.text(72, 280, "None received.")
    doc = load_pages(page)
    assert [(b.label, b.level) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM] == [
        ("1.", 0), ("2.", 0), ("a)", 0), ("b)", 0), ("3.", 0),
    ]
    assert find_item(doc, "a)").text == _FULL + " He was thanked."


def find_item(doc: Document, label: str) -> Block:
    return next(b for b in doc.blocks if b.label == label)


def test_a_lone_item_at_the_margin_is_no_indent_level_for_lists_after_text() -> None:
    # <ul> lists indented from the margin, and one paragraph typed "* Denotes ..." printed at the
    # margin: the lists after text stay at the top level, as in the page.
    page = Page().text(72, 100, "Members Present", size=14, bold=True)
    page.text(90, 124, "\u2022").text(102, 124, "Present: Ann Lee")
    page.text(90, 138, "\u2022").text(102, 138, "Chair: JC")
    page.text(72, 162, "News and discussions on events.")
    page.text(72, 186, "* Denotes run by non-members")
    page.text(72, 210, "Tech", size=14, bold=True)
    page.text(90, 234, "\u2022").text(102, 234, "Arduino U - business as usual")
    page.text(108, 248, "\u2022").text(120, 248, "New boards ordered")
    doc = load_pages(page)
    assert [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM and b.text[0] != "D"] == [
        ("Present: Ann Lee", 0), ("Chair: JC", 0), ("Arduino U - business as usual", 0), ("New boards ordered", 1),
    ]


def _spaced_body(page: Page, y: float) -> Page:
    """Two paragraphs, each of a full line and a short one, a paragraph gap apart from ``y`` on."""
    page.text(72, y, _FULL).text(72, y + 12, "The balance was reported.")
    return page.text(72, y + 40, _FULL).text(72, y + 52, "The accounts were approved.")


def test_a_bold_capitals_title_broken_over_lines_is_one_paragraph_where_paragraphs_are_spaced() -> None:
    # <p><b>MINUTES OF THE ANNUAL MEETING<br>HELD IN THE HALL<br>ON 16th MAY 2001</b></p> at the
    # top of the page (no gap above to measure: the gap below it sets it apart), then
    # <b>REPORT FROM THE CHAIR,<br>CHAIRMAN OF THE HALL COMMITTEE</b> a paragraph gap below text.
    page = Page().text(150, 40, "MINUTES OF THE ANNUAL MEETING", bold=True)
    page.text(160, 52, "HELD IN THE HALL", bold=True).text(165, 64, "ON 16th MAY 2001", bold=True)
    _spaced_body(page, 92)
    page.text(72, 172, "REPORT FROM THE CHAIR,", bold=True).text(72, 184, "CHAIRMAN OF THE HALL COMMITTEE", bold=True)
    _spaced_body(page, 212)
    doc = load_pages(page)
    assert texts(doc)[0] == "MINUTES OF THE ANNUAL MEETING HELD IN THE HALL ON 16th MAY 2001"
    assert "REPORT FROM THE CHAIR, CHAIRMAN OF THE HALL COMMITTEE" in texts(doc)


def test_bold_sub_headings_under_a_capitals_title_stay_apart_where_paragraphs_are_spaced() -> None:
    # A sub-heading a paragraph gap below the title, or in mixed case right under it
    # ("CHAIRMAN OF SCHOOL GOVERNORS" / "Personnel"), is a heading of its own.
    page = Page().text(72, 40, "Minutes of the meeting held in the hall.")
    _spaced_body(page, 68)
    page.text(72, 148, "REPORT FROM THE CHAIR", bold=True).text(72, 176, "FINANCE", bold=True)
    _spaced_body(page, 204)
    page.text(72, 284, "REPORT ON THE SCHOOL", bold=True).text(72, 296, "Personnel", bold=True)
    _spaced_body(page, 324)
    doc = load_pages(page)
    for heading in ("REPORT FROM THE CHAIR", "FINANCE", "REPORT ON THE SCHOOL", "Personnel"):
        assert heading in texts(doc)


def test_bold_capitals_lines_stay_apart_where_paragraphs_touch() -> None:
    # Paragraphs set at the line spacing: each bold line is a paragraph of its own,
    # at the top of the page as under text.
    page = Page().text(72, 40, "MINUTES OF THE ANNUAL MEETING", bold=True).text(72, 52, "HELD IN THE HALL", bold=True)
    page.text(72, 64, _FULL).text(72, 76, "The balance was reported.")
    page.text(72, 88, "REPORT FROM THE CHAIR", bold=True).text(72, 100, "FINANCE", bold=True)
    page.text(72, 112, _FULL).text(72, 124, "The accounts were approved.")
    doc = load_pages(page)
    for heading in ("MINUTES OF THE ANNUAL MEETING", "HELD IN THE HALL", "REPORT FROM THE CHAIR", "FINANCE"):
        assert heading in texts(doc)
