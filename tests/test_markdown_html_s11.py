"""HTML inside Markdown read by the HTML loader's parser; agenda tables with topic | notes |
actions columns; date and address lines of a long title block (invented snippets)."""

from __future__ import annotations

from notes_extract.api import extract_all
from notes_extract.document import BlockKind
from notes_extract.loaders import load

_AGENDA_TABLE = (
    "# Garden club minutes 4 March 2025\n\n"
    "## Attendees\n\n* Mira Okafor\n* Tomas Lind\n\n"
    "## Agenda\n\n"
    "<table><thead><tr><th>Discussion Points</th><th>Notes/Action Items</th>"
    "<th>Actions: Responsible/None</th></tr></thead><tbody>"
    "<tr><td>Approve the Agenda</td><td>Agenda approved</td><td><br></td></tr>"
    "<tr><td>Seed swap</td><td><ul><li>Swap planned for the spring fair.</li>"
    "<li>Agreed to hold the swap in the library.</li></ul></td>"
    "<td><ul><li>Tomas Lind to book the library room</li></ul></td></tr>"
    "</tbody></table>\n"
)


def _record(text: str):
    (record,) = extract_all(text.encode(), format="markdown")
    return record


def test_markdown_html_table_cells_keep_their_list_items_apart() -> None:
    doc = load(_AGENDA_TABLE.encode(), source="x.md", format="markdown")
    (table,) = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert table.rows[2][1] == "Swap planned for the spring fair.\nAgreed to hold the swap in the library."
    assert table.rows[1][2] == ""


def test_markdown_html_reads_list_types_and_spanned_cells_as_html_pages_do() -> None:
    text = ("# Notes\n\n<div><p>First part</p><ol type=\"a\"><li>one<ul><li>deeper</li></ul></li><li>two</li></ol>"
            "</div>\n\n<table><tr><td colspan=\"2\">Budget</td><td>x</td></tr><tr><td>a</td><td>b</td><td>c</td></tr>"
            "</table>\n\nAfter\n")
    doc = load(text.encode(), source="x.md", format="markdown")
    got = [(b.kind, b.text, b.level, b.label) for b in doc.blocks if b.kind is not BlockKind.TABLE]
    assert got == [(BlockKind.HEADING, "Notes", 1, None), (BlockKind.PARAGRAPH, "First part", 0, None),
                   (BlockKind.LIST_ITEM, "one", 0, "a."), (BlockKind.LIST_ITEM, "deeper", 1, None),
                   (BlockKind.LIST_ITEM, "two", 0, "b."), (BlockKind.PARAGRAPH, "After", 0, None)]
    (table,) = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert table.rows == (("Budget", "", "x"), ("a", "b", "c"))
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))


def test_agenda_table_rows_are_sections_with_decisions_and_owned_actions() -> None:
    record = _record(_AGENDA_TABLE)
    assert [s.title for s in record.sections] == ["Approve the Agenda", "Seed swap"]
    decisions = {d.text: d.section for d in record.decisions}
    assert decisions["Agenda approved"] == "Approve the Agenda"
    assert decisions["Agreed to hold the swap in the library."] == "Seed swap"
    (action,) = record.actions
    assert action.text == "Tomas Lind to book the library room"
    assert [o.name for o in action.owners] == ["Tomas Lind"]
    assert action.section == "Seed swap"


def test_long_title_block_keeps_its_date_and_address_lines() -> None:
    text = (
        "<div>\nRiver Trust<br>\nHarbour Board<br>\nAda Quill, Clerk<br>\nBo Marsh, Chair<br>\n"
        "Cy Dunn<br>\nDee Fenn<br>\nMINUTES<br>\nWednesday, March 5, 2025<br>\n7:00 p.m.<br>\n"
        "Town Hall, Room 2<br>\n14 Wharf Place<br>\n</div>\n\n"
        "**1\\. Call to Order**\n\nThe chair opened the meeting.\n\n"
        "**2\\. Moorings**\n\nThe board reviewed the moorings list and discussed fees.\n"
    )
    titles = [s.title for s in _record(text).sections]
    assert "Wednesday, March 5, 2025" not in titles
    assert "Wharf Place" not in titles and "14 Wharf Place" not in titles
    assert "Moorings" in titles
