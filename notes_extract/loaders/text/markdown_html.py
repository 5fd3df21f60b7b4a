"""HTML inside Markdown: where an HTML block ends, and the blocks it holds.

Markdown minutes often embed HTML tables, lists and headings exported from
other tools. This module owns finding such a block in the lines; the
fragment is read by the HTML loader (`notes_extract.loaders.html`), so one
parser turns HTML into blocks whatever file it came in.
"""

from __future__ import annotations

import re

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.text.lines import Tick

_HTML_BLOCK_TAGS = (
    "address|article|aside|blockquote|center|details|dialog|dd|div|dl|dt|fieldset|"
    "figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|"
    "summary|table|tbody|td|tfoot|th|thead|tr|ul|script|style"
)
HTML_START = lazy_compile(
    rf"^ {{0,3}}<(?:(?P<comment>!--)|(?P<close>/)?(?P<tag>{_HTML_BLOCK_TAGS})(?=[\s/>]|$))", re.I
)

# Containers worth following to their close tag; <p>, <li> and the like are
# often left unclosed, so they end at a blank line like other HTML blocks.
_BALANCED_TAGS = {
    "table", "ul", "ol", "dl", "div", "details", "pre", "blockquote", "section",
    "article", "figure", "script", "style",
}  # fmt: skip
# A disclosure's contents are Markdown (GitHub renders them so): its HTML block is only the opening
# "<details><summary>...</summary>" lines, and the entry under it is read as Markdown.
_DISCLOSURE_TAGS = {"details", "summary"}
_SUMMARY_END = lazy_compile(r"</summary\s*>", re.I)
# How far a container's close tag is looked for: an unclosed <div> ends at a
# blank line instead, so many unclosed tags cannot make reading quadratic.
MAX_HTML_LINES = 2000
# The open and close tags of each balanced container, counted to find its end.
_BALANCED_TAG_PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    tag: (lazy_compile(rf"<{tag}(?=[\s/>])", re.I), lazy_compile(rf"</{tag}\s*>", re.I)) for tag in _BALANCED_TAGS
}


def html_block_end(lines: list[str], i: int, start: re.Match[str]) -> int:
    """Index just past an HTML block that starts at ``i``.

    Comments run to ``-->``; an opening tag runs to its balancing close tag
    (tables often hold blank lines); otherwise, as CommonMark says, the
    block ends at a blank line.
    """
    if start.group("comment"):
        for j in range(i, len(lines)):
            if "-->" in lines[j]:
                return j + 1
        return len(lines)
    tag = (start.group("tag") or "").lower()
    if tag in _DISCLOSURE_TAGS and not start.group("close"):
        return _disclosure_head_end(lines, i)
    if not start.group("close") and tag in _BALANCED_TAGS:
        opening, closing = _BALANCED_TAG_PATTERNS[tag]
        depth = 0
        for j in range(i, min(len(lines), i + MAX_HTML_LINES)):
            depth += len(opening.findall(lines[j])) - len(closing.findall(lines[j]))
            if depth <= 0:
                return j + 1
    j = i
    while j < len(lines) and lines[j].strip():
        j += 1
    return j


def _disclosure_head_end(lines: list[str], i: int) -> int:
    """Index just past a disclosure's head: its "</summary>" line, or the first blank line."""
    j = i
    while j < len(lines) and lines[j].strip():
        if _SUMMARY_END.search(lines[j]):
            return j + 1
        j += 1
    return j


def _no_clock() -> None:
    """No time limit to check (a caller without a clock)."""


def html_blocks(fragment: str, tick: Tick | None = None) -> list[Block]:
    """The blocks of an HTML fragment found inside Markdown: tables on their grid, list items
    with their levels, paragraphs and headings, read by the HTML loader's own parser and walker
    (imported here, so a plain .txt never loads lxml)."""
    from notes_extract.loaders.html import fragment_blocks

    return fragment_blocks(fragment, tick=tick or _no_clock)
