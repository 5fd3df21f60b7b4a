"""The office:text body of an OpenDocument walked in reading order into blocks.

- text:h is a heading at its outline level; a text:p whose style has an
  outline level (or is the Title style) is one too.
- text:list nests: each text:list-item's first paragraph is a list item at the
  list's depth, numbered from the list style (or the number ODF stored).
- table:table gives rows of cells; covered cells (under a span) read "", so
  columns stay aligned; repeated rows and cells are repeated up to a cap.
- sections, text boxes (after the paragraph that anchors them) and change
  tracking: deleted text lives in text:tracked-changes, which is skipped, so
  the body reads as if every change were accepted.
"""

from __future__ import annotations

from collections.abc import Callable

from notes_extract.document import Block, BlockKind, make_block, table_block
from notes_extract.loaders.docx.tables import cell_line
from notes_extract.loaders.docx.wordml import Element
from notes_extract.loaders.odf.inline import read_line
from notes_extract.loaders.odf.names import table, text
from notes_extract.loaders.odf.numbering import ListCounters
from notes_extract.loaders.odf.styles import Styles

# number-rows/columns-repeated can claim millions (spreadsheets pad to the sheet's end);
# a repeated row or cell is written out at most this many times.
MAX_REPEAT = 64
# Body elements that hold no reading text (declarations, a table of contents that repeats the headings).
_SKIPPED = frozenset({
    text("tracked-changes"), text("sequence-decls"), text("variable-decls"), text("user-field-decls"),
    text("table-of-content"), text("alphabetical-index"), text("illustration-index"), text("table-index"),
    text("bibliography"), text("object-index"), text("user-index"),
})  # fmt: skip
_CONTAINERS = frozenset({text("section"), text("index-body"), text("index-title"), text("deletion"),
                         table("table-header-rows"), table("table-rows"), table("table-row-group")})
# Names the walk compares every element with, built once.
_P, _H, _LIST, _TABLE = text("p"), text("h"), text("list"), table("table")
_PARAGRAPHS = frozenset({_P, _H})
_DELETIONS = frozenset({table("deletion"), text("deletion")})
_LIST_ITEM, _LIST_PARTS = text("list-item"), frozenset({text("list-item"), text("list-header")})
_ROW, _CELL, _CELLS = table("table-row"), table("table-cell"), frozenset({table("table-cell"),
                                                                         table("covered-table-cell")})
_STYLE_NAME, _OUTLINE_LEVEL = text("style-name"), text("outline-level")
_COLUMNS_REPEATED, _ROWS_REPEATED = table("number-columns-repeated"), table("number-rows-repeated")

Tick = Callable[[], None]


class BodyReader:
    """Reads the blocks of one document body; ``tick`` checks the time limit as it goes."""

    def __init__(self, styles: Styles, tick: Tick) -> None:
        self.styles = styles
        self.tick = tick
        self.counters = ListCounters(styles)
        self.blocks: list[Block] = []

    def read(self, parent: Element) -> list[Block]:
        for child in parent:
            self.element(child)
        return self.blocks

    def element(self, child: Element) -> None:
        tag = child.tag
        if tag in _SKIPPED or not isinstance(tag, str):
            return
        if tag in _PARAGRAPHS:
            self.paragraph(child)
        elif tag == _LIST:
            self.list(child, depth=0, list_style=None)
        elif tag == _TABLE:
            self.table(child)
        elif tag in _DELETIONS:
            return
        else:  # sections, index bodies and unknown wrappers: their paragraphs in order
            for grandchild in child:
                self.element(grandchild)

    def paragraph(self, element: Element, *, depth: int | None = None, label: str | None = None) -> None:
        """A text:p or text:h as a heading, paragraph or (when ``depth`` is set) list item."""
        self.tick()
        style_name = element.get(_STYLE_NAME)
        line = read_line(element, self.styles, bool(self.styles.bold_of(style_name)))
        heading = self._heading_level(element, style_name)
        lead, index = line.lead_bold(), len(self.blocks)  # (numbered as made: `numbered` keeps it, not remakes it)
        if depth is not None and heading is None:
            self.blocks.append(make_block(BlockKind.LIST_ITEM, line.text, level=depth, label=label, lead_bold=lead,
                                          index=index))
        elif heading is not None:
            self.blocks.append(make_block(BlockKind.HEADING, line.text, level=heading, label=label, lead_bold=lead,
                                          index=index))
        else:
            self.blocks.append(make_block(BlockKind.PARAGRAPH, line.text, lead_bold=lead, index=index))
        for box in line.boxes:  # text boxes anchored here read after the line
            for child in box:
                self.element(child)

    def _heading_level(self, element: Element, style_name: str | None) -> int | None:
        if element.tag == _H:
            raw = element.get(_OUTLINE_LEVEL, "")
            return int(raw) if raw.isdigit() and int(raw) > 0 else self.styles.heading_level(style_name) or 1
        return self.styles.heading_level(style_name)

    def list(self, element: Element, *, depth: int, list_style: str | None) -> None:
        """A text:list and the lists nested in its items, ``depth`` levels down (0 = top)."""
        list_style = element.get(_STYLE_NAME) or list_style
        self.counters.open(element, depth, list_style)
        for item in element:
            if item.tag not in _LIST_PARTS:
                continue
            counted = item.tag == _LIST_ITEM
            first = True
            for child in item:
                if child.tag in _PARAGRAPHS:
                    label = None
                    if first and counted:
                        label = self.counters.next_label(item, child, depth, list_style)
                    self.paragraph(child, depth=depth, label=label)
                    first = False
                elif child.tag == _LIST:
                    self.list(child, depth=depth + 1, list_style=list_style)
                else:
                    self.element(child)

    def table(self, element: Element) -> None:
        """A table:table as one table block (nested tables read into their cell's text)."""
        rows: list[list[str]] = []
        for row in _table_parts(element, _ROW):
            self.tick()
            cells: list[str] = []
            for cell in row:
                if cell.tag not in _CELLS:
                    continue
                value = self._cell_text(cell) if cell.tag == _CELL else ""
                cells.extend([value] * _repeat(cell.get(_COLUMNS_REPEATED), value))
            rows.extend([cells] * _repeat(row.get(_ROWS_REPEATED), "".join(cells)))
        width = max((_used_width(row) for row in rows), default=0)
        while rows and not any(rows[-1]):  # padding rows at the end (repeated to the sheet's end)
            rows.pop()
        self.blocks.append(table_block([row[:width] for row in rows], index=len(self.blocks)))

    def _cell_text(self, cell: Element) -> str:
        outer, self.blocks = self.blocks, []
        try:
            for child in cell:
                self.element(child)
            return cell_line(self.blocks)
        finally:
            self.blocks = outer


def _table_parts(parent: Element, tag: str) -> list[Element]:
    found: list[Element] = []
    for child in parent:
        if child.tag == tag:
            found.append(child)
        elif child.tag in _CONTAINERS:
            found.extend(_table_parts(child, tag))
    return found


def _repeat(raw: str | None, content: str) -> int:
    """How many times a repeated row or cell is written: empty padding once, content up to `MAX_REPEAT`."""
    count = int(raw) if raw and raw.isdigit() else 1
    return max(1, min(count, MAX_REPEAT if content.strip() else 1))


def _used_width(row: list[str]) -> int:
    width = len(row)
    while width and not row[width - 1]:
        width -= 1
    return width

