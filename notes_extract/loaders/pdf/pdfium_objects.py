"""One walk over a page's objects in PDFium: text object order, blank text, ruling edges.

PDFium's text layer sorts text objects and drops those that draw nothing;
the page's object list keeps content order, the blank runs of spaces some
producers use as word breaks, and the paths a ruled table is drawn with.
The ruling edges come out exactly as pdfplumber's ``page.edges`` lists them,
ready for its table finder.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import Any, NamedTuple

import pypdfium2.raw as pdfium_c

from notes_extract.loaders.pdf.pdfium_calls import (
    Handle,
    form_object,
    form_objects,
    object_bounds,
    object_font,
    object_font_size,
    object_matrix,
    object_type,
    page_object,
    page_objects,
    path_point,
    path_segment,
    path_segments,
    segment_close,
    segment_type,
)
from notes_extract.loaders.pdf.pdfium_glyphs import (
    Char,
    FontCache,
    Run,
    glyph_width,
    known_font,
    make_run,
    measure_char,
)

# One of pdfplumber's edge dictionaries (``page.edges``).
Edge = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_TEXT, _PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
_MOVE, _BEZIER = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_BEZIERTO
# PDFium's own test for a text object that "draws nothing": narrower than this.
_BLANK_WIDTH = 0.01
# PDFium stores a Bézier segment as three points (two controls, then the end);
# pdfminer keeps only the end.
_BEZIER_POINTS = 3
# pdfminer's subpaths sorted as pdfplumber's lines, rectangles and curves.
_Shapes = tuple[list[Edge], list[Edge], list[Edge]]


class Scan(NamedTuple):
    """What one pass over the page's objects tells: text object order, blank text, rulings."""

    text_order: dict[int, int]  # text object handle -> position in the content
    blanks: list[tuple[int, Char]]  # spaces PDFium's text layer leaves out, with their position
    edges: list[Edge]  # pdfplumber's ``page.edges``


def scan_objects(page: int, height: float, fonts: FontCache, left: float = 0.0,
                 drawn: AbstractSet[int] = frozenset()) -> Scan:
    """Walk the page's objects (forms recursively) in content order.

    The ruling edges come out as pdfplumber's ``page.edges`` lists them:
    pdfminer splits each painted path into subpaths and calls a subpath a
    line (two points), a rectangle (four axis-aligned sides) or a curve (its
    end points, Bézier control points left out); pdfplumber turns lines,
    rectangle sides and curve segments into edges, lines first.

    A text object that draws no ink (a run of spaces set on its own, as some
    producers write every word) is skipped by PDFium's text layer, so its
    word break would be lost; it comes back as one space at its origin.
    ``drawn`` holds the text objects the text layer kept: they draw ink, and
    their bounds are not asked for (a page written a word at a time holds
    thousands).
    """
    walk = _Walk(height, fonts, Scan({}, [], []), ([], [], []), {}, _OutParameters(), drawn)
    # ``height`` is the top of the visible box and ``left`` its left edge: positions are measured from its corner.
    start = _IDENTITY if not left else (1.0, 0.0, 0.0, 1.0, -left, 0.0)
    _walk_objects(Handle(page), page_objects, page_object, start, walk)
    lines, rects, curves = walk.shapes
    walk.scan.edges.extend(lines + rects + curves)
    return walk.scan


class _OutParameters:
    """The values PDFium's object calls write into, made once per page (a page may hold thousands of objects)."""

    def __init__(self) -> None:
        self.box = [ctypes.c_float() for _ in range(4)]  # left, bottom, right, top
        self.box_refs = [ctypes.byref(v) for v in self.box]
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.size = ctypes.c_float()
        self.size_ref = ctypes.byref(self.size)

    def matrix_values(self) -> Matrix:
        matrix = self.matrix
        return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


class _Walk(NamedTuple):
    """What the walk over a page's objects needs and gathers."""

    height: float  # the top of the visible box
    fonts: FontCache
    scan: Scan
    shapes: _Shapes
    # Blank text objects by font, size and matrix (without translation): the run and advance of their space.
    spaces: dict[tuple[int, float, float, float, float, float], tuple[Run, float]]
    out: _OutParameters
    drawn: AbstractSet[int]  # the text objects PDFium's text layer kept (see `scan_objects`)


def _walk_objects(
    holder: Handle,
    count: Callable[[Handle], int],
    get: Callable[[Handle, int], Handle],
    outer: Matrix,
    walk: _Walk,
) -> None:
    scan, out, drawn = walk.scan, walk.out, walk.drawn
    box, box_args = out.box, out.box_refs
    for i in range(count(holder)):
        obj = get(holder, i)
        kind = object_type(obj)
        if kind == _TEXT:
            address = obj.value
            position = scan.text_order[address] = len(scan.text_order)  # by address, as the text page gives it
            if address in drawn:
                continue
            object_bounds(obj, *box_args)  # left, bottom, right, top
            if abs(box[2].value - box[0].value) < _BLANK_WIDTH:
                blank = _blank_char(obj, outer, walk)
                if blank is not None:
                    scan.blanks.append((position, blank))
            continue
        if kind not in (_PATH, _FORM):
            continue
        object_matrix(obj, out.matrix_ref)
        inner = _compose(out.matrix_values(), outer)
        if kind == _FORM:
            _walk_objects(obj, form_objects, form_object, inner, walk)
        else:
            for ops, points in _subpaths(obj, inner):
                _add_shape(ops, points, walk.height, walk.shapes)


def _blank_char(obj: Handle, outer: Matrix, walk: _Walk) -> Char | None:
    """A space where a blank text object starts, in its font and size."""
    font = object_font(obj)
    if not font:
        return None
    out = walk.out
    object_font_size(obj, out.size_ref)
    object_matrix(obj, out.matrix_ref)
    a, b, c, d, e, f = _compose(out.matrix_values(), outer)
    size = out.size.value
    key = (font, size, a, b, c, d)
    space = walk.spaces.get(key)
    if space is None:  # a page sets most of its blanks in one or two fonts and sizes
        name, descent = known_font(font, walk.fonts)
        space = walk.spaces[key] = (make_run(font, name, size, descent, a, b, c, d), glyph_width(font, 0x20) * size)
    run, advance = space
    return measure_char(" ", (e, f), advance, run, walk.height)


def _compose(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n``."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _subpaths(path: Handle, m: Matrix) -> list[tuple[str, list[tuple[float, float]]]]:
    """The path's subpaths as pdfminer's operator letters and their end points, in page space."""
    out: list[tuple[str, list[tuple[float, float]]]] = []
    ops: list[str] = []
    points: list[tuple[float, float]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    xp, yp = ctypes.byref(x), ctypes.byref(y)
    a, b, c, d, e, f = m
    curve_points = 0
    for i in range(path_segments(path)):
        segment = path_segment(path, i)
        kind = segment_type(segment)
        path_point(segment, xp, yp)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == _MOVE:
            if ops:
                out.append(("".join(ops), points))
            ops, points, curve_points = ["m"], [point], 0
        elif kind == _BEZIER:
            curve_points += 1
            if curve_points % _BEZIER_POINTS == 0:
                ops.append("c")
                points.append(point)
        else:
            ops.append("l")
            points.append(point)
        if segment_close(segment) and points:
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


def _edge(kind: str, x0: float, x1: float, top: float, bottom: float, orientation: str | None = None) -> Edge:
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
