"""Borderless tables whose cells sit close: columns found by aligned word starts.

A web page's table printed without borders (``<th>`` bold, centred over its
column; ``<td>`` plain, left-aligned) leaves cells only a padding apart, so a
short cell's row has no tab gap ("Hyanggi L Y"). What marks the columns is
that a word starts at the same x on every row and no word crosses that x,
with a tab-wide gap before it on at least one row (the shortest cell's) or
a header cell, set off by a tab gap, over it. A
bold header row with a word over every column, then at least two such rows,
is read as a table; a cell wrapped onto more lines (the row's other cells
centred beside it) belongs to its row. Lines set half a line apart (a short
cell centred beside a wrapped one) occur only in a table: a header so
staggered is one row, and one row under a header, either staggered, is a table.
"""

from __future__ import annotations

import math
from itertools import pairwise

from notes_extract.loaders.pdf.aligned_columns import fixed_lead, kept_rows
from notes_extract.loaders.pdf.aligned_gutters import gutter_columns
from notes_extract.loaders.pdf.cell_items import list_items
from notes_extract.loaders.pdf.markers import is_bullet_word
from notes_extract.loaders.pdf.model import Table, Word, all_bold, line_text, segments, tables_in_rows
from notes_extract.loaders.pdf.settings import SETTINGS


def aligned_tables(rows: list[list[Word]], page: int) -> tuple[list[list[Word]], list[Table]]:
    """The rows that are not part of an aligned-column table, and the tables the others make."""
    def table_at(i: int) -> tuple[int, Table] | None:
        if (found := _table_at(rows, i)) is None:
            return None
        end, columns, header, groups = found
        return end, _table(header, groups, columns, page)
    return tables_in_rows(rows, table_at)


def _gap(row: list[Word], prev: list[Word]) -> float:
    """The space between two lines, measured from the row's text: a list bullet is drawn above it."""
    text = [w for w in row if not is_bullet_word(w.text, w.font)] or row
    return min(w.top for w in text) - max(w.bottom for w in prev)


def _header_end(rows: list[list[Word]], start: int) -> int:
    """The row after the bold header starting at ``rows[start]``: its lines set half a line apart
    (a cell wrapped, the others centred beside it) are one row."""
    end = start + 1
    while end < len(rows) and all_bold(rows[end]) and _gap(rows[end], rows[end - 1]) < 0:
        end += 1
    return end


def _staggered(words: list[Word]) -> bool:
    """The words stand on lines less than a line apart: cells centred beside a wrapped cell.

    Words of one row overlap by at least ``row_overlap`` of their height, so their tops differ
    by less than the rest of it."""
    tops = sorted({round(w.top, 1) for w in words})
    height = min(w.bottom - w.top for w in words)
    return any((1 - SETTINGS.row_overlap) * height < b - a < height for a, b in pairwise(tops))


def _groups(rows: list[list[Word]], start: int, size: float) -> list[tuple[int, list[Word]]]:
    """The plain rows from ``start`` on, lines closer than a wrap merged: (end index, words)."""
    groups: list[tuple[int, list[Word]]] = []
    end = start
    while end < len(rows):
        row = rows[end]
        if all_bold(row) or abs(max(w.size for w in row) - size) > SETTINGS.aligned_size_slack:
            break
        gap = _gap(row, rows[end - 1])
        if gap > SETTINGS.column_break_gap * size:
            break  # a gap as wide as a paragraph break ends the table
        if groups and gap <= SETTINGS.grid_wrap_gap * size:
            groups[-1] = (end + 1, groups[-1][1] + row)  # a cell wrapped onto another line
        else:
            groups.append((end + 1, list(row)))
        end += 1
    return groups


def _tab_before(words: list[Word], x: float) -> bool:
    """The word starting at ``x`` has a tab-wide gap after a word on its own line.

    A line starting there is no proof: a hanging indent's lines start there too.
    """
    tol = SETTINGS.aligned_start_tolerance
    for w in words:
        if abs(w.x0 - x) > tol:
            continue
        before = [v.x1 for v in words if v.x1 <= w.x0 and v.bottom > w.top and v.top < w.bottom]
        if before and w.x0 - max(before) > SETTINGS.segment_gap * w.size:
            return True
    return False


def _header_cell_over(heads: list[float], x: float, end: float) -> bool:
    """A header cell, cut from the one before by a tab gap, starts over the column from ``x`` to ``end``."""
    return any(x - SETTINGS.aligned_start_tolerance <= h < end for h in heads)


def _table_at(
    rows: list[list[Word]], start: int
) -> tuple[int, list[float], list[Word], list[list[Word]]] | None:
    """The end of the table headed by ``rows[start]``, its column starts, header and rows: columns
    found by aligned starts (left-aligned cells), else by the gutters between them (centred or
    right-aligned cells)."""
    if not all_bold(rows[start]):
        return None
    by_starts, by_gutters = _starts_table(rows, start), _gutter_table(rows, start)
    if by_starts is None or (by_gutters is not None and len(by_gutters[1]) >= len(by_starts[1])
                             and by_gutters[0] >= by_starts[0]):
        return by_gutters  # centred cells beside left ones: only the gutters part them all
    return by_starts


def _gutter_table(
    rows: list[list[Word]], start: int
) -> tuple[int, list[float], list[Word], list[list[Word]]] | None:
    """The table headed by ``rows[start]`` whose columns are cut at gutters (`aligned_gutters`)."""
    head_end = _header_end(rows, start)
    header = [w for row in rows[start:head_end] for w in row]
    groups = _groups(rows, head_end, max(w.size for w in header))
    body = [words for _, words in groups]
    if len(body) == 1:  # rows set as close as wrapped lines: each line tells the gutters
        lines = _lines(body[0])
        found = gutter_columns(rows[start:head_end], lines)
        return None if found is None or found[0] < len(lines) else (groups[0][0], found[1], header, body)
    found = gutter_columns(rows[start:head_end], body)
    if found is None:
        return None
    kept, columns = found
    return groups[kept - 1][0], columns, header, [words for _, words in groups[:kept]]


def _starts_table(
    rows: list[list[Word]], start: int
) -> tuple[int, list[float], list[Word], list[list[Word]]] | None:
    """The table headed by ``rows[start]`` whose columns start where words start on several rows."""
    head_end = _header_end(rows, start)
    header = [w for row in rows[start:head_end] for w in row]
    if len(header) < 2:
        return None
    groups = _groups(rows, head_end, max(w.size for w in header))
    if len(groups) == 1 and len(lines := _lines(groups[0][1])) >= SETTINGS.borderless_min_rows:
        # rows set as close as wrapped lines: each line tells the columns, and every line must keep them
        end = groups[0][0]
        found = _starts_table_of(rows[start:head_end], header, [(end, line) for line in lines])
        if found is not None and len(found[3]) == len(lines):
            return end, found[1], header, [groups[0][1]]
    return _starts_table_of(rows[start:head_end], header, groups)


def _starts_table_of(
    header_rows: list[list[Word]], header: list[Word], groups: list[tuple[int, list[Word]]]
) -> tuple[int, list[float], list[Word], list[list[Word]]] | None:
    """The table of ``groups`` (each row's end index and words) under the header, by aligned starts."""
    if len(groups) < _min_rows(header, groups):
        return None
    lead = _leftover_count(groups)
    left = min(w.x0 for w in groups[lead][1])
    rows_kept, aligned = kept_rows([words for _, words in groups[lead:]], left)
    kept = lead + rows_kept
    body = [words for _, words in groups[lead:kept]]
    heads = [seg[0].x0 for row in header_rows for seg in segments(row)[1:]]
    columns = [left] + [x for n, x in enumerate(aligned) if any(_tab_before(w, x) for w in body)
                        or (_header_cell_over(heads, x, [*aligned[n + 1:], math.inf][0]) and not fixed_lead(body, x))]
    if kept - lead < _min_rows(header, groups) or len(columns) < 2:
        return None
    if kept - lead < SETTINGS.borderless_min_rows and not heads:
        return None  # one row under a bold line not cut into cells: a title over other text
    if lead and not _fits_columns(groups[0][1], columns):
        return None
    body = [words for _, words in groups[:kept]]
    if {_column(w, columns) for w in header} != set(range(len(columns))):
        return None  # a header names every column
    numbers_only = not any(c.isalpha() for words in body for w in words if _column(w, columns) == 0 for c in w.text)
    if numbers_only and not _header_fits(header_rows, columns):
        return None  # numbers before hanging-indented text: numbered paragraphs
    return groups[kept - 1][0], columns, header, body


def _min_rows(header: list[Word], groups: list[tuple[int, list[Word]]]) -> int:
    """Rows a table needs under its header: one when the header or the first row is staggered,
    as only a table's are."""
    staggered = _staggered(header) or (bool(groups) and _staggered(groups[0][1]))
    return 1 if staggered else SETTINGS.borderless_min_rows


def _leftover_count(groups: list[tuple[int, list[Word]]]) -> int:
    """1 when the first row after the header starts right of the next row's first column.

    A table continued from the page before repeats its header, then may show
    the rest of a row cut at the page break: only its long cells' last lines,
    none in the first column. The columns are then found from the rows after it.
    """
    if len(groups) <= SETTINGS.borderless_min_rows:
        return 0
    first, second = (min(w.x0 for w in words) for _, words in groups[:2])
    return 1 if first - second > SETTINGS.indent_tolerance else 0


def _fits_columns(words: list[Word], columns: list[float]) -> bool:
    """Each cut of the row starts on an inner column and crosses none."""
    tol = SETTINGS.aligned_start_tolerance
    starts = all(any(abs(seg[0].x0 - x) <= tol for x in columns[1:]) for seg in segments(words))
    return starts and not any(w.x0 < x - tol and w.x1 > x + tol for w in words for x in columns)


def _header_fits(header: list[list[Word]], columns: list[float]) -> bool:
    """The header is cut by tab gaps into one cell per column, each starting over its column
    ("No. | Detail | Resp."): a table's, even when its first column holds only numbers."""
    if len(header) != 1:
        return False
    starts = [seg[0].x0 for seg in segments(header[0])]
    ends = [*columns[1:], math.inf]
    tol = SETTINGS.aligned_start_tolerance
    return len(starts) == len(columns) and all(x - tol <= h < e for h, x, e in zip(starts, columns, ends, strict=True))


def _column(word: Word, columns: list[float]) -> int:
    """The column a word falls in, by its centre (a header's is centred over its column)."""
    centre = (word.x0 + word.x1) / 2
    return max((n for n, x in enumerate(columns) if centre >= x - SETTINGS.aligned_start_tolerance), default=0)


def _lines(words: list[Word]) -> list[list[Word]]:
    """The words of a row, line by line (a word within half its height of a line's top is on it)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(word.top - lines[-1][0].top) < (word.bottom - word.top) / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _rows_of(words: list[Word], columns: list[float]) -> list[list[Word]]:
    """The rows of a table whose body came out as one row: printed without padding, its rows sit
    as close as a cell's wrapped lines. A line that fills every column and opens its first cell with
    a capital or a digit starts a row ("Create repo | Baraq"); the lines between (a cell wrapped, a
    short cell centred beside it) belong to the row above."""
    every = set(range(len(columns)))

    def fills_every_column(line: list[Word]) -> bool:
        return {_column(w, columns) for w in line} == every

    def opens_a_row(line: list[Word]) -> bool:
        first = min(line, key=lambda w: w.x0).text[:1]
        return fills_every_column(line) and (first.isupper() or first.isdigit())
    lines: list[list[Word]] = []
    for line in _lines(words):  # a short cell centred beside a wrapped one stands less than a line below
        if lines and line[0].top - lines[-1][0].top < line[0].bottom - line[0].top:
            lines[-1] += line
        else:
            lines.append(line)
    if len(lines) >= SETTINGS.every_line_a_row_min_lines and all(map(fills_every_column, lines)):
        # Many lines, each with a word in every column: a cell wrapping would leave a column empty on
        # some line, so every line is a row, whatever case it opens in ("sipa | Pieter Wuille").
        return lines
    if not lines or not opens_a_row(lines[0]) or sum(map(opens_a_row, lines)) < SETTINGS.borderless_min_rows:
        return [words]
    rows: list[list[Word]] = []
    for line in lines:
        if opens_a_row(line):
            rows.append(list(line))
        else:
            rows[-1] += line
    return rows


def _cell(words: list[Word]) -> str:
    """A cell's text: its words in reading order, or its list's items one a line."""
    lines = _lines(words) if words else []
    items = list_items([(line_text(sorted(line, key=lambda w: w.x0)), min(line, key=lambda w: w.x0).font)
                        for line in lines])
    return "\n".join(items) if items is not None else line_text(words)  # rows stay in reading order


def _table(header: list[Word], body: list[list[Word]], columns: list[float], page: int) -> Table:
    if len(body) == 1:
        body = _rows_of(body[0], columns)
    cells: list[list[str]] = []
    for words in [header, *body]:
        texts = []
        for n in range(len(columns)):
            texts.append(_cell([w for w in words if _column(w, columns) == n]))
        cells.append(texts)
    return Table(
        page=page,
        top=min(w.top for w in header),
        bottom=max(w.bottom for w in body[-1]),
        rows=cells,
        columns=[*columns, max(w.x1 for words in body for w in words)],
        header_bold=True,
        # The header's height with the padding under it: a row needs that much room to fit.
        first_row_height=min(w.top for w in body[0]) - min(w.top for w in header),
    )
