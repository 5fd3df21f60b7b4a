"""Ruled tables: pdfplumber's table finder on a page's rulings, and tables continued across pages.

The finder runs on a stand-in page built from PDFium's edges and characters
(or on a pdfplumber page, for pages PDFium cannot map); boxes drawn around
text are told from real tables and dropped. The words a table holds leave
the page's text. When the pages are put in reading order, a table that ends
a page and goes on at the top of the next is joined into one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import Any, NamedTuple, Protocol

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.cell_names import names_one_a_line
from notes_extract.loaders.pdf.cell_items import ITEM_BREAK, list_items
from notes_extract.loaders.pdf.cell_text import cell_text
from notes_extract.loaders.pdf.markers import is_bullet_word
from notes_extract.loaders.pdf.model import Line, Page, Table, Word, all_bold, clean_text
from notes_extract.loaders.pdf.pdfium_glyphs import BOTTOM, FONT, TEXT, TOP, X0, X1, Char
from notes_extract.loaders.pdf.pdfium_objects import Edge
from notes_extract.loaders.pdf.ruled_cells import ruled_tables
from notes_extract.loaders.pdf.settings import SETTINGS

# pdfplumber's edge_min_length_prefilter: shorter edges never reach its snapping.
_MIN_RULING_LENGTH = 1
# A table has at least two columns: three uprights (column boundaries) and two rules.
_MIN_TABLE_COLUMNS = 2
_MIN_UPRIGHTS, _MIN_RULES = _MIN_TABLE_COLUMNS + 1, 2
_X0, _TOP = itemgetter(X0), itemgetter(TOP)  # a `Char`'s fields, as sort keys
# A hyphen ending a cell's line after a letter: the word goes on on the next line.
_HYPHEN_LINE_BREAK = lazy_compile(r"(?<=[^\W\d_])[-\u2010]\n")


class TableSource(Protocol):
    """A page pdfplumber's table finder can run on: a pdfplumber page or a `TablePage`."""

    @property
    def height(self) -> float: ...

    def find_tables(self) -> list[Any]: ...


def could_hold_table(edges: list[Edge]) -> bool:
    """Whether the edges could make a table of two columns: three uprights and two rules.

    Snapping and joining only ever merge edges, so fewer than that can never
    become a table; the table finder is not worth running.
    """
    uprights = sum(1 for e in edges if e["orientation"] == "v" and e["height"] >= _MIN_RULING_LENGTH)
    rules = sum(1 for e in edges if e["orientation"] == "h" and e["width"] >= _MIN_RULING_LENGTH)
    return uprights >= _MIN_UPRIGHTS and rules >= _MIN_RULES


class TablePage:
    """What pdfplumber's table finder reads of a page, built from PDFium's data."""

    def __init__(self, edges: list[Edge], chars: list[Char], width: float, height: float) -> None:
        self.edges = edges
        self._chars = chars
        self.width = width
        self.height = height
        self.bbox = (0.0, 0.0, width, height)
        self.chars: list[dict[str, Any]] = []

    def find_tables(self) -> list[Any]:
        """pdfplumber's ``Page.find_tables()``.

        ``Table.extract()`` tests every character of its page against every
        row; each table's page here is the page's characters indexed once by
        their vertical middles, so that each row finds its own by bisection.
        """
        tables = ruled_tables(self)
        if tables:
            index = _CellChars(CharIndex(self._chars))
            for table in tables:
                table.page = index
        return tables


class _CellChars(NamedTuple):
    """What cell filling reads of a table's page: its characters, indexed."""

    index: CharIndex


class CharIndex:
    """A page's characters sorted once by their vertical middles, so that a box's are found by bisection."""

    def __init__(self, chars: list[Char]) -> None:
        middles = [(c[TOP] + c[BOTTOM]) / 2 for c in chars]
        self._chars = chars
        self._char_middles = middles
        self._order = sorted(range(len(chars)), key=middles.__getitem__)
        self._middles = [middles[i] for i in self._order]

    def centred_in(self, box: Sequence[float]) -> list[Char]:
        """The characters whose centre is in ``box`` (edges included), in page order."""
        left, top, right, bottom = box
        chars = self._chars
        band = self._order[bisect_left(self._middles, top) : bisect_right(self._middles, bottom)]
        return [chars[i] for i in sorted(band) if left <= (chars[i][X0] + chars[i][X1]) / 2 <= right]

    def in_row(self, box: Sequence[float]) -> list[tuple[float, float, Char]]:
        """The characters whose centre is in ``box`` (its right and bottom edges left out), in page
        order, each with its centre and middle: a table row's, as pdfplumber's ``Table.extract()``
        takes them."""
        left, top, right, bottom = box
        chars, middles = self._chars, self._char_middles
        band = sorted(self._order[bisect_left(self._middles, top) : bisect_left(self._middles, bottom)])
        in_band = [((chars[i][X0] + chars[i][X1]) / 2, middles[i], chars[i]) for i in band]
        return [item for item in in_band if left <= item[0] < right]


def _as_chars(chars: list[Char] | list[dict[str, Any]]) -> list[Char]:
    """A table's characters as `Char`s: those of a page read through pdfplumber are its dictionaries."""
    if chars and isinstance(chars[0], dict):
        return [(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"], c["fontname"], c["upright"])
                for c in chars]
    return chars  # type: ignore[return-value]


def find_tables(page: TableSource, words: list[Word], number: int) -> list[Table]:
    """The page's real tables, whichever library read the page; ``words`` tell a bold header."""
    tables: list[Table] = []
    for found in page.find_tables():
        x1 = found.bbox[2]
        columns = sorted({round(c[0], 1) for c in found.cells}) + [round(x1, 1)]
        if len(columns) < _MIN_TABLE_COLUMNS + 1:
            continue  # a box around text, not a table; extract() is costly
        rows = found.rows  # pdfplumber groups the cells into rows again at every reading
        extracted = _cell_texts(found, rows)
        for group in _grids(rows):
            table = _grid_table([rows[i] for i in group], [extracted[i] for i in group], x1, words, number,
                                float(page.height))
            if table is not None:
                tables.append(table)
    return tables


def _grids(rows: Sequence[Any]) -> list[list[int]]:
    """The runs of rows that share one grid. Two tables typed one under the other touch, and the
    finder reads them as one on the union of their columns; where the rows' column starts change
    so that neither run's set holds the other's (a row spanning columns only has fewer), a new table
    begins."""
    groups: list[list[int]] = []
    grid: frozenset[float] = frozenset()
    for i, row in enumerate(rows):
        lefts = frozenset(round(cell[0], 1) for cell in row.cells if cell is not None)
        if groups and not (lefts <= grid or grid <= lefts):
            groups.append([i])
            grid = lefts
        elif groups:
            groups[-1].append(i)
            grid = grid | lefts
        else:
            groups.append([i])
            grid = lefts
    return groups


def _grid_table(found_rows: list[Any], extracted: list[list[str | None]], right: float, words: list[Word],
                number: int, page_height: float) -> Table | None:
    """The table of one grid's rows: its columns those some row of it starts a cell at."""
    used = [k for k in range(max((len(r.cells) for r in found_rows), default=0))
            if any(k < len(r.cells) and r.cells[k] is not None for r in found_rows)]
    rows: list[list[str]] = []
    header_box = None
    for found_row, row in zip(found_rows, extracted, strict=False):
        cells = [_clean_cell(row[k]) if k < len(row) else "" for k in used]
        box = found_row.bbox
        if any(cells):
            rows.append(cells)
            header_box = header_box or box
        elif rows and box[3] - box[1] >= SETTINGS.min_empty_row_height:
            rows.append(cells)  # an empty row parts the table, as in the Word loader
    if not _is_real_table(rows):
        return None  # layout boxes drawn around text, not tables
    header_words = _words_in_box(words, header_box) if header_box else []
    lefts = sorted({round(cell[0], 1) for r in found_rows for cell in r.cells if cell is not None})
    return Table(
        page=number,
        top=max(found_rows[0].bbox[1], 0.0),
        bottom=min(found_rows[-1].bbox[3], page_height),
        rows=rows,
        columns=[*lefts, round(right, 1)],
        header_bold=bool(header_words) and all_bold(header_words),
        first_row_height=header_box[3] - header_box[1] if header_box else 0.0,
    )


def _cell_texts(table: Any, rows: list[Any]) -> list[list[str | None]]:
    """pdfplumber's ``Table.extract()`` of ``table``, whose ``rows`` are given, each row's characters found by
    bisection on their vertical middles.

    pdfplumber tests every character of the page against every row; here the
    page's characters are sorted once (once per page for a `TablePage`'s
    tables) and each row takes its slice, kept in page order, which is what
    decides the cell's text. A row lies inside its table, so the slice of the
    page holds the same characters as the slice of the table's.
    """
    page = table.page
    index = page.index if isinstance(page, _CellChars) else CharIndex(_as_chars(page.chars))
    texts: list[list[str | None]] = []
    for row in rows:
        row_chars = index.in_row(row.bbox)
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            left, top, right, bottom = cell
            cell_chars = [c for centre, middle, c in row_chars if left <= centre < right and top <= middle < bottom]
            cells.append(_cell_text(cell_chars, cell) if cell_chars else "")
        texts.append(cells)
    return texts


def _cell_text(chars: list[Char], box: Sequence[float]) -> str:
    """A cell's text as pdfplumber extracts it, without the bullets its lines open with
    (a cell's list reads as its items' text, as in the Word loader) and with
    its words broken across lines made whole."""
    text = cell_text(chars)
    lines = text.split("\n")
    rows = _char_rows(chars)
    if len(rows) != len(lines):
        return text
    printed = [(line, row[0][FONT]) for line, row in zip(lines, rows, strict=True)]
    if any(line.strip() and is_bullet_word(line.strip(), font) for line, font in printed):
        # a bullet printed on a line of its own, above its text: the cell is a list, read item by item
        return ITEM_BREAK.join(list_items(printed) or lines)
    lines = [_without_bullet(line, row[0][FONT]) for line, row in zip(lines, rows, strict=True)]
    if _broken_by_hand(rows, box) and (names := names_one_a_line(lines)):
        return names  # "Ann Lee (Chair)" over "Bob Hart": names one a line, kept apart
    return _rejoin_broken_words(lines, rows, box)


def _broken_by_hand(rows: list[list[Char]], box: Sequence[float]) -> bool:
    """Every line of the cell ends where its writer broke it: the next line's first word would have fitted."""
    right = box[2] - max(min(row[0][X0] for row in rows) - box[0], 0.0)  # each row is sorted by x0
    for above, row in zip(rows, rows[1:], strict=False):
        first_word = next((i for i, c in enumerate(row) if c[TEXT].isspace()), len(row))
        width = row[max(first_word - 1, 0)][X1] - row[0][X0]
        space = row[0][X1] - row[0][X0]  # about a letter's width stands for the space
        if above[-1][X1] + space + width > right:
            return False
    return True


def _without_bullet(line: str, font: str) -> str:
    """``line`` without the bullet word it opens with, if any."""
    head, _, rest = line.partition(" ")
    return rest.lstrip() if rest and is_bullet_word(head, font) else line


def _rejoin_broken_words(lines: list[str], rows: list[list[Char]], box: Sequence[float]) -> str:
    """The cell's lines with a word broken across two of a narrow cell made whole: "Attende" + "es".

    A line that is a single word filling the cell, followed by a line going
    on in lower case whose first letter would not have fitted after it, was
    broken inside the word, as a word wider than its cell is.
    """
    if len(lines) == 1:
        return lines[0]
    # text sits as far in from both sides; each row is sorted by x0
    padding = max(min(row[0][X0] for row in rows) - box[0], 0.0)
    right = box[2] - padding
    out = lines[0]
    for prev, line, row, above in zip(lines, lines[1:], rows[1:], rows, strict=False):
        first = row[0]
        broken = (
            len(prev.split()) == 1
            and prev[-1:].isalnum()
            and line[:1].islower()
            and above[-1][X1] + (first[X1] - first[X0]) > right
        )
        out += line if broken else "\n" + line
    return out


def _char_rows(chars: list[Char]) -> list[list[Char]]:
    """Characters gathered into lines by their tops, top to bottom, each left to right."""
    by_top = sorted(chars, key=_TOP)
    if by_top[-1][TOP] - by_top[0][TOP] <= SETTINGS.y_tolerance:
        return [sorted(by_top, key=_X0)]  # one line, as most cells are
    rows: list[list[Char]] = []
    for char in by_top:
        if rows and char[TOP] - rows[-1][0][TOP] <= SETTINGS.y_tolerance:
            rows[-1].append(char)
        else:
            rows.append([char])
    return [sorted(row, key=_X0) for row in rows]


def words_outside(words: list[Word], tables: list[Table]) -> list[Word]:
    """The words no table holds: the page's running text."""
    if not tables:
        return words
    slack = SETTINGS.table_box_slack
    boxes = [(t.columns[0] - slack, t.top - slack, t.columns[-1] + slack, t.bottom + slack) for t in tables]
    return [w for w in words if not _centred_in_any(w, boxes)]


def _centred_in_any(word: Word, boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether ``word``'s centre is in one of ``boxes`` (left, top, right, bottom; edges included)."""
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return any(left <= cx <= right and top <= cy <= bottom for left, top, right, bottom in boxes)


def _clean_cell(cell: str | None) -> str:
    """Cell text on one line, or a list's items one a line; a word hyphenated across lines is rejoined."""
    return "\n".join(line for line in map(_clean_line, (cell or "").split(ITEM_BREAK)) if line)


def _clean_line(cell: str) -> str:
    text = clean_text(cell)
    text = _HYPHEN_LINE_BREAK.sub("-", text)
    return " ".join(text.split())


def _is_real_table(rows: list[list[str]]) -> bool:
    """At least two columns and one row with two filled cells."""
    return any(len(r) >= _MIN_TABLE_COLUMNS for r in rows) and any(
        sum(1 for c in r if c) >= _MIN_TABLE_COLUMNS for r in rows
    )


def _words_in_box(words: list[Word], box: Sequence[float]) -> list[Word]:
    """The words centred in ``box`` or within the table slack of it."""
    slack = SETTINGS.table_box_slack
    left, top, right, bottom = box[0] - slack, box[1] - slack, box[2] + slack, box[3] + slack
    return [w for w in words if left <= (w.x0 + w.x1) / 2 <= right and top <= (w.top + w.bottom) / 2 <= bottom]


def merge_continued_tables(pages: list[Page]) -> list[Line | Table]:
    """All pages' lines and tables in reading order, continued tables joined.

    A table that ends a page continues on the next when it reaches down to
    the document's text floor (the next page's first row would not have fitted
    below it) and the next page starts with a table of the same outer edges
    whose first row repeats the header (dropped) or is not a header at all.
    """
    flow: list[Line | Table] = []
    carry: Table | None = None
    floor = _text_floor(pages)
    for page in pages:
        items = _page_items(page)
        if carry is not None and items and isinstance(items[0], Table):
            head = items[0]
            if carry.bottom >= SETTINGS.continued_table_min_depth * page.height and \
                    _continues_table(carry, head, page.width, floor):
                _append_rows(carry, head)
                items = items[1:]
                if not items:
                    continue  # a page holding only the table's middle part
        flow.extend(items)
        carry = items[-1] if items and isinstance(items[-1], Table) else None
    for item in flow:
        if isinstance(item, Table):
            while not any(item.rows[-1]):
                item.rows.pop()  # kept until now in case the table went on
    return flow


def _text_floor(pages: list[Page]) -> float:
    """The lowest text or table bottom on any page: where the body's pages end."""
    bottoms = [line.bottom for page in pages for line in page.lines]
    bottoms += [table.bottom for page in pages for table in page.tables]
    return max(bottoms, default=0.0)


def _append_rows(carry: Table, head: Table) -> None:
    """``head``'s rows after ``carry``'s, both on the grid of all their column boundaries.

    A page shows only the boundaries of its own rows' cells (a merged cell
    hides one), so the two parts may differ inside the same outer edges.
    """
    rows = head.rows
    if _norm_row(rows[0]) == _norm_row(carry.rows[0]):
        rows = rows[1:]
    if carry.columns != head.columns:
        grid = sorted(set(carry.columns) | set(head.columns))
        carry.rows = [_on_grid(row, carry.columns, grid) for row in carry.rows]
        rows = [_on_grid(row, head.columns, grid) for row in rows]
        carry.columns = grid
    if rows and carry.rows[1:] and _is_leftover(rows[0], carry.rows[-1]):
        # The rest of a row the page break cut: its cells join the row's.
        carry.rows[-1] = [_join_cut_cell(a, b) for a, b in zip(carry.rows[-1], rows[0], strict=True)]
        rows = rows[1:]
    carry.rows.extend(rows)
    carry.bottom = head.bottom  # where the table now ends, for a page after this one


def _join_cut_cell(above: str, below: str) -> str:
    """A cell the page break cut, made whole: a list's next item (capitalised, under items one a
    line) on a line of its own, the rest of a wrapped line after a space."""
    if not above or not below:
        return above or below
    return f"{above}\n{below}" if "\n" in above and below[:1].isupper() else f"{above} {below}"


def _is_leftover(row: list[str], last: list[str]) -> bool:
    """A row with no first cell under a last row that has one: the rest of that row."""
    return len(row) == len(last) and not row[0].strip() and bool(last[0].strip()) and any(c.strip() for c in row)


def _on_grid(row: list[str], columns: list[float], grid: list[float]) -> list[str]:
    """A row's cells placed on a finer ``grid``: each at its left boundary, the columns it spans left empty."""
    out = [""] * (len(grid) - 1)
    for x, cell in zip(columns, row, strict=False):
        out[grid.index(x)] = cell
    return out


def _page_items(page: Page) -> list[Line | Table]:
    """Lines in layout order with each table placed by its top."""
    items: list[Line | Table] = []
    tables = sorted(page.tables, key=lambda t: t.top)
    for line in page.lines:
        while tables and tables[0].top <= line.top:
            items.append(tables.pop(0))
        items.append(line)
    items.extend(tables)
    return items


def _continues_table(prev: Table, head: Table, width: float, floor: float) -> bool:
    if floor - prev.bottom > head.first_row_height + SETTINGS.continued_table_slack:
        return False  # room was left for the next row: the table ended on its page
    tolerance = SETTINGS.continued_table_tolerance * width
    edges = ((prev.columns[0], head.columns[0]), (prev.columns[-1], head.columns[-1]))
    if _repeats_header_on_grid(prev, head, tolerance):
        # A table without rulings ends where its longest line does: a ragged right edge.
        prev.columns[-1] = head.columns[-1] = max(prev.columns[-1], head.columns[-1])
    elif any(abs(a - b) > tolerance for a, b in edges):
        return False
    _snap_columns(head, prev.columns, tolerance)
    if head.columns != prev.columns and any(len(r) != len(t.columns) - 1 for t in (prev, head) for r in t.rows):
        return False  # cells not on their page's grid cannot be placed on the joint one
    if _norm_row(head.rows[0]) == _norm_row(prev.rows[0]):
        return True
    # A different first row in the header's style is a new table's header.
    return not (prev.header_bold and head.header_bold)


def _repeats_header_on_grid(prev: Table, head: Table, tolerance: float) -> bool:
    """``head`` repeats ``prev``'s header over the same column starts (its right edge aside)."""
    if len(prev.columns) != len(head.columns) or _norm_row(head.rows[0]) != _norm_row(prev.rows[0]):
        return False
    return all(abs(a - b) <= tolerance for a, b in zip(prev.columns[:-1], head.columns[:-1], strict=True))


def _snap_columns(head: Table, columns: list[float], tolerance: float) -> None:
    """``head``'s column boundaries moved onto ``columns``' where they lie within ``tolerance``."""
    head.columns = [min(columns, key=lambda c: abs(c - x)) if min(abs(c - x) for c in columns) <= tolerance else x
                    for x in head.columns]


def _norm_row(row: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(c.split()).casefold() for c in row)
