"""The indexed cell search finds pdfplumber's cells, in pdfplumber's order."""

from __future__ import annotations

import random

import pdfplumber
from pdfplumber.table import TableFinder, edges_to_intersections, intersections_to_cells

from notes_extract.loaders.pdf.ruled_cells import cells_at, ruled_tables


def _rule(x0: float, x1: float, y: float) -> dict[str, object]:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h"}


def _upright(x: float, top: float, bottom: float) -> dict[str, object]:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top, "orientation": "v"}


def _random_grid(rng: random.Random) -> list[dict[str, object]]:
    """Rules and uprights on a coarse grid, some missing or cut short: merged cells, gaps, stray lines."""
    xs = sorted(rng.sample(range(0, 400, 20), rng.randint(2, 7)))
    ys = sorted(rng.sample(range(0, 400, 15), rng.randint(2, 7)))
    edges = []
    for y in ys:
        a, b = sorted(rng.sample(xs, 2)) if rng.random() < 0.3 else (xs[0], xs[-1])
        edges.append(_rule(a, b, y))
    for x in xs:
        a, b = sorted(rng.sample(ys, 2)) if rng.random() < 0.3 else (ys[0], ys[-1])
        edges.append(_upright(x, a, b))
    return [e for e in edges if rng.random() > 0.1]


def test_same_cells_in_the_same_order_as_pdfplumber() -> None:
    rng = random.Random(5)
    for _ in range(300):
        crossings = edges_to_intersections(_random_grid(rng), 3, 3)
        assert cells_at(crossings) == intersections_to_cells(crossings)


def test_same_tables_as_pdfplumber_on_a_ruled_page() -> None:
    with pdfplumber.open("tests/data/stacked-tables-template.pdf") as pdf:
        page = pdf.pages[0]
        ours, theirs = ruled_tables(page), TableFinder(page).tables
        assert ours and [t.cells for t in ours] == [t.cells for t in theirs]
