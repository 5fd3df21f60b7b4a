"""Borderless tables: rows cut into cells at the same tab stops, no rulings drawn."""

from __future__ import annotations

from notes_extract.document import BlockKind
from tests.test_loader_pdf import Page, load_pages, tables, texts


def _action_rows(page: Page, top: float) -> Page:
    page.text(72, top, "Action items", bold=True).text(300, top, "Person responsible", bold=True)
    page.text(450, top, "Deadline", bold=True)
    for n, (task, who, due) in enumerate([("Book the hall", "Ann Smith", "3 May 2024"),
                                          ("Send the accounts", "Bob Jones", "10 May 2024")]):
        y = top + 18 * (n + 1)
        page.text(72, y, "\u2022").text(84, y, task).text(300, y, who).text(450, y, due)
    return page


def test_rows_aligned_in_three_cells_are_a_table() -> None:
    page = Page().text(72, 80, "Minutes of the committee", size=16, bold=True)
    doc = load_pages(_action_rows(page, 120))
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["Action items", "Person responsible", "Deadline"],
        ["Book the hall", "Ann Smith", "3 May 2024"],
        ["Send the accounts", "Bob Jones", "10 May 2024"],
    ]
    assert "Book the hall Ann Smith 3 May 2024" not in texts(doc)


def test_label_and_value_rows_stay_lines() -> None:
    page = Page().text(72, 80, "Chair").text(200, 80, "Ann Smith").text(72, 98, "Secretary").text(200, 98, "Bob Jones")
    doc = load_pages(page)
    assert not tables(doc)
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_rows_with_a_bullet_off_the_baseline_are_read_row_by_row() -> None:
    # A check mark drawn in a symbol font sits a little below its line's
    # baseline; it must not make tab-aligned rows look like two columns.
    page = Page()
    for n, (task, who) in enumerate([("Book the hall", "Ann Smith 3 May"), ("Send the accounts", "Bob Jones 10 May"),
                                     ("Print the agenda", "Cy Young 17 May")]):
        y = 100 + 16 * n
        bullet = ("\\267", "F1", 10, -1.7)  # octal 267: the bullet, 1.7 pt below the baseline
        page.runs(72, y, bullet).text(84, y, task).text(300, y, who)
    assert texts(load_pages(page)) == [
        "Book the hall Ann Smith 3 May",
        "Send the accounts Bob Jones 10 May",
        "Print the agenda Cy Young 17 May",
    ]
