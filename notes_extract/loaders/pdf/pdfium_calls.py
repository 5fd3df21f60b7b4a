"""Lean prototypes of the PDFium C functions the per-glyph and per-object loops call.

pypdfium2's bindings wrap every handle in a ctypes pointer object; at one
call per character that wrapping costs more than the call itself, so the
hot loops call the same (cdecl) symbols through these prototypes, which
take and return plain addresses and numbers.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c


def _c_function(name: str, restype: Any, *argtypes: Any) -> Any:
    """PDFium's ``name`` called with plain addresses and numbers."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def _c_function_unchecked(name: str, restype: Any) -> Any:
    """PDFium's ``name`` with no argument types declared, for the calls made once per glyph.

    Converting every argument by a declared type is about half the cost of a
    call. Undeclared, ctypes passes Python ints as C ints and ctypes objects
    as they are: the caller passes the text page as a `ctypes.c_void_p` and
    out-parameters by `ctypes.byref`. The call keeps the GIL (a
    ``PYFUNCTYPE``): these calls only read what PDFium has parsed already and
    take well under a microsecond, and releasing and taking back the GIL was
    a sixth of their cost.
    """
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.PYFUNCTYPE(restype)(address)


class Handle(ctypes.c_void_p):
    """A PDFium handle returned as a ctypes object, ready to pass to an unchecked call.

    ctypes turns a returned ``c_void_p`` into a Python int (which an unchecked
    call would pass as a 32-bit C int) but leaves a subclass as it is.
    ``value`` is the address.
    """


_P = ctypes.c_void_p
_I = ctypes.c_int
_F = ctypes.c_float

# Characters of a text page
text_unicode = _c_function("FPDFText_GetUnicode", ctypes.c_uint, _P, _I)
# The same, unchecked (see `_c_function_unchecked`): (text page, index[, out-parameters by byref])
glyph_object = _c_function_unchecked("FPDFText_GetTextObject", _P)
glyph_origin = _c_function_unchecked("FPDFText_GetCharOrigin", _I)
glyph_generated = _c_function_unchecked("FPDFText_IsGenerated", _I)
glyph_matrix = _c_function_unchecked("FPDFText_GetMatrix", _I)
glyph_box = _c_function_unchecked("FPDFText_GetCharBox", _I)
glyph_loose_box = _c_function_unchecked("FPDFText_GetLooseCharBox", _I)
# Text objects and their fonts, checked: the character reader holds a text object as the plain int
# `glyph_object` returns (`object_font` / `object_font_size` below are the unchecked twins the object
# walk calls with a `Handle`; an int passed unchecked would go as a 32-bit C int)
textobj_font = _c_function("FPDFTextObj_GetFont", _P, _P)
textobj_size = _c_function("FPDFTextObj_GetFontSize", _I, _P, _P)
font_name = _c_function("FPDFFont_GetBaseFontName", ctypes.c_size_t, _P, _P, ctypes.c_size_t)
font_descent = _c_function("FPDFFont_GetDescent", _I, _P, _F, _P)
font_ascent = _c_function("FPDFFont_GetAscent", _I, _P, _F, _P)
font_width = _c_function("FPDFFont_GetGlyphWidth", _I, _P, ctypes.c_uint32, _F, _P)
font_glyph = _c_function("FPDFFont_GetGlyphPath", _P, _P, ctypes.c_uint32, _F)
# Glyph outlines
glyph_segments = _c_function("FPDFGlyphPath_CountGlyphSegments", _I, _P)
glyph_segment = _c_function("FPDFGlyphPath_GetGlyphPathSegment", _P, _P, _I)
segment_point = _c_function("FPDFPathSegment_GetPoint", _I, _P, _P, _P)
# The walk over a page's objects (a thousand text objects on a page written a
# word at a time), unchecked: every handle a `Handle`, out-parameters by byref.
page_objects = _c_function_unchecked("FPDFPage_CountObjects", _I)
page_object = _c_function_unchecked("FPDFPage_GetObject", Handle)
form_objects = _c_function("FPDFFormObj_CountObjects", _I, _P)
form_object = _c_function("FPDFFormObj_GetObject", Handle, _P, ctypes.c_ulong)  # an unsigned long index: checked
object_type = _c_function_unchecked("FPDFPageObj_GetType", _I)
object_matrix = _c_function_unchecked("FPDFPageObj_GetMatrix", _I)
object_bounds = _c_function_unchecked("FPDFPageObj_GetBounds", _I)
object_font = _c_function_unchecked("FPDFTextObj_GetFont", _P)
object_font_size = _c_function_unchecked("FPDFTextObj_GetFontSize", _I)
path_segments = _c_function_unchecked("FPDFPath_CountSegments", _I)
path_segment = _c_function_unchecked("FPDFPath_GetPathSegment", Handle)
path_point = _c_function_unchecked("FPDFPathSegment_GetPoint", _I)
segment_type = _c_function_unchecked("FPDFPathSegment_GetType", _I)
segment_close = _c_function_unchecked("FPDFPathSegment_GetClose", _I)


def address(handle: Any) -> int:
    """The plain address of a pypdfium2 handle (a page's or text page's ``raw``)."""
    return ctypes.cast(handle, ctypes.c_void_p).value  # type: ignore[return-value]
