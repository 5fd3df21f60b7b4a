"""pdfplumber's table finder with its cell search indexed: the same cells, in the same order.

pdfplumber's ``intersections_to_cells`` scans every later point for each
point's column and row, and rebuilds both points' edge sets for every pair it
tests: most of the finder's time on a ruled page. Here each point's edges
become sets once and its column and row are looked up.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

Point = tuple[float, float]
Box = tuple[float, float, float, float]
# pdfplumber's intersections: a crossing point -> the uprights ("v") and rules ("h") through it.
Intersections = dict[Point, dict[str, list[dict[str, Any]]]]


def ruled_tables(page: Any) -> list[Any]:
    """pdfplumber's ``TableFinder(page).tables`` with its default settings."""
    from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

    settings = TableSettings.resolve(None)
    # The finder's edge search reads only its page and settings.
    edges = TableFinder.get_edges(SimpleNamespace(page=page, settings=settings))  # type: ignore[arg-type]
    crossings = edges_to_intersections(edges, settings.intersection_x_tolerance, settings.intersection_y_tolerance)
    return [Table(page, group) for group in cells_to_tables(cells_at(crossings))]


def cells_at(intersections: Intersections) -> list[Box]:
    """pdfplumber's ``intersections_to_cells``: from each point, in sorted order, the smallest
    cell it is the top left corner of, with the points below and to the right tried nearest first."""
    from pdfplumber.utils import obj_to_bbox

    points = sorted(intersections)
    uprights = {p: set(map(obj_to_bbox, intersections[p]["v"])) for p in points}
    rules = {p: set(map(obj_to_bbox, intersections[p]["h"])) for p in points}
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for p in points:  # sorted by x, then y: each column top down, each row left to right
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)

    def connects(p: Point, q: Point) -> bool:
        """An upright or a rule runs from ``p`` to ``q`` (pdfplumber's ``edge_connects``)."""
        return (p[0] == q[0] and not uprights[p].isdisjoint(uprights[q])) or (
            p[1] == q[1] and not rules[p].isdisjoint(rules[q])
        )

    cells: list[Box] = []
    for pt in points:
        column, row = columns[pt[0]], rows[pt[1]]
        cell = _smallest_cell(pt, column[column.index(pt) + 1 :], row[row.index(pt) + 1 :], intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(pt: Point, below: list[Point], right: list[Point], intersections: Intersections,
                   connects: Callable[[Point, Point], bool]) -> Box | None:
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in intersections and connects(corner, right_pt) and connects(corner, below_pt):
                return (pt[0], pt[1], corner[0], corner[1])
    return None
