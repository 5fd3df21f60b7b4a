"""HTML inside Markdown: where an HTML block ends, and the blocks it holds.

Markdown minutes often embed HTML tables, lists and headings exported from
other tools. This module owns finding such a block in the lines and turning
the fragment into the same neutral blocks the Markdown reader produces.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from notes_extract.document import Block, BlockKind, make_block, table_block
from notes_extract.lazy_pattern import lazy_compile

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


_SKIPPED_TAGS = {"script", "style", "head", "title"}
_BREAKING_TAGS = {
    "p", "div", "blockquote", "section", "article", "header", "footer", "main", "aside",
    "nav", "dt", "dd", "dl", "pre", "hr", "details", "summary", "figure", "figcaption",
    "address", "form", "fieldset", "center",
}  # fmt: skip
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _HtmlBlocks(HTMLParser):
    """Blocks from an HTML fragment: tables, list items, headings, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.text: list[str] = []
        self.kind = BlockKind.PARAGRAPH
        self.level = 0
        self.label: str | None = None
        self.bold_from: int | None = None  # buffer length when a leading <b> opened
        self.lead = ""
        self.lists: list[list[int]] = []  # [ordered (0/1), next number]
        self.table_depth = 0
        self.rows: list[list[str]] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip += 1
        elif tag == "table":
            if self.table_depth == 0:
                self.flush()
                self.rows = []
            self.table_depth += 1
        elif self.table_depth:
            self.table_tag(tag)
        elif tag in ("ul", "ol"):
            self.flush()
            start = dict(attrs).get("start") or "1"
            self.lists.append([int(tag == "ol"), int(start) if start.isdigit() else 1])
        elif tag == "li":
            self.flush()
            self.kind, self.level = BlockKind.LIST_ITEM, max(len(self.lists) - 1, 0)
            if self.lists and self.lists[-1][0]:
                self.label = f"{self.lists[-1][1]}."
                self.lists[-1][1] += 1
        elif tag in _HEADING_TAGS:
            self.flush()
            self.kind, self.level = BlockKind.HEADING, int(tag[1])
        elif tag in _BREAKING_TAGS:
            self.flush()
        elif tag == "br" and self.kind is BlockKind.PARAGRAPH and self.bold_from is None:
            self.flush()  # a new line ("Present: Ann<br />Apologies: Ben"); in a list item the item goes on
        elif tag == "br":
            self.text.append(" ")
        elif tag in ("b", "strong") and not "".join(self.text).strip():
            self.bold_from = len(self.text)

    def table_tag(self, tag: str) -> None:
        if tag == "tr":
            self.end_row()
            self.row = []
        elif tag in ("td", "th"):
            self.end_cell()
            if self.row is None:
                self.row = []
            self.cell = []
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip = max(self.skip - 1, 0)
        elif tag == "table" and self.table_depth:
            self.table_depth -= 1
            if self.table_depth == 0:
                self.end_row()
                if self.rows:
                    self.blocks.append(table_block(self.rows))
                self.rows = []
        elif self.table_depth:
            if tag in ("td", "th"):
                self.end_cell()
            elif tag == "tr":
                self.end_row()
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "li" or tag in _HEADING_TAGS or tag in _BREAKING_TAGS:
            self.flush()
        elif tag in ("b", "strong") and self.bold_from is not None:
            self.lead = "".join(self.text[self.bold_from :])
            self.bold_from = None

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif not self.table_depth:
            self.text.append(data)

    def end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell))
        self.cell = None

    def end_row(self) -> None:
        self.end_cell()
        if self.row:
            self.rows.append(self.row)
        self.row = None

    def flush(self) -> None:
        text = "".join(self.text)
        if text.strip():
            lead = " ".join(self.lead.split())
            self.blocks.append(
                make_block(self.kind, text, level=self.level, label=self.label, lead_bold=lead)
            )
        self.text, self.lead, self.bold_from = [], "", None
        self.kind, self.level, self.label = BlockKind.PARAGRAPH, 0, None

    def close(self) -> None:
        super().close()
        if self.table_depth:
            self.end_row()
            if self.rows:
                self.blocks.append(table_block(self.rows))
        self.flush()


def html_blocks(fragment: str) -> list[Block]:
    """The blocks of an HTML fragment found inside Markdown."""
    parser = _HtmlBlocks()
    parser.feed(fragment)
    parser.close()
    return parser.blocks
