"""Ruling lines found in a page image, as the PDF loader's edges, so a scanned ruled table is read as a table.

A ruling is a long straight run of dark pixels: rows (or columns) of the
binarised image are cut into runs, short runs (letter strokes) dropped, and
runs on neighbouring rows that overlap are joined into one ruling, so a line
a few pixels thick, or a little skewed, is one edge. A thick dark band (a
filled cell) gives its two sides, as a drawn rectangle does in a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from notes_extract.loaders.pdf.pdfium_objects import Edge

# Grey level (0 black - 255 white) below which a pixel is ink.
INK_LEVEL = 128
# Shortest ruling, in points: longer than any letter stroke of body or heading type.
MIN_RULING_POINTS = 20.0
# Gaps this many points wide inside a ruling (scan dropouts) are bridged.
RULING_GAP_POINTS = 1.0
# A band of ink thicker than this (points) is a filled shape: its two sides are the rulings.
MAX_RULING_THICKNESS_POINTS = 4.0
# Runs on rows this many pixels apart, and ends this near, still belong to one ruling (thickness, skew).
ROW_SLACK_PIXELS = 2


@dataclass
class _Band:
    """Runs on neighbouring rows joined: along = the run's extent, across = the rows it covers."""

    start: int
    end: int
    first_row: int
    last_row: int


def find_rulings(image: Any, points_per_pixel: float) -> list[Edge]:
    """The image's horizontal and vertical rulings as pdfplumber edges, measured in points."""
    import numpy

    ink = numpy.asarray(image.convert("L")) < INK_LEVEL
    min_run = max(int(MIN_RULING_POINTS / points_per_pixel), 1)
    gap = max(int(round(RULING_GAP_POINTS / points_per_pixel)), 0)
    thick = MAX_RULING_THICKNESS_POINTS / points_per_pixel
    edges: list[Edge] = []
    for band in _bands(_bridge(ink, gap), min_run):
        for row in _sides(band, thick):
            edges.append(_edge("h", band.start, band.end + 1, row, row, points_per_pixel))
    for band in _bands(_bridge(ink.T, gap), min_run):
        for column in _sides(band, thick):
            edges.append(_edge("v", column, column, band.start, band.end + 1, points_per_pixel))
    return edges


def _bridge(ink: Any, gap: int) -> Any:
    """``ink`` with gaps of up to ``gap`` pixels along each row filled where ink lies on both sides.

    ``gap`` is a point's worth of pixels (3 at 200 dpi): a few shifted ORs of
    the boolean image, cheaper than counting ink with running sums.
    """
    import numpy

    if gap < 1:
        return ink
    before = numpy.zeros_like(ink)  # ink within ``gap`` pixels before x
    after = numpy.zeros_like(ink)  # ink within ``gap`` pixels after x
    for shift in range(1, gap + 1):
        before[:, shift:] |= ink[:, :-shift]
        after[:, :-shift] |= ink[:, shift:]
    return ink | (before & after)


def _rows_with_long_runs(ink: Any, min_run: int) -> Any:
    """The numbers of the rows holding a run of at least ``min_run`` ink pixels.

    The image is eroded along its rows by doubling (a pixel stays where the
    ``length`` pixels from it are all ink); a page of text has a few such rows.
    """
    import numpy

    run = ink.copy()
    width = run.shape[1]
    length = 1
    while length < min_run:
        step = min(length, min_run - length)
        run[:, :-step] &= run[:, step:]
        run[:, max(width - step, 0):] = False
        length += step
    return numpy.flatnonzero(run.any(axis=1))


def _bands(ink: Any, min_run: int) -> list[_Band]:
    """Runs of at least ``min_run`` ink pixels along the rows, joined across neighbouring rows.

    Only the rows that hold such a run are cut into runs: the rest of a page
    is letters, whose strokes are all shorter.
    """
    import numpy

    rows = _rows_with_long_runs(ink, min_run)
    padded = numpy.pad(ink[rows].astype(numpy.int8), ((0, 0), (1, 1)))
    steps = numpy.diff(padded, axis=1)
    starts_row, starts = numpy.nonzero(steps == 1)
    _, ends = numpy.nonzero(steps == -1)  # same row-major order as the starts
    long_runs = (ends - starts) >= min_run
    bands: list[_Band] = []
    open_bands: list[_Band] = []
    for row, start, end in zip(rows[starts_row[long_runs]].tolist(), starts[long_runs].tolist(),
                               (ends[long_runs] - 1).tolist(), strict=True):
        open_bands = [b for b in open_bands if row - b.last_row <= ROW_SLACK_PIXELS]
        near = ROW_SLACK_PIXELS
        joined = next((b for b in open_bands if start <= b.end + near and end + near >= b.start), None)
        if joined is None:
            joined = _Band(start, end, row, row)
            open_bands.append(joined)
            bands.append(joined)
        else:
            joined.start, joined.end = min(joined.start, start), max(joined.end, end)
            joined.last_row = row
    return bands


def _sides(band: _Band, thick: float) -> list[float]:
    """Where a band's ruling lies across it: its middle, or both sides of a filled band."""
    if band.last_row - band.first_row + 1 > thick:
        return [float(band.first_row), float(band.last_row + 1)]
    return [(band.first_row + band.last_row + 1) / 2]


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float, scale: float) -> Edge:
    x0, x1, top, bottom = x0 * scale, x1 * scale, top * scale, bottom * scale
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}
