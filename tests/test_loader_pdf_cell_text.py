"""The table cell reader gives exactly pdfplumber's ``extract_text`` for the same characters."""

from __future__ import annotations

import random
from typing import Any

from pdfplumber.utils import extract_text

from notes_extract.loaders.pdf.cell_text import cell_text


def _char(text: str, x0: float, top: float, width: float = 5.0, upright: bool = True) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "doctop": top, "bottom": top + 10.0,
            "width": width, "height": 10.0, "size": 10.0, "fontname": "F", "upright": upright}


def _line(text: str, x0: float, top: float) -> list[dict[str, Any]]:
    return [_char(letter, x0 + 5.0 * i, top) for i, letter in enumerate(text)]


def test_same_as_pdfplumber_on_lines_words_gaps_and_ligatures() -> None:
    chars = _line("Item ﬁve", 10, 100) + _line("owner", 80, 101.5) + _line("next line", 10, 114)
    assert cell_text(chars) == extract_text(chars) == "Item five owner\nnext line"


def test_same_as_pdfplumber_on_shuffled_jittered_characters() -> None:
    rng = random.Random(13)
    base = _line("Agreed to pay £40", 10, 100) + _line("for the hall", 10, 112) + _line("x", 200, 103)
    for _ in range(200):
        chars = [{**c, "top": c["top"] + rng.uniform(-4, 4), "x0": c["x0"] + rng.uniform(-3, 3)} for c in base]
        rng.shuffle(chars)
        assert cell_text(chars) == extract_text(chars)


def test_rotated_characters_are_left_to_pdfplumber() -> None:
    chars = _line("ab", 10, 100) + [_char("c", 10, 120, upright=False)]
    assert cell_text(chars) == extract_text(chars)
