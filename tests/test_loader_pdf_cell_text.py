"""The table cell reader gives exactly pdfplumber's ``extract_text`` for the same characters."""

from __future__ import annotations

import random

from pdfplumber.utils import extract_text

from notes_extract.loaders.pdf.cell_text import _as_dict, cell_text
from notes_extract.loaders.pdf.pdfium_glyphs import Char


def _char(text: str, x0: float, top: float, width: float = 5.0, upright: bool = True) -> Char:
    return (text, x0, x0 + width, top, top + 10.0, 10.0, "F", upright)


def _line(text: str, x0: float, top: float) -> list[Char]:
    return [_char(letter, x0 + 5.0 * i, top) for i, letter in enumerate(text)]


def _pdfplumber_text(chars: list[Char]) -> str:
    return extract_text([_as_dict(c) for c in chars])


def test_same_as_pdfplumber_on_lines_words_gaps_and_ligatures() -> None:
    chars = _line("Item ﬁve", 10, 100) + _line("owner", 80, 101.5) + _line("next line", 10, 114)
    assert cell_text(chars) == _pdfplumber_text(chars) == "Item five owner\nnext line"


def test_same_as_pdfplumber_on_shuffled_jittered_characters() -> None:
    rng = random.Random(13)
    base = _line("Agreed to pay £40", 10, 100) + _line("for the hall", 10, 112) + _line("x", 200, 103)
    for _ in range(200):
        chars = []
        for text, x0, x1, top, *rest in base:
            jittered_top = top + rng.uniform(-4, 4)
            chars.append((text, x0 + rng.uniform(-3, 3), x1, jittered_top, *rest))
        rng.shuffle(chars)
        assert cell_text(chars) == _pdfplumber_text(chars)


def test_rotated_characters_are_left_to_pdfplumber() -> None:
    chars = _line("ab", 10, 100) + [_char("c", 10, 120, upright=False)]
    assert cell_text(chars) == _pdfplumber_text(chars)
