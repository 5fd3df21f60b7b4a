"""The Word loader reading structure minutes mark by layout alone as the text loader reads it.

Each document is built with python-docx: short plain lines titling the lists under them, bold
titles set over several lines with Shift+Enter and rules typed as a line of dashes.
"""

from __future__ import annotations

import io

import docx

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
