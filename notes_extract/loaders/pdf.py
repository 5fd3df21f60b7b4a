"""PDF loader: positioned words from PDFium rebuilt into blocks in reading order.

A PDF holds glyphs at positions, not paragraphs. This module

1. reads each page's characters once through PDFium's text layer (text,
   origin, font, size), builds words from them exactly the way pdfplumber's
   ``extract_words`` would, and finds ruled tables by handing the page's
   ruling lines (read from PDFium's path objects) and characters to
   pdfplumber's table finder, dropping the words a table already holds;
2. groups words into rows by vertical overlap, and reads side-by-side
   columns (a letterhead, a two-column page) one after the other;
3. removes running headers, footers and page numbers;
4. joins a ruled table that runs on to the next page into one table;
5. groups lines into paragraphs, list items and headings using vertical
   gaps, font size and weight, bullet glyphs, number labels and indents.

Why PDFium: pdfplumber interprets every content stream in Python (pdfminer)
and is 40-50x slower than PDFium's C++ text layer, which dominated the cost
of a PDF. The geometry below reproduces pdfminer's character boxes (origin,
advance width, font descent and size, text matrix), so everything after
step 1 sees the same words as before. pdfplumber is still imported, lazily,
for its table finder (pure Python over a few edges) and for the rare page
PDFium's coordinates do not map one to one (rotated pages, shifted boxes),
or a file PDFium refuses but pdfminer can read.

Everything after the loader sees only the neutral `Document`.
"""

from __future__ import annotations

import ctypes
import gc
import io
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import groupby, pairwise
from operator import itemgetter
from typing import Any, NamedTuple, Protocol

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from notes_extract.document import (
    Block,
    BlockKind,
    Document,
    make_block,
    numbered,
    table_block,
)
from notes_extract.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    NotesExtractError,
)
from notes_extract.limits import Deadline, Limits

# pdfminer (under pdfplumber) logs every font it cannot measure ("Could not
# get FontBBox ...") to stderr; those are not the user's problem.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

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
# pdfplumber's word-building tolerances (its defaults, which this loader used):
# characters further apart than this start a new word or line.
_X_TOLERANCE = 3.0
_Y_TOLERANCE = 3.0

# Zero-width characters some producers scatter between words.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_CLEAN_TABLE = str.maketrans(dict.fromkeys(_INVISIBLE, ""))
_SOFT_HYPHEN = "\u00ad"
_SURROGATE = re.compile("[\ud800-\udfff]")
# Ligature glyphs spelled out ("ﬁ" -> "fi"), as pdfplumber's expand_ligatures.
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_LIGATURE_OF = {"ff": "ﬀ", "ffi": "ﬃ", "ffl": "ﬄ", "fi": "ﬁ", "fl": "ﬂ", "st": "ﬆ"}

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


@dataclass(frozen=True, slots=True)  # slots: a long document holds a few hundred thousand
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


@dataclass(slots=True)
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


def load(data: bytes, *, source: str, password: str | None = None, limits: Limits | None = None) -> Document:
    """Read PDF bytes into a `Document` of blocks in reading order.

    ``password`` opens an encrypted PDF; ``limits`` bounds the page count and
    the time spent (checked between pages).
    """
    return read_document(data, source=source, password=password, limits=limits)


class PageSource(Protocol):
    """An open file's pages, read one at a time (a `PageReader`)."""

    count: int

    def read(self, index: int) -> _Page: ...

    def close(self) -> None: ...


# Opens a file's bytes (with a password, or None) for reading page by page;
# raises `pdfium.PdfiumError` when PDFium cannot open the file.
OpenPages = Callable[[bytes, str | None], PageSource]


def read_document(
    data: bytes,
    *,
    source: str,
    password: str | None = None,
    limits: Limits | None = None,
    open_pages: OpenPages | None = None,
) -> Document:
    """Read PDF bytes into a `Document` of blocks in reading order.

    ``open_pages`` opens the file for reading page by page (PDFium's
    `PageReader` unless given); a file it refuses goes through pdfplumber.
    """
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    with _gc_paused():
        with _PDFIUM_LOCK:
            reader = open_page_source(data, source, password, open_pages or PageReader)
            if reader is not None:
                try:
                    pages, warnings = read_pages(reader, source, limits, deadline)
                finally:
                    reader.close()
        if reader is None:
            # PDFium gave up on the file's structure; pdfminer repairs some files PDFium does not.
            return _load_with_pdfplumber(data, source, password, limits, deadline)
        return _document(pages, reader.count, warnings)


def open_page_source(data: bytes, source: str, password: str | None, open_pages: OpenPages) -> PageSource | None:
    """The file opened by ``open_pages``, or None when PDFium cannot make sense of it."""
    try:
        return open_pages(data, password)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise _encrypted(source, password) from exc
        return None


def read_pages(reader: PageSource, source: str, limits: Limits, deadline: Deadline) -> tuple[list[_Page], list[str]]:
    """Every page ``reader`` can read, and a warning for each it cannot; limits checked between pages."""
    pages: list[_Page] = []
    warnings: list[str] = []
    limits.check("max_pages", reader.count, limits.max_pages, source=source, what="the page count")
    for index in range(reader.count):
        deadline.check(source, f"reading page {index + 1}")
        try:
            pages.append(reader.read(index))
        except LimitExceededError:
            raise
        except Exception as exc:  # one bad page should not lose the rest
            warnings.append(f"page {index + 1} could not be read: {exc}")
    return pages, warnings


def _encrypted(source: str, password: str | None) -> EncryptedDocumentError:
    if password:
        return EncryptedDocumentError("the password does not open this PDF", source=source)
    return EncryptedDocumentError("encrypted PDF: a password is required (give it with password= or --password)",
                                  source=source)


# PDFium is not thread-safe: one document at a time per process. Batch runs
# use processes, so the lock only matters to callers that use threads.
_PDFIUM_LOCK = threading.Lock()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a document is read.

    Reading a long PDF allocates hundreds of thousands of small objects that
    live until the end (words, lines) and hold no reference cycles; each
    full collection walks all of them again, which made the cost per page
    grow with the page count (about 15% on 300 pages). Reference counting
    still frees everything as usual.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _document(pages: list[_Page], count: int, warnings: list[str]) -> Document:
    if count and not warnings and not any(p.lines or p.tables for p in pages):
        warnings.append("no text found: the PDF may be scanned images without a text layer")
    blocks = _build_document(pages)
    return Document(blocks=numbered(blocks), format="pdf", pages=count, warnings=warnings)


def _load_with_pdfplumber(data: bytes, source: str, password: str | None, limits: Limits,
                          deadline: Deadline) -> Document:
    """The whole file through pdfplumber: only for files PDFium cannot open."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    warnings: list[str] = []
    pages: list[_Page] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except PdfminerException as exc:
        raise _open_error(exc.args[0] if exc.args else exc, source, password) from exc
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise _open_error(exc, source, password) from exc
    with pdf:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:  # a broken page tree: nothing can be read
            inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
            raise _open_error(inner, source, password) from exc
        limits.check("max_pages", len(plumber_pages), limits.max_pages, source=source, what="the page count")
        for number, page in enumerate(plumber_pages, start=1):
            deadline.check(source, f"reading page {number}")
            try:
                pages.append(read_plumber_page(page, number))
            except LimitExceededError:
                raise
            except Exception as exc:  # one bad page should not lose the rest
                warnings.append(f"page {number} could not be read: {exc}")
            finally:
                page.close()  # pdfplumber caches every object of a page
    return _document(pages, len(plumber_pages), warnings)


def _open_error(exc: BaseException, source: str, password: str | None = None) -> NotesExtractError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if isinstance(exc, PDFEncryptionError | PDFPasswordIncorrect):
        return _encrypted(source, password)
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


class PageReader:
    """Reads pages through PDFium, one at a time, closing each after use.

    PDFium's coordinates are the page's user space; pdfminer's are turned by
    /Rotate and measured from the media box. Where the two differ (a rotated
    page, a media box not at the origin, a crop box), the page goes through
    pdfplumber, opened on first need, so that no page reads differently.

    PDFium keeps every object it parsed (fonts above all) until the document
    is closed, so the document is opened afresh every ``_REOPEN_EVERY`` pages:
    memory then stays flat however long the file is. How each kind of page
    is read can be passed in (``read_pdfium``, ``read_plumber``).
    """

    _REOPEN_EVERY = 50

    def __init__(
        self,
        data: bytes,
        password: str | None = None,
        *,
        read_pdfium: Callable[[pdfium.PdfPage, int], _Page] | None = None,
        read_plumber: Callable[[Any, int], _Page] | None = None,
    ) -> None:
        self._data = data
        self._password = password
        self._read_pdfium = read_pdfium or read_pdfium_page
        self._read_plumber = read_plumber or read_plumber_page
        self._pdf = pdfium.PdfDocument(data, password=password)
        self.count = len(self._pdf)
        self._read = 0
        self._plumber: Any = None

    def read(self, index: int) -> _Page:
        if self._read and self._read % self._REOPEN_EVERY == 0:
            self._pdf.close()
            self._pdf = pdfium.PdfDocument(self._data, password=self._password)
        self._read += 1
        page = self._pdf[index]
        try:
            if has_plain_geometry(page):
                return self._read_pdfium(page, index + 1)
        finally:
            page.close()
        return self._read_with_plumber(index)

    def _read_with_plumber(self, index: int) -> _Page:
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


def has_plain_geometry(page: pdfium.PdfPage) -> bool:
    """Whether PDFium's page space is the space pdfplumber measures in."""
    media = page.get_mediabox()
    return page.get_rotation() == 0 and media[:2] == (0, 0) and page.get_cropbox() == media


# --------------------------------------------------------------------------
# Reading one page through PDFium


class _Char(NamedTuple):
    """One glyph as pdfminer measures it (page space, y growing downwards)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    upright: bool


def read_pdfium_page(page: pdfium.PdfPage, number: int) -> _Page:
    width, height = page.get_size()
    fonts: dict[int, tuple[str, float]] = {}
    scan = _scan_objects(ctypes.cast(page.raw, ctypes.c_void_p).value, height, fonts)
    textpage = page.get_textpage()
    try:
        chars = _page_chars(textpage, height, scan, fonts)
    finally:
        textpage.close()
    words = _words(chars, width, height)
    tables: list[_Table] = []
    if _could_hold_table(scan.edges):
        tables = _find_tables(_TablePage(scan.edges, chars, width, height), words, number)
        if tables:
            words = [w for w in words if not any(_inside(w, t) for t in tables)]
    lines = _layout(_group_rows(words), number)
    return _Page(number=number, width=width, height=height, lines=lines, tables=tables)


def _c_function(name: str, restype: Any, *argtypes: Any) -> Any:
    """PDFium's ``name`` called with plain addresses and numbers.

    pypdfium2's bindings wrap every handle in a ctypes pointer object; at one
    call per character that wrapping costs more than the call itself, so the
    hot loops use these leaner prototypes of the same (cdecl) symbols.
    """
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_P = ctypes.c_void_p
_I = ctypes.c_int
_F = ctypes.c_float
_text_object = _c_function("FPDFText_GetTextObject", _P, _P, _I)
_text_unicode = _c_function("FPDFText_GetUnicode", ctypes.c_uint, _P, _I)
_text_origin = _c_function("FPDFText_GetCharOrigin", _I, _P, _I, _P, _P)
_text_generated = _c_function("FPDFText_IsGenerated", _I, _P, _I)
_text_matrix = _c_function("FPDFText_GetMatrix", _I, _P, _I, _P)
_text_box = _c_function("FPDFText_GetCharBox", _I, _P, _I, _P, _P, _P, _P)
_text_loose_box = _c_function("FPDFText_GetLooseCharBox", _I, _P, _I, _P)
_textobj_font = _c_function("FPDFTextObj_GetFont", _P, _P)
_textobj_size = _c_function("FPDFTextObj_GetFontSize", _I, _P, _P)
_font_name = _c_function("FPDFFont_GetBaseFontName", ctypes.c_size_t, _P, _P, ctypes.c_size_t)
_font_descent = _c_function("FPDFFont_GetDescent", _I, _P, _F, _P)
_font_width = _c_function("FPDFFont_GetGlyphWidth", _I, _P, ctypes.c_uint32, _F, _P)
_font_glyph = _c_function("FPDFFont_GetGlyphPath", _P, _P, ctypes.c_uint32, _F)
_glyph_segments = _c_function("FPDFGlyphPath_CountGlyphSegments", _I, _P)
_glyph_segment = _c_function("FPDFGlyphPath_GetGlyphPathSegment", _P, _P, _I)
_segment_point = _c_function("FPDFPathSegment_GetPoint", _I, _P, _P, _P)
_segment_type = _c_function("FPDFPathSegment_GetType", _I, _P)
_segment_close = _c_function("FPDFPathSegment_GetClose", _I, _P)
_page_objects = _c_function("FPDFPage_CountObjects", _I, _P)
_page_object = _c_function("FPDFPage_GetObject", _P, _P, _I)
_form_objects = _c_function("FPDFFormObj_CountObjects", _I, _P)
_form_object = _c_function("FPDFFormObj_GetObject", _P, _P, ctypes.c_ulong)
_object_type = _c_function("FPDFPageObj_GetType", _I, _P)
_object_matrix = _c_function("FPDFPageObj_GetMatrix", _I, _P, _P)
_object_bounds = _c_function("FPDFPageObj_GetBounds", _I, _P, _P, _P, _P, _P)
_path_segments = _c_function("FPDFPath_CountSegments", _I, _P)
_path_segment = _c_function("FPDFPath_GetPathSegment", _P, _P, _I)

# pdfminer measures the standard 14 fonts, and the aliases it knows, with
# their AFM metrics whatever the PDF says (PDFium uses its own): their
# descent per unit of font size, from pdfminer's tables.
_AFM_DESCENT = {
    **dict.fromkeys(("Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique"), -0.194),
    **dict.fromkeys(("CourierNew", "CourierNew,Italic", "CourierNew,Bold", "CourierNew,BoldItalic"), -0.194),
    **dict.fromkeys(("Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique"), -0.207),
    **dict.fromkeys(("Arial", "Arial,Italic", "Arial,Bold", "Arial,BoldItalic"), -0.207),
    **dict.fromkeys(("Times-Roman", "Times-Bold", "Times-BoldItalic", "Times-Italic"), -0.217),
    **dict.fromkeys(("TimesNewRoman", "TimesNewRoman,Italic", "TimesNewRoman,Bold"), -0.217),
    "TimesNewRoman,BoldItalic": -0.217,
    "Symbol": 0.0,
    "ZapfDingbats": 0.0,
}
_LINE_BREAK_HYPHEN = 0x02  # PDFium's code for "-" or a soft hyphen ending a line


class _Run(NamedTuple):
    """What every character of one text object shares."""

    font: int  # PDFium font handle
    name: str
    size: float  # font size in text space
    descent: float  # below the baseline, per unit of font size (negative)
    a: float  # the text rendering matrix without translation
    b: float
    c: float
    d: float
    # Upright, unskewed text (nearly all): the box is the origin plus these.
    plain: bool
    low: float  # d * descent * size: the box's bottom above the origin
    high: float  # d * (descent + 1) * size: the box's top above the origin


def _page_chars(
    textpage: pdfium.PdfTextPage, height: float, scan: _Scan, fonts: dict[int, tuple[str, float]]
) -> list[_Char]:
    """Every glyph of the page in content order, measured the way pdfminer does.

    PDFium reports each character's origin and text object; the box follows
    pdfminer: from the origin, advance width wide and font size high, resting
    on the font's descent. PDFium's own line breaks and the spaces it invents
    for gaps are skipped (word breaks come from gaps, as in pdfplumber), and
    the blank text objects it ignores are put back as spaces. PDFium sorts the
    text objects of a line by x; pdfplumber keeps content order, which decides
    where runs of one font begin and end, so characters are put back in
    content order.
    """
    chars, positions = _chars_in_text_order(textpage, height, scan.text_order, fonts)
    return _in_content_order(chars, positions, scan.blanks)


def _chars_in_text_order(
    textpage: pdfium.PdfTextPage, height: float, order: dict[int, int], fonts: dict[int, tuple[str, float]]
) -> tuple[list[_Char], list[int]]:
    """The glyphs in PDFium's order, and each one's text object's place in the content."""
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    x, y = ctypes.c_double(), ctypes.c_double()
    xp, yp = ctypes.addressof(x), ctypes.addressof(y)
    runs: dict[int, _Run] = {}
    widths: dict[int, dict[int, float]] = {}  # font handle -> code -> advance per unit of size
    chars: list[_Char] = []
    positions: list[int] = []  # each character's text object's place in the content
    get_object, get_unicode, get_origin, generated = _text_object, _text_unicode, _text_origin, _text_generated
    last_object = 0
    last_x = last_y = float("nan")
    position = 0
    run = font_widths = None
    for index in range(count):
        obj = get_object(handle, index)
        if not obj:
            last_object = 0
            continue  # a line break PDFium made up
        code = get_unicode(handle, index)
        if code == 0x20 and generated(handle, index):
            continue  # a space PDFium made up from a gap
        if obj != last_object or run is None:
            run = runs.get(obj) or runs.setdefault(obj, _text_run(handle, index, obj, fonts))
            font_widths = widths.setdefault(run.font, {})
            position = order.get(obj, position)
        get_origin(handle, index, xp, yp)
        ox, oy = x.value, y.value
        if obj == last_object and ox == last_x and oy == last_y and chars and _same_glyph(handle, index):
            # One glyph PDFium spelled as several characters: a ligature
            # ("ﬁ" -> "f", "i"), a multi-letter ToUnicode entry or a UTF-16 pair.
            chars[-1] = _joined(chars[-1], chr(code), handle, index, run, (ox, oy), height)
            continue
        last_object, last_x, last_y = obj, ox, oy
        if code == _LINE_BREAK_HYPHEN:
            text = _hyphen(handle, index, run, (ox, oy))
            code = ord(text)
        elif code == 0 or 0xDC00 <= code <= 0xDFFF:
            last_x = float("nan")
            continue  # no text for this glyph
        else:
            text = chr(code)
        advance = font_widths.get(code)  # type: ignore[union-attr]
        if advance is None:
            advance, known = _advance(handle, index, obj, run, code, ox, oy)
            if known:
                font_widths[code] = advance  # type: ignore[index]
        if run.plain:  # _measure_char's arithmetic for upright text, inlined: this runs per glyph
            y_low, y_high = oy + run.low, oy + run.high
            char = _Char(
                text,
                ox,
                ox + run.a * (advance * run.size),
                height - y_high,
                height - y_low,
                y_high - y_low,
                run.name,
                True,
            )
        else:
            char = _measure_char(text, (ox, oy), advance * run.size, run, height)
        chars.append(char)
        positions.append(position)
    return chars, positions


def _in_content_order(chars: list[_Char], positions: list[int], blanks: list[tuple[int, _Char]]) -> list[_Char]:
    """The characters sorted (stably) by their text object's place in the content, blanks put back."""
    if blanks or any(a > b for a, b in pairwise(positions)):
        keyed = sorted([*zip(positions, chars, strict=True), *blanks], key=itemgetter(0))  # stable
        return [char for _, char in keyed]
    return chars


def _text_run(handle: int, index: int, obj: int, fonts: dict[int, tuple[str, float]]) -> _Run:
    font = _textobj_font(obj)
    size = ctypes.c_float()
    _textobj_size(obj, ctypes.addressof(size))
    matrix = pdfium_c.FS_MATRIX()
    _text_matrix(handle, index, ctypes.addressof(matrix))
    if font not in fonts:
        fonts[font] = _font_facts(font)
    name, descent = fonts[font]
    return _make_run(font, name, size.value, descent, matrix.a, matrix.b, matrix.c, matrix.d)


def _make_run(font: int, name: str, size: float, descent: float, a: float, b: float, c: float, d: float) -> _Run:
    low = descent * size
    high = low + size
    plain = b == 0 and c == 0 and a > 0 and d > 0
    return _Run(font, name, size, descent, a, b, c, d, plain, d * low, d * high)


def _font_facts(font: int) -> tuple[str, float]:
    """The font's name and descent per unit of size, as pdfminer would see them."""
    length = _font_name(font, None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    _font_name(font, buffer, length)
    name = buffer.value.decode("utf-8", "replace")
    if name in _AFM_DESCENT:
        return name, _AFM_DESCENT[name]
    descent = ctypes.c_float()
    _font_descent(font, 1.0, ctypes.addressof(descent))
    # pdfminer reads a positive /Descent (PScript5.dll writes them) as negative.
    return name, -abs(descent.value)


def _advance(handle: int, index: int, obj: int, run: _Run, code: int, ox: float, oy: float) -> tuple[float, bool]:
    """Advance width of character ``index`` (the glyph for ``code``), per unit of font size.

    PDFium has no call for a character's advance, but gives a glyph's width by
    Unicode (it maps the character back to its code). That mapping fails for
    some fonts (a Type 1 "hyphen" without a ToUnicode entry) or finds another
    glyph; the character's loose box, which PDFium builds from the real code's
    width, then decides, unless the ink reaches past the advance (the loose
    box is the union of both, and equals the tight one when it has no
    metrics). Returns the width and whether it holds for every use of the
    code in this font: not when the character is the first of several PDFium
    made of one glyph ("ﬁ"), whose box is the whole glyph's or a share of it.
    """
    mapped = _glyph_width(run.font, code)
    if not run.plain or not run.size:
        return mapped, True
    x, y = ctypes.c_double(), ctypes.c_double()
    if _text_object(handle, index + 1) == obj:
        _text_origin(handle, index + 1, ctypes.addressof(x), ctypes.addressof(y))
        if (x.value, y.value) == (ox, oy):
            return mapped, False
    loose = pdfium_c.FS_RECTF()
    if not _text_loose_box(handle, index, ctypes.addressof(loose)):
        return mapped, True
    ink_right = _tight_box(handle, index)[1]
    own = (loose.right - ox) / (run.a * run.size)
    if loose.right > ink_right + 0.001 and abs(own - mapped) > 0.001:
        return own, True
    return (mapped if mapped > 0 else max(own, 0.0)), True


def _glyph_width(font: int, code: int) -> float:
    """Advance width of the glyph for ``code``, per unit of font size."""
    width = ctypes.c_float()
    if not _font_width(font, code, 1.0, ctypes.addressof(width)):
        return 0.0
    return width.value


def _measure_char(text: str, origin: tuple[float, float], advance: float, run: _Run, height: float) -> _Char:
    """pdfminer's box of a glyph: its lower-left and upper-right corners mapped by the text matrix."""
    ox, oy = origin
    a, b, c, d = run.a, run.b, run.c, run.d
    low = run.descent * run.size
    high = low + run.size
    x_a, y_a = ox + c * low, oy + d * low
    x_b, y_b = ox + a * advance + c * high, oy + b * advance + d * high
    x0, x1 = (x_a, x_b) if x_a <= x_b else (x_b, x_a)
    y0, y1 = (y_a, y_b) if y_a <= y_b else (y_b, y_a)
    upright = a * d > 0 and b * c <= 0
    return _Char(text, x0, x1, height - y1, height - y0, y1 - y0, run.name, upright)


def _same_glyph(handle: int, index: int) -> bool:
    """Whether characters ``index - 1`` and ``index`` come from one glyph.

    PDFium gives the characters of a multi-letter ToUnicode entry the glyph's
    box each, and splits the box of a ligature it decomposes itself ("ﬁ")
    into side-by-side pieces.
    """
    left_a, right_a, bottom_a, top_a = _tight_box(handle, index - 1)
    left_b, right_b, bottom_b, top_b = _tight_box(handle, index)
    if (bottom_a, top_a) != (bottom_b, top_b):
        return False
    return (left_a, right_a) == (left_b, right_b) or right_a == left_b


def _tight_box(handle: int, index: int) -> tuple[float, float, float, float]:
    box = [ctypes.c_double() for _ in range(4)]
    _text_box(handle, index, *(ctypes.addressof(v) for v in box))
    return (box[0].value, box[1].value, box[2].value, box[3].value)


def _joined(
    char: _Char, more: str, handle: int, index: int, run: _Run, origin: tuple[float, float], height: float
) -> _Char:
    """``char`` with another character of its glyph appended, measured as the whole glyph.

    The advance is the glyph's: PDFium's loose box spans it for multi-letter
    ToUnicode entries; a ligature it decomposed itself is measured by its
    code point, and a UTF-16 pair by the character it encodes.
    """
    text = (char.text + more).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    candidates = [(char.x1 - char.x0) / run.a] if run.plain else []  # in text space, like the others
    loose = pdfium_c.FS_RECTF()
    if _text_loose_box(handle, index, ctypes.addressof(loose)) and run.a:
        candidates.append((loose.right - origin[0]) / run.a)
    glyph = _LIGATURE_OF.get(text, text)
    if len(glyph) == 1:
        candidates.append(_glyph_width(run.font, ord(glyph)) * run.size)
    measured = _measure_char(text, origin, max(candidates, default=0.0), run, height)
    return measured._replace(text=text)


def _hyphen(handle: int, index: int, run: _Run, origin: tuple[float, float]) -> str:
    """The character PDFium replaced by its line-end hyphen mark: "-" or a soft hyphen.

    PDFium keeps no trace of which it was, but the glyph drawn does: a soft
    hyphen mapped to its own glyph is told by matching that glyph's outline
    box to the drawn one. When both look alike, "-" is the safe reading.
    """
    if run.b or run.c or not run.a or not run.d or not run.size:
        return "-"
    left, right, bottom, top = _tight_box(handle, index)
    scale_x, scale_y = run.a * run.size, run.d * run.size
    drawn = (
        (left - origin[0]) / scale_x,
        (bottom - origin[1]) / scale_y,
        (right - origin[0]) / scale_x,
        (top - origin[1]) / scale_y,
    )

    def matches(code: int) -> bool:
        box = _glyph_box(run.font, code)
        return box is not None and all(abs(p - q) < 0.02 for p, q in zip(box, drawn, strict=True))

    return _SOFT_HYPHEN if matches(0xAD) and not matches(0x2D) else "-"


def _glyph_box(font: int, code: int) -> tuple[float, float, float, float] | None:
    """Outline bounds of the glyph for ``code`` in units of the font size, or None."""
    path = _font_glyph(font, code, 1.0)
    if not path:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    xs: list[float] = []
    ys: list[float] = []
    for k in range(_glyph_segments(path)):
        _segment_point(_glyph_segment(path, k), ctypes.addressof(x), ctypes.addressof(y))
        xs.append(x.value)
        ys.append(y.value)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _words(chars: list[_Char], width: float, height: float) -> list[_Word]:
    """Words exactly as pdfplumber's ``extract_words(extra_attrs=["fontname", "size"])`` makes them.

    Consecutive characters of one font, size and orientation are clustered
    into lines by their tops, read left to right, and cut at whitespace or
    where the next character does not follow within the tolerance.
    """
    words: list[_Word] = []
    bold: dict[str, bool] = {}
    for (size, font, upright), group in groupby(chars, key=itemgetter(5, 6, 7)):
        if not upright or size < _MIN_GLYPH_SIZE:
            continue  # rotated or hidden text: never a word of the body
        if font not in bold:
            bold[font] = _is_bold_font(font)
        for line in _char_lines(list(group)):
            line.sort(key=itemgetter(1))
            current: list[_Char] = []
            prev_x0 = prev_x1 = prev_top = 0.0
            for char in line:
                text, x0, x1, top = char[0], char[1], char[2], char[3]
                if text.isspace():
                    if current:
                        _add_word(words, current, width, height, bold[font])
                        current = []
                    continue
                if current and (x0 < prev_x0 or x0 > prev_x1 + _X_TOLERANCE or abs(top - prev_top) > _Y_TOLERANCE):
                    _add_word(words, current, width, height, bold[font])
                    current = []
                current.append(char)
                prev_x0, prev_x1, prev_top = x0, x1, top
            if current:
                _add_word(words, current, width, height, bold[font])
    return words


def _char_lines(chars: list[_Char]) -> list[list[_Char]]:
    """Characters clustered by top (chained within the tolerance), top to bottom, in content order."""
    tops = sorted({c.top for c in chars})
    cluster: dict[float, int] = {}
    number = 0
    last = tops[0]
    for top in tops:
        if top > last + _Y_TOLERANCE:
            number += 1
        cluster[top] = number
        last = top
    if number == 0:
        return [chars]
    ordered = sorted(chars, key=lambda c: cluster[c.top])
    return [list(g) for _, g in groupby(ordered, key=lambda c: cluster[c.top])]


def _add_word(words: list[_Word], chars: list[_Char], width: float, height: float, bold: bool) -> None:
    """Append the word ``chars`` spell (sorted by x0), unless it is off the page or empty."""
    first = chars[0]
    x0, x1, top, bottom = first[1], first[2], first[3], first[4]
    for char in chars:
        if char[2] > x1:
            x1 = char[2]
        if char[3] < top:
            top = char[3]
        if char[4] > bottom:
            bottom = char[4]
    if x1 < 0 or x0 > width or bottom < 0 or top > height:
        return
    text = "".join([c[0] for c in chars])
    if not (text.isascii() and text.isalnum()):  # ligatures, zero-width characters, lone surrogates
        text = _clean_text("".join([_LIGATURES.get(c[0], c[0]) for c in chars]))
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)  # half of a UTF-16 pair PDFium left alone
        if not text.strip():
            return
    words.append(_Word(text, x0, x1, top, bottom, first[5], first[6], bold))


# --------------------------------------------------------------------------
# Ruling lines and tables


class _Scan(NamedTuple):
    """What one pass over the page's objects tells: text object order, blank text, rulings."""

    text_order: dict[int, int]  # text object handle -> position in the content
    blanks: list[tuple[int, _Char]]  # spaces PDFium's text layer leaves out, with their position
    edges: list[dict[str, Any]]  # pdfplumber's ``page.edges``


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_Matrix = tuple[float, float, float, float, float, float]
_TEXT, _PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
_MOVE, _BEZIER = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_BEZIERTO
_Shapes = tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]


def _scan_objects(page: int, height: float, fonts: dict[int, tuple[str, float]]) -> _Scan:
    """Walk the page's objects (forms recursively) in content order.

    The ruling edges come out as pdfplumber's ``page.edges`` lists them:
    pdfminer splits each painted path into subpaths and calls a subpath a
    line (two points), a rectangle (four axis-aligned sides) or a curve (its
    end points, Bézier control points left out); pdfplumber turns lines,
    rectangle sides and curve segments into edges, lines first.

    A text object that draws no ink (a run of spaces set on its own, as some
    producers write every word) is skipped by PDFium's text layer, so its
    word break would be lost; it comes back as one space at its origin.
    """
    scan = _Scan({}, [], [])
    shapes: _Shapes = ([], [], [])
    _walk_objects(page, _page_objects, _page_object, _IDENTITY, height, fonts, scan, shapes)
    lines, rects, curves = shapes
    scan.edges.extend(lines + rects + curves)
    return scan


def _walk_objects(
    holder: int,
    count: Callable[[int], int],
    get: Callable[[int, int], int],
    outer: _Matrix,
    height: float,
    fonts: dict[int, tuple[str, float]],
    scan: _Scan,
    shapes: _Shapes,
) -> None:
    matrix = pdfium_c.FS_MATRIX()
    box = [ctypes.c_float() for _ in range(4)]
    box_args = [ctypes.addressof(v) for v in box]
    for i in range(count(holder)):
        obj = get(holder, i)
        kind = _object_type(obj)
        if kind == _TEXT:
            position = scan.text_order[obj] = len(scan.text_order)
            _object_bounds(obj, *box_args)  # left, bottom, right, top
            if abs(box[2].value - box[0].value) < 0.01:  # PDFium's own test for "draws nothing"
                blank = _blank_char(obj, outer, height, fonts)
                if blank is not None:
                    scan.blanks.append((position, blank))
            continue
        if kind not in (_PATH, _FORM):
            continue
        _object_matrix(obj, ctypes.addressof(matrix))
        inner = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == _FORM:
            _walk_objects(obj, _form_objects, _form_object, inner, height, fonts, scan, shapes)
        else:
            for ops, points in _subpaths(obj, inner):
                _add_shape(ops, points, height, shapes)


def _blank_char(obj: int, outer: _Matrix, height: float, fonts: dict[int, tuple[str, float]]) -> _Char | None:
    """A space where a blank text object starts, in its font and size."""
    font = _textobj_font(obj)
    if not font:
        return None
    size = ctypes.c_float()
    _textobj_size(obj, ctypes.addressof(size))
    matrix = pdfium_c.FS_MATRIX()
    _object_matrix(obj, ctypes.addressof(matrix))
    a, b, c, d, e, f = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
    if font not in fonts:
        fonts[font] = _font_facts(font)
    name, descent = fonts[font]
    run = _make_run(font, name, size.value, descent, a, b, c, d)
    return _measure_char(" ", (e, f), _glyph_width(font, 0x20) * size.value, run, height)


def _compose(m: _Matrix, n: _Matrix) -> _Matrix:
    """``m`` then ``n``."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _subpaths(path: int, m: _Matrix) -> list[tuple[str, list[tuple[float, float]]]]:
    """The path's subpaths as pdfminer's operator letters and their end points, in page space."""
    out: list[tuple[str, list[tuple[float, float]]]] = []
    ops: list[str] = []
    points: list[tuple[float, float]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    xp, yp = ctypes.addressof(x), ctypes.addressof(y)
    a, b, c, d, e, f = m
    curve_points = 0
    for i in range(_path_segments(path)):
        segment = _path_segment(path, i)
        kind = _segment_type(segment)
        _segment_point(segment, xp, yp)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == _MOVE:
            if ops:
                out.append(("".join(ops), points))
            ops, points, curve_points = ["m"], [point], 0
        elif kind == _BEZIER:
            curve_points += 1
            if curve_points % 3 == 0:  # PDFium stores both control points, pdfminer only the end
                ops.append("c")
                points.append(point)
        else:
            ops.append("l")
            points.append(point)
        if _segment_close(segment) and points:
            ops.append("h")
            points.append(points[0])
    if ops:
        out.append(("".join(ops), points))
    return out


def _add_shape(shape: str, points: list[tuple[float, float]], height: float, out: _Shapes) -> None:
    """Sort one subpath into pdfplumber's line, rectangle or curve edges (pdfminer's ``paint_path``)."""
    lines, rects, curves = out
    if len(shape) < 2 or not shape.startswith("m"):
        return
    if len(shape) > 3 and shape.endswith("lh") and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points = points[:-1]
    if shape in ("mlh", "ml"):
        (xa, ya), (xb, yb) = points[0], points[1]
        top, bottom = height - max(ya, yb), height - min(ya, yb)
        edge = _edge("line", min(xa, xb), max(xa, xb), top, bottom)
        edge["orientation"] = "h" if top == bottom else "v"
        lines.append(edge)
        return
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if points[0] == points[4] and square:
            left, right = min(x0, x2), max(x0, x2)
            top, bottom = height - max(y0, y2), height - min(y0, y2)
            rects.extend(
                [
                    _edge("rect_edge", left, right, top, top, "h"),
                    _edge("rect_edge", left, right, bottom, bottom, "h"),
                    _edge("rect_edge", left, left, top, bottom, "v"),
                    _edge("rect_edge", right, right, top, bottom, "v"),
                ]
            )
            return
    for (xa, ya), (xb, yb) in pairwise(points):
        ta, tb = height - ya, height - yb
        orientation = "v" if xa == xb else ("h" if ta == tb else None)
        curves.append(_edge("curve_edge", min(xa, xb), max(xa, xb), min(ta, tb), max(ta, tb), orientation))


def _edge(kind: str, x0: float, x1: float, top: float, bottom: float, orientation: str | None = None) -> dict[str, Any]:
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
    }


def _could_hold_table(edges: list[dict[str, Any]]) -> bool:
    """Whether the edges could make a table of two columns: three uprights and two rules.

    Snapping and joining only ever merge edges, so fewer than that can never
    become a table; the table finder is not worth running.
    """
    uprights = sum(1 for e in edges if e["orientation"] == "v" and e["height"] >= 1)
    rules = sum(1 for e in edges if e["orientation"] == "h" and e["width"] >= 1)
    return uprights >= 3 and rules >= 2


class _TablePage:
    """What pdfplumber's table finder reads of a page, built from PDFium's data."""

    def __init__(self, edges: list[dict[str, Any]], chars: list[_Char], width: float, height: float) -> None:
        self.edges = edges
        self._chars = chars
        self.width = width
        self.height = height
        self.bbox = (0.0, 0.0, width, height)
        self.chars: list[dict[str, Any]] = []

    def find_tables(self) -> list[Any]:
        """pdfplumber's ``Page.find_tables()``.

        ``Table.extract()`` tests every character of its page against every
        row; each table gets a page of its own holding only the characters
        inside it (as pdfplumber's dictionaries), the only ones a cell can hold.
        """
        from pdfplumber.table import TableFinder

        tables = TableFinder(self).tables  # type: ignore[arg-type]
        for table in tables:
            table.page = _CellChars(_chars_in(self._chars, table.bbox))
        return tables


class _CellChars(NamedTuple):
    """The one attribute ``Table.extract()`` reads of its page."""

    chars: list[dict[str, Any]]


def _chars_in(chars: list[_Char], box: Sequence[float]) -> list[dict[str, Any]]:
    """The characters whose centre is in ``box``, as pdfplumber's dictionaries."""
    left, top, right, bottom = box
    return [
        {
            "text": c.text,
            "x0": c.x0,
            "x1": c.x1,
            "top": c.top,
            "doctop": c.top,
            "bottom": c.bottom,
            "width": c.x1 - c.x0,
            "height": c.bottom - c.top,
            "size": c.size,
            "fontname": c.font,
            "upright": c.upright,
        }
        for c in chars
        if left <= (c.x0 + c.x1) / 2 <= right and top <= (c.top + c.bottom) / 2 <= bottom
    ]


# --------------------------------------------------------------------------
# Reading one page through pdfplumber (pages and files PDFium cannot map)


def read_plumber_page(page: Any, number: int) -> _Page:
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


def _has_rulings(page: Any) -> bool:
    """Whether a page draws anything a ruled table could be made of."""
    objects = page.objects
    return bool(objects.get("line") or objects.get("rect") or objects.get("curve"))


# --------------------------------------------------------------------------
# Tables, whichever library read the page


def _clean_text(text: str) -> str:
    """Text without the zero-width characters some producers scatter about."""
    return text.translate(_CLEAN_TABLE)


def _is_bold_font(font: str) -> bool:
    return bool(_BOLD_FONT.search(font)) or ",B" in font


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
