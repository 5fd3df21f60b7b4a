"""Tables (w:tbl) as rows of cell texts laid out on the table's grid.

Merged cells keep the columns aligned: a horizontally merged cell is
followed by "" for each grid column it covers, a vertical-merge
continuation reads "", and grid columns skipped before or after a row's
cells are "". Deleted rows (tracked changes) are dropped. What a cell says
is left to the body reader, since a cell holds paragraphs, lists and tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.cell_names import names_one_a_line
from notes_extract.loaders.docx.wordml import (
    W_SDT,
    W_SDT_CONTENT,
    W_VAL,
    Element,
    child_val,
    first_child,
    parse_int,
    w,
)

_W_TR, _W_TC = w("tr"), w("tc")
_W_TRPR, _W_TCPR = w("trPr"), w("tcPr")
_W_GRID_SPAN, _W_VMERGE = w("gridSpan"), w("vMerge")
_W_GRID_BEFORE, _W_GRID_AFTER = w("gridBefore"), w("gridAfter")
_W_DEL = w("del")
# A cell holding more characters than this is a region of the page (minutes written
# inside a table for layout), not a datum. A form's discussion cell stays well below it.
LAYOUT_CELL_CHARS = 2000
# A cell beside such a region holding less than this is a margin note (a number, a name).
MARGIN_NOTE_CHARS = 300
# A table numbering its items in a column of their own ("1." | "Apologies ...") is laid out
# text when this many rows are numbered...
MIN_NUMBERED_ROWS = 2
# ...and the column beside the numbers reads as running text: a cell of several paragraphs,
# or cells this long on average (a numbered list of names is a table of data).
NUMBERED_TEXT_CHARS = 60
# What a number column holds: an item's number or letter as typed before its text ("1.", "2)",
# "3.1", "4", "a)", "(ii)", "iv.") or a minute's reference ("23/045").
_ITEM_NUMBER = lazy_compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})\)|(?:[A-Za-z]|[ivxIVX]{1,5})[.)]"
    r"|\d{1,4}/\d{1,4}(?:/\d{1,4})?)$")
# Row- and cell-level wrappers inside tables.
_TABLE_WRAPPERS = frozenset(w(t) for t in ("customXml", "ins", "moveTo"))


def table_rows(table: Element, cell_text: Callable[[Element, int], str]) -> list[list[str]]:
    """Cells row by row on the table grid: a merged cell's text appears once.

    ``cell_text`` reads one w:tc (and the number of its row) as a line of text. A horizontally merged cell
    (gridSpan) is followed by "" for the grid columns it covers, and a
    vertical-merge continuation reads "", so the columns still line up with
    the header row.
    """
    rows: list[list[str]] = []
    for row in table_parts(table, _W_TR):
        trpr = first_child(row, _W_TRPR)
        if trpr is not None and first_child(trpr, _W_DEL) is not None:
            continue  # a deleted row (tracked change)
        cells: list[str] = [""] * (parse_int(child_val(trpr, _W_GRID_BEFORE), 0) or 0)
        for cell in table_parts(row, _W_TC):
            tcpr = first_child(cell, _W_TCPR)
            span = max(1, parse_int(child_val(tcpr, _W_GRID_SPAN), 1) or 1)
            merge = first_child(tcpr, _W_VMERGE) if tcpr is not None else None
            text = cell_text(cell, len(rows))  # read even when not shown: it advances list counters
            continued = merge is not None and merge.get(W_VAL, "continue") == "continue"
            cells.append("" if continued else text)
            cells.extend([""] * (span - 1))
        cells.extend([""] * (parse_int(child_val(trpr, _W_GRID_AFTER), 0) or 0))
        rows.append(cells)
    return rows


def table_parts(parent: Element, tag: str) -> Iterator[Element]:
    """Rows of a table or cells of a row, including those wrapped in content controls."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from table_parts(content, tag)
        elif child.tag in _TABLE_WRAPPERS:
            yield from table_parts(child, tag)


def cell_line(blocks: list[Block]) -> str:
    """A cell's blocks as one line: list labels kept, nested tables' cells in order."""
    if len(blocks) == 1 and blocks[0].kind is not BlockKind.TABLE:  # most cells: one paragraph
        block = blocks[0]
        return f"{block.label} {block.text}" if block.label and block.text else block.text
    written = [block for block in blocks if block.text]
    if all(block.kind is not BlockKind.TABLE and not block.label for block in written) and \
            (names := names_one_a_line([block.text for block in written])):
        return names  # "Ann Lee" / "Bo Chan", one per paragraph: kept apart so they do not run together
    parts: list[str] = []
    for block in blocks:
        if block.kind is BlockKind.TABLE:
            parts.extend(c for row in block.rows for c in row if c)
        elif block.text:
            parts.append(f"{block.label} {block.text}" if block.label else block.text)
    return "\n".join(parts)


def holds_only_tables(cells: list[list[Block]]) -> bool:
    """Whether a table only frames other tables: every cell with content holds tables and nothing else."""
    filled = [[block for block in blocks if block.text or block.rows] for blocks in cells]
    filled = [blocks for blocks in filled if blocks]
    return bool(filled) and all(block.kind is BlockKind.TABLE for blocks in filled for block in blocks)


def is_page_region(blocks: list[Block]) -> bool:
    """Whether a cell's blocks are a stretch of the minutes rather than one value."""
    return sum(len(block.text) for block in blocks) > LAYOUT_CELL_CHARS


def is_margin_note(blocks: list[Block]) -> bool:
    """Whether a cell beside the minutes' text holds only a short note."""
    return sum(len(block.text) for block in blocks) < MARGIN_NOTE_CHARS


Cell = tuple[int, int, list[Block]]  # (row, position in the row, blocks)


def numbered_rows(cells: list[Cell]) -> list[tuple[str, list[Block]]] | None:
    """The rows of a table that lays out numbered items, each as (its number, its text's blocks);
    None for any other table.

    Such a table has two columns: the item numbers, and the items' text. Every number cell
    holds a number (a row without one goes on with the item above, a row merged across the
    table is text of its own), no cell stands beside the text, and the text column reads as
    running text (`NUMBERED_TEXT_CHARS`); a table with a header row ("No. | Item") is a table
    of data.
    """
    rows: dict[int, list[list[Block]]] = {}
    for row, _, blocks in cells:
        rows.setdefault(row, []).append(blocks)
    out: list[tuple[str, list[Block]]] = []
    for row_cells in rows.values():
        written = [[block for block in blocks if block.text or block.rows] for blocks in row_cells]
        if len(row_cells) == 1:  # a row merged across the table (a part's title) reads as it is
            out.append(("", written[0]))
            continue
        if any(written[2:]):
            return None
        # Word's own numbering shows a number in an empty paragraph: its label.
        number = " ".join(f"{block.label or ''} {block.text}".strip() for block in row_cells[0]
                          if block.text or block.label)
        if number and not _ITEM_NUMBER.match(number):
            return None
        out.append((number, written[1]))
    texts = [blocks for number, blocks in out if number and blocks]
    if len(texts) < MIN_NUMBERED_ROWS:
        return None
    running = any(len(blocks) > 1 for blocks in texts) or \
        sum(len(cell_line(blocks)) for blocks in texts) >= NUMBERED_TEXT_CHARS * len(texts)
    return out if running else None
