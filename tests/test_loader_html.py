"""The HTML loader on small pages written here, detection by content, and hostile pages."""

from __future__ import annotations

import time

import pytest

from notes_extract import extract_all
from notes_extract.document import BlockKind
from notes_extract.errors import CorruptDocumentError, LimitExceededError
from notes_extract.loaders import detect_format, load

PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Parish minutes</title>
<style>p {color: red}</style><script>var present = "nobody";</script></head><body>
<nav><a href="/">Home</a> | <a href="/minutes">Minutes</a></nav>
<table width="100%"><tr><td>
<h1>Parish Council &ndash; Minutes</h1>
<p><b>Present:</b> Ann Lee, Bob Stone<br>Apologies: Cat Green</p>
<p><strong>MATTERS ARISING<br>FROM THE LAST MEETING</strong><br>
None were raised.</p>
<ol start="3"><li>Budget<ol type="a"><li>Capital</li><li>Revenue</li></ol></li><li>Caf\xe9 lease</li></ol>
<ul><li>A bullet</ul>
<dl><dt>Next meeting</dt><dd>4 June 2024</dd></dl>
<table border="1"><tr><th>Action</th><th colspan="2">Owner and date</th></tr>
<tr><td rowspan="2">Send report</td><td>AL</td><td>1 May</td></tr><tr><td>BS</td><td>2 May</td></tr></table>
</td></tr></table></body></html>"""


def blocks_of(html: str | bytes, source: str = "m.html"):
    data = html.encode("cp1252") if isinstance(html, str) else html
    return load(data, source=source).blocks


def test_page_blocks() -> None:
    data = PAGE.encode("cp1252")
    assert detect_format(data, source="m.html") == "html"
    document = load(data, source="m.html")
    assert document.format == "html" and document.metadata == {"title": "Parish minutes"}
    summary = [(b.kind.value, b.level, b.label, b.text) for b in document.blocks]
    assert summary[:12] == [
        ("heading", 1, None, "Parish Council \u2013 Minutes"),  # entities decoded
        ("paragraph", 0, None, "Present: Ann Lee, Bob Stone"),  # <br> ends a line
        ("paragraph", 0, None, "Apologies: Cat Green"),
        ("paragraph", 0, None, "MATTERS ARISING FROM THE LAST MEETING"),  # a bold title over two lines
        ("paragraph", 0, None, "None were raised."),
        ("list_item", 0, "3.", "Budget"),
        ("list_item", 1, "a.", "Capital"),
        ("list_item", 1, "b.", "Revenue"),
        ("list_item", 0, "4.", "Caf\xe9 lease"),  # charset from <meta>
        ("list_item", 0, None, "A bullet"),
        ("paragraph", 0, None, "Next meeting"),
        ("paragraph", 0, None, "4 June 2024"),
    ]
    assert document.blocks[1].lead_bold == "Present:" and document.blocks[3].all_bold
    assert document.blocks[10].all_bold  # a <dt> reads as a label
    table = document.blocks[12]
    assert table.kind is BlockKind.TABLE  # the outer layout table is read as text, the inner one is data
    assert table.rows == (("Action", "Owner and date", ""), ("Send report", "AL", "1 May"), ("", "BS", "2 May"))
    assert all("nobody" not in b.text and "Home" not in b.text for b in document.blocks)


def test_charset_bom_and_fallback() -> None:
    assert blocks_of("\ufeff<html><body><p>Caf\xe9</p></body></html>".encode("utf-8"))[0].text == "Caf\xe9"
    assert blocks_of("<html><body><p>Caf\xe9</p></body></html>".encode("utf-16"))[0].text == "Caf\xe9"
    assert blocks_of("<html><body><p>Caf\xe9 \u2019</p></body></html>".encode("cp1252"))[0].text == "Caf\xe9 \u2019"
    latin = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
    page = (latin + "<body><p>\x93quoted\x94</p></body></html>").encode("latin-1")
    assert blocks_of(page)[0].text == "\u201cquoted\u201d"


def test_detection_by_content() -> None:
    page = b"<!-- saved -->\n<HTML><BODY><P>Minutes</P></BODY></HTML>"
    assert detect_format(page, source="notes.txt") == "html"
    assert detect_format(b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'/>", source="m.xhtml") \
        == "html"
    # Markdown that embeds HTML keeps its own reader; text that only mentions tags stays text.
    assert detect_format(b"<div>\n# Minutes\n</div>", source="m.md") == "markdown"
    assert detect_format(b"Minutes\nWe discussed the <html> tag.", source="m.txt") == "text"


def test_html_page_named_pdf_is_an_error_not_a_record() -> None:
    error_page = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
    with pytest.raises(CorruptDocumentError, match="HTML page, not the PDF"):
        extract_all(_write(error_page, "minutes.pdf"))


def test_whole_page_extracts_a_record() -> None:
    record = extract_all(PAGE.encode("cp1252"))[0]
    assert record.source.format == "html"
    assert {a.name for a in record.attendance.present} == {"Ann Lee", "Bob Stone"}
    assert [a.name for a in record.attendance.apologies] == ["Cat Green"]


def test_deep_nesting_is_a_limit_within_time() -> None:
    started = time.monotonic()
    with pytest.raises(LimitExceededError) as caught:
        load(b"<html><body>" + b"<div>" * 200_000 + b"x", source="deep.html")
    assert caught.value.limit == "max_xml_depth"
    page = b"<html><body>" + b"<div>" * (100 * 1024 * 1024 // 5) + b"x"  # 100 MB of nesting
    with pytest.raises(LimitExceededError):
        load(page, source="deep.html")
    assert time.monotonic() - started < 30


def test_unclosed_tags_and_huge_spans_are_bounded() -> None:
    page = '<p>one<p>two<table><tr><td colspan="99999">a<td>b<tr><td rowspan="70000">c</table>'
    blocks = blocks_of(page)
    assert [b.text for b in blocks[:2]] == ["one", "two"]
    assert all(len(row) <= 70 for row in blocks[2].rows) and len(blocks[2].rows) == 2


def _write(data: bytes, name: str) -> str:
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    path = folder / name
    path.write_bytes(data)
    return str(path)
