"""The Word loader reading lists typed by hand and lines set apart by line breaks as the text loader does.

Each document is built with python-docx: plain paragraphs (no Word numbering) whose text opens with a
typed marker, indented with the ruler, a style or typed tabs, and paragraphs broken with Shift+Enter
(python-docx writes "\\n" as w:br).
"""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Inches

from notes_extract.document import Block, BlockKind
from notes_extract.loaders.docx import load
from notes_extract.loaders.text import load as load_text


def _blocks(document: docx.document.Document) -> list[Block]:
    buffer = io.BytesIO()
    document.save(buffer)
    return load(buffer.getvalue(), source="typed.docx").blocks


def _shape(blocks: list[Block]) -> list[tuple[str, int, str | None, str]]:
    return [(b.kind.value, b.level, b.label, b.text) for b in blocks]


def _document(*lines: str) -> docx.document.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


# -- typed markers ------------------------------------------------------------


def test_typed_numbers_with_a_bracket_are_list_items_with_their_labels() -> None:
    blocks = _blocks(_document("1) Apologies for absence Robin, Les", "2) Present - Mark (Chair), Dorothy",
                               "10) Any other business – none"))
    assert _shape(blocks) == [
        ("list_item", 0, "1)", "Apologies for absence Robin, Les"),
        ("list_item", 0, "2)", "Present - Mark (Chair), Dorothy"),
        ("list_item", 0, "10)", "Any other business – none"),
    ]


def test_typed_bullets_are_list_items_without_a_label() -> None:
    blocks = _blocks(_document("• Budget agreed", "- Venue booked", "–\tTickets on sale", "* Raffle held"))
    assert _shape(blocks) == [("list_item", 0, None, text)
                              for text in ("Budget agreed", "Venue booked", "Tickets on sale", "Raffle held")]


def test_letters_and_numerals_in_brackets_are_labels() -> None:
    blocks = _blocks(_document("a) Payments approved", "(ii) Bank balance noted", "B. Grants"))
    assert [(b.kind, b.label, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, "a)", "Payments approved"),
        (BlockKind.LIST_ITEM, "(ii)", "Bank balance noted"),
        (BlockKind.LIST_ITEM, "B.", "Grants"),
    ]


def test_same_blocks_as_the_text_loader() -> None:
    lines = ["Minutes of the committee", "1) Apologies", "2) Finance", "• Balance noted", "Closed at 9pm"]
    from_text = load_text("\n".join(lines).encode(), source="typed.txt", markdown=False).blocks
    assert _shape(_blocks(_document(*lines))) == _shape(from_text)


def test_dotted_numbers_stay_in_the_paragraph_text() -> None:
    # "8.2 Clerk's Report ...": the segmenter reads these numbers, and items run together after them,
    # from the paragraph's own text; a single "5." opens an item as in the text reader
    blocks = _blocks(_document("5. Noise. One complaint was received.", "8.2 Clerk's Report The contract is signed."))
    assert _shape(blocks) == [("list_item", 0, "5.", "Noise. One complaint was received."),
                              ("paragraph", 0, None, "8.2 Clerk's Report The contract is signed.")]


def test_touching_dashes_are_bullets_only_when_the_document_has_several() -> None:
    assert _shape(_blocks(_document("-Joy seconds the motion", "-Ann abstains"))) == [
        ("list_item", 0, None, "Joy seconds the motion"), ("list_item", 0, None, "Ann abstains")]
    assert _shape(_blocks(_document("-Joy seconds the motion", "Carried."))) == [
        ("paragraph", 0, None, "-Joy seconds the motion"), ("paragraph", 0, None, "Carried.")]


def test_numbers_typed_against_their_titles_open_items_when_two_follow_on() -> None:
    lines = ["Village hall committee", "1.PRESENT: Roy, Carol, Syd", "2.Apologies: John, Helen", "3.Hall Booking"]
    assert _shape(_blocks(_document(*lines)))[1:] == [("list_item", 0, "1.", "PRESENT: Roy, Carol, Syd"),
                                                      ("list_item", 0, "2.", "Apologies: John, Helen"),
                                                      ("list_item", 0, "3.", "Hall Booking")]
    from_text = load_text("\n".join(lines).encode(), source="typed.txt", markdown=False).blocks
    assert _shape(_blocks(_document(*lines))) == _shape(from_text)


def test_people_listed_by_initial_and_surname_are_not_lettered_items() -> None:
    lines = ["Committee on Admissions", "R. Irving, Chair", "H. Charalambous", "C. Smith", "L. Trubitt"]
    assert all(b.kind is BlockKind.PARAGRAPH for b in _blocks(_document(*lines)))
    from_text = load_text("\n".join(lines).encode(), source="typed.txt", markdown=False).blocks
    assert _shape(_blocks(_document(*lines))) == _shape(from_text)


def test_a_sentence_is_not_a_list_item() -> None:
    blocks = _blocks(_document("1 member of the public attended.", "-5 degrees outside", "2024 budget agreed"))
    assert all(b.kind is BlockKind.PARAGRAPH and b.label is None for b in blocks)


def test_markdown_bold_markers_make_a_bold_line_not_a_bullet() -> None:
    (block,) = _blocks(_document("** Announcement on the new hall **"))
    assert block.kind is BlockKind.PARAGRAPH and block.text == "Announcement on the new hall" and block.all_bold


# -- nesting -------------------------------------------------------------------


def test_items_indented_with_the_ruler_nest_under_the_item_above() -> None:
    document = _document("1) Finance")
    for text in ("a) Payments approved", "b) Bank balance noted"):
        document.add_paragraph(text).paragraph_format.left_indent = Inches(0.5)
    document.add_paragraph("2) Planning")
    assert [(b.level, b.label) for b in _blocks(document)] == [(0, "1)"), (1, "a)"), (1, "b)"), (0, "2)")]


def test_hanging_indent_places_the_marker_where_the_first_line_starts() -> None:
    document = _document("1) Finance")
    nested = document.add_paragraph("a) Payments approved").paragraph_format
    nested.left_indent, nested.first_line_indent = Inches(1), Inches(-0.5)
    flush = document.add_paragraph("2) Planning").paragraph_format
    flush.left_indent, flush.first_line_indent = Inches(0.5), Inches(-0.5)
    assert [(b.level, b.label) for b in _blocks(document)] == [(0, "1)"), (1, "a)"), (0, "2)")]


def test_items_indented_by_their_style_or_typed_tabs_nest() -> None:
    document = _document("1) Finance")
    style = document.styles.add_style("Indented Item", WD_STYLE_TYPE.PARAGRAPH)
    style.paragraph_format.left_indent = Inches(0.5)
    document.add_paragraph("a) Payments approved", style="Indented Item")
    document.add_paragraph("\t\t(i) cheque 101")
    assert [(b.level, b.label) for b in _blocks(document)] == [(0, "1)"), (1, "a)"), (2, "(i)")]


def test_text_back_at_the_margin_or_a_heading_ends_the_nesting() -> None:
    document = _document("1) Finance")
    document.add_paragraph("a) Payments").paragraph_format.left_indent = Inches(0.5)
    document.add_paragraph("The clerk reported.")
    document.add_paragraph("b) Grants").paragraph_format.left_indent = Inches(0.5)
    document.add_heading("Planning", level=2)
    document.add_paragraph("c) Hedges").paragraph_format.left_indent = Inches(0.5)
    assert [(b.level, b.label) for b in _blocks(document) if b.label] == [(0, "1)"), (1, "a)"), (0, "b)"), (0, "c)")]


# -- bold leads and breaks -------------------------------------------------------


def test_bold_lead_is_read_after_the_marker() -> None:
    document = docx.Document()
    plain_marker = document.add_paragraph("1) ")
    plain_marker.add_run("Apologies:").bold = True
    plain_marker.add_run(" none")
    document.add_paragraph().add_run("2) Minutes").bold = True
    first, second = _blocks(document)
    assert (first.label, first.text, first.lead_bold) == ("1)", "Apologies: none", "Apologies:")
    assert (second.label, second.text, second.all_bold) == ("2)", "Minutes", True)


def test_page_break_before_a_typed_item_still_counts() -> None:
    document = _document("1) Apologies")
    document.add_page_break()
    document.add_paragraph("2) Minutes")
    assert [(b.label, b.page) for b in _blocks(document)] == [("1)", 1), ("2)", 2)]


# -- line breaks -------------------------------------------------------------------


def test_line_breaks_set_records_apart() -> None:
    document = docx.Document()
    p = document.add_paragraph()
    p.add_run("Present:").bold = True
    p.add_run(" Jimmy, Steve, Rob\n")
    p.add_run("Apologies:").bold = True
    p.add_run(" Ben")
    blocks = _blocks(document)
    assert [(b.text, b.lead_bold) for b in blocks] == [("Present: Jimmy, Steve, Rob", "Present:"),
                                                       ("Apologies: Ben", "Apologies:")]


def test_lines_of_a_paragraph_read_typed_markers() -> None:
    blocks = _blocks(_document("Notes:\n- Reviewed the buttons.\n- Noted layout issues."))
    assert _shape(blocks) == [("paragraph", 0, None, "Notes:"), ("list_item", 0, None, "Reviewed the buttons."),
                              ("list_item", 0, None, "Noted layout issues.")]


def test_bold_title_over_two_lines_stays_one_line() -> None:
    document = docx.Document()
    document.add_paragraph().add_run("STOKE PARISH COUNCIL\nMinutes of the meeting").bold = True
    assert [b.text for b in _blocks(document)] == ["STOKE PARISH COUNCIL Minutes of the meeting"]


def test_a_long_line_cut_mid_sentence_is_joined_back() -> None:
    text = "The committee agreed that the hall should be repainted before the summer fair,\nand that quotes be sought."
    assert [b.text for b in _blocks(_document(text))] == [text.replace("\n", " ")]


def test_headings_and_word_list_items_keep_their_lines_together() -> None:
    document = docx.Document()
    document.add_heading("Minutes\nheld on 3 May", level=1)
    document.add_paragraph("Apologies\nCllr Ray", style="List Number")
    assert _shape(_blocks(document)) == [("heading", 1, None, "Minutes held on 3 May"),
                                         ("list_item", 0, "1.", "Apologies Cllr Ray")]


def test_table_cells_keep_their_typed_text() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "- Book the hall"
    table.cell(0, 1).text = "1) Ann"
    (block,) = _blocks(document)
    assert block.rows == (("- Book the hall", "1) Ann"),)
