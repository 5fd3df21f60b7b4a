"""Tests for the .docx loader.

Documents are built here with python-docx; features python-docx cannot write
(tracked changes, content controls, text boxes, custom numbering) are added
by editing the saved package's XML with zipfile.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.table import _Cell
from lxml import etree

from notes_extract.document import Block, BlockKind
from notes_extract.errors import CorruptDocumentError
from notes_extract.loaders.docx import load
from notes_extract.loaders.docx.container import is_unsafe_name
from notes_extract.loaders.docx.counters import format_number
from notes_extract.loaders.docx.package import resolve_target
from notes_extract.loaders.docx.runs import lead_bold

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "allies-group-2025-07-02.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
Edit = Callable[[bytes], bytes]


# -- helpers ------------------------------------------------------------------


def save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rewrite(
    data: bytes,
    edits: dict[str, Edit] | None = None,
    *,
    renames: dict[str, str] | None = None,
    drop: tuple[str, ...] = (),
    add: dict[str, bytes] | None = None,
) -> bytes:
    """A copy of the package with parts edited, renamed, dropped or added."""
    edits, renames, add = edits or {}, renames or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            if name in drop:
                continue
            content = src.read(name)
            if name in edits:
                content = edits[name](content)
            dst.writestr(renames.get(name, name), content)
        for name, content in add.items():
            dst.writestr(name, content)
    return out.getvalue()


def replace(old: str, new: str, count: int = 0) -> Edit:
    def edit(content: bytes) -> bytes:
        text = content.decode("utf-8")
        assert old in text, f"{old!r} not in part"
        return text.replace(old, new, count or -1).encode("utf-8")

    return edit


def with_body(body_xml: str, *, numbering: str | None = None) -> bytes:
    """A blank python-docx package whose body is ``body_xml``.

    The template's root element declares the w, r, mc, wp, wps and v prefixes.
    """
    edits: dict[str, Edit] = {
        "word/document.xml": lambda c: re.sub(
            rb"<w:body>.*</w:body>", f"<w:body>{body_xml}</w:body>".encode(), c, flags=re.S
        )
    }
    if numbering is not None:
        edits["word/numbering.xml"] = lambda _c: (
            f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>'.encode()
        )
    return rewrite(save(docx.Document()), edits)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(text: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text)}</w:p>"


def num_ppr(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def blocks(data: bytes) -> list[Block]:
    return load(data, source="test.docx").blocks


def texts(data: bytes) -> list[str]:
    return [b.text for b in blocks(data)]


def by_text(items: list[Block], text: str) -> Block:
    return next(b for b in items if b.text == text)


# -- headings -------------------------------------------------------------------


def test_headings_from_title_and_heading_styles() -> None:
    document = docx.Document()
    document.add_heading("Minutes", 0)
    document.add_heading("Members", 1)
    document.add_heading("Actions", 2)
    document.add_paragraph("Body text.")
    got = [(b.kind, b.level, b.text) for b in blocks(save(document))]
    assert got == [
        (BlockKind.HEADING, 1, "Minutes"),
        (BlockKind.HEADING, 1, "Members"),
        (BlockKind.HEADING, 2, "Actions"),
        (BlockKind.PARAGRAPH, 0, "Body text."),
    ]


def test_heading_names_resolved_through_styles_xml_and_based_on() -> None:
    document = docx.Document()
    topic = document.styles.add_style("Minutes Topic", WD_STYLE_TYPE.PARAGRAPH)
    topic.base_style = document.styles["Heading 3"]
    document.add_paragraph("Localised", style="Heading 2")
    document.add_paragraph("Derived", style="Minutes Topic")
    # Localise the style id (as a German Word would) and remove outline levels,
    # so only the style *names* in styles.xml can identify the headings.
    data = rewrite(
        save(document),
        {
            "word/styles.xml": lambda c: re.sub(
                rb"<w:outlineLvl [^>]*/>", b"", c.replace(b'"Heading2"', b'"berschrift2"')
            ),
            "word/document.xml": replace('"Heading2"', '"berschrift2"'),
        },
    )
    got = {b.text: (b.kind, b.level) for b in blocks(data)}
    assert got == {"Localised": (BlockKind.HEADING, 2), "Derived": (BlockKind.HEADING, 3)}


def test_outline_level_on_paragraph_makes_heading() -> None:
    data = with_body(para("Decisions", '<w:outlineLvl w:val="1"/>') + para("Plain"))
    got = [(b.kind, b.level) for b in blocks(data)]
    assert got == [(BlockKind.HEADING, 2), (BlockKind.PARAGRAPH, 0)]


# -- lists ------------------------------------------------------------------------


def test_builtin_list_styles_give_labels_and_levels() -> None:
    document = docx.Document()
    for text in ("First", "Second", "Third"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Dot", style="List Bullet")
    document.add_paragraph("Sub dot", style="List Bullet 2")
    document.add_paragraph("Sub sub dot", style="List Bullet 3")
    document.add_paragraph("Sub number", style="List Number 2")
    got = [(b.kind, b.level, b.label, b.text) for b in blocks(save(document))]
    assert got == [
        (BlockKind.LIST_ITEM, 0, "1.", "First"),
        (BlockKind.LIST_ITEM, 0, "2.", "Second"),
        (BlockKind.LIST_ITEM, 0, "3.", "Third"),
        (BlockKind.LIST_ITEM, 0, None, "Dot"),
        (BlockKind.LIST_ITEM, 1, None, "Sub dot"),
        (BlockKind.LIST_ITEM, 2, None, "Sub sub dot"),
        (BlockKind.LIST_ITEM, 1, "1.", "Sub number"),
    ]


def test_list_style_is_a_list_item_even_without_numbering_part() -> None:
    document = docx.Document()
    document.add_paragraph("Nested point", style="List Bullet 2")
    data = rewrite(save(document), drop=("word/numbering.xml",))
    (block,) = blocks(data)
    assert (block.kind, block.level, block.label) == (BlockKind.LIST_ITEM, 1, None)


def test_style_based_on_list_number_inherits_numbering() -> None:
    document = docx.Document()
    style = document.styles.add_style("Agenda Item", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["List Number"]
    document.add_paragraph("Welcome", style="Agenda Item")
    document.add_paragraph("Budget", style="Agenda Item")
    assert [(b.kind, b.label) for b in blocks(save(document))] == [
        (BlockKind.LIST_ITEM, "1."),
        (BlockKind.LIST_ITEM, "2."),
    ]


MULTILEVEL = (
    '<w:abstractNum w:abstractNumId="10">'
    + level(0, "decimal", "%1.")
    + level(1, "lowerLetter", "%2)")
    + level(2, "lowerRoman", "(%3)")
    + level(3, "bullet", "\u2022")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="11">'
    + level(0, "decimal", "%1.")
    + level(1, "decimal", "%1.%2")
    + level(2, "upperLetter", "%3.")
    + level(3, "upperRoman", "%4")
    + "</w:abstractNum>"
    + '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
    + '<w:num w:numId="2"><w:abstractNumId w:val="11"/>'
    + '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
    + '<w:num w:numId="3"><w:abstractNumId w:val="10"/></w:num>'
)


def test_numbering_formats_counters_overrides_and_resets() -> None:
    items = [
        ("one", 1, 0),
        ("one a", 1, 1),
        ("one b", 1, 1),
        ("one b i", 1, 2),
        ("one b ii", 1, 2),
        ("bullet", 1, 3),
        ("two", 1, 0),
        ("two a", 1, 1),
        ("three", 2, 0),
        ("three one", 2, 1),
        ("three two", 2, 1),
        ("three two A", 2, 2),
        ("three two A I", 2, 3),
        ("separate list", 3, 0),
    ]
    body = "".join(para(text, num_ppr(num, ilvl)) for text, num, ilvl in items)
    body += para("switched off", num_ppr(0))
    got = [
        (b.text, b.kind, b.level, b.label) for b in blocks(with_body(body, numbering=MULTILEVEL))
    ]
    li = BlockKind.LIST_ITEM
    assert got == [
        ("one", li, 0, "1."),
        ("one a", li, 1, "a)"),
        ("one b", li, 1, "b)"),
        ("one b i", li, 2, "(i)"),
        ("one b ii", li, 2, "(ii)"),
        ("bullet", li, 3, None),
        ("two", li, 0, "2."),
        ("two a", li, 1, "a)"),
        ("three", li, 0, "3."),
        ("three one", li, 1, "3.1"),
        ("three two", li, 1, "3.2"),
        ("three two A", li, 2, "A."),
        ("three two A I", li, 3, "I"),
        ("separate list", li, 0, "1."),
        ("switched off", BlockKind.PARAGRAPH, 0, None),
    ]


def test_num_id_zero_switches_off_list_style_numbering() -> None:
    body = para("Not a bullet", '<w:pStyle w:val="ListBullet"/>' + num_ppr(0)) + para(
        "A bullet", '<w:pStyle w:val="ListBullet"/>'
    )
    assert [b.kind for b in blocks(with_body(body))] == [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM]


def test_numbered_heading_keeps_heading_kind_and_gets_label() -> None:
    body = para("Introduction", '<w:pStyle w:val="Heading1"/>' + num_ppr(1)) + para(
        "Scope", '<w:pStyle w:val="Heading1"/>' + num_ppr(1)
    )
    got = [(b.kind, b.level, b.label) for b in blocks(with_body(body, numbering=MULTILEVEL))]
    assert got == [(BlockKind.HEADING, 1, "1."), (BlockKind.HEADING, 1, "2.")]


def test_outline_numbering_linked_to_heading_styles() -> None:
    """Heading styles carry numId only; the level comes from w:lvl/w:pStyle."""
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "decimal", "%1.", extra='<w:pStyle w:val="Heading1"/>')
        + level(1, "decimal", "%1.%2", extra='<w:pStyle w:val="Heading2"/>')
        + '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>'
    )

    def number_headings(content: bytes) -> bytes:
        root = etree.fromstring(content)
        for style_id in ("Heading1", "Heading2"):
            ppr = root.find(f'{{{W}}}style[@{{{W}}}styleId="{style_id}"]/{{{W}}}pPr')
            ppr.insert(
                0, etree.fromstring(f'<w:numPr xmlns:w="{W}"><w:numId w:val="7"/></w:numPr>')
            )
        return etree.tostring(root)

    body = "".join(
        para(text, f'<w:pStyle w:val="{style}"/>')
        for text, style in (
            ("A", "Heading1"),
            ("A1", "Heading2"),
            ("A2", "Heading2"),
            ("B", "Heading1"),
        )
    )
    data = rewrite(with_body(body, numbering=numbering), {"word/styles.xml": number_headings})
    assert [(b.level, b.label) for b in blocks(data)] == [
        (1, "1."),
        (2, "1.1"),
        (2, "1.2"),
        (1, "2."),
    ]


# -- lead_bold ------------------------------------------------------------------------


def test_lead_bold_from_runs_character_styles_and_paragraph_styles() -> None:
    document = docx.Document()
    p = document.add_paragraph()
    p.add_run("Present:").bold = True
    p.add_run(" Alice, Bob")
    p = document.add_paragraph()
    p.add_run("Plain start, ")
    p.add_run("bold later").bold = True
    p = document.add_paragraph()
    p.add_run("Date of next meeting:").bold = True
    p.add_run(" ")
    p.add_run("TBC").bold = True
    p = document.add_paragraph()
    p.add_run("Key:", style="Strong")
    p.add_run(" value")
    p = document.add_paragraph()
    p.add_run(" ")
    p.add_run("Apologies:").bold = True
    p.add_run(" none")
    bold_style = document.styles.add_style("Label Para", WD_STYLE_TYPE.PARAGRAPH)
    bold_style.font.bold = True
    p = document.add_paragraph(style="Label Para")
    p.add_run("Decision:")
    p.add_run(" approved").bold = False  # w:b w:val="0" overrides the style
    document.add_paragraph("All bold by style", style="Label Para")
    got = {b.text: b.lead_bold for b in blocks(save(document))}
    assert got == {
        "Present: Alice, Bob": "Present:",
        "Plain start, bold later": "",
        "Date of next meeting: TBC": "Date of next meeting: TBC",
        "Key: value": "Key:",
        "Apologies: none": "Apologies:",
        "Decision: approved": "Decision:",
        "All bold by style": "All bold by style",
    }
    assert by_text(blocks(save(document)), "All bold by style").all_bold


# -- inline content ------------------------------------------------------------------------


def test_tracked_changes_read_as_accepted() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>deleted </w:delText></w:r></w:del>'
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>moved-away </w:t></w:r></w:moveFrom>'
        '<w:moveTo w:id="4" w:author="a"><w:r><w:t>moved-here</w:t></w:r></w:moveTo></w:p>'
    )
    assert texts(with_body(body)) == ["Kept inserted moved-here"]


def test_text_inside_inline_wrappers_and_content_controls() -> None:
    def field(kind: str) -> str:
        return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'

    body = (
        "<w:p>"
        f'<w:hyperlink r:id="rId99">{run("link ")}</w:hyperlink>'
        f'<w:smartTag w:uri="urn:x" w:element="place">{run("London ")}</w:smartTag>'
        f'<w:customXml w:element="person">{run("Ann ")}</w:customXml>'
        f'<w:fldSimple w:instr=" DATE ">{run("2 July ")}</w:fldSimple>'
        f"{field('begin')}<w:r><w:instrText> PAGE </w:instrText></w:r>"
        f"{field('separate')}{run('7 ')}{field('end')}"
        f"<w:sdt><w:sdtPr/><w:sdtContent>{run('control')}</w:sdtContent></w:sdt>"
        "</w:p>"
    )
    assert texts(with_body(body)) == ["link London Ann 2 July 7 control"]


def test_tabs_become_spaces_and_line_breaks_end_lines() -> None:
    document = docx.Document()
    document.add_paragraph("Item\tOwner\nDeadline")
    assert texts(save(document)) == ["Item Owner", "Deadline"]


def test_hidden_text_and_placeholder_controls_are_dropped() -> None:
    document = docx.Document()
    p = document.add_paragraph("Visible")
    p.add_run(" secret").font.hidden = True
    body_sdt = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r>"
        "<w:t>Click or tap here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    data = rewrite(
        save(document), {"word/document.xml": replace("<w:sectPr", body_sdt + "<w:sectPr", 1)}
    )
    assert texts(data) == ["Visible"]


def test_block_content_control_with_paragraph_and_table() -> None:
    table = (
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Owner</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Nicc</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    body = f"<w:sdt><w:sdtPr/><w:sdtContent>{para('Inside control')}{table}</w:sdtContent></w:sdt>"
    got = blocks(with_body(body))
    assert [b.kind for b in got] == [BlockKind.PARAGRAPH, BlockKind.TABLE]
    assert got[0].text == "Inside control"
    assert got[1].rows == (("Owner", "Nicc"),)


A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def box(text: str) -> str:
    return f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"


def drawing(inner: str) -> str:
    return (
        f'<w:drawing><wp:anchor xmlns:a="{A_NS}"><a:graphic><a:graphicData uri="{WPS_URI}">'
        f"{inner}</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )


def alternate(choice: str, fallback: str) -> str:
    return (
        f'<mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
        f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>"
    )


def test_text_box_read_once_as_block_after_its_paragraph() -> None:
    """Word writes each text box twice: DrawingML (Choice) and VML (Fallback)."""
    vml = f"<w:pict><v:shape><v:textbox>{box('Boxed note')}</v:textbox></v:shape></w:pict>"
    dml = drawing(f"<wps:wsp><wps:txbx>{box('Boxed note')}</wps:txbx></wps:wsp>")
    in_run = f"<w:r>{alternate(dml, vml)}</w:r>"
    around_run = alternate(f"<w:r>{dml}</w:r>", f"<w:r>{vml}</w:r>")
    inside_drawing = (
        "<w:r>"
        + drawing(
            alternate(
                f"<wps:wsp><wps:txbx>{box('Grouped')}</wps:txbx></wps:wsp>",
                f"<wps:wsp><wps:txbx>{box('Grouped')}</wps:txbx></wps:wsp>",
            )
        )
        + "</w:r>"
    )
    body = (
        f"<w:p>{run('Anchor text ')}{in_run}</w:p>"
        + para("Next paragraph")
        + f"<w:p>{run('Second anchor')}{around_run}</w:p>"
        + f"<w:p>{run('Third anchor')}{inside_drawing}</w:p>"
    )
    assert texts(with_body(body)) == [
        "Anchor text",
        "Boxed note",
        "Next paragraph",
        "Second anchor",
        "Boxed note",
        "Third anchor",
        "Grouped",
    ]


# -- tables ----------------------------------------------------------------------------------


def test_table_rows_cells_and_merged_cells() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))  # horizontal: w:gridSpan
    merged.text = "Action"
    table.cell(0, 2).text = "Owner"
    table.cell(1, 0).text = "Book room"
    table.cell(1, 1).text = "31 July"
    tall = table.cell(1, 2).merge(table.cell(2, 2))  # vertical: w:vMerge
    tall.text = "Nicc"
    table.cell(2, 0).text = "Send notes"
    table.cell(2, 1).text = "1 Aug"
    # Text left in a continuation cell is not shown by Word.
    continuation = table.rows[2]._tr.tc_lst[2]
    _Cell(continuation, table).paragraphs[0].add_run("stale")
    (block,) = blocks(save(document))
    assert block.kind is BlockKind.TABLE
    assert block.rows == (
        ("Action", "", "Owner"),
        ("Book room", "31 July", "Nicc"),
        ("Send notes", "1 Aug", ""),
    )
    assert block.text.count("Action") == 1 and block.text.count("Nicc") == 1


def test_cell_paragraphs_kept_as_lines_and_nested_table_flattened() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 0)
    cell.text = "Line one"
    cell.add_paragraph("Line two")
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Inner A"
    inner.cell(0, 1).text = "Inner B"
    (block,) = blocks(save(document))
    assert block.rows == (("Line one\nLine two", "Inner A\nInner B"),)
    assert block.text == "Line one Line two | Inner A Inner B"


def test_a_table_that_only_frames_tables_gives_the_tables() -> None:
    # A frame around two tables side by side ("Meeting information" | "Attendance"), each its own table.
    document = docx.Document()
    frame = document.add_table(rows=1, cols=2)
    facts = frame.cell(0, 0).add_table(rows=2, cols=2)
    for r, row in enumerate([("Meeting date", "11 March 2025"), ("Format", "In person")]):
        for c, text in enumerate(row):
            facts.cell(r, c).text = text
    present = frame.cell(0, 1).add_table(rows=2, cols=2)
    for r, row in enumerate([("Status", "Attendee"), ("Present", "Ann, Bo, Cy")]):
        for c, text in enumerate(row):
            present.cell(r, c).text = text
    found = blocks(save(document))
    assert [b.rows for b in found] == [(("Meeting date", "11 March 2025"), ("Format", "In person")),
                                       (("Status", "Attendee"), ("Present", "Ann, Bo, Cy"))]


def test_numbered_paragraphs_in_cells_keep_their_numbers() -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Book room"
    cell.paragraphs[0].style = document.styles["List Number"]
    cell.add_paragraph("Send notes", style="List Number")
    (block,) = blocks(save(document))
    assert block.rows == (("1. Book room\n2. Send notes",),)


def test_raw_table_rows_deleted_skipped_and_grid_kept() -> None:
    def cell(text: str) -> str:
        return f"<w:tc><w:p>{run(text)}</w:p></w:tc>"

    table = (
        "<w:tbl>"
        f"<w:tr>{cell('Item')}{cell('Owner')}{cell('Due')}</w:tr>"
        f'<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>{cell("Gone")}{cell("x")}'
        f"{cell('y')}</w:tr>"
        f'<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>{cell("Ann")}{cell("Fri")}</w:tr>'
        f"<w:sdt><w:sdtPr/><w:sdtContent><w:tr>{cell('Budget')}"
        f"<w:sdt><w:sdtPr/><w:sdtContent>{cell('Bob')}</w:sdtContent></w:sdt>{cell('Mon')}</w:tr>"
        "</w:sdtContent></w:sdt>"
        "</w:tbl>"
    )
    (block,) = blocks(with_body(table))
    assert block.rows == (
        ("Item", "Owner", "Due"),
        ("", "Ann", "Fri"),
        ("Budget", "Bob", "Mon"),
    )


# -- what is not body text --------------------------------------------------------------------


def test_headers_footers_and_comments_are_not_body_text() -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "HEADER TEXT"
    section.footer.paragraphs[0].text = "FOOTER TEXT"
    p = document.add_paragraph("Body only")
    document.add_comment(p.runs, text="COMMENT TEXT", author="A")
    assert texts(save(document)) == ["Body only"]


# -- package ------------------------------------------------------------------------------------


def test_metadata_from_core_properties() -> None:
    document = docx.Document()
    document.add_paragraph("x")
    document.core_properties.title = "Allies Group minutes"
    document.core_properties.created = dt.datetime(2025, 7, 2, 16, 0, tzinfo=dt.timezone.utc)
    got = load(save(document), source="m.docx")
    assert got.metadata == {"title": "Allies Group minutes", "created": "2025-07-02T16:00:00Z"}
    assert got.format == "docx" and got.pages is None
    document.core_properties.title = ""
    assert "title" not in load(save(document), source="m.docx").metadata


def test_main_part_found_through_package_relationships() -> None:
    document = docx.Document()
    style = document.styles.add_style("Topic", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Heading 2"]
    document.add_paragraph("Real heading", style="Topic")
    data = rewrite(
        save(document),
        {
            "_rels/.rels": replace("word/document.xml", "word/main.xml"),
            "word/_rels/document.xml.rels": replace(
                'Target="styles.xml"', 'Target="house-styles.xml"'
            ),
        },
        renames={
            "word/document.xml": "word/main.xml",
            "word/_rels/document.xml.rels": "word/_rels/main.xml.rels",
            "word/styles.xml": "word/house-styles.xml",
        },
        # A decoy at the usual name, still declared main in [Content_Types].xml:
        # only the package relationship says which part is the document.
        add={"word/document.xml": with_body_part(para("Decoy"))},
    )
    got = [(b.kind, b.level, b.text) for b in blocks(data)]
    assert got == [(BlockKind.HEADING, 2, "Real heading")]


def with_body_part(body_xml: str) -> bytes:
    return f'<w:document xmlns:w="{W}"><w:body>{body_xml}</w:body></w:document>'.encode()


def test_empty_document_gives_no_blocks() -> None:
    document = load(save(docx.Document()), source="empty.docx")
    assert document.blocks == [] and document.format == "docx"


def test_not_a_zip_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError) as info:
        load(b"PK\x03\x04 definitely not a zip", source="bad.docx")
    assert info.value.source == "bad.docx"


def test_zip_without_main_part_is_corrupt() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", "<x/>")
    with pytest.raises(CorruptDocumentError, match="no main document part") as info:
        load(buffer.getvalue(), source="hollow.docx")
    assert info.value.source == "hollow.docx"


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/numbering.xml"])
def test_broken_xml_names_the_part(part: str) -> None:
    document = docx.Document()
    document.add_paragraph("x", style="List Number")
    data = rewrite(save(document), {part: lambda c: c[: len(c) // 2]})
    with pytest.raises(CorruptDocumentError, match=re.escape(part)) as info:
        load(data, source="broken.docx")
    assert info.value.source == "broken.docx"


# -- the real sample ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> list[Block]:
    return load(SAMPLE.read_bytes(), source=SAMPLE.name).blocks


def test_sample_heading_and_bold_labels(sample: list[Block]) -> None:
    assert (sample[0].kind, sample[0].text) == (
        BlockKind.HEADING,
        "Co-Production Collective Allies Group",
    )
    assert any(b.lead_bold == "Present:" for b in sample)
    update = next(
        b for b in sample if b.text.startswith("Anti-racism work update - Isaac provided")
    )
    assert update.kind is BlockKind.PARAGRAPH
    assert update.lead_bold == "Anti-racism work update"


def test_sample_tables(sample: list[Block]) -> None:
    tables = [b for b in sample if b.kind is BlockKind.TABLE]
    assert [(len(t.rows), {len(r) for r in t.rows}) for t in tables] == [(8, {3}), (7, {3})]
    assert tables[0].rows[0] == (
        "Actions agreed in this meeting",
        "Person taking this on",
        "Deadline",
    )


def test_sample_nested_bullets(sample: list[Block]) -> None:
    level_1 = by_text(
        sample,
        "A couple of larger grant applications being worked on in UCL were mentioned by Sarah.",
    )
    level_2 = by_text(
        sample, "Action: Nicc to follow up with Sarah and get connected into this work."
    )
    assert (level_1.kind, level_1.level, level_1.label) == (BlockKind.LIST_ITEM, 1, None)
    assert (level_2.kind, level_2.level, level_2.label) == (BlockKind.LIST_ITEM, 2, None)
    assert [b.index for b in sample] == list(range(len(sample)))


def test_template_labels_in_placeholder_controls_are_kept() -> None:
    # Meeting templates put visible labels ("Meeting called by:") in content
    # controls that still show their placeholder; readers see them.
    body = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        f"{para('Meeting called by:')}</w:sdtContent></w:sdt>"
    )
    assert [b.text for b in blocks(with_body(body))] == ["Meeting called by:"]


# -- steps called directly ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [(3, "decimal", "3"), (28, "lowerLetter", "bb"), (14, "upperRoman", "XIV"), (7, "decimalZero", "07"),
     (12, "ordinal", "12th"), (22, "ordinal", "22nd"), (0, "lowerRoman", "0"), (5, "bullet", ""),
     (5, "chineseCounting", "5")],
)
def test_format_number(value: int, fmt: str, shown: str) -> None:
    assert format_number(value, fmt) == shown


@pytest.mark.parametrize(
    ("name", "unsafe"),
    [("word/document.xml", False), ("../evil.xml", True), ("/etc/evil.xml", True),
     ("word\\evil.xml", True), ("C:/evil.xml", True), ("", True), ("word/..x.xml", False)],
)
def test_unsafe_entry_names(name: str, unsafe: bool) -> None:
    assert is_unsafe_name(name) is unsafe


def test_relationship_targets_resolve_to_part_names() -> None:
    assert resolve_target("word", "styles.xml") == "word/styles.xml"
    assert resolve_target("word", "../customXml/item1.xml") == "customXml/item1.xml"
    assert resolve_target("", "/word/document.xml") == "word/document.xml"
    assert resolve_target("word", "media/a%20b.png") == "word/media/a b.png"


def test_lead_bold_spans_whitespace_runs_only() -> None:
    assert lead_bold([("Decision", True), (" ", False), ("agreed:", True), (" the plan", False)]) == "Decision agreed:"
    assert lead_bold([("plain", False), ("bold", True)]) == ""


def test_table_cells_are_read_with_the_number_of_their_row() -> None:
    # Rows are told apart by their place, not by id() of lxml proxies: a freed row's
    # id can come back for the next row, which once merged two rows at random.
    from notes_extract.loaders.docx.tables import table_rows

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    table = etree.fromstring(
        f'<w:tbl xmlns:w="{w}">'
        '<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>'
        '<w:tr><w:trPr><w:del/></w:trPr><w:tc><w:p/></w:tc></w:tr>'
        '<w:tr><w:tc><w:p/></w:tc></w:tr>'
        '<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>')
    seen: list[int] = []

    def cell_text(cell: etree._Element, row: int) -> str:
        seen.append(row)
        return str(row)

    assert table_rows(table, cell_text) == [["0", "0"], ["1"], ["2", "2", "2"]]
    assert seen == [0, 0, 1, 2, 2, 2]
