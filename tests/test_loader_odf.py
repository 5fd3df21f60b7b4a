"""The OpenDocument text loader on small documents built here, and hostile packages."""

from __future__ import annotations

import io
import zipfile

import pytest

from notes_extract import extract_all
from notes_extract.document import BlockKind
from notes_extract.errors import LimitExceededError, UnsafeDocumentError, UnsupportedFormatError
from notes_extract.limits import Limits
from notes_extract.loaders import detect_format, load

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
STYLES = """<office:automatic-styles>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Num">
 <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
 <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>
</text:list-style>
<text:list-style style:name="Bul"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>"""

BODY = """
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
 <text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Finance Committee Minutes</text:h>
<text:p><text:span text:style-name="B">Present:</text:span> Ann Lee,<text:s/> Bob Stone</text:p>
<text:h text:outline-level="2">Matters arising</text:h>
<text:list text:style-name="Num">
 <text:list-item><text:p>Budget approved</text:p>
  <text:list text:style-name="Num"><text:list-item><text:p>Capital</text:p></text:list-item>
   <text:list-item><text:p>Revenue</text:p></text:list-item></text:list></text:list-item>
 <text:list-item><text:p>Audit<text:note><text:note-body><text:p>footnote</text:p></text:note-body></text:note></text:p>
 </text:list-item>
</text:list>
<text:list text:style-name="Bul"><text:list-item><text:p>A bullet</text:p></text:list-item></text:list>
<text:section text:name="S1"><text:p>Inside a section<draw:frame><draw:text-box>
 <text:p>Boxed note</text:p></draw:text-box></draw:frame></text:p></text:section>
<table:table>
 <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Action</text:p></table:table-cell>
  <table:covered-table-cell/><table:table-cell><text:p>Due</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell><text:p>Send report</text:p></table:table-cell>
  <table:table-cell><text:p>AL</text:p></table:table-cell><table:table-cell><text:p>1 May</text:p></table:table-cell>
  <table:table-cell table:number-columns-repeated="1000"/></table:table-row>
 <table:table-row table:number-rows-repeated="100000"><table:table-cell/></table:table-row>
</table:table>
"""


def content_xml(body: str = BODY, styles: str = STYLES) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{styles}'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>").encode()


def odt(content: bytes, *, mimetype: str = "application/vnd.oasis.opendocument.text",
        extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        meta = (f'<office:document-meta {NS}><office:meta><dc:title>Finance minutes</dc:title>'
                "</office:meta></office:document-meta>").encode()
        archive.writestr("meta.xml", meta)
        for name, data in (extra or {}).items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def summary(data: bytes, source: str = "m.odt") -> list[tuple[str, int, str | None, str]]:
    return [(b.kind.value, b.level, b.label, b.text) for b in load(data, source=source).blocks]


def test_odt_blocks_headings_lists_tables_sections_frames() -> None:
    data = odt(content_xml())
    assert detect_format(data, source="m.odt") == "odt"
    document = load(data, source="m.odt")
    assert document.format == "odt" and document.metadata == {"title": "Finance minutes"}
    blocks = document.blocks
    assert summary(data)[:9] == [
        ("heading", 1, None, "Finance Committee Minutes"),
        ("paragraph", 0, None, "Present: Ann Lee, Bob Stone"),
        ("heading", 2, None, "Matters arising"),
        ("list_item", 0, "1.", "Budget approved"),
        ("list_item", 1, "a)", "Capital"),
        ("list_item", 1, "b)", "Revenue"),
        ("list_item", 0, "2.", "Audit"),  # the footnote is not part of the line
        ("list_item", 0, None, "A bullet"),
        ("paragraph", 0, None, "Inside a section"),
    ]
    assert blocks[1].lead_bold == "Present:"
    assert blocks[9].text == "Boxed note"  # the text box reads after the paragraph that anchors it
    table = blocks[10]
    assert table.kind is BlockKind.TABLE
    # The spanned cell keeps the columns aligned; padding columns and repeated empty rows are not data.
    assert table.rows == (("Action", "", "Due"), ("Send report", "AL", "1 May"))
    assert all("Deleted words" not in b.text for b in blocks)  # tracked deletion: changes accepted


def test_flat_fodt_is_read_the_same() -> None:
    flat = content_xml().replace(b"office:document-content", b"office:document")
    assert detect_format(flat, source="m.fodt") == "odt"
    assert summary(flat, "m.fodt")[:4] == summary(odt(content_xml()))[:4]


def test_continued_numbering_and_start_value() -> None:
    body = """<text:list text:style-name="Num"><text:list-item><text:p>One</text:p></text:list-item></text:list>
    <text:p>Between</text:p>
    <text:list text:style-name="Num" text:continue-numbering="true"><text:list-item><text:p>Two</text:p>
    </text:list-item></text:list>
    <text:list text:style-name="Num"><text:list-item text:start-value="7"><text:p>Seven</text:p></text:list-item>
    </text:list>"""
    labels = [label for _, _, label, _ in summary(odt(content_xml(body)))]
    assert labels == ["1.", None, "2.", "7."]


def test_whole_document_extracts_a_record() -> None:
    record = extract_all(odt(content_xml()))[0]
    assert record.source.format == "odt"
    assert {a.name for a in record.attendance.present} == {"Ann Lee", "Bob Stone"}


def test_other_opendocument_kinds_are_unsupported() -> None:
    sheet = odt(content_xml(), mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(UnsupportedFormatError, match="spreadsheet"):
        load(sheet, source="s.ods")


def test_odt_with_a_dtd_is_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            + content_xml(body="<text:p>&b;</text:p>").split(b"?>", 1)[1])
    with pytest.raises(UnsafeDocumentError, match="DTD"):
        load(odt(bomb), source="m.odt")
    with pytest.raises(UnsafeDocumentError, match="DTD"):
        load(bomb, source="m.fodt", format="odt")


def test_odt_zip_bomb_ends_in_a_limit() -> None:
    huge = content_xml(body="<text:p>" + "a" * (40 * 1024 * 1024) + "</text:p>")
    with pytest.raises(LimitExceededError) as caught:
        load(odt(huge), source="bomb.odt")
    assert caught.value.limit == "max_compression_ratio"
    limits = Limits(max_member_bytes=1_000_000, max_compression_ratio=1e9)
    with pytest.raises(LimitExceededError) as caught:
        load(odt(huge), source="bomb.odt", limits=limits)
    assert caught.value.limit == "max_member_bytes"


def test_odt_nesting_too_deep_ends_in_a_limit() -> None:
    deep = "<text:span>" * 300 + "x" + "</text:span>" * 300
    with pytest.raises(LimitExceededError) as caught:
        load(odt(content_xml(body=f"<text:p>{deep}</text:p>")), source="deep.odt")
    assert caught.value.limit == "max_xml_depth"
