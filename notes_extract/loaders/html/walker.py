"""An HTML element tree walked in reading order into neutral blocks.

Elements a reader never sees (`hidden`, `display: none`, `visibility: hidden`) are dropped.
Headings h1-h6 keep their level; p, div and the other block elements end a
paragraph, and so does <br> (old pages write each line of minutes as a
line break, and a blank line as two); ul/ol nest with visible numbers (start,
type, value); dt reads as a bold label and dd as the item under it; data
tables become table blocks and layout tables are read as text. Scripts,
styles, navigation and forms' controls are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from notes_extract.document import Block, BlockKind, make_block, table_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.docx.counters import format_number
from notes_extract.loaders.docx.tables import cell_line
from notes_extract.loaders.html.item_breaks import ITEM_BREAK, item_lines
from notes_extract.loaders.html.tables import grid_rows, is_layout, row_cells, table_rows
from notes_extract.loaders.text.lines import BULLET_GLYPHS
from notes_extract.loaders.text.markdown import CODE_LIKE
from notes_extract.loaders.text.plain import parse_plain

# A <pre> of this many written lines or more, most of them not code, is minutes typed as plain text.
MIN_TYPED_LINES = 5

# Elements whose content a reader of the page never sees as text.
DROPPED_TAGS = frozenset({"script", "style", "noscript", "template", "nav", "head", "title", "iframe", "object",
                          "embed", "svg", "math", "select", "option", "button", "input", "textarea", "map"})
# Elements that end the paragraph before them and start a new one after them.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "center",
    "address", "figure", "figcaption", "fieldset", "form", "details", "summary", "hr", "body", "html",
    "legend", "caption",
})  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BOLD_TAGS = frozenset({"b", "strong"})
_BOLD_STYLE = lazy_compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
# An element the page never shows: styled out of sight, or marked hidden.
HIDDEN_STYLE = lazy_compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.IGNORECASE)
# <ol type="..."> mapped to the docx counter formats `format_number` knows.
# A list typed as text, one item a line ("&middot; Text", "1. Text", "a. Text"), as old
# pages wrote lists: a bullet, a number or a small letter before the text.
_TYPED_ITEM = lazy_compile(rf"^(?:[{BULLET_GLYPHS}]|(?P<label>\d{{1,2}}[.)]|(?P<letter>[a-z])[.)]))\s+(?P<text>\S.*)$")
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}

Tick = Callable[[], None]


@dataclass
class _ListState:
    ordered: bool
    number_format: str = "decimal"
    next_value: int = 1


@dataclass
class _Line:
    """The paragraph being gathered: runs of (text, bold) and what kind of block it becomes."""

    runs: list[tuple[str, bool]] = field(default_factory=list)
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    label: str | None = None


class HtmlWalker:
    """Blocks from an HTML element tree; ``tick`` checks the time limit between elements."""

    def __init__(self, tick: Tick) -> None:
        self.tick = tick
        self.blocks: list[Block] = []
        self.line = _Line()
        self.lists: list[_ListState] = []
        # Per open <li>, innermost last: whether its first line is written. Its later lines and paragraphs
        # ("<li><p>2020-07-10<br>Ann proposed ...</p><p>Carried.</p>") are its content, a level below it.
        self.items_written: list[bool] = []
        self.typed_number = False  # a list typed as text has had a numbered item

    def walk(self, root: HtmlElement) -> list[Block]:
        self.element(root, bold=False)
        self.flush()
        return self.blocks

    def element(self, element: HtmlElement, *, bold: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in DROPPED_TAGS or is_hidden(element):
            self.text(element.tail, bold)  # a comment's or dropped element's tail is still text
            return
        self.tick()
        if tag == "br":
            self.line_break(bold)
        elif tag in _HEADINGS:
            self.flush()
            self.line.kind, self.line.level = BlockKind.HEADING, _HEADINGS[tag]
            self.children(element, bold=bold)
            self.flush()
        elif tag in ("ul", "ol", "menu", "dir"):
            self.list(element, bold=bold)
        elif tag == "li":
            self.item(element, bold=bold)
        elif tag in ("dt", "dd"):
            self.flush()
            self.children(element, bold=bold or tag == "dt")
            self.flush()
        elif tag == "table":
            self.table(element, bold=bold)
        elif tag == "pre":
            self.flush()
            self.preformatted(element.text_content(), bold)
        else:
            block = tag in BLOCK_TAGS
            if block:
                self.flush()
            self.children(element, bold=bold or _is_bold(element))
            if block:
                self.flush()
        self.text(element.tail, bold)

    def preformatted(self, text: str, bold: bool) -> None:
        """A <pre> block: minutes typed as plain text (old pages, list archives) are read as a
        typed file is, wrapped lines joined and bullets found; code keeps one paragraph a line."""
        lines = text.split("\n")
        written = [line for line in lines if line.strip()]
        if len(written) >= MIN_TYPED_LINES and sum(bool(CODE_LIKE.search(line)) for line in written) * 2 < len(written):
            self.blocks.extend(parse_plain(lines, tick=self.tick))
            return
        for line in lines:
            self.text(line, bold)
            self.flush()

    def line_break(self, bold: bool) -> None:
        """A <br> ends the line, except inside bold text that runs on (a title set over several lines)."""
        written = [is_bold for run, is_bold in self.line.runs if run.strip()]
        if bold and written and all(written):
            self.line.runs.append((" ", True))
        elif self.lists and written:
            self.line.runs.append((ITEM_BREAK, bold))  # inside an item: wrapped or not, decided in `flush`
        else:
            self.flush()

    def children(self, element: HtmlElement, *, bold: bool) -> None:
        self.text(element.text, bold)
        for child in element:
            self.element(child, bold=bold)

    def text(self, value: str | None, bold: bool) -> None:
        if value:
            self.line.runs.append((value, bold))

    def list(self, element: HtmlElement, *, bold: bool) -> None:
        self.flush()
        start = (element.get("start") or "").strip()
        ordered = element.tag == "ol"
        state = _ListState(ordered, _OL_TYPES.get((element.get("type") or "1").strip(), "decimal"),
                           int(start) if start.lstrip("-").isdigit() else 1)
        if (element.get("reversed") is not None) and ordered:
            state.next_value = int(start) if start.isdigit() else len([c for c in element if c.tag == "li"])
        self.lists.append(state)
        try:
            self.children(element, bold=bold)
            self.flush()
        finally:
            self.lists.pop()

    def item(self, element: HtmlElement, *, bold: bool) -> None:
        self.flush()
        state = self.lists[-1] if self.lists else None
        self.line.kind, self.line.level = BlockKind.LIST_ITEM, max(len(self.lists) - 1, 0)
        if state is not None and state.ordered:
            value = (element.get("value") or "").strip()
            if value.lstrip("-").isdigit():
                state.next_value = int(value)
            self.line.label = f"{format_number(state.next_value, state.number_format)}."
            state.next_value += -1 if element.getparent().get("reversed") is not None else 1
        self.items_written.append(False)
        self.children(element, bold=bold)
        self.flush()
        self.items_written.pop()
        self.line = _Line()  # an item without text leaves no number waiting

    def table(self, element: HtmlElement, *, bold: bool) -> None:
        self.flush()
        if is_layout(element):
            for row in table_rows(element):
                for cell in row_cells(row):
                    self.children(cell, bold=bold)
                    self.flush()
            return
        caption = element.find("caption")
        if caption is not None:
            self.element(caption, bold=bold)
        self.blocks.append(table_block(grid_rows(element, self.cell_text), index=len(self.blocks)))

    def cell_text(self, cell: HtmlElement) -> str:
        text = cell.text
        if not len(cell) and text and text.strip() and "\t" not in text and ITEM_BREAK not in text and \
                not _may_be_typed_item(text):
            return " ".join(text.split())  # most cells: plain text alone, read as the walker would read it
        inner = HtmlWalker(self.tick)
        inner.children(cell, bold=False)
        inner.flush()
        return cell_line(inner.blocks)

    def flush(self) -> None:
        """End the paragraph being gathered: a block when it holds text, then a fresh paragraph."""
        line = self.line
        if not line.runs and line.kind is BlockKind.PARAGRAPH and line.level == 0 and line.label is None:
            return  # a fresh paragraph, nothing gathered yet (most block ends come right after another)
        if any(ITEM_BREAK in run for run, _ in self.line.runs):
            first, *rest = item_lines(self.line.runs) or [[]]
            kind, level = self.line.kind, self.line.level
            self.line.runs = first
            self._flush_line()
            for runs in rest:  # a line of its own inside the item: its content, a level below it
                self.line = _Line(runs=runs, kind=kind, level=level + 1 if kind is BlockKind.LIST_ITEM else level)
                self._flush_line()
            return
        self._flush_line()

    def _flush_line(self) -> None:
        line = self.line
        text = "".join([run for run, _ in line.runs])
        if text.strip():
            in_list = line.kind is BlockKind.PARAGRAPH and self.lists  # text after a nested list, inside an item
            kind = BlockKind.LIST_ITEM if in_list else line.kind
            level = max(len(self.lists) - 1, 0) if in_list else line.level
            if in_list and self.items_written and self.items_written[-1]:
                level += 1  # the item's second paragraph, or text after a list nested in it
            if self.items_written:
                self.items_written[-1] = True
            label = line.label
            # "<b>1. Apologies</b>": a number typed in bold titles an item and stays a paragraph, as in Word
            if kind is BlockKind.PARAGRAPH and _may_be_typed_item(text) and \
                    (typed := _TYPED_ITEM.match(" ".join(text.split()))) and \
                    not (typed["label"] and typed["label"].endswith(".") and not typed["letter"]
                         and _starts_bold(line.runs)):
                # A small letter under a numbered item is a level down ("2. ..." then "a. ...").
                level = 1 if typed["letter"] and self.typed_number else 0
                kind, text, label = BlockKind.LIST_ITEM, typed["text"], typed["label"]
                self.typed_number = self.typed_number or bool(typed["label"] and not typed["letter"])
            # (numbered as it goes: `numbered` keeps a block whose index is its place, instead of remaking it)
            self.blocks.append(make_block(kind, text, level=level, label=label, lead_bold=_lead_bold(line.runs),
                                          index=len(self.blocks)))
        elif line.kind is BlockKind.LIST_ITEM:
            # "<li><p>Text</p>": the item's number waits for its first paragraph's text
            self.line = _Line(kind=line.kind, level=line.level, label=line.label)
            return
        self.line = _Line()


def is_hidden(element: HtmlElement) -> bool:
    """Whether a reader of the page never sees the element: `hidden`, or styled `display: none`
    or `visibility: hidden` (a site's search filters, collapsed menus)."""
    return element.get("hidden") is not None or bool(HIDDEN_STYLE.search(element.get("style") or ""))


def _may_be_typed_item(text: str) -> bool:
    """Whether a line opens as `_TYPED_ITEM` does, with a bullet, a digit or a small letter (most lines
    open with a capital, and need not have their spaces collapsed to be matched)."""
    first = text.lstrip()[:1]
    return bool(first) and (first in BULLET_GLYPHS or first.isdigit() or "a" <= first <= "z")


def _starts_bold(runs: list[tuple[str, bool]]) -> bool:
    """Whether the first run that shows text is bold."""
    return next((bold for run, bold in runs if run.strip()), False)


def _is_bold(element: HtmlElement) -> bool:
    return element.tag in _BOLD_TAGS or bool(_BOLD_STYLE.search(element.get("style") or ""))


def _lead_bold(runs: list[tuple[str, bool]]) -> str:
    """The bold text a line starts with ("" when it starts in plain type)."""
    if runs and not runs[0][1] and runs[0][0].strip():
        return ""  # (most lines: the first run plain and not blank)
    lead: list[str] = []
    for run, bold in runs:
        if not bold and run.strip():
            break
        lead.append(run)
    return " ".join("".join(lead).split())
