"""Reading one page into a `Page`: through PDFium, or through pdfplumber where PDFium's geometry differs.

PDFium's coordinates are the page's user space; pdfminer's are turned by
/Rotate and measured from the media box. An upright page is read through
PDFium with its positions measured from the top left corner of the visible
box (the crop box within the media box), and text outside a crop box is cut
away, as a viewer shows it; a rotated page goes through pdfplumber so that
no page reads differently. Either way a page ends as lines in reading order
plus its ruled tables. `PageReader` picks the way per page and keeps
PDFium's memory flat over long files.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from notes_extract.loaders.pdf.aligned import aligned_tables
from notes_extract.loaders.pdf.forms import field_words, plumber_field_words
from notes_extract.loaders.pdf.gridless import borderless_tables
from notes_extract.loaders.pdf.headerless import headerless_tables
from notes_extract.loaders.pdf.labelgrid import label_value_tables
from notes_extract.loaders.pdf.layout import group_rows, lay_out
from notes_extract.loaders.pdf.model import Line, Page, Table, Word, clean_text, is_bold_font
from notes_extract.loaders.pdf.pdfium_calls import address
from notes_extract.loaders.pdf.pdfium_chars import page_chars, text_objects
from notes_extract.loaders.pdf.pdfium_glyphs import BOTTOM, TOP, X0, X1, FontCache
from notes_extract.loaders.pdf.pdfium_objects import scan_objects
from notes_extract.loaders.pdf.settings import SETTINGS
from notes_extract.loaders.pdf.tables import TablePage, could_hold_table, find_tables, words_outside
from notes_extract.loaders.pdf.words import words_from_chars

# Reads a PDFium page (or a pdfplumber page) numbered from 1 into a `Page`.
PdfiumPageReading = Callable[[pdfium.PdfPage, int], Page]
PlumberPageReading = Callable[[Any, int], Page]


def read_pdfium_page(page: pdfium.PdfPage, number: int) -> Page:
    """One page through PDFium's text layer and object list, measured from the visible box's top left."""
    left, bottom, right, top = page.get_bbox()  # the crop box within the media box, inherited ones included
    width, height = right - left, top - bottom
    fonts: FontCache = {}
    textpage = page.get_textpage()
    try:
        objects = text_objects(textpage)
        scan = scan_objects(address(page.raw), top, fonts, left, drawn=set(objects))
        chars = page_chars(textpage, top, scan, fonts, objects)
    finally:
        textpage.close()
    if left:
        chars = [(text, x0 - left, x1 - left, *rest) for text, x0, x1, *rest in chars]
    if is_cropped(page):
        chars = [c for c in chars if c[X1] > 0 and c[X0] < width and c[BOTTOM] > 0 and c[TOP] < height]
    words = words_from_chars(chars, width, height)
    fields = field_words(page, left, top, words)
    words.extend(w for w in fields if w.x1 > 0 and w.x0 < width and w.bottom > 0 and w.top < height)
    tables: list[Table] = []
    if could_hold_table(scan.edges):
        tables = find_tables(TablePage(scan.edges, chars, width, height), words, number)
        words = words_outside(words, tables)
    lines, drawless = _lines_and_borderless_tables(words, number)
    return Page(number=number, width=width, height=height, lines=lines, tables=_in_order(tables + drawless))


def read_plumber_page(page: Any, number: int) -> Page:
    """One page through pdfplumber (pdfminer): for pages and files PDFium cannot map."""
    width, height = float(page.width), float(page.height)
    # expand_ligatures spells out "ﬁ", "ﬂ" and the like (table cells get the
    # same from pdfplumber's text extraction).
    raw = page.extract_words(
        x_tolerance=SETTINGS.x_tolerance,
        y_tolerance=SETTINGS.y_tolerance,
        extra_attrs=["fontname", "size"],
        keep_blank_chars=False,
        use_text_flow=False,
        expand_ligatures=True,
    )
    words = [w for w in (_to_word(r, width, height) for r in raw) if w is not None]
    words.extend(plumber_field_words(page, words))
    tables = find_tables(page, words, number) if _has_rulings(page) else []
    words = words_outside(words, tables)
    lines, drawless = _lines_and_borderless_tables(words, number)
    return Page(number=number, width=width, height=height, lines=lines, tables=_in_order(tables + drawless))


def _lines_and_borderless_tables(words: list[Word], number: int) -> tuple[list[Line], list[Table]]:
    """The page's lines in reading order and the tables drawn without rulings among its words."""
    rows, borderless = borderless_tables(group_rows(words), number)
    rows, grids = label_value_tables(rows, number)
    rows, aligned = aligned_tables(rows, number)
    rows, headerless = headerless_tables(rows, number)  # after the headed tables, which hold such rows too
    return lay_out(rows, number), borderless + headerless + grids + aligned


def _in_order(tables: list[Table]) -> list[Table]:
    return sorted(tables, key=lambda t: t.top)


def _to_word(raw: dict[str, Any], width: float, height: float) -> Word | None:
    """A cleaned word, or None for hidden, rotated, off-page or empty text."""
    size = float(raw.get("size") or 0.0)
    if size < SETTINGS.min_glyph_size or not raw.get("upright", True):
        return None
    x0, x1, top, bottom = (float(raw[k]) for k in ("x0", "x1", "top", "bottom"))
    if x1 < 0 or x0 > width or bottom < 0 or top > height:
        return None
    text = clean_text(raw["text"])
    if not text.strip():
        return None
    font = str(raw.get("fontname") or "")
    return Word(text, x0, x1, top, bottom, size, font, is_bold_font(font))


def _has_rulings(page: Any) -> bool:
    """Whether a page draws anything a ruled table could be made of."""
    objects = page.objects
    return bool(objects.get("line") or objects.get("rect") or objects.get("curve"))


def has_plain_geometry(page: pdfium.PdfPage) -> bool:
    """Whether PDFium's page space maps onto pdfplumber's by a shift alone (the page is not rotated)."""
    return page.get_rotation() == 0


def is_cropped(page: pdfium.PdfPage) -> bool:
    """Whether the page's own crop box hides part of it (PDFium reports no inherited media box)."""
    return page.get_cropbox(fallback_ok=False) is not None and page.get_bbox() != page.get_mediabox()


class PageReader:
    """Reads a file's pages through PDFium, one at a time, closing each after use.

    A page whose geometry is not plain goes through pdfplumber, opened on
    first need. PDFium keeps every object it parsed until the document is
    closed, so the document is reopened every ``reopen_every_pages`` pages.
    How each kind of page is read can be passed in (``read_pdfium``,
    ``read_plumber``); opening raises `pdfium.PdfiumError` for a file PDFium
    refuses.
    """

    def __init__(
        self,
        data: bytes,
        password: str | None = None,
        *,
        read_pdfium: PdfiumPageReading = read_pdfium_page,
        read_plumber: PlumberPageReading = read_plumber_page,
    ) -> None:
        self._data = data
        self._password = password
        self._read_pdfium = read_pdfium
        self._read_plumber = read_plumber
        self._pdf = self._open()
        self.count = len(self._pdf)
        self._read = 0
        self._plumber: Any = None

    def read(self, index: int) -> Page:
        """Page ``index`` (from 0)."""
        if self._read and self._read % SETTINGS.reopen_every_pages == 0:
            self._pdf.close()
            self._pdf = self._open()
        self._read += 1
        page = self._pdf[index]
        try:
            if has_plain_geometry(page):
                return self._read_pdfium(page, index + 1)
        finally:
            page.close()
        return self._read_with_plumber(index)

    def _open(self) -> pdfium.PdfDocument:
        """The file opened in PDFium, with its form (when it has one) ready to give field values."""
        pdf = pdfium.PdfDocument(self._data, password=self._password)
        if pdfium_c.FPDF_GetFormType(pdf.raw) != pdfium_c.FORMTYPE_NONE:
            pdf.init_forms()
        return pdf

    def _read_with_plumber(self, index: int) -> Page:
        if self._plumber is None:
            import pdfplumber

            self._plumber = pdfplumber.open(io.BytesIO(self._data), password=self._password or "")
        page = self._plumber.pages[index]
        try:
            return self._read_plumber(page, index + 1)
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()
        if self._plumber is not None:
            self._plumber.close()
