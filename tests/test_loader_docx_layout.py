"""The Word loader reading structure minutes mark by layout alone as the text loader reads it.

Each document is built with python-docx: short plain lines titling the lists under them, bold
titles set over several lines with Shift+Enter, rules typed as a line of dashes, and tables
that lay out numbered items (the number in a column of its own, the item's text beside it).
"""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE

from notes_extract.document import Block, BlockKind
from notes_extract.loaders.docx import load
from notes_extract.loaders.text import load as load_text


def _blocks(document: docx.document.Document) -> list[Block]:
    buffer = io.BytesIO()
    document.save(buffer)
    return load(buffer.getvalue(), source="layout.docx").blocks


def _shape(blocks: list[Block]) -> list[tuple[str, int, str | None, str]]:
    return [(b.kind.value, b.level, b.label, b.text) for b in blocks]


def _text_blocks(text: str) -> list[Block]:
    return load_text(text.encode(), source="layout.txt", markdown=False).blocks


# A log typed in plain paragraphs: each item's title a short line over its typed list.
_TITLED = ["2/16/2015", "Wed Presentation\n1) IMU\n2) EDF", "Future Goals\n1) Pair IMU with EDF",
           "Notes/Recommendations\n1) Total weight under 3kg\n2) Obstacles placed by us"]


# -- item titles by layout ---------------------------------------------------------


def test_short_lines_over_typed_lists_are_titles_as_in_the_text_loader() -> None:
    document = docx.Document()
    for paragraph in _TITLED:
        document.add_paragraph(paragraph)  # python-docx writes "\n" as a line break
    blocks = _blocks(document)
    assert [(b.kind, b.level, b.text) for b in blocks if b.kind is BlockKind.HEADING] == [
        (BlockKind.HEADING, 2, "Wed Presentation"), (BlockKind.HEADING, 2, "Future Goals"),
        (BlockKind.HEADING, 2, "Notes/Recommendations")]
    assert _shape(blocks) == _shape(_text_blocks("\n\n".join(_TITLED)))


def test_lines_over_word_numbered_lists_are_titles() -> None:
    document = docx.Document()
    for title, items in (("Finance", ["Balance noted", "Invoices paid"]), ("Planning", ["No applications"]),
                         ("Hall", ["Roof repaired"])):
        document.add_paragraph(title)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    assert [b.text for b in _blocks(document) if b.kind is BlockKind.HEADING] == ["Finance", "Planning", "Hall"]


def test_one_or_two_lines_over_lists_stay_paragraphs() -> None:
    document = docx.Document()
    for paragraph in _TITLED[:3]:
        document.add_paragraph(paragraph)
    assert not [b for b in _blocks(document) if b.kind is BlockKind.HEADING]


def test_layout_titles_sit_under_the_word_headings() -> None:
    # As the text loader levels them under an underlined heading: a level between for a title line.
    document = docx.Document()
    document.add_heading("Team F meetings", level=1)
    for paragraph in _TITLED[1:]:
        document.add_paragraph(paragraph)
    assert [(b.level, b.text) for b in _blocks(document) if b.kind is BlockKind.HEADING] == [
        (1, "Team F meetings"), (3, "Wed Presentation"), (3, "Future Goals"), (3, "Notes/Recommendations")]


def test_bold_lines_are_not_layout_titles() -> None:
    # A bold line is already read as a title by the segmenter; the text loader's "**Title**" stays a paragraph too.
    document = docx.Document()
    for paragraph in _TITLED[1:]:
        title, _, items = paragraph.partition("\n")
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph(items)
    blocks = _blocks(document)
    assert not [b for b in blocks if b.kind is BlockKind.HEADING]
    assert [b.text for b in blocks if b.all_bold] == ["Wed Presentation", "Future Goals", "Notes/Recommendations"]


def test_a_line_over_a_typed_dotted_number_titles_nothing() -> None:
    # "1. Treasurer's report" stays a paragraph the segmenter reads as an item's own title: the
    # attendance line above it is no title over a list.
    document = docx.Document()
    for meeting in range(3):
        document.add_paragraph(f"Club meeting {meeting + 1}")
        document.add_paragraph("In attendance: Yara Quist (treasurer)")
        document.add_paragraph("1. Treasurer's report")
        document.add_paragraph("The balance is 300 pounds.")
    assert not [b for b in _blocks(document) if b.kind is BlockKind.HEADING]


# -- line breaks between bold lines ------------------------------------------------------


def test_a_line_break_in_regular_type_sets_two_bold_lines_apart() -> None:
    # "<strong>REPORT ON THE SCHOOL</strong><br><strong>Personnel</strong>" as Word writes it from HTML.
    document = docx.Document()
    p = document.add_paragraph()
    p.add_run("REPORT ON THE SCHOOL BY THE CHAIR,\nOF THE GOVERNORS").bold = True
    p.add_run("\n")
    p.add_run("Personnel").bold = True
    p.add_run("\nThis year has seen changes in the staff.")
    assert [(b.text, b.all_bold) for b in _blocks(document)] == [
        ("REPORT ON THE SCHOOL BY THE CHAIR, OF THE GOVERNORS", True), ("Personnel", True),
        ("This year has seen changes in the staff.", False)]


# -- typed rules ---------------------------------------------------------------------------


def test_a_typed_rule_is_a_break_not_text() -> None:
    document = docx.Document()
    for text in ("2/16/2015", "Notes taken.", "----------------------", "2/23/2015", "More notes."):
        document.add_paragraph(text)
    blocks = _blocks(document)
    assert [b.text for b in blocks] == ["2/16/2015", "Notes taken.", "2/23/2015", "More notes."]
    assert [b.after_rule for b in blocks] == [False, False, True, False]


def test_a_blank_to_sign_on_in_a_table_cell_is_kept() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Chair"
    table.cell(0, 1).text = "__________________"
    (block,) = _blocks(document)
    assert block.rows == (("Chair", "__________________"),)


# -- tables laying out numbered items ------------------------------------------------------------


_ITEMS = [("1.", "Apologies", "Apologies were received from Cllr Dan Ray."),
          ("2.", "Minutes", "The minutes of the last meeting were approved and signed."),
          ("3.", "Finance", "It was resolved to pay the grass cutting invoice of £300.")]


def _numbered_table(items: list[tuple[str, str, str]], header: tuple[str, str] | None = None) -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Present: Cllr Ann Smith (Chair), Cllr Bob Jones")
    table = document.add_table(rows=0, cols=2)
    if header is not None:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = header
    for number, title, text in items:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].paragraphs[0].add_run(title).bold = True
        cells[1].add_paragraph(text)
    document.add_paragraph("Meeting closed at 9pm.")
    return document


def test_a_table_of_numbered_items_reads_as_the_items_typed_in_paragraphs() -> None:
    typed = docx.Document()
    typed.add_paragraph("Present: Cllr Ann Smith (Chair), Cllr Bob Jones")
    for number, title, text in _ITEMS:
        typed.add_paragraph().add_run(f"{number} {title}").bold = True
        typed.add_paragraph(text)
    typed.add_paragraph("Meeting closed at 9pm.")
    got = _blocks(_numbered_table(_ITEMS))
    assert [(b.kind, b.text, b.lead_bold) for b in got] == [(b.kind, b.text, b.lead_bold) for b in _blocks(typed)]
    assert got[1].text == "1. Apologies" and got[1].all_bold


def test_typed_labels_in_a_number_column_make_list_items() -> None:
    items = [("a)", "Payments", "The payments listed were approved."), ("b)", "Grants", "The grant was received.")]
    got = _blocks(_numbered_table(items))
    assert [(b.kind, b.label, b.text) for b in got[1:5]] == [
        (BlockKind.LIST_ITEM, "a)", "Payments"), (BlockKind.PARAGRAPH, None, "The payments listed were approved."),
        (BlockKind.LIST_ITEM, "b)", "Grants"), (BlockKind.PARAGRAPH, None, "The grant was received.")]


def test_a_numbered_table_with_a_header_row_or_short_cells_stays_a_table() -> None:
    with_header = _blocks(_numbered_table(_ITEMS, header=("No.", "Item")))
    assert [b.kind for b in with_header] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for number, name in (("1", "Ann Smith"), ("2", "Bob Jones"), ("3", "Cath Lee")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = number, name
    assert [b.kind for b in _blocks(document)] == [BlockKind.TABLE]


def test_a_third_column_beside_the_items_keeps_the_table() -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    for number, text, owner in (("1", "Write to the council about the hedge on Mill Lane", "Clerk"),
                                ("2", "Order the new noticeboard for the village hall", "AS")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = number, text, owner
    assert [b.kind for b in _blocks(document)] == [BlockKind.TABLE]


def test_word_numbering_in_the_number_column_gives_the_numbers() -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for _, title, text in _ITEMS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].style = document.styles["List Number"]  # an empty paragraph Word numbers
        cells[1].paragraphs[0].add_run(title).bold = True
        cells[1].add_paragraph(text)
    assert [b.text for b in _blocks(document)][::2] == ["1. Apologies", "2. Minutes", "3. Finance"]


def test_a_row_merged_across_the_numbered_table_is_text_of_its_own() -> None:
    document = _numbered_table(_ITEMS[:2])
    table = document.tables[0]
    merged = table.add_row().cells
    merged[0].merge(merged[1]).text = "PART TWO"
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "3.", _ITEMS[2][2]
    assert [f"{b.label} {b.text}" if b.label else b.text for b in _blocks(document)][-3:] == [
        "PART TWO", "3. " + _ITEMS[2][2], "Meeting closed at 9pm."]


# -- capitals by formatting ------------------------------------------------------------------


def test_text_formatted_in_capitals_reads_in_capitals_as_typed_capitals_do() -> None:
    # The segmenter takes a line in capitals for a title; Word shows "Planning" as PLANNING with w:caps.
    document = docx.Document()
    document.add_paragraph().add_run("Planning").font.all_caps = True
    style = document.styles.add_style("Item Title", WD_STYLE_TYPE.PARAGRAPH)
    style.font.small_caps = True
    document.add_paragraph("Finance", style="Item Title")
    plain = document.add_paragraph("Hall ")
    plain.add_run("roof").font.all_caps = True
    off = document.add_paragraph("Grants", style="Item Title").runs[0]
    off.font.small_caps = False
    assert [b.text for b in _blocks(document)] == ["PLANNING", "FINANCE", "Hall ROOF", "Grants"]
