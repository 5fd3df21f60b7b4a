"""PDF loader: positioned words from pdfplumber rebuilt into blocks in reading order.

A PDF holds glyphs at positions, not paragraphs. This module

1. reads each page's words once (with font name and size) and its ruled
   tables once, dropping the words a table already holds;
2. groups words into rows by vertical overlap, and reads side-by-side
   columns (a letterhead, a two-column page) one after the other;
3. removes running headers, footers and page numbers;
4. joins a ruled table that runs on to the next page into one table;
5. groups lines into paragraphs, list items and headings using vertical
   gaps, font size and weight, bullet glyphs, number labels and indents.

Everything after the loader sees only the neutral `Document`.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfplumber.utils.exceptions import PdfminerException

from notes_extract.document import (
    Block,
    BlockKind,
    Document,
    make_block,
    numbered,
    table_block,
)
from notes_extract.errors import CorruptDocumentError

# Share of the page height at the top and bottom where running headers,
# footers and page numbers live.
_MARGIN_BAND = 0.12
# Glyphs smaller than this are hidden text (search keywords, tracking codes).
_MIN_GLYPH_SIZE = 3.5
# A horizontal gap wider than this many font sizes splits a row into segments
# (tab stops, side-by-side columns).
_SEGMENT_GAP = 1.8
# Paragraph lines may sit this many line heights further apart than usual.
_EXTRA_GAP = 0.6
# List markers whose x positions differ by less than this share one level.
_INDENT_TOLERANCE = 6.0

# Zero-width characters some producers scatter between words.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_CLEAN_TABLE = str.maketrans(dict.fromkeys(_INVISIBLE, ""))
_SOFT_HYPHEN = "\u00ad"

# Glyphs that always mark a list item when they open a line.
_BULLETS = frozenset("•●○◦▪■□▫◆◇►▸▹➢➤✓✔❖‣⁃∙·")
# Symbol and Wingdings bullets extracted as private-use characters.
_PRIVATE_BULLETS = frozenset("\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf06e\uf0e0")
# Glyphs that mark a list item only when not in the middle of running text.
_WEAK_BULLETS = frozenset({"-", "–", "—", "*"})
# Fonts whose "o" is a bullet (Word's second-level bullet is Courier New "o").
_SYMBOL_FONT = re.compile(r"symbol|wingding|dingbat|courier", re.IGNORECASE)
_BOLD_FONT = re.compile(r"bold|black|heavy", re.IGNORECASE)
# "1.", "2)", "(a)", "A." as a whole word at the start of a line.
_NUMBER_LABEL = re.compile(r"\(?(?:[0-9]{1,2}|[A-Za-z])[.)]")
# A minute or item number opening a line: "4 Challenges ...", "6.1 Mark ..."
_ITEM_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\s+[A-Z]")
# "1)Apologies": a number and parenthesis glued to a capitalised word.
_GLUED_LABEL = re.compile(r"(\(?[0-9]{1,2}\))(?=[A-Z])")
# After lower-casing and dropping all but letters, digits and "/": "3", "page3of7",
# "pageno12", "12page", "3/7", "iv".
_PAGE_NUMBER = re.compile(
    r"(?:page|p)?(?:no)?(?:\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))(?:(?:of|/)\d{1,4})?(?:page)?"
)
_SENTENCE_END = (".", ":", ";", "!", "?")
_HYPHENS = ("-", "\u2010")


@dataclass(frozen=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class _Line:
    """One line of text on a page, in reading order."""

    page: int
    words: list[_Word]
    # Right edge of the text column this line sits in; 0 means "the page's".
    column_edge: float = 0.0
    text: str = field(init=False)
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    size: float = field(init=False)
    font: str = field(init=False)
    bold: bool = field(init=False)
    # Holds a tab-like gap after its first word: a row of a layout, not prose.
    tabbed: bool = field(init=False)

    def __post_init__(self) -> None:
        # Superscripts ("1st") must not move the line: measure the main glyphs.
        main = max(self.words, key=lambda w: w.size)
        self.top, self.bottom = main.top, main.bottom
        self.x0 = self.words[0].x0
        self.x1 = max(w.x1 for w in self.words)
        self.size = _dominant(self.words, lambda w: round(w.size, 1))
        self.font = _dominant(self.words, lambda w: w.font)
        self.bold = _all_bold(self.words)
        self.text = _line_text(self.words)
        self.tabbed = len(_segments(self.words[1:])) > 1 if len(self.words) > 2 else False

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class _Table:
    page: int
    top: float
    bottom: float
    rows: list[list[str]]
    columns: list[float]  # x of every column boundary, left to right
    header_bold: bool


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    tables: list[_Table]


@dataclass(frozen=True)
class _Marker:
    """How a line opens a list item: its label (None for a bullet), the
    marker's x and the words after the marker."""

    label: str | None
    x: float
    words: list[_Word]


@dataclass
class _Para:
    """A paragraph or list item being built from lines."""

    kind: BlockKind
    page: int
    lines: list[_Line]
    content: list[list[_Word]]
    label: str | None = None
    marker_x: float = 0.0


@dataclass
class _Stats:
    """Facts about the whole document the block builder measures against."""

    body_size: float
    right_edge: float
    gaps: dict[tuple[str, float], float]
    size_gaps: dict[float, float]
    levels: list[float]


# --------------------------------------------------------------------------
# Entry point


def load(data: bytes, *, source: str) -> Document:
    """Read PDF bytes into a `Document` of blocks in reading order."""
    warnings: list[str] = []
    pages: list[_Page] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise _open_error(exc.args[0] if exc.args else exc, source) from exc
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise _open_error(exc, source) from exc
    with pdf:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:  # a broken page tree: nothing can be read
            inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
            raise _open_error(inner, source) from exc
        for number, page in enumerate(plumber_pages, start=1):
            try:
                pages.append(_read_page(page, number))
            except Exception as exc:  # one bad page should not lose the rest
                warnings.append(f"page {number} could not be read: {exc}")
            finally:
                page.close()  # pdfplumber caches every object of a page
    if plumber_pages and not warnings and not any(p.lines or p.tables for p in pages):
        warnings.append("no text found: the PDF may be scanned images without a text layer")
    blocks = _build_document(pages)
    return Document(blocks=numbered(blocks), format="pdf", pages=len(plumber_pages), warnings=warnings)


def _open_error(exc: BaseException, source: str) -> CorruptDocumentError:
    if isinstance(exc, PDFEncryptionError):
        return CorruptDocumentError("encrypted PDF: a password is required", source=source)
    return CorruptDocumentError(f"cannot read PDF: {exc}", source=source)


def _build_document(pages: list[_Page]) -> list[Block]:
    _drop_running_lines(pages)
    flow = _merge_continued_tables(pages)
    lines = [item for item in flow if isinstance(item, _Line)]
    stats = _measure(lines, pages)
    markers = _find_markers(lines, stats)
    stats.levels = _indent_levels(m.x for m in markers.values())
    paras = _group_paragraphs(flow, markers, stats)
    return _to_blocks(paras, stats)


# --------------------------------------------------------------------------
# Reading one page


def _read_page(page: Any, number: int) -> _Page:
    width, height = float(page.width), float(page.height)
    # expand_ligatures spells out "ﬁ", "ﬂ" and the like (table cells get the
    # same from pdfplumber's text extraction).
    raw = page.extract_words(
        extra_attrs=["fontname", "size"],
        keep_blank_chars=False,
        use_text_flow=False,
        expand_ligatures=True,
    )
    words = [w for w in (_to_word(r, width, height) for r in raw) if w is not None]
    tables = _find_tables(page, words, number) if _has_rulings(page) else []
    if tables:
        words = [w for w in words if not any(_inside(w, t) for t in tables)]
    lines = _layout(_group_rows(words), number)
    return _Page(number=number, width=width, height=height, lines=lines, tables=tables)


def _to_word(raw: dict[str, Any], width: float, height: float) -> _Word | None:
    """A cleaned word, or None for hidden, rotated, off-page or empty text."""
    size = float(raw.get("size") or 0.0)
    if size < _MIN_GLYPH_SIZE or not raw.get("upright", True):
        return None
    x0, x1, top, bottom = (float(raw[k]) for k in ("x0", "x1", "top", "bottom"))
    if x1 < 0 or x0 > width or bottom < 0 or top > height:
        return None
    text = _clean_text(raw["text"])
    if not text.strip():
        return None
    font = str(raw.get("fontname") or "")
    return _Word(text, x0, x1, top, bottom, size, font, _is_bold_font(font))


def _clean_text(text: str) -> str:
    """Text without the zero-width characters some producers scatter about."""
    return text.translate(_CLEAN_TABLE)


def _is_bold_font(font: str) -> bool:
    return bool(_BOLD_FONT.search(font)) or ",B" in font


def _has_rulings(page: Any) -> bool:
    """Whether a page draws anything a ruled table could be made of."""
    objects = page.objects
    return bool(objects.get("line") or objects.get("rect") or objects.get("curve"))


def _find_tables(page: Any, words: list[_Word], number: int) -> list[_Table]:
    tables: list[_Table] = []
    for found in page.find_tables():
        x0, top, x1, bottom = found.bbox
        top, bottom = max(top, 0.0), min(bottom, float(page.height))
        columns = sorted({round(c[0], 1) for c in found.cells}) + [round(x1, 1)]
        if len(columns) < 3:
            continue  # a box around text, not a table; extract() is costly
        extracted = found.extract()
        row_boxes = [r.bbox for r in found.rows]
        rows: list[list[str]] = []
        header_box = None
        for row, box in zip(extracted, row_boxes, strict=False):
            cells = [_clean_cell(c) for c in row]
            if any(cells):
                rows.append(cells)
                header_box = header_box or box
        if not _is_real_table(rows):
            continue  # layout boxes drawn around text, not tables
        header_words = [w for w in words if header_box and _in_box(w, header_box)]
        tables.append(
            _Table(
                page=number,
                top=top,
                bottom=bottom,
                rows=rows,
                columns=columns,
                header_bold=bool(header_words) and _all_bold(header_words),
            )
        )
    return tables


def _clean_cell(cell: str | None) -> str:
    """Cell text on one line; a word hyphenated across lines is rejoined."""
    text = _clean_text(cell or "")
    text = re.sub(r"(?<=[^\W\d_])[-\u2010]\n", "-", text)
    return " ".join(text.split())


def _is_real_table(rows: list[list[str]]) -> bool:
    """At least two columns and one row with two filled cells."""
    return any(len(r) >= 2 for r in rows) and any(sum(1 for c in r if c) >= 2 for r in rows)


def _in_box(word: _Word, box: Sequence[float]) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


def _inside(word: _Word, table: _Table) -> bool:
    return _in_box(word, (table.columns[0], table.top, table.columns[-1], table.bottom))


# --------------------------------------------------------------------------
# Rows, segments and columns


def _group_rows(words: list[_Word]) -> list[list[_Word]]:
    """Words sharing a baseline band, top to bottom, each row left to right.

    A word joins the current row when it overlaps the row's tallest word by
    half its height: superscripts and bullets drawn in another font stay on
    their line while the next line starts a new row.
    """
    rows: list[list[_Word]] = []
    ref: _Word | None = None
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if ref is not None and _overlap(ref, word) >= 0.5 * min(ref.bottom - ref.top, word.bottom - word.top):
            rows[-1].append(word)
            if word.size > ref.size:
                ref = word
            continue
        rows.append([word])
        ref = word
    return [sorted(r, key=lambda w: w.x0) for r in rows]


def _overlap(a: _Word, b: _Word) -> float:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def _segments(row: list[_Word]) -> list[list[_Word]]:
    """A row cut where the horizontal gap is much wider than a space."""
    out = [[row[0]]]
    for prev, word in pairwise(row):
        if word.x0 - prev.x1 > _SEGMENT_GAP * max(prev.size, word.size):
            out.append([word])
        else:
            out[-1].append(word)
    return out


def _layout(rows: list[list[_Word]], page: int) -> list[_Line]:
    """Rows as lines in reading order, side-by-side columns read in turn."""
    lines: list[_Line] = []
    i = 0
    while i < len(rows):
        region = _column_region(rows, i)
        if region is None:
            lines.append(_Line(page, rows[i]))
            i += 1
            continue
        end, gutter, right_x = region
        left = [_Line(page, ws) for r in rows[i:end] if (ws := _side(r, gutter, 0))]
        for line in left:
            line.column_edge = right_x  # the left column's lines end at the gutter
        lines.extend(left)
        lines.extend(_Line(page, ws) for r in rows[i:end] if (ws := _side(r, gutter, 1)))
        i = end
    return lines


def _side(row: list[_Word], gutter: float, side: int) -> list[_Word]:
    return [w for w in row if (w.x1 <= gutter) == (side == 0)]


def _column_region(rows: list[list[_Word]], start: int) -> tuple[int, float, float] | None:
    """Rows from ``start`` that form two columns, or None.

    Returns the row after the region, the gutter's middle and the x where
    the right column starts.

    Side-by-side blocks of text are told from tab-aligned rows ("Chair",
    "£40 | Hall hire") by their baselines: text laid out in separate columns
    rarely shares baselines, and where it does both sides run as prose.
    """
    segments = _segments(rows[start])
    for left, right in pairwise(segments):
        region = _grow_region(rows, start, left[-1].x1, right[0].x0)
        if region is not None:
            return region
    return None


def _grow_region(rows: list[list[_Word]], start: int, left_x: float, right_x: float) -> tuple[int, float, float] | None:
    """Extend a two-column region down from ``start`` while the gutter stays clear."""
    both = misaligned = 0
    side_words: list[list[int]] = [[], []]  # words per row, left and right
    end = start
    while end < len(rows):
        row = rows[end]
        if end > start and _row_top(row) - _row_bottom(rows[end - 1]) > 2 * _row_size(row):
            break
        left = [w for w in row if w.x1 <= (left_x + right_x) / 2]
        right = [w for w in row if w.x0 >= (left_x + right_x) / 2]
        if len(left) + len(right) != len(row):
            break  # a word crosses the gutter
        if left and max(w.x1 for w in left) >= right_x - 2:
            break
        if right and min(w.x0 for w in right) <= left_x + 2:
            break
        if left:
            left_x = max(left_x, max(w.x1 for w in left))
            side_words[0].append(len(left))
        if right:
            right_x = min(right_x, min(w.x0 for w in right))
            side_words[1].append(len(right))
        if left and right:
            both += 1
            base_l = max(left, key=lambda w: w.size).bottom
            base_r = max(right, key=lambda w: w.size).bottom
            misaligned += abs(base_l - base_r) > 0.5
        end += 1
    if end - start < 3 or both < 2 or min(len(s) for s in side_words) < 2:
        return None
    if any(sum(s) / len(s) < 1.5 for s in side_words):
        return None  # a column of item numbers or initials beside the text
    prose = all(len(s) >= 3 and sum(s) / len(s) >= 5 for s in side_words)
    if misaligned * 2 < both and not prose:
        return None
    return end, (left_x + right_x) / 2, right_x


def _row_top(row: list[_Word]) -> float:
    return max(row, key=lambda w: w.size).top


def _row_bottom(row: list[_Word]) -> float:
    return max(row, key=lambda w: w.size).bottom


def _row_size(row: list[_Word]) -> float:
    return max(w.size for w in row)


# --------------------------------------------------------------------------
# Running headers, footers and page numbers


def _drop_running_lines(pages: list[_Page]) -> None:
    """Remove margin lines repeated on most pages, and lone page numbers."""
    seen: Counter[tuple[str, str, float]] = Counter()
    for page in pages:
        keys = {k for line in page.lines if (k := _running_key(line, page))}
        seen.update(keys)
    needed = max(2, -(-len(pages) // 2))
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not _is_page_number(line, page) and seen[_running_key(line, page) or ("", "", 0.0)] < needed
        ]


def _band(line: _Line, page: _Page) -> str:
    if line.bottom <= page.height * _MARGIN_BAND:
        return "top"
    if line.top >= page.height * (1 - _MARGIN_BAND):
        return "bottom"
    return ""


def _running_key(line: _Line, page: _Page) -> tuple[str, str, float] | None:
    """What a running header or footer line looks like on every page."""
    band = _band(line, page)
    if not band:
        return None
    text = " ".join(re.sub(r"\d+", "", line.text).lower().split())
    return (band, text, round(line.size)) if text else None


def _is_page_number(line: _Line, page: _Page) -> bool:
    """'3', '- 3 -', 'Page 3 of 7', '12 | Page' in a margin; 'Page 3' anywhere."""
    compact = re.sub(r"[^a-z0-9/]", "", line.text.lower())
    if not _PAGE_NUMBER.fullmatch(compact):
        return False
    return bool(_band(line, page)) or compact.startswith("page")


# --------------------------------------------------------------------------
# Tables across pages, and the page flow


def _merge_continued_tables(pages: list[_Page]) -> list[_Line | _Table]:
    """All pages' lines and tables in reading order, continued tables joined.

    A table that ends a page continues on the next when the next page starts
    with a table of the same columns whose first row repeats the header
    (dropped) or is not a header at all.
    """
    flow: list[_Line | _Table] = []
    carry: _Table | None = None
    for page in pages:
        items = _page_items(page)
        if carry is not None and items and isinstance(items[0], _Table):
            head = items[0]
            if _continues_table(carry, head, page.width):
                rows = head.rows
                if _norm_row(rows[0]) == _norm_row(carry.rows[0]):
                    rows = rows[1:]
                carry.rows.extend(rows)
                items = items[1:]
                if not items:
                    continue  # a page holding only the table's middle part
        flow.extend(items)
        carry = items[-1] if items and isinstance(items[-1], _Table) else None
    return flow


def _page_items(page: _Page) -> list[_Line | _Table]:
    """Lines in layout order with each table placed by its top."""
    items: list[_Line | _Table] = []
    tables = sorted(page.tables, key=lambda t: t.top)
    for line in page.lines:
        while tables and tables[0].top <= line.top:
            items.append(tables.pop(0))
        items.append(line)
    items.extend(tables)
    return items


def _continues_table(prev: _Table, head: _Table, width: float) -> bool:
    if len(prev.columns) != len(head.columns):
        return False
    tolerance = 0.02 * width
    if any(abs(a - b) > tolerance for a, b in zip(prev.columns, head.columns, strict=True)):
        return False
    if _norm_row(head.rows[0]) == _norm_row(prev.rows[0]):
        return True
    # A different first row in the header's style is a new table's header.
    return not (prev.header_bold and head.header_bold)


def _norm_row(row: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(c.split()).casefold() for c in row)


# --------------------------------------------------------------------------
# Document-wide measurements


def _measure(lines: list[_Line], pages: list[_Page]) -> _Stats:
    sizes: Counter[float] = Counter()
    for line in lines:
        for w in line.words:
            sizes[round(w.size, 1)] += len(w.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    gaps: dict[tuple[str, float], Counter[float]] = {}
    size_gaps: dict[float, Counter[float]] = {}
    for prev, line in pairwise(lines):
        if prev.page != line.page or _style(prev) != _style(line):
            continue
        gap = line.top - prev.bottom
        if 0 <= gap <= 1.5 * line.height:
            key = (line.font, _half(line.size))
            gaps.setdefault(key, Counter())[_half(gap)] += 1
            size_gaps.setdefault(_half(line.size), Counter())[_half(gap)] += 1
    return _Stats(
        body_size=body,
        right_edge=_right_edge(lines, pages),
        # A font needs a few samples before its own spacing beats its size's.
        gaps={k: c.most_common(1)[0][0] for k, c in gaps.items() if c.total() >= 5},
        size_gaps={k: c.most_common(1)[0][0] for k, c in size_gaps.items()},
        levels=[],
    )


def _right_edge(lines: list[_Line], pages: list[_Page]) -> float:
    """Where full lines end: the median of the pages' widest lines.

    Never less than three quarters of the page width, so that in a document of
    short lines only the longest one does not count as filling its line.
    """
    per_page: dict[int, list[float]] = {}
    for line in lines:
        if not line.column_edge:
            per_page.setdefault(line.page, []).append(line.x1)
    widest = sorted(max(xs) for xs in per_page.values() if len(xs) >= 3)
    if not widest:
        widest = [max((line.x1 for line in lines), default=0.0)]
    widths = sorted(p.width for p in pages) or [0.0]
    return max(widest[len(widest) // 2], 0.75 * widths[len(widths) // 2])


def _half(value: float) -> float:
    return round(value * 2) / 2


def _style(line: _Line) -> tuple[float, bool]:
    return (_half(line.size), line.bold)


def _normal_gap(line: _Line, stats: _Stats) -> float:
    key = (line.font, _half(line.size))
    if key in stats.gaps:
        return stats.gaps[key]
    return stats.size_gaps.get(_half(line.size), 0.25 * line.size)


def _close_below(prev: _Line, line: _Line, stats: _Stats) -> bool:
    """Whether ``line`` sits right under ``prev`` at paragraph spacing."""
    if line.page != prev.page:
        return False
    gap = line.top - prev.bottom
    return -0.5 * prev.height <= gap <= _normal_gap(prev, stats) + _EXTRA_GAP * prev.height


def _wrapped(prev: _Line, first: _Word, stats: _Stats) -> bool:
    """Whether ``prev`` ended because ``first`` (next line's word) did not fit.

    Tab-aligned rows never wrap into the next line: each is a line of its own.
    """
    if prev.tabbed:
        return False
    edge = prev.column_edge or stats.right_edge
    # The edge is the widest line seen, so a word that fits inside it surely fit.
    return prev.x1 + 0.25 * prev.size + first.width > edge


# --------------------------------------------------------------------------
# List markers


def _find_markers(lines: list[_Line], stats: _Stats) -> dict[int, _Marker]:
    """The lines that open a list item, keyed by ``id(line)``."""
    markers: dict[int, _Marker] = {}
    prev: _Line | None = None
    for line in lines:
        running = prev is not None and _running_on(prev, line, stats)
        marker = _marker(line, running)
        if marker is not None:
            markers[id(line)] = marker
        prev = line
    return markers


def _running_on(prev: _Line, line: _Line, stats: _Stats) -> bool:
    """Whether ``line`` carries on an unfinished sentence from ``prev``."""
    return (
        _close_below(prev, line, stats)
        and _wrapped(prev, line.words[0], stats)
        and not prev.text.rstrip().endswith(_SENTENCE_END)
    )


def _marker(line: _Line, running: bool) -> _Marker | None:
    words = line.words
    first, rest = words[0], words[1:]
    text = first.text
    if _is_bullet_glyph(text):
        return _Marker(None, first.x0, rest)
    if text[0] in _BULLETS or text[0] in _PRIVATE_BULLETS:
        # A bullet glued to its text: "•Item".
        return _Marker(None, first.x0, [replace(first, text=text[1:]), *rest])
    if running:
        return None
    glued = _GLUED_LABEL.match(text)
    if glued:
        label = glued.group(1)
        return _Marker(label, first.x0, [replace(first, text=text[len(label) :]), *rest])
    if not rest:
        return None
    if text == "o" and _SYMBOL_FONT.search(first.font):
        return _Marker(None, first.x0, rest)
    if text in _WEAK_BULLETS:
        return _Marker(None, first.x0, rest)
    if _NUMBER_LABEL.fullmatch(text):
        return _Marker(text, first.x0, rest)
    return None


def _is_bullet_glyph(text: str) -> bool:
    return len(text) == 1 and (text in _BULLETS or _is_private_glyph(text))


def _is_private_glyph(char: str) -> bool:
    """Symbol and Wingdings glyphs land in the private use area (U+F0B7)."""
    return "\ue000" <= char <= "\uf8ff"


def _indent_levels(xs: Iterable[float]) -> list[float]:
    """The leftmost x of each distinct list indent, left to right."""
    starts: list[float] = []
    last = None
    for x in sorted(xs):
        if last is None or x - last > _INDENT_TOLERANCE:
            starts.append(x)
        last = x
    return starts


def _level(x: float, levels: list[float]) -> int:
    level = 0
    for i, start in enumerate(levels):
        if x >= start - 0.5:
            level = i
    return level


# --------------------------------------------------------------------------
# Paragraphs


def _group_paragraphs(flow: list[_Line | _Table], markers: dict[int, _Marker], stats: _Stats) -> list[_Para | _Table]:
    out: list[_Para | _Table] = []
    current: _Para | None = None
    for item in flow:
        if isinstance(item, _Table):
            current = None
            out.append(item)
            continue
        marker = markers.get(id(item))
        if marker is not None:
            current = _Para(
                kind=BlockKind.LIST_ITEM,
                page=item.page,
                lines=[item],
                content=[marker.words],
                label=marker.label,
                marker_x=marker.x,
            )
            out.append(current)
        elif current is not None and _continues(current, item, stats):
            current.lines.append(item)
            current.content.append(item.words)
        else:
            current = _Para(BlockKind.PARAGRAPH, item.page, [item], [item.words])
            out.append(current)
    return out


def _continues(para: _Para, line: _Line, stats: _Stats) -> bool:
    """Whether ``line`` carries on ``para`` rather than starting a new block."""
    prev = para.lines[-1]
    if not any(para.content):
        # A bullet alone on its line: the text below is the item's.
        return _close_below(prev, line, stats) and line.x0 >= para.marker_x - 2
    if _half(prev.size) != _half(line.size):
        return False
    if para.kind is BlockKind.LIST_ITEM and line.x0 < para.marker_x - 2:
        return False
    starts_lower = line.text[:1].islower()
    if prev.bold != line.bold and not starts_lower:
        return False  # a bold heading line followed by regular text
    if _ITEM_NUMBER.match(para.lines[0].text) and _ITEM_NUMBER.match(line.text):
        return False  # "3 Challenge to the Chair ..." then "4 Challenges to the Agenda ...": two items
    wrapped = _wrapped(prev, line.words[0], stats)
    if line.page != prev.page:
        if line.page != prev.page + 1:
            return False
        return starts_lower or (wrapped and not prev.text.rstrip().endswith(_SENTENCE_END))
    if not _close_below(prev, line, stats):
        return False
    # A line that ended early was broken on purpose, unless the text runs on.
    return wrapped or starts_lower


# --------------------------------------------------------------------------
# Blocks


def _to_blocks(items: list[_Para | _Table], stats: _Stats) -> list[Block]:
    heading_sizes = sorted(
        {_half(_para_size(p)) for p in items if isinstance(p, _Para) and _is_heading(p, stats)},
        reverse=True,
    )
    blocks: list[Block] = []
    for item in items:
        if isinstance(item, _Table):
            blocks.append(table_block(item.rows, page=item.page))
            continue
        text = _para_text(item.content)
        lead = _lead_bold(item.content)
        if item.kind is BlockKind.LIST_ITEM:
            blocks.append(
                make_block(
                    BlockKind.LIST_ITEM,
                    text,
                    page=item.page,
                    level=_level(item.marker_x, stats.levels),
                    label=item.label,
                    lead_bold=lead,
                )
            )
        elif _is_heading(item, stats):
            level = heading_sizes.index(_half(_para_size(item))) + 1
            blocks.append(make_block(BlockKind.HEADING, text, page=item.page, level=level, lead_bold=lead))
        else:
            blocks.append(make_block(BlockKind.PARAGRAPH, text, page=item.page, lead_bold=lead))
    return blocks


def _is_heading(para: _Para, stats: _Stats) -> bool:
    """Clearly larger than body text (or a little larger and bold), and short."""
    if para.kind is not BlockKind.PARAGRAPH:
        return False
    words = [w for line in para.content for w in line]
    if not words or len(words) > 25:
        return False
    size = _para_size(para)
    if size >= 1.15 * stats.body_size:
        return True
    return size >= stats.body_size + 0.4 and _all_bold(words)


def _para_size(para: _Para) -> float:
    return _dominant([w for line in para.content for w in line], lambda w: round(w.size, 1))


def _para_text(content: list[list[_Word]]) -> str:
    return _join_lines([_line_text(ws) for ws in content if ws])


def _lead_bold(content: list[list[_Word]]) -> str:
    """The text of the bold run the block starts with, or ""."""
    flat = [(i, w) for i, ws in enumerate(content) for w in ws]
    end = 0
    for n, (_, w) in enumerate(flat):
        if w.bold:
            end = n + 1
        elif _has_alnum(w.text):
            break  # plain punctuation ("-") may sit inside the bold run
    if not any(_has_alnum(w.text) for _, w in flat[:end]):
        return ""
    lines: list[list[_Word]] = [[] for _ in content]
    for i, w in flat[:end]:
        lines[i].append(w)
    return " ".join(_para_text(lines).split())


def _line_text(words: Sequence[_Word]) -> str:
    """Words joined by spaces; superscripts ("1st", "4th") attached.

    A soft hyphen inside a line is an unused break hint and goes; one ending
    the line stays so that `_join_lines` can join the word's halves.
    """
    parts: list[str] = []
    prev: _Word | None = None
    for w in words:
        if prev is not None and _is_superscript(prev, w):
            parts[-1] += w.text
        else:
            parts.append(w.text)
        prev = w
    text = " ".join(parts)
    return text[:-1].replace(_SOFT_HYPHEN, "") + text[-1:]


def _is_superscript(prev: _Word, word: _Word) -> bool:
    return word.size <= 0.8 * prev.size and word.bottom < prev.bottom - 0.15 * prev.size and word.x0 - prev.x1 < 1.5


def _join_lines(lines: list[str]) -> str:
    """Lines joined by spaces; "co-" + "production" kept as "co-production"."""
    out = ""
    for text in lines:
        if not out:
            out = text
        elif out.endswith(_SOFT_HYPHEN):
            out = out[:-1] + text
        elif out.endswith(_HYPHENS) and len(out) >= 2 and out[-2].isalpha():
            out += text
        else:
            out += " " + text
    return out.replace(_SOFT_HYPHEN, "")


# --------------------------------------------------------------------------
# Small helpers


def _dominant(words: Sequence[_Word], key: Callable[[_Word], Any]) -> Any:
    """The value of ``key`` covering the most characters."""
    counts: Counter[Any] = Counter()
    for w in words:
        counts[key(w)] += len(w.text)
    return counts.most_common(1)[0][0]


def _has_alnum(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _all_bold(words: Iterable[_Word]) -> bool:
    """Every word with letters or digits is bold (punctuation may be plain)."""
    texty = [w for w in words if _has_alnum(w.text)]
    return bool(texty) and all(w.bold for w in texty)
