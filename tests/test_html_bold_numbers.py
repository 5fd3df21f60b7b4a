"""A number typed in bold in an HTML page titles an item, as in a Word file and a Markdown page.

"<p><strong>1. Call to Order</strong></p>": the Markdown reader (an escaped "**1\\. Call to
Order**") and the Word reader (a bold typed "1.") keep such a line a paragraph whose bold text the
segmenter reads as the item's title; the HTML reader gives the same block. A plain "1. Text"
paragraph is still a typed list item.
"""

from __future__ import annotations

from notes_extract.loaders import load


def test_html_keeps_a_number_typed_in_bold_as_a_title_paragraph() -> None:
    page = b"<html><body><p><strong>1. Call to Order</strong></p><p>Opened at 7pm.</p>" \
           b"<p><b>2. Harbour dues</b> (7:10 p.m.)</p><p>1. Plain numbered line</p>" \
           b"<p><b>3) Bracketed</b></p></body></html>"
    blocks = load(page, source="m.html").blocks
    assert [(b.kind.value, b.label, b.text) for b in blocks] == [
        ("paragraph", None, "1. Call to Order"), ("paragraph", None, "Opened at 7pm."),
        ("paragraph", None, "2. Harbour dues (7:10 p.m.)"), ("list_item", "1.", "Plain numbered line"),
        ("list_item", "3)", "Bracketed")]


def test_the_same_title_reads_alike_in_markdown_and_html() -> None:
    markdown = load(b"**1\\. Call to Order**\n\nOpened at 7pm.\n", source="m.md").blocks
    html = load(b"<p><strong>1. Call to Order</strong></p><p>Opened at 7pm.</p>", source="m.html").blocks
    assert [(b.kind, b.label, b.text, b.all_bold) for b in markdown] == \
        [(b.kind, b.label, b.text, b.all_bold) for b in html]
