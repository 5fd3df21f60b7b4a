"""Running headers, footers and page numbers, found across pages and dropped.

A line in the top or bottom band of a page that repeats (digits aside) on
most pages is a running header or footer; a lone page number ("3",
"- 3 -", "Page 3 of 7") in a band, or "Page 3" anywhere, goes too.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

from notes_extract.loaders.pdf.model import Line, Page
from notes_extract.loaders.pdf.settings import SETTINGS

# After lower-casing and dropping all but letters, digits and "/": "3", "page3of7",
# "pageno12", "12page", "3/7", "iv".
_PAGE_NUMBER = re.compile(
    r"(?:page|p)?(?:no)?(?:\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))(?:(?:of|/)\d{1,4})?(?:page)?"
)


def drop_running_lines(pages: list[Page]) -> None:
    """Remove margin lines repeated on most pages, and lone page numbers."""
    needed = max(SETTINGS.running_min_pages, math.ceil(len(pages) * SETTINGS.running_min_share))
    repeated = _repeated_keys(pages, lambda page: page.lines, needed)
    # A running line sits at the page's edge: only other repeated lines lie
    # between it and the edge. A heading that happens to fall in the band of
    # two pages has the end of the previous meeting above it.
    running = _repeated_keys(pages, lambda page: _edge_lines(page, repeated), needed)
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not _is_page_number(line, page) and _running_key(line, page) not in running
        ]


def _repeated_keys(
    pages: list[Page], lines_of: Callable[[Page], list[Line]], needed: int
) -> set[tuple[str, str, float]]:
    """The margin texts that `lines_of` finds on at least `needed` pages."""
    seen: Counter[tuple[str, str, float]] = Counter()
    for page in pages:
        seen.update({k for line in lines_of(page) if (k := _running_key(line, page))})
    return {key for key, count in seen.items() if count >= needed}


def _edge_lines(page: Page, repeated: set[tuple[str, str, float]]) -> list[Line]:
    """The page's repeated margin lines and page numbers that reach its top or
    bottom edge through other such lines only."""
    edge: list[Line] = []
    for ordered in (sorted(page.lines, key=lambda ln: ln.top), sorted(page.lines, key=lambda ln: -ln.bottom)):
        for line in ordered:
            if _running_key(line, page) not in repeated and not _is_page_number(line, page):
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


def _running_key(line: Line, page: Page) -> tuple[str, str, float] | None:
    """What a running header or footer line looks like on every page."""
    band = _band(line, page)
    if not band:
        return None
    text = " ".join(re.sub(r"\d+", "", line.text).lower().split())
    return (band, text, round(line.size)) if text else None


def _is_page_number(line: Line, page: Page) -> bool:
    """'3', '- 3 -', 'Page 3 of 7', '12 | Page' in a margin; 'Page 3' anywhere."""
    compact = re.sub(r"[^a-z0-9/]", "", line.text.lower())
    if not _PAGE_NUMBER.fullmatch(compact):
        return False
    return bool(_band(line, page)) or compact.startswith("page")
