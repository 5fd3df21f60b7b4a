"""The page model every stage shares: words, lines, tables and pages.

Also the facts about word text more than one stage needs: zero-width
characters, which fonts are bold, how a line's words read as text
(superscripts attached, soft hyphens), and which style covers most of a
run of words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter
from typing import Any

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.pdf.settings import SETTINGS

# Zero-width characters some producers scatter between words.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_WITHOUT_INVISIBLE = str.maketrans(dict.fromkeys(_INVISIBLE, ""))
SOFT_HYPHEN = "\u00ad"
_BOLD_FONT = lazy_compile(r"bold|black|heavy", re.IGNORECASE)
MONOSPACED_FONT = lazy_compile(r"courier|mono", re.IGNORECASE)
_SENTENCE_END = (".", ":", ";", "!", "?")
_SIZE, _X1, _FONT = attrgetter("size"), attrgetter("x1"), attrgetter("font")


# slots: a long document holds a few hundred thousand. Not frozen, though never changed (hashed as
# if frozen): a frozen dataclass's __init__ costs five times as much, and one runs per word.
@dataclass(slots=True, unsafe_hash=True)
class Word:
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


@dataclass(slots=True)
class Line:
    """One line of text on a page, in reading order."""

    page: int
    words: list[Word]
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
        sizes = list(map(_SIZE, self.words))
        # One size throughout, as on most lines: the first word is the biggest (max takes the
        # first of equals) and its size dominates, with no rounding per word to see it.
        same_size = bool(sizes) and sizes.count(sizes[0]) == len(sizes)
        # Superscripts ("1st") must not move the line: measure the main glyphs.
        main = self.words[0] if same_size else max(self.words, key=_SIZE)
        self.top, self.bottom = main.top, main.bottom
        self.x0 = self.words[0].x0
        self.x1 = max(map(_X1, self.words))
        self.size = round(sizes[0], 1) if same_size else dominant(self.words, _rounded_size)
        self.font = dominant(self.words, _FONT)
        self.bold = all_bold(self.words)
        self.text = line_text(self.words)
        self.tabbed = len(segments(self.words[1:])) > 1 if len(self.words) > 2 else False

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, SETTINGS.min_line_height)


@dataclass
class Table:
    page: int
    top: float
    bottom: float
    rows: list[list[str]]
    columns: list[float]  # x of every column boundary, left to right
    header_bold: bool
    # Height of the first row: a table continued from the page before starts
    # on this page only because this row did not fit there.
    first_row_height: float = 0.0


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[Table]


def _rounded_size(word: Word) -> float:
    return round(word.size, 1)


def clean_text(text: str) -> str:
    """Text without the zero-width characters some producers scatter about."""
    return text.translate(_WITHOUT_INVISIBLE)


def is_bold_font(font: str) -> bool:
    return bool(_BOLD_FONT.search(font)) or ",B" in font


def segments(row: list[Word]) -> list[list[Word]]:
    """A row cut where the horizontal gap is much wider than a space."""
    out = [[row[0]]]
    gap = SETTINGS.segment_gap
    for prev, word in pairwise(row):
        size = word.size if word.size > prev.size else prev.size  # max(), without a call: this runs per word pair
        if word.x0 - prev.x1 > gap * size:
            out.append([word])
        else:
            out[-1].append(word)
    return out


def line_text(words: Sequence[Word]) -> str:
    """Words joined by spaces; superscripts ("1st", "4th") attached.

    A soft hyphen inside a line is an unused break hint and goes; one ending
    the line stays so that the lines of a paragraph can join the word's halves.
    """
    parts: list[str] = []
    prev: Word | None = None
    ratio = SETTINGS.superscript_size_ratio
    for w in words:
        # Each test's first condition inline, so most word pairs make no call.
        if prev is not None and (
            (w.size <= ratio * prev.size and _is_superscript(prev, w))
            or ((prev.font != w.font or prev.size != w.size) and _touches_in_another_font(prev, w))
        ):
            parts[-1] += w.text
        else:
            parts.append(w.text)
        prev = w
    text = " ".join(parts)
    return text[:-1].replace(SOFT_HYPHEN, "") + text[-1:]


def _touches_in_another_font(prev: Word, word: Word) -> bool:
    """``word`` starts where ``prev`` ends, in another font or size: one word whose font
    changed inside it ("**Where**:", small capitals "Q" + "UEEN"), not two words."""
    if prev.font == word.font and prev.size == word.size:
        return False
    if unicodedata.category(prev.text[-1]) == "So" or unicodedata.category(word.text[0]) == "So":
        return False  # an emoji drawn from a fallback font sits beside its words, spaced or not
    return abs(word.x0 - prev.x1) <= SETTINGS.font_change_join_gap * min(prev.size, word.size)


def _is_superscript(prev: Word, word: Word) -> bool:
    return (
        word.size <= SETTINGS.superscript_size_ratio * prev.size
        and word.bottom < prev.bottom - SETTINGS.superscript_rise * prev.size
        and word.x0 - prev.x1 < SETTINGS.superscript_gap
    )


def ends_sentence(line: Line) -> bool:
    return line.text.rstrip().endswith(_SENTENCE_END)


def dominant(words: Sequence[Word], key: Callable[[Word], Any]) -> Any:
    """The value of ``key`` covering the most characters."""
    values = list(map(key, words))
    if values and values.count(values[0]) == len(values):
        return values[0]  # one value throughout, as on most lines
    counts: dict[Any, int] = {}  # a plain dict: Counter's bookkeeping cost more than the counting, twice per line
    for w, value in zip(words, values, strict=True):
        counts[value] = counts.get(value, 0) + len(w.text)
    return max(counts, key=counts.__getitem__)  # the first counted of equals, as Counter.most_common


def has_alnum(text: str) -> bool:
    return text.isalnum() or any(c.isalnum() for c in text)  # most words are all letters or digits


def all_bold(words: Iterable[Word]) -> bool:
    """Every word with letters or digits is bold (punctuation may be plain), and there is one."""
    texty = False
    for w in words:  # most lines have a plain word with letters early: no need to read the rest
        if w.bold:
            texty = texty or has_alnum(w.text)
        elif has_alnum(w.text):
            return False
    return texty


def tables_in_rows(rows: list[list[Word]], table_at: Callable[[int], tuple[int, Table] | None]
                   ) -> tuple[list[list[Word]], list[Table]]:
    """The rows outside the tables ``table_at`` finds, and those tables: each row in turn may open
    one (``table_at(i)`` gives the row after it and the table, or None), the rows it takes skipped."""
    rest: list[list[Word]] = []
    tables: list[Table] = []
    i = 0
    while i < len(rows):
        found = table_at(i)
        if found is None:
            rest.append(rows[i])
            i += 1
            continue
        i, table = found
        tables.append(table)
    return rest, tables
