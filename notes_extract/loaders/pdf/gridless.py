"""Borderless tables: runs of rows cut into cells at the same tab stops.

A word processor's table drawn without rules (an action table "Action items |
Person responsible | Deadline", a meeting-facts grid) prints as rows whose
cells start at the same x on every row. A run of such rows, the first a bold
header cut into at least three cells and every row into two or more whose
starts all sit on the header's, is read as a table; other tab-aligned rows
("Chair | Ann Smith", "40.00 | Clerk | Hall hire") stay lines.
"""

from __future__ import annotations

from notes_extract.loaders.pdf.markers import is_bullet_word
from notes_extract.loaders.pdf.model import Table, Word, all_bold, line_text, segments, tables_in_rows
from notes_extract.loaders.pdf.settings import SETTINGS


def borderless_tables(rows: list[list[Word]], page: int) -> tuple[list[list[Word]], list[Table]]:
    """The rows that are not part of a borderless table, and the tables the others make."""
    def table_at(i: int) -> tuple[int, Table] | None:
        end = _run_end(rows, i)
        return (end, _table(rows[i:end], page)) if end - i >= SETTINGS.borderless_min_rows else None
    return tables_in_rows(rows, table_at)


def _starts(row: list[Word]) -> list[float]:
    return [seg[0].x0 for seg in segments(row)]


def _column(x: float, columns: list[float]) -> int | None:
    """The column whose start ``x`` sits on, or None."""
    for n, start in enumerate(columns):
        if abs(x - start) <= SETTINGS.indent_tolerance:
            return n
    return None


def _run_end(rows: list[list[Word]], start: int) -> int:
    """The row after the run of table rows aligned on ``rows[start]``'s cells (``start`` if none)."""
    columns = _starts(rows[start])
    if len(columns) < SETTINGS.borderless_min_columns or not all_bold(rows[start]):
        return start  # without a bold header row, tab-aligned rows ("40.00 | Clerk | Hall hire") stay lines
    end = start + 1
    while end < len(rows):
        row, prev = rows[end], rows[end - 1]
        size = max(w.size for w in row)
        if min(w.top for w in row) - max(w.bottom for w in prev) > SETTINGS.column_break_gap * size:
            break  # a gap as wide as a paragraph break ends the table
        starts = _starts(row)
        if len(starts) < 2 or any(_column(x, columns) is None for x in starts):
            break
        end += 1
    return end


def _table(rows: list[list[Word]], page: int) -> Table:
    columns = _starts(rows[0])
    cells: list[list[str]] = []
    for row in rows:
        texts = [""] * len(columns)
        for seg in segments(row):
            n = _column(seg[0].x0, columns)
            bulleted = len(seg) > 1 and is_bullet_word(seg[0].text, seg[0].font)
            words = seg[1:] if bulleted else seg  # without the cell's list bullet
            texts[n or 0] = line_text(words)
        cells.append(texts)
    right = max(w.x1 for row in rows for w in row)
    return Table(
        page=page,
        top=min(w.top for w in rows[0]),
        bottom=max(w.bottom for w in rows[-1]),
        rows=cells,
        columns=[*columns, right],
        header_bold=all_bold(rows[0]),
    )
