"""Columns of a borderless table found by the gutters between them, whatever their alignment.

`aligned` finds a column where words START at one x on several rows: a left-aligned
column. A web page's table whose cells are centred (`<td align="center">`, a Markdown
`:---:` column) or right-aligned shares their centres or their ends instead, so no two
rows start at one x ("Task Assigned To Due Date" over "Set up the database schema  Ravi
Nair  5 Apr 2026"). What every alignment keeps is a gutter: an x-range that no word of
the header or any row touches, as wide as the cells' padding. A bold header cut by a tab
gap at least once, with words between each two gutters, over rows that keep those
gutters, is a table (its cells may sit closer than a tab: "Responsible  By when"). A
paragraph keeps no gutter across its lines (its words fall anywhere), and a bold line
not cut into cells heads nothing.
"""

from __future__ import annotations

import math

from notes_extract.loaders.pdf.model import Word, segments
from notes_extract.loaders.pdf.settings import SETTINGS


def _gutters(rows: list[list[Word]], size: float) -> list[tuple[float, float]]:
    """The x-ranges at least ``gutter_min_gap`` wide that no word of ``rows`` covers, between words."""
    spans = sorted((w.x0, w.x1) for row in rows for w in row)
    out: list[tuple[float, float]] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= SETTINGS.gutter_min_gap * size:
            out.append((reach, x0))
        reach = max(reach, x1)
    return out


def _columns(header: list[list[Word]], body: list[list[Word]], size: float) -> list[float] | None:
    """The column starts (the left edge, then a point in each gutter) when the header has words
    between each two gutters and two columns hold words on two rows."""
    gutters = _header_over_short_cells(_gutters([*header, *body], size), header, body)
    if not gutters:
        return None
    heads = [w for row in header for w in row]
    columns = [min(w.x0 for row in [*header, *body] for w in row)] + [_boundary(heads, g) for g in gutters]
    if {_column(w, columns) for row in header for w in row} != set(range(len(columns))):
        return None  # a header names every column
    need = min(len(body), SETTINGS.borderless_min_rows)
    filled = [sum(any(_column(w, columns) == n for w in row) for row in body) for n in range(len(columns))]
    if sum(n >= need for n in filled) < 2 or sum(len({_column(w, columns) for w in row}) > 1 for row in body) < need:
        return None  # two columns filled on two rows; a third may be empty on every row (no roles on this page)
    return columns


def _header_over_short_cells(gutters: list[tuple[float, float]], header: list[list[Word]],
                             body: list[list[Word]]) -> list[tuple[float, float]]:
    """The gutters without those that only part a header cell from the rows' cells of its own
    column: a header centred over short left-aligned cells ("Name" over "Ann Lee") stands clear of
    them, a column of the header alone beside a column of the rows alone."""
    def spans(words: list[Word]) -> list[tuple[float, float]]:
        return [(w.x0, w.x1) for w in words]
    heads, cells = spans([w for row in header for w in row]), spans([w for row in body for w in row])
    edges = [-math.inf, *(a for a, _ in gutters), math.inf]
    kept: list[tuple[float, float]] = []
    for n, gutter in enumerate(gutters):
        left, right = (edges[n], gutter[0]), (gutter[1], edges[n + 2])
        has = [(any(left[0] <= x0 and x1 <= left[1] for x0, x1 in group),
                any(right[0] <= x0 and x1 <= right[1] for x0, x1 in group)) for group in (heads, cells)]
        (head_l, head_r), (cell_l, cell_r) = has
        if (head_l and not cell_l and cell_r and not head_r) or (head_r and not cell_r and cell_l and not head_l):
            continue
        kept.append(gutter)
    return kept


def _boundary(heads: list[Word], gutter: tuple[float, float]) -> float:
    """Where a column ends in ``gutter``: midway between the header cells either side, kept inside
    the gutter. The header alone fixes it, so a table's parts on two pages (the header repeated,
    the rows different) get one grid."""
    a, b = gutter
    left = max((w.x1 for w in heads if w.x1 <= a), default=a)
    right = min((w.x0 for w in heads if w.x0 >= b), default=b)
    return min(max((left + right) / 2, a), b)


def _column(word: Word, columns: list[float]) -> int:
    centre = (word.x0 + word.x1) / 2
    return max((n for n, x in enumerate(columns) if centre >= x), default=0)


def gutter_columns(header: list[list[Word]], body: list[list[Word]]) -> tuple[int, list[float]] | None:
    """How many rows of ``body`` (from the first) make a table under the bold ``header`` lines, cut
    at the gutters they share, and its column starts; None when no run of rows does."""
    if not body or len([seg for row in header for seg in segments(row)]) < 2:
        return None
    size = max(w.size for row in header for w in row)
    for kept in range(len(body), SETTINGS.borderless_min_rows - 1, -1):
        columns = _columns(header, body[:kept], size)
        if columns is not None:
            return kept, columns
    return None
