"""OCR words turned into the PDF loader's pages, so they go through its line, paragraph and table builder.

A word's pixel box is scaled to PDF points; its font size is estimated from
the box height (OCR boxes are a little taller than the type), and OCR says
nothing about fonts, so no word is bold. Ruling lines found in the image
go to the PDF loader's table finder, so the words inside a ruled grid
become its cells. From there a scanned page is one more `Page` for
`build_blocks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from notes_extract.loaders.ocr.engines import OcrEngine, OcrWord
from notes_extract.loaders.ocr.rulings import find_rulings
from notes_extract.loaders.pdf.layout import group_rows, lay_out
from notes_extract.loaders.pdf.model import Page, Table, Word
from notes_extract.loaders.pdf.pdfium_glyphs import Char
from notes_extract.loaders.pdf.pdfium_objects import Edge
from notes_extract.loaders.pdf.tables import TablePage, could_hold_table, find_tables, words_outside
from notes_extract.warning_codes import warning

# Resolution scanned PDF pages are rendered at for OCR (pdftoppm's and most scanners' default band).
RENDER_DPI = 200
POINTS_PER_INCH = 72.0
# Type size as a share of the height of the box an OCR engine draws around a line.
TYPE_SIZE_PER_BOX_HEIGHT = 0.8
# Estimated sizes are rounded to this many steps per point, so box jitter does not read as a new size.
SIZE_STEPS_PER_POINT = 1
# The font name OCR words carry (no font is known; never bold).
OCR_FONT = "OCR"
# Characters an OCR engine reads a vertical ruling as; a word of only these on a ruling is the ruling.
RULING_LOOKALIKES = "|¦"
# What OCR engines read a round bullet ("•") as when it opens a line.
BULLET_LOOKALIKES = frozenset({"e", "©", "«", "°", "¢", "@", "o"})
# A lookalike is a bullet only when the gap after it is at least this many times the line's height
# (a word space is about a third of it; a bullet's indent is wider).
BULLET_GAP_PER_HEIGHT = 0.8
# How far (points) a ruling may lie outside a word's box and still be what the word was read from.
RULING_WORD_SLACK = 2.0


@dataclass
class OcrOutcome:
    """Pages read by OCR, their numbers, and every word's confidence (for the mean in a warning)."""

    engine: str
    pages: list[Page] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)

    @property
    def numbers(self) -> list[int]:
        return [page.number for page in self.pages]

    def warning(self) -> str:
        """"pages 1-4 read by OCR (rapidocr), mean confidence 0.97: check names and figures"."""
        mean = sum(self.confidences) / len(self.confidences) if self.confidences else 0.0
        return warning("read-by-ocr", f"{_pages_text(self.numbers)} read by OCR ({self.engine}), mean confidence "
                       f"{mean:.2f}: check names and figures")


def read_image(engine: OcrEngine, image: Any, number: int, points_per_pixel: float, outcome: OcrOutcome) -> Page:
    """One page image through ``engine`` into a `Page` (added to ``outcome``)."""
    found = engine.read(image)
    width, height = image.size
    page = page_from_words(found, number, points_per_pixel, width * points_per_pixel, height * points_per_pixel,
                           rulings=find_rulings(image, points_per_pixel))
    outcome.pages.append(page)
    outcome.confidences.extend(word.confidence for word in found)
    return page


def page_from_words(found: Sequence[OcrWord], number: int, points_per_pixel: float, width: float,
                    height: float, rulings: list[Edge] | None = None) -> Page:
    """OCR words (pixel boxes) as a `Page` of lines and ruled tables in reading order, measured in points."""
    words = []
    for ocr in found:
        top, bottom = ocr.top * points_per_pixel, ocr.bottom * points_per_pixel
        size = round((bottom - top) * TYPE_SIZE_PER_BOX_HEIGHT * SIZE_STEPS_PER_POINT) / SIZE_STEPS_PER_POINT
        words.append(Word(ocr.text, ocr.x0 * points_per_pixel, ocr.x1 * points_per_pixel, top, bottom, size,
                          OCR_FONT, False))
    words = _bullets_restored(words)
    tables: list[Table] = []
    if words and rulings and could_hold_table(rulings):
        words = [w for w in words if not _is_ruling_read_as_text(w, rulings)]
        tables = find_tables(TablePage(rulings, _word_chars(words), width, height), words, number)
        words = words_outside(words, tables)
    lines = lay_out(group_rows(words), number) if words else []
    return Page(number=number, width=width, height=height, lines=lines, tables=tables)


def _bullets_restored(words: list[Word]) -> list[Word]:
    """Words with a misread bullet ("e" standing alone before a wide gap at a line's start) read as "•"."""
    restored: list[Word] = []
    for row in group_rows(words):
        first = row[0]
        if (len(row) > 1 and first.text in BULLET_LOOKALIKES
                and row[1].x0 - first.x1 >= BULLET_GAP_PER_HEIGHT * (first.bottom - first.top)):
            row = [replace(first, text="•"), *row[1:]]
        restored.extend(row)
    return restored


def _is_ruling_read_as_text(word: Word, rulings: list[Edge]) -> bool:
    """A word such as "|" lying on a vertical ruling: the engine read the line as a character."""
    if word.text.strip(RULING_LOOKALIKES):
        return False
    return any(edge["orientation"] == "v" and word.x0 - RULING_WORD_SLACK <= edge["x0"] <= word.x1 + RULING_WORD_SLACK
               and edge["top"] <= word.bottom and edge["bottom"] >= word.top for edge in rulings)


def _word_chars(words: list[Word]) -> list[Char]:
    """Each word as one character for the table finder, with a space after it so cell text keeps its spaces.

    OCR gives no glyph boxes; the finder places characters in cells by their
    centre and joins them into words, which a space keeps apart.
    """
    chars: list[Char] = []
    for word in words:
        chars.append((word.text, word.x0, word.x1, word.top, word.bottom, word.size, word.font, True))
        chars.append((" ", word.x1, word.x1, word.top, word.bottom, word.size, word.font, True))
    return chars


def _pages_text(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"pages {numbers[0]}-{numbers[-1]}"
    return "pages " + ", ".join(str(n) for n in numbers)
