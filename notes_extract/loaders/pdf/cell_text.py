"""A table cell's text exactly as pdfplumber's ``extract_text(chars)`` reads it, for upright text.

pdfplumber builds a word extractor, a dictionary per word and a text map for
every call, which made reading the cells cost more than finding the table.
The steps are the same here: characters clustered into lines by their tops
(chained within the tolerance), each line read left to right and cut into
words at spaces and gaps, the words clustered into lines by their tops again.
Rotated or empty characters, which pdfplumber reads in other directions or
as words of their own, are left to pdfplumber, as its dictionaries.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any, TypeVar

from notes_extract.loaders.pdf.pdfium_glyphs import BOTTOM, FONT, SIZE, TEXT, TOP, UPRIGHT, X0, X1, Char

# pdfplumber's defaults (DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE) and its ligature expansions (LIGATURES).
_X_TOLERANCE = 3
_Y_TOLERANCE = 3
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_X0, _TOP, _TEXT, _UPRIGHT = itemgetter(X0), itemgetter(TOP), itemgetter(TEXT), itemgetter(UPRIGHT)

Item = TypeVar("Item")


def cell_text(chars: list[Char]) -> str:
    """pdfplumber's ``extract_text(chars)`` with its default settings."""
    if not (all(map(_UPRIGHT, chars)) and all(map(_TEXT, chars))):
        from pdfplumber.utils import extract_text

        return extract_text([_as_dict(c) for c in chars])
    words: list[tuple[float, str]] = []  # each word's top and text
    for line in _clusters(chars, _TOP):
        line.sort(key=_X0)
        word: list[Char] = []
        prev_x0 = prev_x1 = prev_top = 0.0
        for char in line:
            text, x0, x1, top = char[0], char[1], char[2], char[3]
            if text.isspace():
                _add_word(words, word)
                word = []
                continue
            # pdfplumber's ``char_begins_new_word`` for upright text read left to right, inlined: it runs per character
            if word and (x0 < prev_x0 or x0 > prev_x1 + _X_TOLERANCE or abs(top - prev_top) > _Y_TOLERANCE):
                _add_word(words, word)
                word = []
            word.append(char)
            prev_x0, prev_x1, prev_top = x0, x1, top
        _add_word(words, word)
    return "\n".join(" ".join(text for _, text in line) for line in _clusters(words, itemgetter(0)))


def _add_word(words: list[tuple[float, str]], chars: list[Char]) -> None:
    if chars:
        text = "".join([c[0] for c in chars])
        if not text.isascii():  # every ligature glyph is outside ASCII
            text = "".join([_LIGATURES.get(c[0], c[0]) for c in chars])
        words.append((min(map(_TOP, chars)), text))


def _clusters(items: list[Item], key: Callable[[Item], float]) -> list[list[Item]]:
    """pdfplumber's ``cluster_objects``: items whose keys chain within the y tolerance, top cluster first.

    Items keep their order within a cluster.
    """
    if not items:
        return []
    keys = list(map(key, items))
    if max(keys) <= min(keys) + _Y_TOLERANCE:
        return [list(items)]  # one cluster, as most cells' lines and words are: no key ever starts a new one
    cluster_of: dict[float, int] = {}
    number, last = 0, None
    for value in sorted(set(keys)):
        if last is not None and value > last + _Y_TOLERANCE:
            number += 1
        cluster_of[value] = number
        last = value
    clusters: list[list[Item]] = [[] for _ in range(number + 1)]  # every cluster holds at least one key
    for item, value in zip(items, keys, strict=True):
        clusters[cluster_of[value]].append(item)
    return clusters


def _as_dict(char: Char) -> dict[str, Any]:
    """One of pdfplumber's character dictionaries."""
    return {
        "text": char[TEXT],
        "x0": char[X0],
        "x1": char[X1],
        "top": char[TOP],
        "doctop": char[TOP],
        "bottom": char[BOTTOM],
        "width": char[X1] - char[X0],
        "height": char[BOTTOM] - char[TOP],
        "size": char[SIZE],
        "fontname": char[FONT],
        "upright": char[UPRIGHT],
    }
