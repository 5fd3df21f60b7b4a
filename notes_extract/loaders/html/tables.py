"""HTML tables: data tables as rows on a grid (colspan, rowspan), layout tables told apart.

Old sites laid pages out with tables: one cell holding the whole page, or
cells holding headings, paragraphs and other tables. Those are read as
text, cell after cell; a table whose cells hold short inline text is data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lxml.html import HtmlElement

# HTML allows colspan up to 1000 and rowspan up to 65534; real tables never need more than this.
MAX_SPAN = 64
# A cell holding more characters than this is a page region, not a datum.
LAYOUT_CELL_CHARS = 1200
# A cell holding more block elements (paragraphs, divs, lists) than this is a page region.
LAYOUT_CELL_BLOCKS = 4
# Tags inside a cell that make its table a layout table.
_PAGE_TAGS = frozenset({"table", "h1", "h2", "h3", "h4", "h5", "h6"})
_CELL_BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "dl", "blockquote", "pre", "center", "section", "article"})
_SECTIONS = frozenset({"thead", "tbody", "tfoot"})


def table_rows(table: HtmlElement) -> Iterator[HtmlElement]:
    """The table's own rows (not those of tables nested in its cells), in order."""
    for child in table:
        if child.tag == "tr":
            yield child
        elif child.tag in _SECTIONS:
            yield from (row for row in child if row.tag == "tr")


def row_cells(row: HtmlElement) -> list[HtmlElement]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def is_layout(table: HtmlElement) -> bool:
    """Whether a table lays out a page rather than holding data (see the module docstring)."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    rows = list(table_rows(table))
    widths = [sum(_span(cell.get("colspan")) for cell in row_cells(row)) for row in rows]
    if not rows or max(widths, default=0) <= 1:
        return True
    for row in rows:
        for cell in row_cells(row):
            if _holds_page(cell):
                return True
    return False


def _holds_page(cell: HtmlElement) -> bool:
    blocks = 0
    for element in cell.iterdescendants():
        tag = element.tag
        if tag in _PAGE_TAGS:
            return True
        if tag in _CELL_BLOCK_TAGS:
            blocks += 1
            if blocks > LAYOUT_CELL_BLOCKS:
                return True
    return len(cell.text_content()) > LAYOUT_CELL_CHARS


def grid_rows(table: HtmlElement, cell_text: Callable[[HtmlElement], str]) -> list[list[str]]:
    """The table's cells on its grid: a spanned cell's text once, "" in each grid place it covers."""
    rows: list[list[str]] = []
    covered: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    for row in table_rows(table):
        cells: list[str] = []
        for cell in row_cells(row):
            _fill_covered(cells, covered)
            cols, down = _span(cell.get("colspan")), _span(cell.get("rowspan"))
            for offset in range(cols):
                if down > 1:
                    covered[len(cells) + offset] = down - 1
            cells.append(cell_text(cell))
            cells.extend([""] * (cols - 1))
        last = max((col for col, left in covered.items() if left > 0), default=-1)
        while len(cells) <= last:  # rowspans reaching past this row's own cells
            if not _fill_covered(cells, covered):
                cells.append("")
        rows.append(cells)
    return rows


def _fill_covered(cells: list[str], covered: dict[int, int]) -> bool:
    """Add "" for each grid place at the row's end that a rowspan from above covers; whether any was."""
    filled = False
    while covered.get(len(cells), 0) > 0:
        covered[len(cells)] -= 1
        cells.append("")
        filled = True
    return filled


def _span(raw: str | None) -> int:
    try:
        return max(1, min(int((raw or "1").strip()), MAX_SPAN))
    except ValueError:
        return 1
