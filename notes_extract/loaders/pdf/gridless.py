"""Borderless tables: runs of rows cut into cells at the same tab stops.

A word processor's table drawn without rules (an action table "Action items |
Person responsible | Deadline", a meeting-facts grid) prints as rows whose
cells start at the same x on every row. A run of such rows, the first a bold
header cut into at least three cells and every row into two or more whose
starts all sit on the header's, is read as a table (a cell wrapped onto a
line closer than the table's rows belongs to its row); other tab-aligned rows
("Chair | Ann Smith", "40.00 | Clerk | Hall hire") stay lines.
"""

from __future__ import annotations

from notes_extract.loaders.pdf.markers import is_bullet_word
from notes_extract.loaders.pdf.model import Table, Word, all_bold, line_text, segments, tables_in_rows
from notes_extract.loaders.pdf.settings import SETTINGS


def borderless_tables(rows: list[list[Word]], page: int) -> tuple[list[list[Word]], list[Table]]:
    """The rows that are not part of a borderless table, and the tables the others make."""
    def table_at(i: int) -> tuple[int, Table] | None:
        groups = _run(rows, i)
        if len(groups) < SETTINGS.borderless_min_rows or _overrun(groups):
            return None
        return i + sum(len(g) for g in groups), _table(groups, page)
    return tables_in_rows(rows, table_at)


def _starts(row: list[Word]) -> list[float]:
    return [seg[0].x0 for seg in segments(row)]


def _column(x: float, columns: list[float]) -> int | None:
    """The column whose start ``x`` sits on, or None."""
    for n, start in enumerate(columns):
        if abs(x - start) <= SETTINGS.indent_tolerance:
            return n
    return None


def _overrun(groups: list[list[list[Word]]]) -> bool:
    """A header cell whose column no row fills, its start crossed by the rows' text: the header is
    centred over cells that do not start under it ("No. | Decision | Date" over "1 Version 4.0 will
    ..."), a table for `aligned_gutters` to cut."""
    columns = _starts(groups[0][0])
    body = [seg for group in groups[1:] for row in group for seg in segments(row)]
    for n, x in enumerate(columns[1:], start=1):
        empty = all(_column(seg[0].x0, columns) != n for seg in body)
        if empty and any(seg[0].x0 < x < seg[-1].x1 for seg in body):
            return True
    return False


def _gap(row: list[Word], prev: list[Word]) -> float:
    return min(w.top for w in row) - max(w.bottom for w in prev)


def _run(rows: list[list[Word]], start: int) -> list[list[list[Word]]]:
    """The table rows aligned on ``rows[start]``'s cells, each its page rows (a cell wrapped onto
    more lines); none when ``rows[start]`` opens no table."""
    columns = _starts(rows[start])
    if len(columns) < SETTINGS.borderless_min_columns or not all_bold(rows[start]):
        return []  # without a bold header row, tab-aligned rows ("40.00 | Clerk | Hall hire") stay lines
    groups = [[rows[start]]]
    spacing: float | None = None
    for row in rows[start + 1:]:
        gap = _gap(row, groups[-1][-1])
        size = max(w.size for w in row)
        if gap > SETTINGS.column_break_gap * size:
            break  # a gap as wide as a paragraph break ends the table
        starts = _starts(row)
        if any(_column(x, columns) is None for x in starts):
            break
        if len(starts) >= 2:
            groups.append([row])
            spacing = gap if spacing is None else spacing
        elif spacing is not None and len(groups) > 1 and gap + SETTINGS.grid_gap_slack < spacing:
            groups[-1].append(row)  # a cell wrapped onto a line closer than the table's rows
        else:
            break
    return groups


def _table(groups: list[list[list[Word]]], page: int) -> Table:
    columns = _starts(groups[0][0])
    cells: list[list[str]] = []
    for group in groups:
        texts: list[list[str]] = [[] for _ in columns]
        for row in group:
            for seg in segments(row):
                n = _column(seg[0].x0, columns)
                bulleted = len(seg) > 1 and is_bullet_word(seg[0].text, seg[0].font)
                words = seg[1:] if bulleted else seg  # without the cell's list bullet
                texts[n or 0].append(line_text(words))
        cells.append([" ".join(t) for t in texts])
    right = max(w.x1 for group in groups for row in group for w in row)
    return Table(
        page=page,
        top=min(w.top for w in groups[0][0]),
        bottom=max(w.bottom for w in groups[-1][-1]),
        rows=cells,
        columns=[*columns, right],
        header_bold=all_bold(groups[0][0]),
    )
