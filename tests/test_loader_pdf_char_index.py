"""A page's characters indexed once give each table box the characters a full scan would, in page order."""

from __future__ import annotations

import random

from notes_extract.loaders.pdf.pdfium_glyphs import BOTTOM, TEXT, TOP, X0, X1, Char
from notes_extract.loaders.pdf.tables import CharIndex


def _char(text: str, x0: float, top: float) -> Char:
    return (text, x0, x0 + 4.0, top, top + 10.0, 10.0, "F", True)


def _scanned(chars: list[Char], box: tuple[float, float, float, float]) -> list[Char]:
    left, top, right, bottom = box
    return [c for c in chars if left <= (c[X0] + c[X1]) / 2 <= right and top <= (c[TOP] + c[BOTTOM]) / 2 <= bottom]


def test_box_edges_are_inclusive_and_page_order_is_kept() -> None:
    # Written bottom line first: the index sorts by height but must hand them back as written.
    chars = [_char("b", 10, 40), _char("a", 10, 20), _char("c", 30, 20), _char("out", 100, 20)]
    index = CharIndex(chars)
    # Middles: x 12 / 32 / 102, y 25 / 45; the box touches "a" and "b" exactly at their centres.
    assert [c[TEXT] for c in index.centred_in((12, 25, 32, 45))] == ["b", "a", "c"]
    assert index.centred_in((0, 46, 200, 90)) == []


def test_same_characters_as_a_full_scan() -> None:
    rng = random.Random(7)
    chars = [_char(str(i), rng.uniform(0, 500), rng.choice([10.0, 22.5, 35.0, rng.uniform(0, 700)]))
             for i in range(400)]
    index = CharIndex(chars)
    for _ in range(200):
        left, top = rng.uniform(0, 500), rng.uniform(0, 700)
        box = (left, top, left + rng.uniform(0, 300), top + rng.uniform(0, 300))
        assert index.centred_in(box) == _scanned(chars, box)
    assert CharIndex([]).centred_in((0, 0, 10, 10)) == []
