"""Document-wide measurements, and the spacing tests made against them.

A PDF says nothing of paragraphs; whether a line carries on the one above
is judged against what is usual in this document: its body text size, the
usual gap between lines of each font and size, and where full lines end.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TypeVar

from notes_extract.loaders.pdf.model import MONOSPACED_FONT, Line, Page, Word
from notes_extract.loaders.pdf.settings import SETTINGS

K = TypeVar("K")


@dataclass
class DocumentMetrics:
    """Facts about the whole document the block builder measures against."""

    body_size: float
    right_edge: float
    gaps: dict[tuple[str, float], float]  # (font, size) -> usual gap between its lines
    size_gaps: dict[float, float]  # size -> usual gap between lines of any font
    levels: list[float]  # the x where each list indent level starts
    # The x where the text column's left margin lies.
    left_edge: float = 0.0
    # The indent levels a list opening after other text counts from: the
    # levels without labels typed at the left margin (see `blocks`).
    outer_levels: list[float] = field(default_factory=list)
    # Where the widest monospaced line ends: preformatted text (a web page's
    # code block) wraps at its box's edge, within a glyph of this.
    mono_right_edge: float = 0.0
    # size -> the gap that sets paragraphs apart, where the document spaces them (see `_paragraph_gaps`).
    paragraph_gaps: dict[float, float] = field(default_factory=dict)


def measure(lines: list[Line], pages: list[Page]) -> DocumentMetrics:
    """Body size, usual line gaps and right edge of the document; list levels are left empty."""
    sizes = _characters_per_size(lines)
    body = max(sizes, key=sizes.__getitem__) if sizes else SETTINGS.default_body_size  # the first of equals
    edge = _right_edge(lines, pages)
    mono_edge = max((ln.x1 for ln in lines if not ln.column_edge and _monospaced(ln.font)), default=0.0)
    # Gaps under lines that wrapped are sampled apart: those lines surely run
    # on, so their gap is the line spacing even where one-line paragraphs
    # (a page printed from HTML) make the paragraph gap the commonest.
    gaps: dict[bool, dict[tuple[str, float], Counter[float]]] = {False: {}, True: {}}
    size_gaps: dict[bool, dict[float, Counter[float]]] = {False: {}, True: {}}
    ended_early_gaps: dict[float, Counter[float]] = {}
    for prev, line in pairwise(lines):
        if prev.page != line.page or _style(prev) != _style(line):
            continue
        gap = line.top - prev.bottom
        if 0 <= gap <= SETTINGS.max_sampled_gap * line.height:
            ran_on = not prev.tabbed and _fills_line(prev, line.words[0], _edge_of(prev, edge, mono_edge))
            for run in {False, ran_on}:
                gaps[run].setdefault((line.font, half(line.size)), Counter())[half(gap)] += 1
                size_gaps[run].setdefault(half(line.size), Counter())[half(gap)] += 1
            if not ran_on:
                ended_early_gaps.setdefault(half(line.size), Counter())[half(gap)] += 1
    usual_size_gaps = _usual_gaps(size_gaps, 1)
    return DocumentMetrics(
        body_size=body,
        right_edge=edge,
        # A font needs a few samples before its own spacing beats its size's.
        gaps=_usual_gaps(gaps, SETTINGS.min_font_gap_samples),
        size_gaps=usual_size_gaps,
        levels=[],
        left_edge=_left_edge(lines),
        mono_right_edge=mono_edge,
        paragraph_gaps=_paragraph_gaps(ended_early_gaps, usual_size_gaps),
    )


def _paragraph_gaps(ended_early: dict[float, Counter[float]], line_gaps: dict[float, float]) -> dict[float, float]:
    """Per size, the commonest gap under lines that ended early, where it stands clearly wider than
    the line spacing: the space a document sets between paragraphs (Word's "space after", a page
    printed from HTML). Only documents that space their paragraphs have one."""
    out: dict[float, float] = {}
    for size, counts in ended_early.items():
        line_gap = line_gaps.get(size)
        if line_gap is None:
            continue
        wider = Counter({gap: n for gap, n in counts.items()
                         if gap - line_gap >= SETTINGS.min_paragraph_spacing * size})
        if wider.total() >= SETTINGS.min_paragraph_gap_samples:
            out[size] = wider.most_common(1)[0][0]
    return out


def at_paragraph_gap(prev: Line, line: Line, metrics: DocumentMetrics) -> bool:
    """``line`` stands the document's paragraph spacing below ``prev`` (within half a point)."""
    spacing = metrics.paragraph_gaps.get(half(prev.size))
    return spacing is not None and line.page == prev.page and abs(half(line.top - prev.bottom) - spacing) <= 0.5


def _characters_per_size(lines: list[Line]) -> dict[float, int]:
    """Characters per size (to 0.1 pt), each size placed where a word first shows it."""
    exact: dict[float, int] = {}  # a plain dict: a Counter's += costs twice as much per word
    for line in lines:
        for w in line.words:
            exact[w.size] = exact.get(w.size, 0) + len(w.text)
    # Rounded once per distinct size, not per word; the sizes come in the order words first show them,
    # so each rounded size is placed where its first word is, as the body size's tie-break needs.
    sizes: dict[float, int] = {}
    for size, count in exact.items():
        rounded = round(size, 1)
        sizes[rounded] = sizes.get(rounded, 0) + count
    return sizes


def _left_edge(lines: list[Line]) -> float:
    """The leftmost x where several lines start (a stray line further left aside)."""
    starts = Counter(round(line.x0) for line in lines)
    common = [x for x, n in starts.items() if n >= SETTINGS.min_lines_for_left_edge]
    return min(common or starts or [0])


def _usual_gaps(samples: dict[bool, dict[K, Counter[float]]], least: int) -> dict[K, float]:
    """The commonest gap of each key with ``least`` samples; that under wrapped lines when there are a few."""
    out = {k: c.most_common(1)[0][0] for k, c in samples[False].items() if c.total() >= least}
    for k, c in samples[True].items():
        if c.total() >= SETTINGS.min_wrapped_gap_samples:  # lines that wrapped need fewer
            out[k] = c.most_common(1)[0][0]
    return out


def _right_edge(lines: list[Line], pages: list[Page]) -> float:
    """Where full lines end: the median of the pages' widest lines.

    Never less than three quarters of the page width, so that in a document of
    short lines only the longest one does not count as filling its line.
    """
    per_page: dict[int, list[float]] = {}
    for line in lines:
        if not line.column_edge:
            per_page.setdefault(line.page, []).append(line.x1)
    widest = sorted(max(xs) for xs in per_page.values() if len(xs) >= SETTINGS.min_lines_for_page_edge)
    if not widest:
        widest = [max((line.x1 for line in lines), default=0.0)]
    widths = sorted(p.width for p in pages) or [0.0]
    return max(widest[len(widest) // 2], SETTINGS.min_right_edge_share * widths[len(widths) // 2])


def half(value: float) -> float:
    """``value`` rounded to the nearest half point: sizes and gaps that look alike compare equal."""
    return round(value * 2) / 2


def _style(line: Line) -> tuple[float, bool]:
    return (half(line.size), line.bold)


def normal_gap(line: Line, metrics: DocumentMetrics) -> float:
    key = (line.font, half(line.size))
    if key in metrics.gaps:
        return metrics.gaps[key]
    return metrics.size_gaps.get(half(line.size), SETTINGS.default_line_gap * line.size)


def close_below(prev: Line, line: Line, metrics: DocumentMetrics) -> bool:
    """Whether ``line`` sits right under ``prev`` at paragraph spacing."""
    if line.page != prev.page:
        return False
    gap = line.top - prev.bottom
    return (
        -SETTINGS.max_line_overlap * prev.height
        <= gap
        <= normal_gap(prev, metrics) + SETTINGS.extra_paragraph_gap * prev.height
    )


def wrapped(prev: Line, first: Word, metrics: DocumentMetrics) -> bool:
    """Whether ``prev`` ended because ``first`` (next line's word) did not fit.

    Tab-aligned rows never wrap into the next line: each is a line of its own.
    """
    if prev.tabbed:
        return False
    return fills_line(prev, first, metrics)


def fills_line(prev: Line, first: Word, metrics: DocumentMetrics) -> bool:
    """Whether ``first`` would not have fitted at the end of ``prev``, tab gaps or not."""
    return _fills_line(prev, first, _edge_of(prev, metrics.right_edge, metrics.mono_right_edge))


def _edge_of(line: Line, right_edge: float, mono_right_edge: float) -> float:
    """Where ``line``'s text could run to: its column's edge, else the page's (for monospaced
    text, as far as the widest monospaced line: a code block may run past the body's edge)."""
    if line.column_edge:
        return line.column_edge
    return max(right_edge, mono_right_edge) if _monospaced(line.font) else right_edge


def _fills_line(prev: Line, first: Word, edge: float) -> bool:
    # The edge is the widest line seen, so a word that fits inside it surely fit.
    return prev.x1 + _space_width(prev, first) + first.width > edge


def _space_width(prev: Line, first: Word) -> float:
    """The space before ``first``: in a monospaced font as wide as any of its glyphs."""
    if _monospaced(prev.font) and _monospaced(first.font) and first.text:
        return max(first.width / len(first.text), SETTINGS.space_width * prev.size)
    return SETTINGS.space_width * prev.size


def _monospaced(font: str) -> bool:
    return bool(MONOSPACED_FONT.search(font))
