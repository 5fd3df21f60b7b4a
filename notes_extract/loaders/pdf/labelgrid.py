"""Label/value grids: a template's block of bold labels with plain values beside them.

A minutes template's meeting-facts block ("Meeting called by: | Rudolph
Paulin | Type of meeting: | Status Update") is a borderless table whose
label cells are bold and whose value cells are plain, each cell at its tab
stop. In a PDF it prints as rows cut at tab gaps into bold and plain cells
that alternate, starting bold, the cells on the same x from row to row. A
run of such rows is read as a table, as is a single row holding two or more
label/value pairs ("Agenda item: Assign roles    Presenter: Ann Smith").
Plain "Chair | Ann Smith" rows, and bold run-in labels with no tab gap
("Present: Ann, Bob" on each line), stay lines: nothing in their layout
proves a grid.
"""

from __future__ import annotations

from notes_extract.loaders.pdf.model import Table, Word, has_alnum, line_text, segments, tables_in_rows
from notes_extract.loaders.pdf.settings import SETTINGS

# A row's cells, each its words and whether they are a (bold) label.
Cells = list[tuple[list[Word], bool]]


def label_value_tables(rows: list[list[Word]], page: int) -> tuple[list[list[Word]], list[Table]]:
    """The rows that are not part of a label/value grid, and the tables the others make."""
    def table_at(i: int) -> tuple[int, Table] | None:
        if (grid := _grid(rows, i)) is None:
            return None
        end, cells = grid
        return end, _table(rows[i:end], cells, page)
    return tables_in_rows(rows, table_at)


def _is_bold(words: list[Word]) -> bool | None:
    """True for bold words, False for plain ones, None for a mix (punctuation counts as either)."""
    texty = [w for w in words if has_alnum(w.text)]
    if not texty:
        return None
    bold = {w.bold for w in texty}
    return bold.pop() if len(bold) == 1 else None


def _cells(row: list[Word]) -> Cells | None:
    """The row's cells: its tab-cut segments, a bold run-in label split from the plain value after it."""
    cells: Cells = []
    for seg in segments(row):
        bold = _is_bold(seg)
        if bold is not None:
            cells.append((seg, bold))
            continue
        cut = next((n for n, w in enumerate(seg) if has_alnum(w.text) and not w.bold), 0)
        label, value = seg[:cut], seg[cut:]
        if not label or _is_bold(label) is not True or _is_bold(value) is not False:
            return None  # bold inside plain text: emphasis, not a label
        cells += [(label, True), (value, False)]
    return cells


def _alternates(cells: Cells) -> bool:
    """Bold label, plain value, bold label...: the last label may have no value.

    A label has letters: a bold number before plain text is an item's number.
    """
    return all(bold == (n % 2 == 0) and (not bold or any(c.isalpha() for w in words for c in w.text))
               for n, (words, bold) in enumerate(cells))


def _on_columns(cells: Cells, columns: list[float]) -> bool:
    return all(any(abs(words[0].x0 - x) <= SETTINGS.indent_tolerance for x in columns) for words, _ in cells)


def _gap(row: list[Word], prev: list[Word]) -> float:
    return min(w.top for w in row) - max(w.bottom for w in prev)


def _grid(rows: list[list[Word]], start: int) -> tuple[int, list[Cells]] | None:
    """The end of the label/value grid starting at ``rows[start]`` and its rows' cells, or None."""
    if len(segments(rows[start])) < 2:
        return None  # one cell: most rows, told before the cells are read
    first = _cells(rows[start])
    if first is None or len(first) < 2 or not _alternates(first):
        return None
    columns = [words[0].x0 for words, _ in first]
    grid: list[Cells] = [first]
    end, row_gap = start + 1, None
    while end < len(rows):
        row, cells = rows[end], _cells(rows[end])
        size = max(w.size for w in row)
        gap = _gap(row, rows[end - 1])
        if cells is None or not _on_columns(cells, columns) or gap > SETTINGS.column_break_gap * size:
            break
        if gap <= SETTINGS.grid_wrap_gap * size:
            grid[-1] = _wrapped(grid[-1], cells)  # a label or value wrapped onto a second line
        elif (_alternates(cells) and abs(cells[0][0][0].x0 - columns[0]) <= SETTINGS.indent_tolerance
              and (len(cells) > 1 or (row_gap is not None and gap <= row_gap + SETTINGS.grid_gap_slack))):
            grid.append(cells)  # a label alone ("Please bring:") only at the grid's own row spacing
            row_gap = gap if row_gap is None else row_gap
        else:
            break
        end += 1
    pairs = sum(1 for _, bold in first if bold)
    if len(grid) < SETTINGS.borderless_min_rows and pairs < SETTINGS.grid_min_pairs:
        return None
    return end, grid


def _wrapped(cells: Cells, more: Cells) -> Cells:
    """``cells`` with each of ``more`` appended to the cell on its column."""
    out = [(list(words), bold) for words, bold in cells]
    for words, _ in more:
        n = min(range(len(out)), key=lambda k: abs(out[k][0][0].x0 - words[0].x0))
        out[n] = (out[n][0] + words, out[n][1])
    return out


def _table(rows: list[list[Word]], grid: list[Cells], page: int) -> Table:
    starts = sorted({round(words[0].x0, 1) for cells in grid for words, _ in cells})
    columns: list[float] = []
    for x in starts:  # one column per tab stop, near-equal starts merged
        if not columns or x - columns[-1] > SETTINGS.indent_tolerance:
            columns.append(x)
    table_rows: list[list[str]] = []
    for cells in grid:
        texts = [""] * len(columns)
        for words, _ in cells:
            n = min(range(len(columns)), key=lambda k: abs(columns[k] - words[0].x0))
            texts[n] = line_text(words)
        table_rows.append(texts)
    return Table(
        page=page,
        top=min(w.top for w in rows[0]),
        bottom=max(w.bottom for w in rows[-1]),
        rows=table_rows,
        columns=[*columns, max(w.x1 for row in rows for w in row)],
        header_bold=False,
    )
