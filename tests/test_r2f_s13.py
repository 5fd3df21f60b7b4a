"""Rendering parity (r2f): rules on invented snippets."""

from __future__ import annotations

from notes_extract.document import BlockKind
from notes_extract.loaders import load


def _items(data: bytes, fmt: str = "html"):
    return [(b.kind, b.level, b.label, b.text) for b in load(data, source=f"x.{fmt}").blocks]


def test_bullets_between_numbered_items_nest_under_them_in_html():
    page = (b"<html><body><h2>Reports</h2><ol><li>Garden</li></ol><ul><li>Beds dug</li><li>Seeds bought</li></ul>"
            b"<ol start='2'><li>Library</li></ol><ul><li>Shelves painted</li></ul><p>Close</p></body></html>")
    blocks = _items(page)
    levels = {text: level for kind, level, _label, text in blocks if kind is BlockKind.LIST_ITEM}
    assert levels == {"Garden": 0, "Beds dug": 1, "Seeds bought": 1, "Library": 0, "Shelves painted": 1}


def test_bullets_after_a_lone_numbered_item_stay_at_its_level():
    page = b"<html><body><ol><li>Garden</li></ol><ul><li>Beds dug</li><li>Seeds bought</li></ul></body></html>"
    levels = [level for kind, level, _label, _text in _items(page) if kind is BlockKind.LIST_ITEM]
    assert levels == [0, 0, 0]


def test_bullets_between_items_that_do_not_follow_on_stay_flat():
    page = (b"<html><body><ol><li>Garden</li></ol><ul><li>Beds dug</li></ul>"
            b"<ol start='5'><li>Library</li></ol></body></html>")
    levels = [level for kind, level, _label, _text in _items(page) if kind is BlockKind.LIST_ITEM]
    assert levels == [0, 0, 0]


def test_lines_under_word_headings_are_their_text_not_layout_titles():
    import io

    import docx

    document = docx.Document()
    for day, names, items in (("3 May", "Ann Lee, Bo Chan & Cy Dow", ["Scope agreed", "Roles shared"]),
                              ("10 May", "Bo Chan & Cy Dow", ["Draft reviewed"]),
                              ("17 May", "Ann Lee & Cy Dow", ["Demo planned", "Budget checked"])):
        document.add_heading(day, level=2)
        document.add_heading("In attendance", level=3)
        document.add_paragraph(names)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = load(buffer.getvalue(), source="x.docx").blocks
    assert [b.kind for b in blocks if "&" in b.text] == [BlockKind.PARAGRAPH] * 3


def test_a_wrapped_line_inside_a_list_item_goes_on_in_the_same_item():
    page = (b"<html><body><ul><li>The committee agreed that the spring newsletter should go out<br>"
            b"before the end of the month.</li><li>Action: Dana<br>Due: Friday</li></ul></body></html>")
    items = [text for kind, _level, _label, text in _items(page) if kind is BlockKind.LIST_ITEM]
    assert items == ["The committee agreed that the spring newsletter should go out before the end of the month.",
                     "Action: Dana", "Due: Friday"]


def test_a_numbered_item_holding_a_paragraph_keeps_its_number():
    page = (b"<html><body><ol><li><p>Budget review</p><ul><li>Figures noted</li></ul></li>"
            b"<li><p>Hall repairs</p></li></ol><p>Closed at nine.</p></body></html>")
    blocks = _items(page)
    assert [(kind, label, text) for kind, _level, label, text in blocks if label] == [
        (BlockKind.LIST_ITEM, "1.", "Budget review"), (BlockKind.LIST_ITEM, "2.", "Hall repairs")]
    assert blocks[-1][0] is BlockKind.PARAGRAPH
