"""A page's characters from PDFium's text layer, as pdfminer would have measured them.

PDFium reports each character's origin and text object; the box follows
pdfminer (see `pdfium_glyphs`). What PDFium adds is taken out (its line
breaks, and the spaces it invents for gaps, unless the page writes no spaces
of its own), what it leaves out is put back (blank text objects, content
order), and what it splits is joined (one
glyph spelled as several characters). Advance widths, which PDFium has no
call for, are worked out per glyph and cached per font.
"""

from __future__ import annotations

import ctypes
from itertools import repeat
from operator import itemgetter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from notes_extract.loaders.pdf.model import SOFT_HYPHEN
from notes_extract.loaders.pdf.pdfium_calls import (
    address,
    font_glyph,
    glyph_box,
    glyph_generated,
    glyph_loose_box,
    glyph_matrix,
    glyph_object,
    glyph_origin,
    glyph_segment,
    glyph_segments,
    segment_point,
    text_unicode,
    textobj_font,
    textobj_size,
)
from notes_extract.loaders.pdf.pdfium_glyphs import (
    TEXT,
    X0,
    X1,
    Char,
    FontCache,
    Run,
    drawn_extent,
    glyph_width,
    known_font,
    make_run,
    measure_char,
)
from notes_extract.loaders.pdf.pdfium_objects import Scan
from notes_extract.loaders.pdf.settings import SETTINGS

_FIRST_SURROGATE = 0xD800
_LINE_BREAK_HYPHEN = 0x02  # PDFium's code for "-" or a soft hyphen ending a line
# A ligature's letters -> its glyph, to measure a ligature PDFium decomposed.
_LIGATURE_OF = {"ff": "ﬀ", "ffi": "ﬃ", "ffl": "ﬄ", "fi": "ﬁ", "fl": "ﬂ", "st": "ﬆ"}
# PDFium's boxes are single-precision: edges and widths closer than this are equal.
_SAME_EDGE = 0.001
_FOUR_DOUBLES = ctypes.c_double * 4
# Outline boxes, in units of the font size, closer than this are the same glyph's.
_SAME_OUTLINE = 0.02


def text_objects(textpage: pdfium.PdfTextPage) -> list[int]:
    """Each character's text object (0 for a line break PDFium made up), in the text page's order."""
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    page = ctypes.c_void_p(address(textpage.raw))  # for the unchecked call
    return list(map(glyph_object, repeat(page, count), range(count)))  # the calls looped in C


def page_chars(
    textpage: pdfium.PdfTextPage, height: float, scan: Scan, fonts: FontCache, objects: list[int]
) -> list[Char]:
    """Every glyph of the page in content order, measured the way pdfminer does.

    PDFium's own line breaks and the spaces it invents for gaps are skipped
    (word breaks come from gaps, as in pdfplumber), except on a page that
    writes no spaces at all (TeX output), whose word breaks are PDFium's; the blank text
    objects it ignores are put back as spaces. PDFium sorts the text objects
    of a line by x; pdfplumber keeps content order, which decides where runs
    of one font begin and end, so characters are put back in content order.
    """
    chars, places = _chars_in_text_order(textpage, height, scan.text_order, fonts, objects)
    return _in_content_order(chars, places, scan.blanks)


def _chars_in_text_order(
    textpage: pdfium.PdfTextPage, height: float, text_order: dict[int, int], fonts: FontCache, objects: list[int]
) -> tuple[list[Char], list[tuple[int, int]]]:
    """The glyphs in PDFium's order, and where each text object's glyphs begin: (index, place in the content).

    ``objects`` is each character's text object (`text_objects`)."""
    handle = address(textpage.raw)
    count = len(objects)
    codes = _unicodes(textpage, handle, count)
    page = ctypes.c_void_p(handle)  # for the unchecked calls
    x, y = ctypes.c_double(), ctypes.c_double()
    xp, yp = ctypes.byref(x), ctypes.byref(y)
    runs: dict[int, Run] = {}  # text object -> its run
    read_run = _RunReader(page, fonts).read
    widths: dict[int, dict[int, float]] = {}  # font handle -> code -> advance per unit of size
    chars: list[Char] = []
    places: list[tuple[int, int]] = []  # per text object rather than per glyph: (first glyph, position)
    # Locals, not globals: this loop runs once per glyph.
    get_origin, generated = glyph_origin, glyph_generated
    last_object = 0
    last_x = last_y = line_y = float("nan")
    position = 0
    run = font_widths = None
    invented: list[int] = []  # where PDFium saw a word break the page wrote no space for
    scaled_breaks: list[int] = []  # the same, in text drawn in a scaled glyph space (Type 3 fonts)
    written_spaces = 0
    for index, obj, code in zip(range(count), objects, codes, strict=True):
        if not obj:
            last_object = 0
            if run is not None and run.extent != 1.0 and code == 0x20 and chars:
                scaled_breaks.append(len(chars))  # a word break PDFium saw in Type 3 text
            continue  # a line break PDFium made up
        if code == 0x20:
            if generated(page, index):
                if chars and (not invented or invented[-1] != len(chars)):
                    invented.append(len(chars))
                continue  # a space PDFium made up from a gap: kept only on pages that write none
            written_spaces += 1
        if obj != last_object or run is None:
            run = runs.get(obj) or runs.setdefault(obj, read_run(index, obj))
            font_widths = widths.setdefault(run.font, {})
            position = text_order.get(obj, position)
            places.append((len(chars), position))
            plain, a, size, low, high, name = run.plain, run.a, run.size, run.low, run.high, run.name
            line_y = float("nan")
        get_origin(page, index, xp, yp)
        ox, oy = x.value, y.value
        if ox == last_x and oy == last_y and obj == last_object and chars and _same_glyph(page, index):
            # One glyph PDFium spelled as several characters: a ligature
            # ("ﬁ" -> "f", "i"), a multi-letter ToUnicode entry or a UTF-16 pair.
            chars[-1] = _joined(chars[-1], chr(code), page, index, run, (ox, oy), height)
            continue
        last_object, last_x, last_y = obj, ox, oy
        if code == _LINE_BREAK_HYPHEN:
            text = _hyphen(page, index, run, (ox, oy))
            code = ord(text)
        elif code == 0 or 0xDC00 <= code <= 0xDFFF:
            last_x = float("nan")
            continue  # no text for this glyph
        else:
            text = chr(code)
        advance = font_widths.get(code)  # type: ignore[union-attr]
        if advance is None:
            advance, known = _advance(page, index, obj, run, code, ox, oy)
            if known:
                font_widths[code] = advance  # type: ignore[index]
        if plain:  # measure_char's arithmetic for upright text, inlined: this runs per glyph
            if oy != line_y:  # the vertical extent is the same along a line of one text object
                line_y = oy
                y_low, y_high = oy + low, oy + high
                top, bottom, char_height = height - y_high, height - y_low, y_high - y_low
            char = (text, ox, ox + a * (advance * size), top, bottom, char_height, name, True)
        else:
            char = measure_char(text, (ox, oy), advance * run.size, run, height)
        chars.append(char)
    if invented and written_spaces * SETTINGS.implicit_spaces_ratio < len(invented):
        return _with_word_breaks(chars, places, invented)
    # Type 3 glyph procedures rarely draw spaces, and their gaps are in the
    # glyph space's scale, not the points pdfplumber's tolerance counts in.
    return _with_word_breaks(chars, places, scaled_breaks) if scaled_breaks else (chars, places)


def _unicodes(textpage: pdfium.PdfTextPage, handle: int, count: int) -> list[int]:
    """Every character's Unicode value, read in one call where PDFium's text buffer lines up with its characters.

    The buffer leaves out control characters (then it is short and each is
    asked for); from the surrogates up it may differ from the character's
    own value (the line-end hyphen mark is U+FFFE there), so those are asked for.
    """
    buffer = (ctypes.c_ushort * (count + 1))()
    if pdfium_c.FPDFText_GetText(textpage.raw, 0, count, buffer) != count + 1:
        return [text_unicode(handle, index) for index in range(count)]
    codes = buffer[:count]
    if not codes or max(codes) < _FIRST_SURROGATE:
        return codes
    return [code if code < _FIRST_SURROGATE else text_unicode(handle, index) for index, code in enumerate(codes)]


def _with_word_breaks(
    chars: list[Char], places: list[tuple[int, int]], breaks: list[int]
) -> tuple[list[Char], list[tuple[int, int]]]:
    """The characters with a space before each index in ``breaks``, on the line of the character before it."""
    positions = _positions(places, len(chars))
    out_chars: list[Char] = []
    out_positions: list[int] = []
    pending = iter(breaks)
    at = next(pending, None)
    for i, (char, position) in enumerate(zip(chars, positions, strict=True)):
        if i == at:
            before = chars[i - 1]
            out_chars.append((" ", before[X1], *before[X1:]))
            out_positions.append(positions[i - 1])
            at = next(pending, None)
        out_chars.append(char)
        out_positions.append(position)
    return out_chars, list(enumerate(out_positions))


def _positions(places: list[tuple[int, int]], count: int) -> list[int]:
    """Every glyph's text object's place in the content, from where each object's glyphs begin."""
    ends = [start for start, _ in places[1:]] + [count]
    return [position for (start, position), end in zip(places, ends, strict=True) for _ in range(end - start)]


def _in_content_order(chars: list[Char], places: list[tuple[int, int]], blanks: list[tuple[int, Char]]) -> list[Char]:
    """The characters sorted (stably) by their text object's place in the content, blanks put back."""
    order = [position for _, position in places]
    if blanks or order != sorted(order):  # sorted() is linear on sorted input, the usual case
        keyed = sorted([*zip(_positions(places, len(chars)), chars, strict=True), *blanks], key=itemgetter(0))  # stable
        return [char for _, char in keyed]
    return chars


class _RunReader:
    """Reads what the characters of a text object share, into a `Run`.

    A page written a word at a time has a text object per word (thousands):
    the out-parameters are made once, and objects of one font, size and
    matrix share one `Run`, so only PDFium's three calls are made per object.
    """

    def __init__(self, page: ctypes.c_void_p, fonts: FontCache) -> None:
        self._page = page
        self._fonts = fonts
        self._size = ctypes.c_float()
        self._size_address = ctypes.addressof(self._size)
        self._matrix = pdfium_c.FS_MATRIX()
        self._matrix_ref = ctypes.byref(self._matrix)
        self._shared: dict[tuple[int, float, float, float, float, float], Run] = {}

    def read(self, index: int, obj: int) -> Run:
        """The run of text object ``obj``, read at its character ``index`` of the text page."""
        font = textobj_font(obj)
        textobj_size(obj, self._size_address)
        glyph_matrix(self._page, index, self._matrix_ref)
        matrix = self._matrix
        key = (font, self._size.value, matrix.a, matrix.b, matrix.c, matrix.d)
        run = self._shared.get(key)
        if run is None:
            run = self._shared[key] = _new_run(*key, self._fonts)
        return run


def _new_run(font: int, size: float, a: float, b: float, c: float, d: float, fonts: FontCache) -> Run:
    """The run of text in ``font`` at ``size`` drawn by the matrix ``a b c d``."""
    name, descent = known_font(font, fonts)
    extent = drawn_extent(font, size, d or b, SETTINGS.min_glyph_size)
    return make_run(font, name, size, descent, a, b, c, d, extent)


def _advance(
    page: ctypes.c_void_p, index: int, obj: int, run: Run, code: int, ox: float, oy: float
) -> tuple[float, bool]:
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
    mapped = glyph_width(run.font, code)
    if not run.plain or not run.size:
        return mapped, True
    if glyph_object(page, index + 1) == obj:
        x, y = ctypes.c_double(), ctypes.c_double()
        glyph_origin(page, index + 1, ctypes.byref(x), ctypes.byref(y))
        if (x.value, y.value) == (ox, oy):
            return mapped, False
    loose = pdfium_c.FS_RECTF()
    if not glyph_loose_box(page, index, ctypes.byref(loose)):
        return mapped, True
    own = (loose.right - ox) / (run.a * run.size)
    # the ink box only when the widths disagree: it is asked for last, as it costs a call
    if abs(own - mapped) > _SAME_EDGE and loose.right > _tight_box(page, index)[1] + _SAME_EDGE:
        return own, True
    return (mapped if mapped > 0 else max(own, 0.0)), True


def _same_glyph(page: ctypes.c_void_p, index: int) -> bool:
    """Whether characters ``index - 1`` and ``index`` come from one glyph.

    PDFium gives the characters of a multi-letter ToUnicode entry the glyph's
    box each, and splits the box of a ligature it decomposes itself ("ﬁ")
    into side-by-side pieces.
    """
    left_a, right_a, bottom_a, top_a = _tight_box(page, index - 1)
    left_b, right_b, bottom_b, top_b = _tight_box(page, index)
    if (bottom_a, top_a) != (bottom_b, top_b):
        return False
    return (left_a, right_a) == (left_b, right_b) or right_a == left_b


def _tight_box(page: ctypes.c_void_p, index: int) -> tuple[float, float, float, float]:
    """The character's ink box: left, right, bottom, top."""
    box = _FOUR_DOUBLES()
    byref = ctypes.byref
    glyph_box(page, index, byref(box), byref(box, 8), byref(box, 16), byref(box, 24))
    left, right, bottom, top = box
    return left, right, bottom, top


def _joined(
    char: Char, more: str, page: ctypes.c_void_p, index: int, run: Run, origin: tuple[float, float], height: float
) -> Char:
    """``char`` with another character of its glyph appended, measured as the whole glyph.

    The advance is the glyph's: PDFium's loose box spans it for multi-letter
    ToUnicode entries; a ligature it decomposed itself is measured by its
    code point, and a UTF-16 pair by the character it encodes.
    """
    text = (char[TEXT] + more).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    candidates = [(char[X1] - char[X0]) / run.a] if run.plain else []  # in text space, like the others
    loose = pdfium_c.FS_RECTF()
    if glyph_loose_box(page, index, ctypes.byref(loose)) and run.a:
        candidates.append((loose.right - origin[0]) / run.a)
    glyph = _LIGATURE_OF.get(text, text)
    if len(glyph) == 1:
        candidates.append(glyph_width(run.font, ord(glyph)) * run.size)
    measured = measure_char(text, origin, max(candidates, default=0.0), run, height)
    return (text, *measured[X0:])


def _hyphen(page: ctypes.c_void_p, index: int, run: Run, origin: tuple[float, float]) -> str:
    """The character PDFium replaced by its line-end hyphen mark: "-" or a soft hyphen.

    PDFium keeps no trace of which it was, but the glyph drawn does: a soft
    hyphen mapped to its own glyph is told by matching that glyph's outline
    box to the drawn one. When both look alike, "-" is the safe reading.
    """
    if run.b or run.c or not run.a or not run.d or not run.size:
        return "-"
    left, right, bottom, top = _tight_box(page, index)
    scale_x, scale_y = run.a * run.size, run.d * run.size
    drawn = (
        (left - origin[0]) / scale_x,
        (bottom - origin[1]) / scale_y,
        (right - origin[0]) / scale_x,
        (top - origin[1]) / scale_y,
    )

    def matches(code: int) -> bool:
        box = _glyph_box(run.font, code)
        return box is not None and all(abs(p - q) < _SAME_OUTLINE for p, q in zip(box, drawn, strict=True))

    return SOFT_HYPHEN if matches(0xAD) and not matches(0x2D) else "-"


def _glyph_box(font: int, code: int) -> tuple[float, float, float, float] | None:
    """Outline bounds of the glyph for ``code`` in units of the font size, or None."""
    path = font_glyph(font, code, 1.0)
    if not path:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    xs: list[float] = []
    ys: list[float] = []
    for k in range(glyph_segments(path)):
        segment_point(glyph_segment(path, k), ctypes.addressof(x), ctypes.addressof(y))
        xs.append(x.value)
        ys.append(y.value)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None
