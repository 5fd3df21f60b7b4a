"""Tests of the PDF loader: the seed minutes and small PDFs written by hand.

The hand-made PDFs use standard fonts (F1 Helvetica, F2 Helvetica-Bold, F3
Helvetica with a ToUnicode map for special characters, F4 Courier) and draw
table rulings as plain line segments, the way word processors do.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from notes_extract.document import Block, BlockKind, Document
from notes_extract.errors import CorruptDocumentError, EncryptedDocumentError
from notes_extract.loaders.pdf import load
from notes_extract.loaders.pdf.loading import read_document
from notes_extract.loaders.pdf.model import Page as PdfPage
from notes_extract.loaders.pdf.pages import PageReader, has_plain_geometry, read_pdfium_page, read_plumber_page

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "allies-group-2025-07-02.pdf"

PAGE_W, PAGE_H = 595, 842


# --------------------------------------------------------------------------
# A tiny PDF writer


@dataclass
class Page:
    """Drawing operations for one page; y grows downwards from the top edge."""

    ops: list[str] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, *, size: float = 10, bold: bool = False, font: str = "") -> Page:
        """Draw ``s`` with its baseline ``y`` points below the top of the page."""
        name = font or ("F2" if bold else "F1")
        escaped = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        escaped = escaped.replace("•", "\\267")
        self.ops.append(f"BT /{name} {size} Tf {x} {PAGE_H - y} Td ({escaped}) Tj ET")
        return self

    def runs(self, x: float, y: float, *parts: tuple[str, str, float, float]) -> Page:
        """Draw consecutive runs on one line, each (text, font, size, rise)."""
        ops = [f"BT {x} {PAGE_H - y} Td"]
        for s, font, size, rise in parts:
            ops.append(f"/{font} {size} Tf {rise} Ts ({s}) Tj")
        self.ops.append(" ".join(ops) + " ET")
        return self

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> Page:
        self.ops.append(f"0.5 w {x0} {PAGE_H - y0} m {x1} {PAGE_H - y1} l S")
        return self

    def table(
        self,
        top: float,
        rows: list[list[str]],
        *,
        columns: tuple[float, ...] = (72, 272, 400, 520),
        height: float = 20,
        bold_first: bool = True,
    ) -> float:
        """Draw a fully ruled table; returns the y of its bottom edge."""
        bottom = top + height * len(rows)
        for i in range(len(rows) + 1):
            self.rule(columns[0], top + i * height, columns[-1], top + i * height)
        for x in columns:
            self.rule(x, top, x, bottom)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                y = top + r * height + 14
                self.text(columns[c] + 4, y, cell, bold=bold_first and r == 0)
        return bottom


def build_pdf(
    pages: list[Page], *, extra_objects: tuple[bytes, ...] = (), trailer: str = "", page_attrs: str = ""
) -> bytes:
    """A minimal PDF of ``pages`` with correct cross-reference offsets; ``page_attrs`` go in every page."""
    special_map = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Special def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"3 beginbfchar <AE> <FB01> <AD> <00AD> <80> <200B> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    first_page = 6
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        # F3 maps 0xAE to the "fi" ligature, 0xAD to a soft hyphen and 0x80
        # to a zero-width space, as some producers' fonts do.
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(special_map), special_map),
    ]
    fonts = "/F1 3 0 R /F2 4 0 R /F3 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
    fonts += "/ToUnicode 5 0 R >> /F4 << /Type /Font /Subtype /Type1 /BaseFont /Courier >>"
    # F5: the monospaced stand-in LibreOffice prints Word's Courier New in.
    fonts += " /F5 << /Type /Font /Subtype /Type1 /BaseFont /LiberationMono >>"
    for i, page in enumerate(pages):
        stream = "\n".join(page.ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] {page_attrs}"
            f"/Resources << /Font << {fonts} >> >> /Contents {first_page + 2 * i + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.extend(extra_objects)
    return pdf_of(objects, trailer)


def pdf_of(objects: list[bytes], trailer: str = "") -> bytes:
    """A PDF of ``objects`` (object 1 is the catalog) with a correct cross-reference table;
    ``trailer`` adds entries to the trailer dictionary."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def load_pages(*pages: Page) -> Document:
    return load(build_pdf(list(pages)), source="test.pdf")


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind is BlockKind.TABLE]


def find(doc: Document, start: str) -> Block:
    return next(b for b in doc.blocks if b.text.startswith(start))


def test_writer_makes_pdfs_pdfplumber_reads() -> None:
    data = build_pdf([Page().text(72, 100, "Hello world")])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[0].extract_text() == "Hello world"


# --------------------------------------------------------------------------
# The seed minutes


@pytest.fixture(scope="module")
def seed() -> Document:
    return load(SEED.read_bytes(), source=SEED.name)


def test_seed_document_facts(seed: Document) -> None:
    assert seed.format == "pdf"
    assert seed.pages == 4
    assert seed.warnings == []
    assert [b.index for b in seed.blocks] == list(range(len(seed.blocks)))
    assert {b.page for b in seed.blocks} == {1, 2, 3, 4}


def test_seed_title_blocks_come_first(seed: Document) -> None:
    first, second = seed.blocks[:2]
    assert first.text == "Co-Production Collective Allies Group"
    assert second.text == "Meeting notes: Wednesday 2 July 2025"
    # The 22pt title is the largest text; the 15pt bold line comes next.
    assert first.kind is BlockKind.HEADING and first.level == 1
    assert second.kind is BlockKind.HEADING and second.level == 2
    assert second.all_bold


def test_seed_section_headings_ranked_by_size(seed: Document) -> None:
    members = find(seed, "Members")
    update = find(seed, "Update on actions from previous meetings")
    assert members.kind is BlockKind.HEADING and members.level == 3
    assert update.kind is BlockKind.HEADING and update.level == 4


def test_seed_present_paragraph_joins_its_two_lines(seed: Document) -> None:
    present = find(seed, "Present:")
    assert present.kind is BlockKind.PARAGRAPH
    assert present.lead_bold == "Present:"
    assert present.text == (
        "Present: Mandy Rudczenko, Niccola Hutchinson-Pascal, Anne Collis, Isaac Samuels, "
        "Sarah Welsher, Simon Denegri (chaired the meeting), Rosie McCann, Shoba Poduval."
    )
    apologies = find(seed, "Apologies:")
    assert apologies.lead_bold == "Apologies:"
    assert apologies.text.endswith("Nat Farley, Nathan Hudson.")


def test_seed_actions_table(seed: Document) -> None:
    table = tables(seed)[0]
    assert table.page == 1
    assert len(table.rows) == 8
    assert all(len(row) == 3 for row in table.rows)
    assert table.rows[0] == ("Actions agreed in this meeting", "Person taking this on", "Deadline")
    assert table.rows[1] == (
        "1. Add funding bid opportunities in development/funding opportunities coming up to our reporting.",
        "Nicc",
        "Next meeting",
    )
    assert table.rows[7][2] == "29 Aug"


def test_seed_table_split_over_two_pages_is_one_table(seed: Document) -> None:
    assert len(tables(seed)) == 2
    table = tables(seed)[1]
    assert table.page == 1
    assert len(table.rows) == 7
    assert table.rows[0] == ("Actions from previous meetings", "Person taking this on", "Deadline")
    assert [row[0][:2] for row in table.rows[1:]] == ["A.", "B.", "C.", "D.", "E.", "F."]
    assert table.rows[2] == (
        "B. George to present a full analysis of the Community Survey at a future meeting.",
        "Nicc/George",
        "Next meeting – date TBC",
    )


def test_seed_table_words_are_not_repeated_as_paragraphs(seed: Document) -> None:
    body = [b.text for b in seed.blocks if b.kind is not BlockKind.TABLE]
    assert not any("Person taking" in t or t.startswith(("1. Add", "B. George")) for t in body)
    # The tables sit between the "Actions" heading and the next section.
    order = [b.text if b.kind is not BlockKind.TABLE else "<table>" for b in seed.blocks]
    at = order.index("Actions")
    assert order[at + 1 : at + 4] == ["<table>", "<table>", "Summary of conversation"]


def test_seed_bullets_are_list_items_with_nesting(seed: Document) -> None:
    parent = find(seed, "A couple of larger grant applications")
    child = find(seed, "Action: Nicc to follow up with Sarah")
    assert parent.kind is BlockKind.LIST_ITEM and parent.level == 1
    assert child.kind is BlockKind.LIST_ITEM and child.level == 2
    assert child.index == parent.index + 1
    assert parent.text.endswith("were mentioned by Sarah.")
    assert child.label is None
    top = find(seed, "Group members mentioned the following:")
    assert top.kind is BlockKind.LIST_ITEM and top.level == 0
    levels = {b.level for b in seed.blocks if b.kind is BlockKind.LIST_ITEM}
    assert levels == {0, 1, 2}
    # The private-use bullet glyph never leaks into the text.
    assert not any("\uf0b7" in b.text for b in seed.blocks)


def test_seed_list_item_continues_onto_its_next_lines(seed: Document) -> None:
    item = find(seed, "Nicc to organise conversations with Allies Group members")
    assert item.text.endswith("some suggested next steps – ongoing.")


def test_seed_lead_bold_stops_at_plain_text(seed: Document) -> None:
    block = find(seed, "Anti-racism work update")
    assert block.kind is BlockKind.PARAGRAPH
    assert block.lead_bold == "Anti-racism work update"
    assert block.text == (
        "Anti-racism work update - Isaac provided an update and group members gave input which included:"
    )


def test_seed_hyphen_at_line_end_joins_without_space(seed: Document) -> None:
    block = find(seed, "Nicc talked through research grants")
    assert "other projects Co-Production Collective is working" in block.text
    assert (
        "continue to push for more change in anti-discrimination work"
        in find(seed, "It was mentioned that it is important").text
    )


def test_seed_has_no_page_number_blocks(seed: Document) -> None:
    assert not any(re.fullmatch(r"(page\s*)?\d+(\s*of\s*\d+)?", t, re.I) for t in texts(seed))


def test_seed_last_blocks(seed: Document) -> None:
    *_, heading, tbc = seed.blocks
    assert heading.text == "Date of next meetings:" and heading.all_bold
    assert tbc.kind is BlockKind.LIST_ITEM and tbc.text == "TBC"


# --------------------------------------------------------------------------
# Tables that run on to the next page


HEADER = ["Action", "Owner", "Due"]


def _split_table_pdf(second_page_rows: list[list[str]], **table: object) -> Document:
    one = Page().text(72, 90, "Minutes of the meeting", size=16, bold=True)
    one.text(72, 130, "The group agreed the following actions.")
    one.table(700, [HEADER, ["Book the hall", "Ann", "May"], ["Print leaflets", "Bob", "June"]])
    two = Page()
    bottom = two.table(60, second_page_rows, **table)  # type: ignore[arg-type]
    two.text(72, bottom + 40, "The meeting closed at 9pm.")
    return load_pages(one, two)


def test_table_continued_with_repeated_header_becomes_one_table() -> None:
    doc = _split_table_pdf([HEADER, ["Order chairs", "Cy", "July"], ["Pay deposit", "Di", "Aug"]])
    (table,) = tables(doc)
    assert table.page == 1
    assert [list(r) for r in table.rows] == [
        HEADER,
        ["Book the hall", "Ann", "May"],
        ["Print leaflets", "Bob", "June"],
        ["Order chairs", "Cy", "July"],
        ["Pay deposit", "Di", "Aug"],
    ]
    assert texts(doc)[-1] == "The meeting closed at 9pm."


def test_table_continued_without_header_becomes_one_table() -> None:
    doc = _split_table_pdf([["Order chairs", "Cy", "July"], ["Pay deposit", "Di", "Aug"]], bold_first=False)
    (table,) = tables(doc)
    assert len(table.rows) == 5
    assert table.rows[-1] == ("Pay deposit", "Di", "Aug")


def test_table_with_other_columns_on_next_page_stays_separate() -> None:
    doc = _split_table_pdf([["Budget", "Amount"], ["Hall", "40"]], columns=(72, 300, 520), bold_first=True)
    first, second = tables(doc)
    assert len(first.rows) == 3 and first.page == 1
    assert second.rows == (("Budget", "Amount"), ("Hall", "40")) and second.page == 2


def test_table_with_a_new_bold_header_on_next_page_stays_separate() -> None:
    doc = _split_table_pdf([["Item", "Who", "When"], ["Order chairs", "Cy", "July"]])
    assert [len(t.rows) for t in tables(doc)] == [3, 2]


def test_table_not_at_page_bottom_is_not_joined() -> None:
    one = Page().text(72, 90, "Before the table.")
    one.table(120, [HEADER, ["Book the hall", "Ann", "May"]])
    one.text(72, 300, "Text after the table ends the page.")
    two = Page()
    two.table(60, [HEADER, ["Order chairs", "Cy", "July"]])
    doc = load_pages(one, two)
    assert [len(t.rows) for t in tables(doc)] == [2, 2]
    assert texts(doc)[:3] == [
        "Before the table.",
        "Action | Owner | Due | Book the hall | Ann | May",
        "Text after the table ends the page.",
    ]


def test_table_ending_mid_page_is_not_joined_to_the_next_pages_table() -> None:
    # Each meeting's table on a page of its own: the first leaves room below it.
    one = Page().text(72, 90, "Team minutes")
    one.table(120, [["Date", "3 May", ""], ["Attendees", "Ann, Bob", ""]], bold_first=False)
    two = Page()
    two.table(60, [["Date", "10 May", ""], ["Attendees", "Ann, Cy", ""]], bold_first=False)
    two.text(72, 780, "Minutes kept by Ann.")
    doc = load_pages(one, two)
    assert [t.rows[0][1] for t in tables(doc)] == ["3 May", "10 May"]


def test_table_continued_with_a_merged_cell_joins_on_both_pages_columns() -> None:
    # The part on the next page shows only the boundaries of its own cells.
    one = Page().text(72, 90, "Minutes of the meeting", size=16, bold=True)
    one.table(700, [HEADER, ["Book the hall", "Ann", "May"], ["Print leaflets", "Bob", "June"]])
    two = Page()
    two.table(60, [["Order chairs and tables", "July"]], columns=(72, 400, 520), bold_first=False)
    (table,) = tables(load_pages(one, two))
    assert table.rows[-2:] == (("Print leaflets", "Bob", "June"), ("Order chairs and tables", "", "July"))


def test_table_cells_collapse_line_breaks() -> None:
    page = Page()
    page.table(100, [["Item", "Notes"], ["Hall", ""]], columns=(72, 200, 520), height=40)
    page.text(204, 154, "Next meeting")
    page.text(204, 166, "- date TBC")
    (table,) = tables(load_pages(page))
    assert table.rows[1] == ("Hall", "Next meeting - date TBC")


def test_word_broken_across_the_lines_of_a_narrow_cell_is_made_whole() -> None:
    # "Attendees" is wider than its cell, so the line broke inside the word;
    # "Minute" left room for the "t" of "taker": a break between two words.
    page = Page()
    page.table(100, [["", "Ann, Bob"], ["", "Cy"]], columns=(72, 118, 520), height=30)
    page.text(76, 112, "Attende")
    page.text(76, 124, "es")
    page.text(76, 142, "Minute")
    page.text(76, 154, "taker")
    (table,) = tables(load_pages(page))
    assert [row[0] for row in table.rows] == ["Attendees", "Minute taker"]


def test_bullets_opening_a_cells_lines_go_and_empty_rows_stay() -> None:
    # A cell's list reads as its items' text, and an empty ruled row parts a
    # template table's blocks, as the Word loader gives them.
    page = Page()
    rows = [["Agenda", "Discussion"], ["Budget", ""], ["", ""], ["Actionables", "Assignee"], ["Book hall", "Ann"]]
    page.table(100, rows, columns=(72, 200, 520), height=30)
    page.text(204, 142, "• Agreed the budget")
    page.runs(204, 154, ("o", "F5", 10, 0), ("  Ann to pay", "F1", 10, 0))
    (table,) = tables(load_pages(page))
    assert table.rows == (
        ("Agenda", "Discussion"),
        ("Budget", "Agreed the budget Ann to pay"),
        ("", ""),
        ("Actionables", "Assignee"),
        ("Book hall", "Ann"),
    )


def test_boxes_with_one_column_are_not_tables() -> None:
    page = Page()
    page.table(80, [["A note drawn inside a box."], ["Its second part."]], columns=(60, 530))
    doc = load_pages(page)
    assert tables(doc) == []
    assert texts(doc) == ["A note drawn inside a box.", "Its second part."]


def test_grid_without_a_row_of_two_filled_cells_is_not_a_table() -> None:
    page = Page()
    page.table(80, [["", "Highlighted note."], ["Another note.", ""]], columns=(60, 300, 530))
    doc = load_pages(page)
    assert tables(doc) == []
    assert texts(doc) == ["Highlighted note.", "Another note."]


def _pdf_with_form(page_ops: str, form_ops: str, form_matrix: str) -> bytes:
    """One page that draws a form XObject (``/Fm1``) as well as its own content."""
    page, form = page_ops.encode(), form_ops.encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Resources << /Font << /F1 5 0 R >> "
        "/XObject << /Fm1 6 0 R >> >> /Contents 4 0 R >>".encode(),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page), page),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Form /BBox [-10 -10 500 100] /Matrix [%s] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Length %d >>\nstream\n%s\nendstream"
        % (form_matrix.encode(), len(form), form),
    ]
    return pdf_of(objects)


def test_table_drawn_inside_a_form_xobject_is_found() -> None:
    # Rulings and cell text inside a form placed by "cm" and the form's own
    # /Matrix: the edges must land where pdfplumber puts them, page-wide.
    columns, rows = (0, 150, 280, 400), (0, 20, 40, 60)
    form = [f"0.5 w {columns[0]} {y} m {columns[-1]} {y} l S" for y in rows]
    form += [f"0.5 w {x} {rows[0]} m {x} {rows[-1]} l S" for x in columns]
    cells = [["Action", "Owner", "Due"], ["Book hall", "Ann", "May"], ["Print leaflets", "Bob", "June"]]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            form.append(f"BT /F1 10 Tf {columns[c] + 4} {rows[-1] - (r + 1) * 20 + 6} Td ({text}) Tj ET")
    page = (
        "BT /F1 12 Tf 72 760 Td (Minutes of the meeting) Tj ET\nq 1 0 0 1 40 500 cm /Fm1 Do Q\n"
        "BT /F1 10 Tf 72 400 Td (After the table.) Tj ET\n0.5 w 72 200 m 72 250 300 250 300 200 c S"
    )
    doc = load(_pdf_with_form(page, "\n".join(form), "1 0 0 1 10 20"), source="form.pdf")
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    assert [list(r) for r in doc.blocks[1].rows] == cells
    assert texts(doc)[2] == "After the table."


# --------------------------------------------------------------------------
# Running headers, footers and page numbers


def _page_with_margins(number: int, body: str, footer: str) -> Page:
    page = Page().text(72, 40, f"Anytown Parish Council - minutes of {number} May 2024", size=8)
    page.text(72, 120, body)
    page.text(280, 810, footer, size=8)
    return page


def test_running_headers_and_page_numbers_are_dropped() -> None:
    doc = load_pages(
        _page_with_margins(1, "First page text.", "Page 1 of 3"),
        _page_with_margins(2, "Second page text.", "- 2 -"),
        _page_with_margins(3, "Third page text.", "3"),
    )
    assert texts(doc) == ["First page text.", "Second page text.", "Third page text."]


def test_a_title_atop_each_page_that_differs_in_its_date_is_kept() -> None:
    # A log whose every meeting starts a page under its own title.
    one = Page().text(72, 60, "April 17th Meeting Minutes", size=24, bold=True)
    one.text(72, 120, "We agreed the plan for the project and its first steps.")
    two = Page().text(72, 60, "April 24th Meeting Minutes", size=24, bold=True)
    two.text(72, 120, "We reviewed the login page and the home page designs.")
    assert texts(load_pages(one, two))[::2] == ["April 17th Meeting Minutes", "April 24th Meeting Minutes"]


def test_margin_line_on_one_page_only_is_kept() -> None:
    one = Page().text(72, 40, "Draft for approval", size=8).text(72, 120, "Body one.")
    two = Page().text(72, 120, "Body two.")
    assert texts(load_pages(one, two)) == ["Draft for approval", "Body one.", "Body two."]


def test_heading_in_the_top_band_of_two_pages_below_body_text_is_kept() -> None:
    # A log printed from a web page: each meeting's heading happens to fall in
    # the top band of a page, below the last line of the page before.
    one = Page().text(72, 40, "See all minutes online").text(72, 80, "Minutes for Meeting 2 (23/08/2021)", size=24)
    one.text(72, 120, "Body two.")
    two = (
        Page()
        .text(72, 40, "Next meeting Friday 27/08/2021")
        .text(72, 80, "Minutes for Meeting 1 (20/08/2021)", size=24)
    )
    two.text(72, 120, "Body one.")
    assert texts(load_pages(one, two)) == [
        "See all minutes online",
        "Minutes for Meeting 2 (23/08/2021)",
        "Body two.",
        "Next meeting Friday 27/08/2021",
        "Minutes for Meeting 1 (20/08/2021)",
        "Body one.",
    ]


def test_page_number_line_inside_the_body_is_kept() -> None:
    doc = load_pages(Page().text(72, 100, "Votes for:").text(72, 400, "3"))
    assert texts(doc) == ["Votes for:", "3"]


# --------------------------------------------------------------------------
# Paragraphs, lists and headings


def test_indented_preformatted_lines_keep_their_breaks() -> None:
    # A web page's code block printed in a monospaced font: each indented line
    # stands alone, and a line wrapped back to the margin runs on.
    page = Page().text(72, 100, "Notes from the call.").text(72, 130, "Inputs:", font="F4")
    page.text(96, 142, "int: how long the shopping trip should last for all", font="F4")
    page.text(96, 154, "float: calories per day", font="F4")
    page.text(96, 166, "str: the name of the food as the shop lists it on", font="F4")
    page.text(72, 178, "its website", font="F4")
    assert texts(load_pages(page)) == [
        "Notes from the call.",
        "Inputs:",
        "int: how long the shopping trip should last for all",
        "float: calories per day",
        "str: the name of the food as the shop lists it on its website",
    ]


def test_indented_preformatted_lines_are_points_at_their_indent() -> None:
    # A web page's code block holding an outline typed with spaces: each
    # indented line is a point at its indent, across a blank line and a page
    # break; the block's first column stays text.
    page = Page().text(72, 100, "Week 2", size=16, bold=True).text(72, 130, "COMPLETED:", font="F4")
    page.text(96, 142, "Base API data parsing", font="F4").text(96, 154, "Base GUI created", font="F4")
    page.text(72, 172, "NEXT WEEK:", font="F4").text(96, 184, "FRONT END:", font="F4")
    page.text(120, 196, "Set up the three tabs and the search", font="F4")
    page.text(96, 208, "BACK END:", font="F4")
    page.text(120, 226, "Split the API calls", font="F4")
    doc = load_pages(page, Page().text(120, 60, "Sort the food items", font="F4"))
    assert [(b.kind, b.level, b.text) for b in doc.blocks[1:]] == [
        (BlockKind.PARAGRAPH, 0, "COMPLETED:"),
        (BlockKind.LIST_ITEM, 0, "Base API data parsing"),
        (BlockKind.LIST_ITEM, 0, "Base GUI created"),
        (BlockKind.PARAGRAPH, 0, "NEXT WEEK:"),
        (BlockKind.LIST_ITEM, 0, "FRONT END:"),
        (BlockKind.LIST_ITEM, 1, "Set up the three tabs and the search"),
        (BlockKind.LIST_ITEM, 0, "BACK END:"),
        (BlockKind.LIST_ITEM, 1, "Split the API calls"),
        (BlockKind.LIST_ITEM, 1, "Sort the food items"),
    ]


def test_monospaced_hanging_indent_is_not_a_point() -> None:
    # Minutes typed in Courier: an item's text wraps under its first word.
    page = Page().text(72, 100, "3.  Budget. The treasurer said that the accounts for the", font="F4")
    page.text(144, 112, "year were in good order and signed.", font="F4")
    doc = load_pages(page)
    assert not [b for b in doc.blocks if b.kind is BlockKind.LIST_ITEM and b.text.startswith("year")]


def test_a_line_in_literal_bold_markers_is_a_bold_line() -> None:
    # Markdown typed into a page and printed unrendered: "** Item **" was meant bold.
    page = Page().text(72, 100, "** Action Item Review **").text(72, 130, "Ann will send the **draft** on.")
    doc = load_pages(page)
    assert [(b.text, b.lead_bold) for b in doc.blocks] == [
        ("Action Item Review", "Action Item Review"),
        ("Ann will send the **draft** on.", ""),
    ]


def test_a_big_title_beside_a_small_date_is_two_blocks() -> None:
    page = Page().text(72, 100, "Team Meeting", size=24, bold=True).text(470, 92, "April 8, 2022 2PM", bold=True)
    page.text(72, 140, "The meeting opened at two.")
    doc = load_pages(page)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "Team Meeting"),
        (BlockKind.PARAGRAPH, "April 8, 2022 2PM"),
        (BlockKind.PARAGRAPH, "The meeting opened at two."),
    ]


def test_lines_join_until_a_wider_gap() -> None:
    page = Page()
    page.text(
        72,
        100,
        "The treasurer reported that the accounts for the year were in good order, audited and signed and",
    )
    page.text(72, 112, "that the reserves would cover two years of hall hire.")
    page.text(72, 140, "A new paragraph starts after a blank line.")
    assert texts(load_pages(page)) == [
        "The treasurer reported that the accounts for the year were in good order, audited and "
        "signed and that the reserves would cover two years of hall hire.",
        "A new paragraph starts after a blank line.",
    ]


def test_paragraph_gap_is_not_taken_for_line_spacing_when_most_paragraphs_are_one_line() -> None:
    # A web page printed to PDF: many one-line paragraphs set well apart make
    # the paragraph gap the commonest; only lines that wrapped show the line
    # spacing, so a full line ending one paragraph does not run on into the next.
    page = Page()
    y = 80.0
    for n in range(8):
        page.text(72, y, f"Short point number {n} of the meeting.")
        y += 22
    full = "The treasurer reported that the accounts for the year were in good order, audited and signed and"
    for _ in range(3):
        page.text(72, y, full)
        page.text(72, y + 12, "that the reserves would cover two years of hall hire.")
        y += 34
    page.text(72, y, "Upon motion duly made and seconded all were in favour and the members present agreed that")
    page.text(72, y + 22, "RESOLVED: That the minutes of the last meeting are approved.")
    got = texts(load_pages(page))
    assert got[-2:] == [
        "Upon motion duly made and seconded all were in favour and the members present agreed that",
        "RESOLVED: That the minutes of the last meeting are approved.",
    ]
    assert got[8].endswith("two years of hall hire.")


def test_hyphenated_line_end_is_joined_keeping_the_hyphen() -> None:
    page = Page()
    page.text(
        72,
        100,
        "We welcomed the new members of the working group on co-production in health and on co-",
    )
    page.text(72, 112, "production in social care, and thanked the outgoing chair - warmly.")
    (block,) = load_pages(page).blocks
    assert block.text == (
        "We welcomed the new members of the working group on co-production in health and on "
        "co-production in social care, and thanked the outgoing chair - warmly."
    )


def test_ligatures_soft_hyphens_and_zero_width_spaces() -> None:
    page = Page().text(72, 100, "The of\xaece was closed;\x80 it needs a recom\xad", font="F3")
    page.text(72, 112, "mendation from the \x80 council.", font="F3")
    assert texts(load_pages(page)) == ["The office was closed; it needs a recommendation from the council."]


def test_superscripts_stay_with_their_number() -> None:
    page = Page().runs(72, 100, ("Held on the 4", "F1", 10, 0), ("th", "F1", 6, 4), (" of May", "F1", 10, 0))
    assert texts(load_pages(page)) == ["Held on the 4th of May"]


def test_space_set_as_its_own_text_object_still_splits_words() -> None:
    # Some producers draw every word and every space as a separate text
    # object. PDFium's text layer skips objects that draw no ink; the space
    # must still part the words (Helvetica: "Hello" is 22.78pt wide at 10pt,
    # a space 2.78pt, less than the gap that splits words by itself).
    page = Page().text(72, 100, "Hello").text(94.78, 100, " ").text(97.56, 100, "world.")
    assert texts(load_pages(page)) == ["Hello world."]


def test_large_ligature_stays_inside_its_word() -> None:
    # PDFium decomposes "ﬁ" into "f" and "i" at one origin; the pair must be
    # as wide as the ligature, or the "ne" after it starts a new word.
    page = Page().text(72, 100, "Re\xaene the plan", size=20, font="F3")
    assert texts(load_pages(page)) == ["Refine the plan"]


def test_hidden_tiny_text_is_dropped() -> None:
    page = Page().text(72, 100, "Visible text.").text(72, 60, "tracking code 41x", size=2)
    assert texts(load_pages(page)) == ["Visible text."]


def test_bold_lead_and_all_bold_lines() -> None:
    page = Page()
    page.runs(72, 100, ("Present:", "F2", 10, 0), (" Ann Lee, Bob Roe", "F1", 10, 0))
    page.text(72, 130, "Finance report", bold=True)
    page.text(72, 142, "The balance was reported.")
    page.text(
        72,
        170,
        "18.6 Beacon to Commemorate One Hundred Years of Remembrance on the Village Green",
        bold=True,
    )
    page.text(
        72,
        182,
        "Further details have now been received and the council resolved to go ahead.",
    )
    doc = load_pages(page)
    present, heading, body, item, details = doc.blocks
    assert present.lead_bold == "Present:" and present.text == "Present: Ann Lee, Bob Roe"
    assert heading.kind is BlockKind.PARAGRAPH and heading.all_bold
    assert body.lead_bold == "" and body.text == "The balance was reported."
    # A bold line as wide as the text still ends before regular text.
    assert item.all_bold and item.text.endswith("on the Village Green")
    assert details.lead_bold == "" and details.text.startswith("Further details")


def test_headings_by_font_size() -> None:
    page = Page()
    page.text(72, 80, "Annual Meeting", size=20)
    page.text(72, 120, "Reports", size=14)
    page.text(72, 150, "The chair gave a report.")
    page.text(72, 180, "Officers", size=14)
    page.text(72, 210, "All officers were re-elected.")
    doc = load_pages(page)
    assert [(b.kind, b.level) for b in doc.blocks] == [
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 2),
        (BlockKind.PARAGRAPH, 0),
        (BlockKind.HEADING, 2),
        (BlockKind.PARAGRAPH, 0),
    ]


def test_bullets_and_levels_from_indent() -> None:
    page = Page()
    page.text(72, 100, "Matters raised:")
    page.text(72, 120, "• Parking on the green")
    page.text(90, 134, "• Two letters were received")
    page.text(108, 148, "- one about the bins")
    page.runs(108, 162, ("o", "F4", 10, 0), ("  one about the hedge", "F1", 10, 0))
    page.text(72, 176, "•Hall repairs")
    page.text(72, 210, "o dear, said the chair.")
    doc = load_pages(page)
    items = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert items == [
        (BlockKind.PARAGRAPH, 0, "Matters raised:"),
        (BlockKind.LIST_ITEM, 0, "Parking on the green"),
        (BlockKind.LIST_ITEM, 1, "Two letters were received"),
        (BlockKind.LIST_ITEM, 2, "one about the bins"),
        (BlockKind.LIST_ITEM, 2, "one about the hedge"),
        (BlockKind.LIST_ITEM, 0, "Hall repairs"),
        (BlockKind.PARAGRAPH, 0, "o dear, said the chair."),
    ]


def test_an_item_nests_one_level_under_the_item_above_however_far_indented() -> None:
    # One list indents its sub-items by 36 pt, another uses an indent between:
    # the far-indented items are the first list's second level, not its third.
    page = Page()
    page.text(72, 100, "\u2022 Rules were exposed")
    page.text(108, 114, "\u2022 Rule one")
    page.text(108, 128, "\u2022 Rule two")
    page.text(72, 142, "\u2022 Motion carried")
    page.text(72, 170, "Other business")
    page.text(72, 190, "\u2022 Hall repairs")
    page.text(90, 204, "\u2022 The roof")
    doc = load_pages(page)
    assert [(b.level, b.text) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM] == [
        (0, "Rules were exposed"), (1, "Rule one"), (1, "Rule two"), (0, "Motion carried"),
        (0, "Hall repairs"), (1, "The roof"),
    ]


def test_second_level_o_bullet_in_a_monospaced_stand_in_font() -> None:
    # Word's Courier New "o" bullet, printed by LibreOffice in Liberation Mono.
    page = Page()
    page.text(72, 100, "• 26/05/2017")
    page.runs(108, 114, ("o", "F5", 10, 0), ("  Met with the supervisor", "F1", 10, 0))
    page.runs(108, 128, ("o", "F5", 10, 0), ("  Discussed the requirements", "F1", 10, 0))
    page.text(72, 142, "• 30/06/2017")
    doc = load_pages(page)
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, 0, "26/05/2017"),
        (BlockKind.LIST_ITEM, 1, "Met with the supervisor"),
        (BlockKind.LIST_ITEM, 1, "Discussed the requirements"),
        (BlockKind.LIST_ITEM, 0, "30/06/2017"),
    ]


def test_numbered_items_get_labels() -> None:
    page = Page()
    page.text(72, 100, "1. Apologies were received from Ann.")
    page.text(72, 114, "2) Minutes of the last meeting")
    page.text(90, 128, "(a) approved")
    page.text(72, 142, "3)Matters arising")
    doc = load_pages(page)
    assert [(b.kind, b.label, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "1.", 0, "Apologies were received from Ann."),
        (BlockKind.LIST_ITEM, "2)", 0, "Minutes of the last meeting"),
        (BlockKind.LIST_ITEM, "(a)", 1, "approved"),
        (BlockKind.LIST_ITEM, "3)", 0, "Matters arising"),
    ]


def test_number_and_dot_glued_to_the_item_text_is_a_label() -> None:
    # LibreOffice prints a list's "1." a tab's width from its text, closer
    # than a word gap: the label and the word come out as one word.
    page = Page()
    page.text(72, 100, "1.Opening, welcome and roll call")
    page.text(90, 114, "1.Opening of the meeting")
    page.text(72, 128, "2.Adoption of the agenda")
    doc = load_pages(page)
    assert [(b.kind, b.label, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "1.", 0, "Opening, welcome and roll call"),
        (BlockKind.LIST_ITEM, "1.", 1, "Opening of the meeting"),
        (BlockKind.LIST_ITEM, "2.", 0, "Adoption of the agenda"),
    ]


def test_the_next_number_under_a_full_line_opens_the_next_item() -> None:
    # An item that fills its line, then "2." at its label's x: a wrapped line
    # would not start with the next number there.
    page = Page()
    page.text(72, 100, "1.We discussed how we would split the writeup between us for the second lab report and MS1")
    page.text(72, 114, "2.Ayomi: Tone Detection, Drew, Emily, Jennie: Treasure Detection, Eric, Jacob")
    page.text(88, 128, "and Milestone One")
    doc = load_pages(page)
    assert [(b.kind, b.label, b.text[:12]) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "1.", "We discussed"),
        (BlockKind.LIST_ITEM, "2.", "Ayomi: Tone "),
    ]
    assert doc.blocks[1].text.endswith("Jacob and Milestone One")


def test_the_next_number_after_a_nested_list_opens_the_next_item() -> None:
    page = Page().text(72, 100, "1.Move the SDK into the organization?")
    full = "Rename the sysroot to the libc repository and finish the move of the tests"
    page.text(100, 114, "\u2022").text(110, 114, full)
    page.text(72, 128, "2.Closure")
    doc = load_pages(page)
    assert [(b.kind, b.label, b.text) for b in doc.blocks][-1] == (BlockKind.LIST_ITEM, "2.", "Closure")


def test_a_bold_item_after_a_plain_number_runs_on_in_bold() -> None:
    # A web page's ordered list: the number plain, the item's text bold and wrapped.
    page = Page().text(72, 100, "2.", bold=False)
    page.text(86, 100, "Twitter ID dataset of a billion Twitter IDs from the hashtags related to the", bold=True)
    page.text(86, 114, "COVID-19 pandemic since March", bold=True)
    doc = load_pages(page)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "Twitter ID dataset of a billion Twitter IDs from the hashtags related to the "
         "COVID-19 pandemic since March"),
    ]


def test_roman_numerals_and_number_dash_labels() -> None:
    page = Page()
    page.text(72, 100, "1- Optimize the legalization process")
    page.text(90, 114, "a. Usage")
    page.text(112, 128, "i. addCluster(net)")
    page.text(108, 142, "ii. addCluster(netList)")
    page.text(72, 156, "2- Tight integration")
    doc = load_pages(page)
    assert [(b.kind, b.label, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "1-", 0, "Optimize the legalization process"),
        (BlockKind.LIST_ITEM, "a.", 1, "Usage"),
        (BlockKind.LIST_ITEM, "i.", 2, "addCluster(net)"),
        (BlockKind.LIST_ITEM, "ii.", 2, "addCluster(netList)"),
        (BlockKind.LIST_ITEM, "2-", 0, "Tight integration"),
    ]


def test_number_in_running_text_is_not_a_label() -> None:
    page = Page()
    page.text(
        72,
        100,
        "The council noted that under the standing orders adopted at the annual meeting in May, section",
    )
    page.text(72, 112, "3. of the code applies to every member of the council.")
    (block,) = load_pages(page).blocks
    assert block.kind is BlockKind.PARAGRAPH and block.label is None
    assert block.text.endswith("in May, section 3. of the code applies to every member of the council.")


def test_dash_in_running_text_is_not_a_bullet() -> None:
    page = Page()
    page.text(
        72,
        100,
        "The chair said the item had been deferred twice already and would now be taken, with a dash and then",
    )
    page.text(72, 112, "- as noted - the chair moved on.")
    (block,) = load_pages(page).blocks
    assert block.kind is BlockKind.PARAGRAPH
    assert block.text.endswith("with a dash and then - as noted - the chair moved on.")


def test_dash_lines_at_a_paragraphs_line_spacing_are_its_lines() -> None:
    # Paragraphs spaced apart: "- " lines typed after line breaks sit right
    # under "Notes:" and stay its lines; a list a gap below its label is a list.
    page = Page()
    page.text(72, 100, "Purpose: review the portal.")
    page.text(72, 130, "Notes:")
    page.text(72, 142, "- Reviewed the buttons.")
    page.text(72, 154, "- Noted layout issues.")
    page.text(72, 184, "Actions:")
    page.text(72, 214, "- Book the hall")
    page.text(72, 226, "- Send the accounts")
    doc = load_pages(page)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Purpose: review the portal."),
        (BlockKind.PARAGRAPH, "Notes: - Reviewed the buttons. - Noted layout issues."),
        (BlockKind.PARAGRAPH, "Actions:"),
        (BlockKind.LIST_ITEM, "Book the hall"),
        (BlockKind.LIST_ITEM, "Send the accounts"),
    ]


def test_a_word_whose_font_changes_inside_it_stays_one_word() -> None:
    # "**Where**: zoom.us" printed from a web page: the bold word and its colon touch.
    page = Page().runs(72, 100, ("Where", "F2", 10, 0), (": zoom.us", "F1", 10, 0))
    page.runs(72, 130, ("Q", "F1", 12, 0), ("UEEN", "F1", 9, 0), (" met", "F1", 12, 0))
    page.runs(72, 160, ("Ann", "F2", 10, 0), (" said", "F1", 10, 0))
    assert texts(load_pages(page)) == ["Where: zoom.us", "QUEEN met", "Ann said"]


def test_short_line_then_capitalised_line_is_a_new_paragraph() -> None:
    page = Page()
    page.text(72, 100, "Present")
    page.text(72, 112, "Councillors A Smith (Chair), B Jones and C Brown")
    page.text(72, 124, "Clerk D Green")
    page.text(72, 136, "Members of the public - three")
    page.text(
        72,
        160,
        "The chair welcomed everyone and thanked the hall committee for the new chairs and the new tables.",
    )
    assert texts(load_pages(page))[:4] == [
        "Present",
        "Councillors A Smith (Chair), B Jones and C Brown",
        "Clerk D Green",
        "Members of the public - three",
    ]


def test_paragraph_continues_on_the_next_page() -> None:
    one = Page().text(72, 100, "Start.")
    one.text(72, 760, "The committee discussed the proposal at length and agreed unanimously that the clerk")
    two = Page().text(72, 60, "should write to the county council before the next meeting.")
    two.text(72, 90, "Next item.")
    assert texts(load_pages(one, two)) == [
        "Start.",
        "The committee discussed the proposal at length and agreed unanimously that the clerk "
        "should write to the county council before the next meeting.",
        "Next item.",
    ]


def test_side_by_side_columns_are_read_one_after_the_other() -> None:
    page = Page()
    left = ["City of Anytown", "Mayor Jane Doe", "Licensing Board"]
    right = ["Commissioners:", "Kate Joyce, Chair", "Ken Saxon", "Liam Curran"]
    # Two text boxes with their own line spacing, as in a letterhead.
    for i, text in enumerate(left):
        page.text(100, 50 + i * 11.5, text, size=9.5)
    for i, text in enumerate(right):
        page.text(340, 50 + i * 10.5, text, size=9)
    page.text(72, 140, "Voting agenda", size=14)
    page.text(72, 160, "The board met by video call; all members were present for the votes below.")
    assert texts(load_pages(page))[:-1] == [*left, *right, "Voting agenda"]


def test_tab_aligned_wide_rows_do_not_run_into_each_other() -> None:
    page = Page()
    for i, (amount, payee) in enumerate([("£40.00", "Anytown Hall Trust"), ("£12.50", "Clerk")]):
        y = 100 + i * 12
        page.text(72, y, amount.replace("£", "")).text(150, y, payee)
        page.text(300, y, "Hall hire for the spring meetings of the council")
    assert texts(load_pages(page)) == [
        "40.00 Anytown Hall Trust Hall hire for the spring meetings of the council",
        "12.50 Clerk Hall hire for the spring meetings of the council",
    ]


def test_tab_aligned_rows_are_read_row_by_row() -> None:
    page = Page()
    rows = [("PRESENT:", "Councillor A Gibbs", "Chair"), ("", "Councillor B Adams", "Member")]
    for i, (a, b, c) in enumerate(rows):
        y = 100 + i * 12
        if a:
            page.text(72, y, a, bold=True)
        page.text(190, y, b).text(350, y, c)
    assert texts(load_pages(page)) == [
        "PRESENT: Councillor A Gibbs Chair",
        "Councillor B Adams Member",
    ]


# --------------------------------------------------------------------------
# Errors and warnings


def test_bytes_that_are_not_a_pdf_raise_corrupt_document() -> None:
    with pytest.raises(CorruptDocumentError, match="cannot read PDF") as info:
        load(b"%PDF-1.4\nthis is not really a PDF", source="broken.pdf")
    assert info.value.source == "broken.pdf"


def test_password_protected_pdf_raises_encrypted_document() -> None:
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -44 >>"
    page_objects = 2  # one page: its dictionary and its content stream
    number = 5 + page_objects + 1
    data = build_pdf(
        [Page().text(72, 100, "Secret")],
        extra_objects=(encrypt,),
        trailer=f"/Encrypt {number} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>] ",
    )
    with pytest.raises(EncryptedDocumentError, match="encrypted PDF: a password is required"):
        load(data, source="locked.pdf")


def test_page_limit() -> None:
    from notes_extract.errors import LimitExceededError
    from notes_extract.limits import Limits

    data = (SAMPLES / "allies-group-2025-07-02.pdf").read_bytes()
    with pytest.raises(LimitExceededError, match="max_pages"):
        load(data, source="long.pdf", limits=Limits(max_pages=3))


def test_unreadable_page_is_skipped_with_a_warning() -> None:
    def failing(page: pdfium.PdfPage, number: int) -> PdfPage:
        if number == 2:
            raise ValueError("broken content stream")
        return read_pdfium_page(page, number)

    def open_pages(data: bytes, password: str | None) -> PageReader:
        return PageReader(data, password, read_pdfium=failing)

    data = build_pdf(
        [
            Page().text(72, 100, "Page one."),
            Page().text(72, 100, "Page two."),
            Page().text(72, 100, "Page three."),
        ]
    )
    doc = read_document(data, source="test.pdf", open_pages=open_pages)
    assert texts(doc) == ["Page one.", "Page three."]
    assert doc.pages == 3
    assert doc.warnings == ["page 2 could not be read: broken content stream"]


def test_rotated_page_is_read_through_pdfplumber() -> None:
    # PDFium measures a /Rotate page unrotated, pdfminer rotated: such a page
    # goes through pdfplumber so that it reads as it always did.
    read_by: list[str] = []

    def by_pdfium(page: pdfium.PdfPage, number: int) -> PdfPage:
        read_by.append("pdfium")
        return read_pdfium_page(page, number)

    def by_pdfplumber(page: object, number: int) -> PdfPage:
        read_by.append("pdfplumber")
        return read_plumber_page(page, number)

    def open_pages(data: bytes, password: str | None) -> PageReader:
        return PageReader(data, password, read_pdfium=by_pdfium, read_plumber=by_pdfplumber)

    plain_pdf = build_pdf([Page().text(72, 100, "Upright page.")])
    rotated_pdf = build_pdf([Page().text(72, 100, "Turned page.")], page_attrs="/Rotate 90 ")
    plain = read_document(plain_pdf, source="plain.pdf", open_pages=open_pages)
    rotated = read_document(rotated_pdf, source="turned.pdf", open_pages=open_pages)
    assert texts(plain) == ["Upright page."]
    assert rotated.pages == 1
    assert read_by == ["pdfium", "pdfplumber"]
    for data, plain_geometry in ((plain_pdf, True), (rotated_pdf, False)):
        document = pdfium.PdfDocument(data)
        try:
            assert has_plain_geometry(document[0]) is plain_geometry
        finally:
            document.close()


def test_file_pdfium_refuses_is_read_through_pdfplumber() -> None:
    def refuse(data: bytes, password: str | None) -> PageReader:
        raise pdfium.PdfiumError("Failed to load document (PDFium: Data format error).", err_code=3)

    data = build_pdf([Page().text(72, 100, "Still readable."), Page().text(72, 100, "Page two.")])
    doc = read_document(data, source="test.pdf", open_pages=refuse)
    assert texts(doc) == ["Still readable.", "Page two."]
    assert doc.pages == 2


def test_pdf_without_text_warns() -> None:
    doc = load_pages(Page().rule(72, 100, 300, 100))
    assert doc.blocks == []
    assert doc.pages == 1
    assert doc.warnings and "no text" in doc.warnings[0]


def test_bullet_alone_on_its_line_takes_the_text_below() -> None:
    page = Page().text(72, 100, "Actions:")
    page.text(72, 120, "•").text(90, 134, "Book the hall for the summer fair")
    page.text(72, 160, "Closing remarks.")
    doc = load_pages(page)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Actions:"),
        (BlockKind.LIST_ITEM, "Book the hall for the summer fair"),
        (BlockKind.PARAGRAPH, "Closing remarks."),
    ]


def test_column_of_item_numbers_is_not_a_second_column() -> None:
    page = Page()
    for i, title in enumerate(["Apologies received", "Minutes approved", "Matters arising"]):
        y = 100 + i * 40
        page.text(55, y + 0.8, str(i + 1), size=11, bold=True)
        page.text(96, y, title, size=11).text(96, y + 14, "Noted by all.", size=11)
    assert texts(load_pages(page))[:2] == ["1 Apologies received", "Noted by all."]


def test_two_columns_of_prose_are_read_column_by_column() -> None:
    left = [
        "The first column talks about the budget",
        "and the reserves held for the village hall",
        "and the plans for the coming year.",
    ]
    right = [
        "The second column covers the summer fair,",
        "the games and stalls for the children",
        "and the raffle prizes that were given.",
    ]
    page = Page()
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        page.text(72, 100 + i * 12, a).text(310, 100 + i * 12, b)
    assert texts(load_pages(page)) == [" ".join(left), " ".join(right)]


def _tight_words_line(y: float, words: list[str], gap: int) -> str:
    """A line of words with no space characters, set ``gap`` thousandths of an em apart (as TeX writes them)."""
    parts = " ".join(f"({w}) -{gap}" for w in words)
    return f"BT /F1 10 Tf 72 {PAGE_H - y} Td [{parts}] TJ ET"


def test_pages_that_write_no_spaces_break_words_where_pdfium_sees_gaps() -> None:
    # 0.25 em between words is under pdfplumber's fixed 3-point tolerance at 10 points,
    # so gaps alone would glue the words together.
    page = Page()
    page.ops.append(_tight_words_line(100, ["Apologies", "were", "received", "from", "Stephi"], 250))
    page.ops.append(_tight_words_line(120, ["Daniel", "welcomed", "the", "new", "committee"], 250))
    assert texts(load_pages(page)) == ["Apologies were received from Stephi", "Daniel welcomed the new committee"]


def test_pages_that_write_their_spaces_keep_them_and_only_them() -> None:
    page = Page().text(72, 100, "Daniel welcomed the new committee")
    page.ops.append(_tight_words_line(120, ["Kerned", "pair"], 60))  # a tight kern is no word break
    assert texts(load_pages(page))[0] == "Daniel welcomed the new committee"


def test_numbered_line_in_heading_type_is_a_numbered_heading() -> None:
    # A word processor's numbered Heading 1 prints its number before the text;
    # set larger and bold than the body it is a heading, not a list item.
    page = Page().text(72, 80, "1. Initial Discussion", size=14, bold=True)
    page.text(72, 100, "Attendees: All", size=11).text(72, 116, "We met and talked about the plan.", size=11)
    page.text(72, 140, "2. Final Review", size=14, bold=True).text(72, 160, "All fixed.", size=11)
    doc = load_pages(page)
    assert [(b.kind, b.text) for b in doc.blocks if b.kind is not BlockKind.PARAGRAPH] == [
        (BlockKind.HEADING, "1. Initial Discussion"),
        (BlockKind.HEADING, "2. Final Review"),
    ]


def test_space_set_as_its_own_text_object_parts_the_words() -> None:
    # Some producers write every word and every space as a text object of its own; PDFium's text
    # layer drops the blank ones (they draw no ink), and the space is put back from the object walk,
    # which asks the bounds only of objects the text layer did not keep.
    page = Page()
    page.ops.append("BT /F1 10 Tf 72 700 Td (Alpha) Tj ET")
    page.ops.append("BT /F1 10 Tf 97.57 700 Td ( ) Tj ET")  # right after "Alpha" (25.57 pt wide)
    page.ops.append("BT /F1 10 Tf 100.35 700 Td (Beta) Tj ET")  # after the space's 2.78 pt: closer than a gap
    assert "Alpha Beta" in texts(load_pages(page))
