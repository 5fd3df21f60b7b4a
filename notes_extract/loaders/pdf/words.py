"""Words from PDFium's characters, exactly as pdfplumber's ``extract_words`` makes them.

Consecutive characters of one font, size and orientation are clustered into
lines by their tops, read left to right, and cut at whitespace or where the
next character does not follow within the tolerances. Hidden and rotated
text never becomes a word; ligatures are spelled out and zero-width
characters dropped.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.pdf.model import Word, clean_text, is_bold_font
from notes_extract.loaders.pdf.pdfium_glyphs import TOP, Char
from notes_extract.loaders.pdf.settings import SETTINGS

_SURROGATE = lazy_compile("[\ud800-\udfff]")
# Ligature glyphs spelled out ("ﬁ" -> "fi"), as pdfplumber's expand_ligatures.
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


def words_from_chars(chars: list[Char], width: float, height: float) -> list[Word]:
    """Words exactly as pdfplumber's ``extract_words(extra_attrs=["fontname", "size"])`` makes them."""
    words: list[Word] = []
    bold: dict[str, bool] = {}
    x_tolerance, y_tolerance = SETTINGS.x_tolerance, SETTINGS.y_tolerance  # locals: read once per character
    for (size, font, upright), group in groupby(chars, key=itemgetter(5, 6, 7)):
        if not upright or size < SETTINGS.min_glyph_size:
            continue  # rotated or hidden text: never a word of the body
        if font not in bold:
            bold[font] = is_bold_font(font)
        for line in _char_lines(list(group)):
            line.sort(key=itemgetter(1))
            current: list[Char] = []
            prev_x0 = prev_x1 = prev_top = 0.0
            for char in line:
                text, x0, x1, top = char[0], char[1], char[2], char[3]
                if text.isspace():
                    if current:
                        _add_word(words, current, width, height, bold[font])
                        current = []
                    continue
                if current and (x0 < prev_x0 or x0 > prev_x1 + x_tolerance or abs(top - prev_top) > y_tolerance):
                    _add_word(words, current, width, height, bold[font])
                    current = []
                current.append(char)
                prev_x0, prev_x1, prev_top = x0, x1, top
            if current:
                _add_word(words, current, width, height, bold[font])
    return words


def _char_lines(chars: list[Char]) -> list[list[Char]]:
    """Characters clustered by top (chained within the tolerance), top to bottom, in content order."""
    tops = sorted({c[TOP] for c in chars})
    cluster: dict[float, int] = {}
    number = 0
    last = tops[0]
    for top in tops:
        if top > last + SETTINGS.y_tolerance:
            number += 1
        cluster[top] = number
        last = top
    if number == 0:
        return [chars]
    lines: list[list[Char]] = [[] for _ in range(number + 1)]  # every cluster holds at least one top
    for char in chars:
        lines[cluster[char[TOP]]].append(char)
    return lines


def _add_word(words: list[Word], chars: list[Char], width: float, height: float, bold: bool) -> None:
    """Append the word ``chars`` spell (sorted by x0), unless it is off the page or empty."""
    first = chars[0]
    x0, x1, top, bottom = first[1], first[2], first[3], first[4]
    for char in chars:
        if char[2] > x1:
            x1 = char[2]
        if char[3] < top:
            top = char[3]
        if char[4] > bottom:
            bottom = char[4]
    if x1 < 0 or x0 > width or bottom < 0 or top > height:
        return
    text = "".join([c[0] for c in chars])
    # Ligatures, zero-width characters and lone surrogates are all outside ASCII; and ASCII text
    # is never blank here, as no character of a word is whitespace.
    if not (text and text.isascii()):
        text = clean_text("".join([_LIGATURES.get(c[0], c[0]) for c in chars]))
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)  # half of a UTF-16 pair PDFium left alone
        if not text.strip():
            return
    words.append(Word(text, x0, x1, top, bottom, first[5], first[6], bold))
