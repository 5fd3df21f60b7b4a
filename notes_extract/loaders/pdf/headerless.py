"""Borderless tables with no header row: rows spaced evenly, cells on the first row's columns.

A web page's layout table printed without borders (an attendance block
"Present | Parish Councillors | Bride", then one name a row under the last
column), or a Word table without borders ("Present | Role", then a name and
a role a row), has no bold header to mark it. What marks it is structure: a
first row cut by tab gaps into cells (one may wrap, the others centred beside
it half a line down), then rows at one even spacing whose cells all start on
the first row's columns, none crossing one, each cell after a gap wider than
a word space; a cell wrapped onto more lines belongs to its row, and rows set
at the line spacing are told from wrapped lines by being cut into cells under
the first column. Three or more columns need four rows, or three all cut into
cells; two columns need three rows with both cells filled, the second cells
on one x and on the first cells' baselines, and are no table when every row
opens with an item number or bullet (a hanging indent) or a label closed by a
colon ("Chair:  Ann Smith" label lines). Rows under the table filling only its
first column are the text after it (a short paragraph, a list).
"""

from __future__ import annotations

from itertools import pairwise

from notes_extract.loaders.pdf.markers import is_marker_word
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


def _fits(row: list[Word], columns: list[float], *, found: bool = False) -> bool:
    """Every cell of ``row`` starts on a column, after a gap wider than a word space, and no
    word crosses one. Under rows that ``found`` the columns, a cell may follow a long one after a
    word space when it starts exactly on its column ("Ann Maria Lopez-Hart" filling its cell, "Yes")."""
    tol = SETTINGS.indent_tolerance
    cut = segments(row)
    on = all(any(abs(seg[0].x0 - x) <= tol for x in columns) for seg in cut)
    if not on or any(w.x0 < x - tol and w.x1 > x + tol for w in row for x in columns):
        return False
    # A line of running text, cut nowhere by a tab gap, may have a column between two words
    # by chance ("... Wednesday 3 July" under a "Who" column); a table row's next cell has
    # the cells' padding before it (a web table's may be narrow, but its row is cut elsewhere).
    return len(cut) > 1 or not any(_column(w, columns) > _column(prev, columns)
                                   and w.x0 - prev.x1 <= SETTINGS.cell_min_gap * w.size
                                   and not (found and _starts_on_column(w, columns))
                                   for prev, w in pairwise(row))


def _starts_on_column(word: Word, columns: list[float]) -> bool:
    """The word starts on a column's x, as exactly as a table's cells line up."""
    return any(abs(word.x0 - x) <= SETTINGS.aligned_start_tolerance for x in columns[1:])


def _table_at(rows: list[list[Word]], start: int) -> tuple[int, list[float], list[list[Word]]] | None:
    """The end, columns and rows of the header-less table starting at ``rows[start]``, or None."""
    end, first = _first_group(rows, start)
    columns = _columns(first, rows[start:end])
    if len(columns) < 2 or max(len(segments(r)) for r in rows[start:end]) < 2:
        return None
    if not all(_fits(r, columns) for r in rows[start:end]):
        return None
    groups, uneven = _rows_after(rows, (end, first), columns)
    groups = _without_trailing_text(groups, columns)
    if uneven and len(groups) < SETTINGS.headerless_min_rows:
        return None  # a few rows, then more at another spacing: lines laid out at tab stops
    if not _enough_rows([words for _, words in groups], columns):
        return None
    return groups[-1][0], columns, [words for _, words in groups]


def _rows_after(rows: list[list[Word]], first: _Group, columns: list[float]) -> tuple[list[_Group], bool]:
    """The table's rows from ``first`` on, and whether they stop at a row cut into cells on its
    columns that stands apart at another spacing (uneven rows)."""
    end = first[0]
    groups: list[_Group] = [first]
    spacing: float | None = None
    while end < len(rows):
        row, size = rows[end], _size(rows[end])
        found = len(groups) >= SETTINGS.headerless_min_full_rows
        if not _fits(row, columns, found=found) or abs(size - _size(first[1])) > SETTINGS.aligned_size_slack:
            return groups, False
        gap = _gap(row, rows[end - 1])
        wrap = gap <= SETTINGS.grid_wrap_gap * size
        opens = _opens_row(row, groups[-1][1])
        if (spacing is None or abs(gap - spacing) <= SETTINGS.grid_gap_slack) and (not wrap or opens):
            # A row of its own: further apart than a wrapped line, or cut into cells under the
            # leftmost at the table's spacing (rows set at the line spacing).
            spacing = gap if spacing is None else spacing
            groups.append((end + 1, list(row)))
        elif wrap and len(groups) > 1 and not opens:
            groups[-1] = (end + 1, groups[-1][1] + row)  # a cell wrapped onto another line
        else:
            return groups, opens
        end += 1
    return groups, False


def _filled(words: list[Word], columns: list[float]) -> int:
    return len({_column(w, columns) for w in words})


def _without_trailing_text(groups: list[_Group], columns: list[float]) -> list[_Group]:
    """``groups`` without the last rows that fill only the first column: text under the table
    (a short paragraph, a list) set at its row spacing shows nothing of its columns."""
    while len(groups) > 1 and all(_column(w, columns) == 0 for w in groups[-1][1]):
        groups = groups[:-1]
    return groups


def _enough_rows(groups: list[list[Word]], columns: list[float]) -> bool:
    """Enough rows to prove a table: fewer when every row is cut into cells, and for two columns
    (label lines and hanging indents look alike) rows whose second cells start on one x."""
    full = sum(1 for words in groups if _filled(words, columns) > 1)
    if len(columns) >= SETTINGS.borderless_min_columns:
        return len(groups) >= SETTINGS.headerless_min_rows or (
            full == len(groups) and full >= SETTINGS.headerless_min_full_rows)
    if full < SETTINGS.two_column_min_rows or _runs_as_prose(groups, columns):
        return False
    firsts = [[w for w in words if _column(w, columns) == 0] for words in groups]
    seconds = [[w for w in words if _column(w, columns) == 1] for words in groups]
    tol = SETTINGS.aligned_start_tolerance
    if any(cell and abs(min(w.x0 for w in cell) - columns[1]) > tol for cell in seconds):
        return False
    if any(a and b and abs(_first_baseline(a) - _first_baseline(b)) > SETTINGS.baseline_tolerance
           for a, b in zip(firsts, seconds, strict=True)):
        return False  # a row's cells share their first baseline; two text boxes side by side need not
    leads = [min(cell, key=lambda w: w.x0) for cell in firsts if cell]
    if all(is_marker_word(w.text, w.font) for w in leads):
        return False  # an item number or bullet opening every row (a hanging indent, a tab in each item): a list
    # Labels closed by a colon, each value tabbed to one stop ("Actual income to 30/09/04:  £5579"): label lines.
    return not all(line_text(a).endswith(":") for a, b in zip(firsts, seconds, strict=True) if a and b)


def _first_baseline(cell: list[Word]) -> float:
    return min(cell, key=lambda w: w.top).bottom


def _runs_as_prose(groups: list[list[Word]], columns: list[float]) -> bool:
    """Both columns hold as many words a line as prose does: two columns of running text."""
    for n in range(len(columns)):
        lines: dict[float, int] = {}
        for words in groups:
            for w in words:
                if _column(w, columns) == n:
                    lines[round(w.top)] = lines.get(round(w.top), 0) + 1
        if not lines or sum(lines.values()) / len(lines) < SETTINGS.prose_min_words_per_row:
            return False
    return True


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
        # The words come row by row, top to bottom: a wrapped cell's lines in order, superscripts in place.
        cells.append([line_text([w for w in words if _column(w, columns) == n]) for n in range(len(columns))])
    return Table(
        page=page,
        top=min(w.top for w in groups[0]),
        bottom=max(w.bottom for w in groups[-1]),
        rows=cells,
        columns=[*columns, max(w.x1 for words in groups for w in words)],
        header_bold=False,
    )
