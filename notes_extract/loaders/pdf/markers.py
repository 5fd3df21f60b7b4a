"""List markers: which lines open a list item, and at which indent level.

A line opens an item with a bullet glyph (Unicode, or a Symbol/Wingdings
private-use glyph), a weak bullet ("-", "*") or a number label ("1.",
"(a)") — the last two only when the line does not carry on a sentence
from the line above. Markers' x positions cluster into indent levels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.pdf.model import MONOSPACED_FONT, Line, Word, ends_sentence
from notes_extract.loaders.pdf.settings import SETTINGS
from notes_extract.loaders.pdf.spacing import DocumentMetrics, close_below, fills_line, wrapped

# Glyphs that always mark a list item when they open a line.
_BULLETS = frozenset("•●○◦▪■□▫◆◇►▸▹➢➤✓✔❖‣⁃∙·")
# Symbol and Wingdings bullets extracted as private-use characters.
_PRIVATE_BULLETS = frozenset("\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf06e\uf0e0")
# Glyphs that mark a list item only when not in the middle of running text.
_WEAK_BULLETS = frozenset({"-", "–", "—", "*"})
# Fonts whose "o" is a bullet (Word's second-level bullet is Courier New "o";
# LibreOffice prints it in its stand-in, Liberation Mono or DejaVu Sans Mono).
_SYMBOL_FONT = lazy_compile(r"symbol|wingding|dingbat|courier|mono", re.IGNORECASE)
# "1.", "2)", "(a)", "A.", "ii.", "1-" as a whole word at the start of a line.
_ROMAN = r"x{0,3}(?:ix|iv|v?i{1,3}|v)|X{0,3}(?:IX|IV|V?I{1,3}|V)"
_NUMBER_LABEL = lazy_compile(rf"\(?(?:[0-9]{{1,2}}|[A-Za-z]|{_ROMAN})[.)]|[0-9]{{1,2}}-")
# "1)Apologies", "1.Opening": a number and parenthesis or dot glued to a
# capitalised word (LibreOffice sets a list's number a tab's width from its
# text, closer than the gap that starts a new word).
_GLUED_LABEL = lazy_compile(r"(\(?[0-9]{1,2}\)|[0-9]{1,2}\.)(?=[A-Z])")


@dataclass(frozen=True)
class Marker:
    """How a line opens a list item: its label (None for a bullet), the
    marker's x and the words after the marker."""

    label: str | None
    x: float
    words: list[Word]


def find_markers(lines: list[Line], metrics: DocumentMetrics) -> dict[int, Marker]:
    """The lines that open a list item, keyed by ``id(line)``."""
    markers: dict[int, Marker] = {}
    prev: Line | None = None
    numbered: list[Marker] = []  # the numbered markers so far, latest last
    for line in lines:
        running = prev is not None and _running_on(prev, line, metrics)
        marker = _marker(line, running)
        if marker is None and running:
            marker = _next_in_sequence(_marker(line, False), numbered)
        if marker is not None:
            markers[id(line)] = marker
            if marker.label is not None:
                numbered.append(marker)
        prev = line
    _outline_markers(lines, markers, metrics)
    return markers


def _next_in_sequence(marker: Marker | None, numbered: list[Marker]) -> Marker | None:
    """``marker`` when it numbers the item after the latest one at its indent ("2." under "1.",
    a nested list between or not): the line above ran full, but a wrapped line would not start
    with the next number there."""
    if marker is None or marker.label is None:
        return None
    last = next((m for m in reversed(numbered) if abs(m.x - marker.x) <= SETTINGS.indent_tolerance), None)
    if last is None or last.label is None:
        return None
    return marker if _ordinal(marker.label) == _ordinal(last.label) + 1 else None


def _ordinal(label: str) -> int:
    """The number a label counts ("2." → 2, "(b)" → 2), or -1 for one that does not count simply."""
    core = label.strip("().-")
    if core.isdigit():
        return int(core)
    return ord(core.lower()) - ord("a") + 1 if len(core) == 1 and core.isalpha() else -1


def _outline_markers(lines: list[Line], markers: dict[int, Marker], metrics: DocumentMetrics) -> None:
    """Mark the indented lines of each run of monospaced lines as items; the run's first column stays text.

    An indented line that carries on the sentence above at the same indent,
    or under one of its words, is that line wrapped (a document typed in
    Courier indents its wrapped lines); one set elsewhere is a point.
    """
    run: list[Line] = []
    for line in [*lines, None]:
        mono = line is not None and bool(MONOSPACED_FONT.search(line.font))
        if line is not None and mono and run and _same_block(run[-1], line):
            run.append(line)
            continue
        base = min((x.x0 for x in run), default=0.0)
        for prev, item in zip(run, run[1:], strict=False):
            indented = item.x0 - base > SETTINGS.indent_tolerance
            if indented and id(item) not in markers and not _wraps_onto(prev, item, metrics, markers.get(id(prev))):
                markers[id(item)] = Marker(None, item.x0, item.words)
        run = [line] if line is not None and mono else []


def _wraps_onto(prev: Line, line: Line, metrics: DocumentMetrics, opening: Marker | None) -> bool:
    """Whether ``line`` is ``prev`` wrapped: it carries on the sentence, at the same indent, under
    one of ``prev``'s later words (a hanging indent: "3.  Budget  The committee ..." wrapped under "The")
    or, when ``prev`` opens a numbered item (``opening``), inside that item (`wraps_inside_item`)."""
    if abs(line.x0 - prev.x0) <= SETTINGS.indent_tolerance:
        return _running_on(prev, line, metrics)
    if opening is not None and wraps_inside_item(opening, prev, line, metrics):
        return True
    if not any(abs(w.x0 - line.x0) <= SETTINGS.marker_slack for w in prev.words[1:]):
        return False
    runs_on = wrapped(prev, line.words[0], metrics) or line.text[:1].islower()
    return runs_on and close_below(prev, line, metrics) and not ends_sentence(prev)


def wraps_inside_item(opening: Marker, prev: Line, line: Line, metrics: DocumentMetrics) -> bool:
    """Whether ``line`` is ``prev``, the first line of a numbered item opened by ``opening``, wrapped
    to a start right of the number and not right of the item's text (a web page's list item
    holding a code block: the block's spaces push the first line's text right, and look like tab
    gaps, while its wrapped lines start at the item's left edge)."""
    if opening.label is None or not opening.words:
        return False
    if not opening.x + SETTINGS.indent_tolerance < line.x0 <= opening.words[0].x0 + SETTINGS.marker_slack:
        return False
    runs_on = fills_line(prev, line.words[0], metrics) or line.text[:1].islower()
    return runs_on and close_below(prev, line, metrics) and not ends_sentence(prev)


def _same_block(prev: Line, line: Line) -> bool:
    """Whether ``line`` is in ``prev``'s preformatted block: a blank line apart at most, or over a page break."""
    if line.page != prev.page:
        return line.page == prev.page + 1
    return 0 <= line.top - prev.bottom <= SETTINGS.preformatted_blank_gap * line.size


def _running_on(prev: Line, line: Line, metrics: DocumentMetrics) -> bool:
    """Whether ``line`` carries on an unfinished sentence from ``prev``."""
    return close_below(prev, line, metrics) and wrapped(prev, line.words[0], metrics) and not ends_sentence(prev)


def _marker(line: Line, running: bool) -> Marker | None:
    """How ``line`` opens a list item, or None; ``running``: it carries on the line above."""
    words = line.words
    first, rest = words[0], words[1:]
    text = first.text
    if _is_bullet_glyph(text):
        return Marker(None, first.x0, rest)
    if text[0] in _BULLETS or text[0] in _PRIVATE_BULLETS:
        # A bullet glued to its text: "•Item".
        return Marker(None, first.x0, [replace(first, text=text[1:]), *rest])
    if running:
        return None
    glued = _GLUED_LABEL.match(text)
    if glued:
        label = glued.group(1)
        return Marker(label, first.x0, [replace(first, text=text[len(label) :]), *rest])
    if not rest:
        return None
    if text == "o" and _SYMBOL_FONT.search(first.font):
        return Marker(None, first.x0, rest)
    if text in _WEAK_BULLETS:
        return Marker(None, first.x0, rest)
    if _NUMBER_LABEL.fullmatch(text) and not _INITIAL_THEN_SURNAME.fullmatch(f"{text} {rest[0].text}"):
        return Marker(text, first.x0, rest)
    return None


# "J. Whitaker, Harbour Hotel": an initial and a surname, then a comma and where from, not item J
# (the text reader's `plain._NOT_AN_INITIAL`).
_INITIAL_THEN_SURNAME = lazy_compile(r"[A-Z]\. [A-Z][a-z'’-]+,")


def is_bullet_word(text: str, font: str) -> bool:
    """Whether a word standing alone is a bullet: a bullet glyph, or the "o" of a symbol or monospaced font."""
    return _is_bullet_glyph(text) or (text == "o" and bool(_SYMBOL_FONT.search(font)))


def _is_bullet_glyph(text: str) -> bool:
    return len(text) == 1 and (text in _BULLETS or _is_private_glyph(text))


def _is_private_glyph(char: str) -> bool:
    """Symbol and Wingdings glyphs land in the private use area (U+F0B7)."""
    return "\ue000" <= char <= "\uf8ff"


def indent_levels(xs: Iterable[float]) -> list[float]:
    """The leftmost x of each distinct list indent, left to right."""
    starts: list[float] = []
    last = None
    for x in sorted(xs):
        if last is None or x - last > SETTINGS.indent_tolerance:
            starts.append(x)
        last = x
    return starts


def level(x: float, levels: list[float]) -> int:
    """The indent level (0 = outermost) a marker at ``x`` sits at."""
    found = 0
    for i, start in enumerate(levels):
        if x >= start - SETTINGS.level_slack:
            found = i
    return found


def is_marker_word(text: str, font: str) -> bool:
    """Whether a word standing alone is a list marker: a bullet, a dash or an item number ("3.", "b)")."""
    return is_bullet_word(text, font) or text in _WEAK_BULLETS or bool(_NUMBER_LABEL.fullmatch(text))
