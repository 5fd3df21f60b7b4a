"""Borderless tables with no header row: rows spaced evenly, cells on the first row's columns.

A web page's layout table printed without borders (an attendance block
"Present | Parish Councillors | Bride", then one name a row under the last
column) has no bold header to mark it, and its rows stand further apart than
its lines. What marks it is structure: a first row cut by tab gaps into at
least three cells (one may wrap, the others centred beside it half a line
down), then rows at one even spacing, wider than a line's, whose cells all
start on the first row's columns, none crossing one; a cell wrapped onto
more lines (at the line spacing) belongs to its row. Rows cut into two cells
("Chair | Ann Smith") stay label lines.
"""

from __future__ import annotations

from notes_extract.loaders.pdf.model import Table, Word, line_text, segments, tables_in_rows
from notes_extract.loaders.pdf.settings import SETTINGS

# A table row: the page rows it spans (a wrapped or staggered cell's lines) and their words.
_Group = tuple[int, list[Word]]


def headerless_tables(rows: list[list[Word]], page: int) -> tuple[list[list[Word]], list[Table]]:
    """The rows that are not part of a header-less table, and the tables the others make."""
    def table_at(i: int) -> tuple[int, Table] | None:
        if (found := _table_at(rows, i)) is None:
            return None
        end, columns, groups = found
        return end, _table(groups, columns, page)
    return tables_in_rows(rows, table_at)


def _gap(row: list[Word], prev: list[Word]) -> float:
    return min(w.top for w in row) - max(w.bottom for w in prev)


def _size(row: list[Word]) -> float:
    return max(w.size for w in row)


def _first_group(rows: list[list[Word]], start: int) -> _Group:
    """``rows[start]`` with the lines set less than a line apart from it (a cell wrapped, the
    others centred beside it)."""
    end = start + 1
    while end < len(rows) and _gap(rows[end], rows[end - 1]) < 0:
        end += 1
    return end, [w for row in rows[start:end] for w in row]


def _columns(words: list[Word], rows: list[list[Word]]) -> list[float]:
    """The distinct starts of the cells cut by tab gaps in ``rows``."""
    starts: list[float] = []
    for row in rows:
        for seg in segments(row):
            if all(abs(seg[0].x0 - x) > SETTINGS.indent_tolerance for x in starts):
                starts.append(seg[0].x0)
    return sorted(starts)


def _fits(row: list[Word], columns: list[float]) -> bool:
    """Every cell of ``row`` starts on a column and no word crosses one."""
    tol = SETTINGS.indent_tolerance
    on = all(any(abs(seg[0].x0 - x) <= tol for x in columns) for seg in segments(row))
    return on and not any(w.x0 < x - tol and w.x1 > x + tol for w in row for x in columns)


def _table_at(rows: list[list[Word]], start: int) -> tuple[int, list[float], list[list[Word]]] | None:
    """The end, columns and rows of the header-less table starting at ``rows[start]``, or None."""
    end, first = _first_group(rows, start)
    columns = _columns(first, rows[start:end])
    if len(columns) < SETTINGS.borderless_min_columns or max(len(segments(r)) for r in rows[start:end]) < 2:
        return None
    if not all(_fits(r, columns) for r in rows[start:end]):
        return None
    groups: list[_Group] = [(end, first)]
    spacing: float | None = None
    while end < len(rows):
        row, size = rows[end], _size(rows[end])
        if not _fits(row, columns) or abs(size - _size(first)) > SETTINGS.aligned_size_slack:
            break
        gap = _gap(row, rows[end - 1])
        if gap <= SETTINGS.grid_wrap_gap * size and len(groups) > 1 and not _opens_row(row, groups[-1][1]):
            groups[-1] = (end + 1, groups[-1][1] + row)  # a cell wrapped onto another line
        elif gap > SETTINGS.grid_wrap_gap * size and (spacing is None or abs(gap - spacing) <= SETTINGS.grid_gap_slack):
            spacing = gap if spacing is None else spacing
            groups.append((end + 1, list(row)))
        else:
            break
        end += 1
    if len(groups) < SETTINGS.headerless_min_rows:
        return None
    return groups[-1][0], columns, [words for _, words in groups]


def _opens_row(row: list[Word], above: list[Word]) -> bool:
    """``row`` is cut into cells, one under the leftmost of the row above: a row of its own set
    at the line spacing, not a wrapped cell's next line."""
    left = min(w.x0 for w in above)
    return len(segments(row)) > 1 and abs(row[0].x0 - left) <= SETTINGS.indent_tolerance


def _column(word: Word, columns: list[float]) -> int:
    """The column a word starts in."""
    tol = SETTINGS.indent_tolerance
    return max((n for n, x in enumerate(columns) if word.x0 >= x - tol), default=0)


def _table(groups: list[list[Word]], columns: list[float], page: int) -> Table:
    cells: list[list[str]] = []
    for words in groups:
        ordered = sorted(words, key=lambda w: (w.top, w.x0))  # a wrapped cell's lines top to bottom
        cells.append([line_text([w for w in ordered if _column(w, columns) == n]) for n in range(len(columns))])
    return Table(
        page=page,
        top=min(w.top for w in groups[0]),
        bottom=max(w.bottom for w in groups[-1]),
        rows=cells,
        columns=[*columns, max(w.x1 for words in groups for w in words)],
        header_bold=False,
    )
