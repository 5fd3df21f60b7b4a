"""Page layout: words grouped into rows, rows into lines in reading order.

Words sharing a baseline band make a row. Where a run of rows splits at a
clear gutter into two blocks of text (a letterhead, a two-column page), the
left column is read before the right; tab-aligned rows ("Chair", "£40 |
Hall hire") stay whole, one line each.
"""

from __future__ import annotations

from itertools import pairwise
from operator import attrgetter

from notes_extract.loaders.pdf.model import Line, Word, dominant, segments
from notes_extract.loaders.pdf.settings import SETTINGS

_TOP_LEFT, _LEFT = attrgetter("top", "x0"), attrgetter("x0")  # sort keys, called per word


def group_rows(words: list[Word]) -> list[list[Word]]:
    """Words sharing a baseline band, top to bottom, each row left to right.

    A word joins the current row when it overlaps the row's tallest word by
    half its height: superscripts and bullets drawn in another font stay on
    their line while the next line starts a new row.
    """
    rows: list[list[Word]] = []
    ref: Word | None = None
    overlap = SETTINGS.row_overlap
    for word in sorted(words, key=_TOP_LEFT):
        # the overlap with the row's tallest word, worked out inline: this runs per word. min(a, b)
        # and max(a, b) written as the built-ins decide them ("b if b < a else a"), without the calls
        if ref is not None and (
            (word.bottom if word.bottom < ref.bottom else ref.bottom) - (word.top if word.top > ref.top else ref.top)
            >= overlap * (w if (w := word.bottom - word.top) < (h := ref.bottom - ref.top) else h)
        ):
            rows[-1].append(word)
            if word.size > ref.size:
                ref = word
            continue
        rows.append([word])
        ref = word
    return [sorted(r, key=_LEFT) for r in rows]


def lay_out(rows: list[list[Word]], page: int) -> list[Line]:
    """Rows as lines in reading order, side-by-side columns read in turn."""
    lines: list[Line] = []
    i = 0
    while i < len(rows):
        region = _column_region(rows, i)
        if region is None:
            lines.extend(Line(page, ws) for ws in _mixed_size_parts(rows[i]))
            i += 1
            continue
        end, gutter, right_x = region
        left = [Line(page, ws) for r in rows[i:end] if (ws := _side(r, gutter, 0))]
        for line in left:
            line.column_edge = right_x  # the left column's lines end at the gutter
        lines.extend(left)
        lines.extend(Line(page, ws) for r in rows[i:end] if (ws := _side(r, gutter, 1)))
        i = end
    return lines


def _mixed_size_parts(row: list[Word]) -> list[list[Word]]:
    """The row, or its tab-cut segments one by one when their type sizes differ widely: a big title
    beside a small right-aligned date is two texts set on one baseline, not one line."""
    parts = segments(row)
    sizes = [max(w.size for w in part) for part in parts]
    if len(parts) > 1 and max(sizes) >= SETTINGS.mixed_size_ratio * min(sizes):
        return parts
    return [row]


def _side(row: list[Word], gutter: float, side: int) -> list[Word]:
    return [w for w in row if (w.x1 <= gutter) == (side == 0)]


def _column_region(rows: list[list[Word]], start: int) -> tuple[int, float, float] | None:
    """Rows from ``start`` that form two columns, or None.

    Returns the row after the region, the gutter's middle and the x where
    the right column starts.

    Side-by-side blocks of text are told from tab-aligned rows ("Chair",
    "£40 | Hall hire") by their baselines: text laid out in separate columns
    rarely shares baselines, and where it does both sides run as prose.
    """
    for left, right in pairwise(segments(rows[start])):
        region = _grow_region(rows, start, left[-1].x1, right[0].x0)
        if region is not None:
            return region
    return None


def _grow_region(rows: list[list[Word]], start: int, left_x: float, right_x: float) -> tuple[int, float, float] | None:
    """Extend a two-column region down from ``start`` while the gutter stays clear."""
    clearance = SETTINGS.gutter_clearance
    both = misaligned = tabbed = 0
    side_words: list[list[int]] = [[], []]  # words per row, left and right
    end = start
    while end < len(rows):
        row = rows[end]
        if end > start and _row_top(row) - _row_bottom(rows[end - 1]) > SETTINGS.column_break_gap * _row_size(row):
            break
        left = [w for w in row if w.x1 <= (left_x + right_x) / 2]
        right = [w for w in row if w.x0 >= (left_x + right_x) / 2]
        if len(left) + len(right) != len(row):
            break  # a word crosses the gutter
        if left and max(w.x1 for w in left) >= right_x - clearance:
            break
        if right and min(w.x0 for w in right) <= left_x + clearance:
            break
        if left:
            left_x = max(left_x, max(w.x1 for w in left))
            side_words[0].append(len(left))
        if right:
            right_x = min(right_x, min(w.x0 for w in right))
            side_words[1].append(len(right))
        if left and right:
            both += 1
            misaligned += abs(_baseline(left) - _baseline(right)) > SETTINGS.baseline_tolerance
            tabbed += len(segments(left)) > 1 or len(segments(right)) > 1
        end += 1
    if not _reads_as_columns(end - start, both, (misaligned, tabbed), side_words):
        return None
    return end, (left_x + right_x) / 2, right_x


def _reads_as_columns(rows: int, both: int, counts: tuple[int, int], side_words: list[list[int]]) -> bool:
    """Whether a region of ``rows`` rows, ``both`` with text on either side, is two columns.

    ``counts`` holds how many of the ``both`` rows have the two sides'
    baselines differ and how many have a side cut by a tab gap;
    ``side_words`` holds each side's word count per row.
    """
    s = SETTINGS
    misaligned, tabbed = counts
    if rows < s.column_min_rows or both < s.column_min_shared_rows:
        return False
    if min(len(counts) for counts in side_words) < s.column_min_side_rows:
        return False
    if any(sum(counts) / len(counts) < s.column_min_words_per_row for counts in side_words):
        return False  # a column of item numbers or initials beside the text
    # Prose runs on without tab gaps; rows cut into cells are a table's.
    prose = tabbed <= s.prose_max_tabbed_share * both and all(
        len(words) >= s.prose_min_rows and sum(words) / len(words) >= s.prose_min_words_per_row
        for words in side_words
    )
    return prose or misaligned >= s.column_min_misaligned_share * both


def _baseline(words: list[Word]) -> float:
    """The bottom most of the words' text sits on.

    A bullet or check mark drawn in a symbol font of the same size sits a
    little off its line's baseline; the tallest word alone would be that glyph.
    """
    return dominant(words, lambda w: round(w.bottom, 1))


def _row_top(row: list[Word]) -> float:
    return max(row, key=lambda w: w.size).top


def _row_bottom(row: list[Word]) -> float:
    return max(row, key=lambda w: w.size).bottom


def _row_size(row: list[Word]) -> float:
    return max(w.size for w in row)
