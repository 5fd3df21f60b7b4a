"""Running headers, footers and page numbers, found across pages and dropped.

A line in the top or bottom band of a page that repeats (digits aside) on
most pages is a running header or footer; a lone page number ("3",
"- 3 -", "Page 3 of 7") in a band, or "Page 3" anywhere, goes too.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.pdf.model import Line, Page
from notes_extract.loaders.pdf.settings import SETTINGS

# After lower-casing and dropping all but letters, digits and "/": "3", "page3of7",
# "pageno12", "12page", "3/7", "iv".
_PAGE_NUMBER = lazy_compile(
    r"(?:page|p)?(?:no)?(?:\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))(?:(?:of|/)\d{1,4})?(?:page)?"
)
# What a page number's text is read without (compiled once: tested on every line of every page).
_NOT_PAGE_NUMBER_CHAR = lazy_compile(r"[^a-z0-9/]")
_DIGITS = lazy_compile(r"\d+")


def drop_running_lines(pages: list[Page]) -> list[str]:
    """Remove margin lines repeated on most pages, and lone page numbers; return the running
    header's lines as the first page shows them (the body's name or the meeting's date may be
    written only there)."""
    needed = max(SETTINGS.running_min_pages, math.ceil(len(pages) * SETTINGS.running_min_share))
    sizes: Counter[float] = Counter()
    for line in (line for page in pages for line in page.lines):
        sizes[round(line.size)] += len(line.text)
    # Title type: a heading at the top of each page that differs only in its
    # digits ("April 17th Meeting Minutes", "April 24th ...") is each meeting's
    # title, where a running header's changing digits are its page number.
    title_size = SETTINGS.heading_size_ratio * (sizes.most_common(1)[0][0] if sizes else 0.0)
    key = _running_key_with(title_size)
    repeated = _repeated_keys(pages, lambda page: page.lines, needed, key)
    # A running line sits at the page's edge: only other repeated lines lie
    # between it and the edge. A heading that happens to fall in the band of
    # two pages has the end of the previous meeting above it.
    running = _repeated_keys(pages, lambda page: _edge_lines(page, repeated, key), needed, key)
    header = [line.text for line in pages[0].lines if key(line, pages[0]) in running and
              _band(line, pages[0]) == "top" and not _is_page_number(line, pages[0])] if pages else []
    for page in pages:
        page.lines = [line for line in page.lines if not _is_page_number(line, page) and key(line, page) not in running]
    return header


Key = tuple[str, str, float]
KeyOf = Callable[[Line, Page], Key | None]


def _repeated_keys(pages: list[Page], lines_of: Callable[[Page], list[Line]], needed: int, key: KeyOf) -> set[Key]:
    """The margin texts that `lines_of` finds on at least `needed` pages."""
    seen: Counter[Key] = Counter()
    for page in pages:
        seen.update({k for line in lines_of(page) if (k := key(line, page))})
    return {key for key, count in seen.items() if count >= needed}


def _edge_lines(page: Page, repeated: set[Key], key: KeyOf) -> list[Line]:
    """The page's repeated margin lines and page numbers that reach its top or
    bottom edge through other such lines only."""
    edge: list[Line] = []
    for ordered in (sorted(page.lines, key=lambda ln: ln.top), sorted(page.lines, key=lambda ln: -ln.bottom)):
        for line in ordered:
            if key(line, page) not in repeated and not _is_page_number(line, page):
                break
            edge.append(line)
    return edge


def _band(line: Line, page: Page) -> str:
    """Which margin band the line sits in: "top", "bottom" or "" (neither)."""
    if line.bottom <= page.height * SETTINGS.margin_band:
        return "top"
    if line.top >= page.height * (1 - SETTINGS.margin_band):
        return "bottom"
    return ""


def _running_key_with(title_size: float) -> KeyOf:
    def key(line: Line, page: Page) -> Key | None:
        """What a running header or footer line looks like on every page."""
        band = _band(line, page)
        if not band:
            return None
        text = line.text if title_size and line.size >= title_size else _DIGITS.sub("", line.text)
        text = " ".join(text.lower().split())
        return (band, text, round(line.size)) if text else None

    return key


def _is_page_number(line: Line, page: Page) -> bool:
    """'3', '- 3 -', 'Page 3 of 7', '12 | Page' in a margin; 'Page 3' anywhere."""
    compact = _NOT_PAGE_NUMBER_CHAR.sub("", line.text.lower())
    if not _PAGE_NUMBER.fullmatch(compact):
        return False
    return bool(_band(line, page)) or compact.startswith("page")
