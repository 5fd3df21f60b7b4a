"""Glyph boxes and font facts from PDFium, measured the way pdfminer measures them.

pdfminer's box of a glyph starts at its origin, is its advance width wide
and its font size high, rests on the font's descent and is mapped by the
text matrix. This module holds that arithmetic, the per-text-object facts
it needs (a `Run`) and the font facts behind them (name, descent, widths),
so that every later stage sees the words pdfplumber would have made.
"""

from __future__ import annotations

import ctypes
from typing import NamedTuple

from notes_extract.loaders.pdf.pdfium_calls import font_ascent, font_descent, font_name, font_width

# PDFium font handle -> the font's name and descent per unit of font size.
FontCache = dict[int, tuple[str, float]]
# A font whose glyphs span more than this many font sizes from descent to
# ascent draws in a scaled glyph space (a Type 3 font); real fonts span 1-1.5.
SCALED_GLYPH_SPACE = 2.0

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


# One glyph as pdfminer measures it (page space, y growing downwards): text,
# x0, x1, top, bottom, size, font name, upright. A plain tuple read by the
# field numbers below: a page holds thousands, and a named tuple costs twice
# as much to make.
Char = tuple[str, float, float, float, float, float, str, bool]
TEXT, X0, X1, TOP, BOTTOM, SIZE, FONT, UPRIGHT = range(8)


class Run(NamedTuple):
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
    high: float  # d * (descent + extent) * size: the box's top above the origin
    # The box's height in units of the font size: 1 (pdfminer's box), except
    # for a font whose glyph space is scaled up (see `drawn_extent`).
    extent: float = 1.0


def make_run(font: int, name: str, size: float, descent: float, a: float, b: float, c: float, d: float,
             extent: float = 1.0) -> Run:
    low = descent * size
    high = low + size * extent
    plain = b == 0 and c == 0 and a > 0 and d > 0
    return Run(font, name, size, descent, a, b, c, d, plain, d * low, d * high, extent)


def drawn_extent(font: int, size: float, scale: float, min_size: float) -> float:
    """The height of a font's glyphs in units of ``size``, when text set this small is drawn larger.

    A Type 3 font draws its glyphs in a glyph space of its own (FontMatrix
    and the glyph procedures), so text set at a nominal size of 0.24 can be
    drawn 9 points tall: pdfminer's box (one font size high) would call it
    hidden. Only text whose nominal size, times the text matrix's vertical
    ``scale``, is below ``min_size`` is measured again: its height is the
    font's ascent less its descent at that size, as PDFium works them out
    from the font (for a Type 3 font, its FontBBox through its FontMatrix).
    Ordinary fonts, whose ascent and descent span about one font size, and
    every text of normal size keep pdfminer's box (1).
    """
    if not size or abs(size * scale) >= min_size:
        return 1.0
    ascent, descent = ctypes.c_float(), ctypes.c_float()
    if not font_ascent(font, 1.0, ctypes.addressof(ascent)) or not font_descent(font, 1.0, ctypes.addressof(descent)):
        return 1.0
    extent = ascent.value - min(descent.value, 0.0)
    return extent if extent > SCALED_GLYPH_SPACE else 1.0


def known_font(font: int, fonts: FontCache) -> tuple[str, float]:
    """The font's name and descent per unit of size, looked up once per font and page."""
    if font not in fonts:
        fonts[font] = _font_facts(font)
    return fonts[font]


def _font_facts(font: int) -> tuple[str, float]:
    """The font's name and descent per unit of size, as pdfminer would see them."""
    length = font_name(font, None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    font_name(font, buffer, length)
    name = buffer.value.decode("utf-8", "replace")
    if name in _AFM_DESCENT:
        return name, _AFM_DESCENT[name]
    descent = ctypes.c_float()
    font_descent(font, 1.0, ctypes.addressof(descent))
    # pdfminer reads a positive /Descent (PScript5.dll writes them) as negative.
    return name, -abs(descent.value)


def glyph_width(font: int, code: int) -> float:
    """Advance width of the glyph for ``code``, per unit of font size."""
    width = ctypes.c_float()
    if not font_width(font, code, 1.0, ctypes.addressof(width)):
        return 0.0
    return width.value


def measure_char(text: str, origin: tuple[float, float], advance: float, run: Run, height: float) -> Char:
    """pdfminer's box of a glyph: its lower-left and upper-right corners mapped by the text matrix."""
    ox, oy = origin
    a, b, c, d = run.a, run.b, run.c, run.d
    low = run.descent * run.size
    high = low + run.size * run.extent
    x_a, y_a = ox + c * low, oy + d * low
    x_b, y_b = ox + a * advance + c * high, oy + b * advance + d * high
    x0, x1 = (x_a, x_b) if x_a <= x_b else (x_b, x_a)
    y0, y1 = (y_a, y_b) if y_a <= y_b else (y_b, y_a)
    upright = a * d > 0 and b * c <= 0
    return (text, x0, x1, height - y1, height - y0, y1 - y0, run.name, upright)
