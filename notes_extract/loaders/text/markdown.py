"""The Markdown reader: Markdown lines in, neutral blocks out.

Owns telling Markdown from plain text, and a small forgiving block parser
for headings (ATX and setext), lists, pipe tables, block quotes, fences and
horizontal rules. Inline markup is left to `markdown_inline`, embedded HTML
to `markdown_html`, front matter to `front_matter`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notes_extract.document import Block, BlockKind, make_block, table_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.cell_names import names_one_a_line
from notes_extract.loaders.text.lines import (
    CLOCK_EVERY,
    Tick,
    expand,
    indent_of,
    is_hard_wrapped,
    joins_wrapped,
    nest_level,
)
from notes_extract.loaders.text.markdown_html import HTML_START, html_block_end, html_blocks
from notes_extract.loaders.text.markdown_inline import (
    LINE_BREAK_TAG,
    inline_block,
    strip_inline,
    without_leading_pictographs,
)
from notes_extract.vocab.labels import EMOJI_SHORTCODE

# Block quotes nested deeper than this are read as plain paragraphs: each
# level re-parses its lines, so hundreds of levels would cost quadratic time
# (and Python's recursion limit).
MAX_QUOTE_DEPTH = 20
# After a blank line, a line indented at least this far still belongs to the
# open list item (its next paragraph); a less indented one ends the list.
ITEM_CONTINUATION_INDENT = 2

# Code-like text: an indented block of it after a blank line is Markdown's indented code, not an outline.
CODE_LIKE = lazy_compile(r"[;{}]\s*$|^\s*(?:\$|>>>|def |class |import |return\b|if\s*\()|\w\s*=\s*\S|\w\(.*\)\s*$")
_ATX_HEADING = lazy_compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_ATX_HEADING_WITH_TEXT = lazy_compile(r"^ {0,3}#{1,6}[ \t]+\S")
# "##1. Budget", "##Budget": a heading typed without the space Markdown wants (two hashes or more, so
# never a "#hashtag" or an "#123" issue reference).
# ":book:", ":loudspeaker:": an emoji as Markdown writes it; in a heading, an ornament of the title.
_EMOJI_SHORTCODE = lazy_compile(EMOJI_SHORTCODE)
_UNSPACED_HEADING = lazy_compile(r"^ {0,3}(#{2,6})(?=[A-Za-z]|\d{1,2}[.)]\s)(.+?)[ \t]*$")
# "## Budget {#budget}", "# Notes {.unnumbered}", "## Budget {: #budget}": Pandoc's and kramdown's
# attribute block after a heading names its anchor or class; it is markup, not part of the title.
_HEADING_ATTRIBUTES = lazy_compile(r"[ \t]*\{[ \t]*:?[ \t]*[#.-][^{}]*\}[ \t]*$")
_BOLD_SPAN = lazy_compile(r"\*\*[^*\s][^*\n]*?\*\*")


def looks_like_markdown(lines: list[str]) -> bool:
    """True when a .txt file is unmistakably Markdown.

    Conservative on purpose: an ATX heading ("# Title") is required, plus a
    pipe table, a **bold** span, a code fence or more ATX headings (`MIN_ATX_HEADINGS`),
    since one alone occurs in plain text.
    """
    headings = sum(1 for line in lines if _ATX_HEADING_WITH_TEXT.match(line))
    if not headings:
        return False
    if headings >= MIN_ATX_HEADINGS or any(_BOLD_SPAN.search(line) or _FENCE.match(line) for line in lines):
        return True
    return any(is_table_start(lines, i) for i in range(len(lines) - 1))


# A text with this many "## Heading" lines is Markdown even without other marks.
MIN_ATX_HEADINGS = 3


_FENCE = lazy_compile(r"^ *(`{3,}|~{3,})")
_HR = lazy_compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = lazy_compile(r"^ {0,3}(=+|-+)[ \t]*$")
_QUOTE = lazy_compile(r"^ {0,3}> ?")
_MD_ITEM = lazy_compile(r"^(?P<indent> *)(?P<marker>[-*+]|\d{1,9}[.)])(?:[ \t]+(?P<text>.*))?$")
_TABLE_SEPARATOR = lazy_compile(r"^ *\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$")
_UNESCAPED_PIPE = lazy_compile(r"(?<!\\)\|")


def split_row(line: str) -> list[str]:
    """A pipe-table row's raw cells: outer pipes dropped, ``\\|`` kept as text."""
    row = line.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip() for cell in _UNESCAPED_PIPE.split(row)]


def is_table_start(lines: list[str], i: int) -> bool:
    """A pipe-table header at ``i``: a row with pipes over a ``| --- |`` rule."""
    if i + 1 >= len(lines) or not _UNESCAPED_PIPE.search(lines[i]):
        return False
    separator = expand(lines[i + 1])
    if "-" not in separator or not _TABLE_SEPARATOR.match(separator):
        return False
    return "|" in separator or len(split_row(separator)) == len(split_row(lines[i]))


def _is_separator_row(line: str) -> bool:
    return "-" in line and bool(_TABLE_SEPARATOR.match(expand(line)))


@dataclass
class _OpenItem:
    """A Markdown list item still collecting its lines."""

    parts: list[str]
    indent: int
    level: int
    label: str | None
    last: str  # the latest raw line, to judge whether the next one wraps it


@dataclass
class _MarkdownParser:
    """A small CommonMark-flavoured block parser, forgiving by design."""

    lines: list[str]
    wrapped: bool = True
    tick: Tick | None = None
    depth: int = 0  # block quotes this parser is inside
    blocks: list[Block] = field(default_factory=list)
    para: list[str] = field(default_factory=list)
    item: _OpenItem | None = None
    list_indents: list[int] = field(default_factory=list)
    after_blank: bool = False
    # The indent of the latest paragraph line: deeper lines without a marker are its outline items.
    outline_parent: int | None = None

    def run(self) -> list[Block]:
        i = 0
        next_tick = CLOCK_EVERY
        while i < len(self.lines):
            i = self.step(i)
            if self.tick is not None and i >= next_tick:
                self.tick()
                next_tick = i + CLOCK_EVERY
        self.close()
        return self.blocks

    def step(self, i: int) -> int:
        """Handle the line at ``i``; return the index of the next one."""
        line = expand(self.lines[i])
        if not line.strip():
            self.close_para()
            self.after_blank = True
            return i + 1
        was_blank, self.after_blank = self.after_blank, False
        indent = indent_of(line)

        if self.para and _SETEXT.match(line):
            level = 1 if line.strip().startswith("=") else 2
            raw = _HEADING_ATTRIBUTES.sub("", " ".join(line.strip() for line in self.para))
            self.para = []
            self.end_list()
            self.blocks.append(inline_block(BlockKind.HEADING, raw, level=level))
            return i + 1
        if _FENCE.match(line):
            self.close()
            return self.read_fence(i)
        heading = _ATX_HEADING.match(line) or _UNSPACED_HEADING.match(line)
        if heading:
            self.close()
            self.end_list()
            raw = _EMOJI_SHORTCODE.sub("", heading.group(2) or "").strip()  # "## Notes :book:" renders an emoji
            raw = without_leading_pictographs(raw)  # "## 💬 Discussion topics": so does a drawn one
            raw = _HEADING_ATTRIBUTES.sub("", raw)
            self.outline_parent = None
            self.blocks.append(inline_block(BlockKind.HEADING, raw, level=len(heading.group(1))))
            return i + 1
        if _HR.match(line):
            self.close()
            return i + 1
        if is_table_start(self.lines, i):
            self.close()
            return self.read_table(i)
        if _QUOTE.match(line):
            self.close()
            return self.read_quote(i)
        if HTML_START.match(line):
            self.close()
            return self.read_html(i)

        item = _MD_ITEM.match(line)
        if item and self.can_start_item(item):
            self.close()
            self.start_item(item)
            return i + 1
        if self.item is not None and self.continues_item(line, was_blank):
            self.item.parts.append(line.strip())
            self.item.last = line
            return i + 1
        if self.is_outline_item(line, was_blank):
            self.close()
            level = nest_level(self.list_indents, indent)
            self.blocks.append(inline_block(BlockKind.LIST_ITEM, line.strip(), level=level))
            return i + 1
        if self.item is not None or (was_blank and indent < ITEM_CONTINUATION_INDENT):
            self.close_item()
            self.end_list()
        if self.para and not joins_wrapped(self.para[-1], line, self.wrapped):
            self.close_para()  # a hard line: one item per line, as typed
        if not self.para:
            self.outline_parent = indent
            self.end_list()
        self.para.append(line)
        return i + 1

    def is_outline_item(self, line: str, was_blank: bool) -> bool:
        """Whether ``line``, without a list marker, is indented under the paragraph line above
        it ("NEXT WEEK:" over indented tasks): an item of an outline typed with spaces.

        Not a wrapped line's remainder, and not a code block (code-like lines after a blank)."""
        indent = indent_of(line)
        if self.outline_parent is None or indent <= self.outline_parent or indent < ITEM_CONTINUATION_INDENT:
            return False
        if self.para and joins_wrapped(self.para[-1], line, self.wrapped):
            return False
        return not (was_blank and CODE_LIKE.search(line))

    def continues_item(self, line: str, was_blank: bool) -> bool:
        """Whether ``line`` belongs to the open list item.

        Lines indented past the marker do (even after a blank line: a second
        paragraph of the item). An unindented line does only when it reads as
        wrapped text, not as a hard line of its own.
        """
        assert self.item is not None
        indent = indent_of(line)
        if indent > self.item.indent:
            return not was_blank or indent >= ITEM_CONTINUATION_INDENT
        return not was_blank and joins_wrapped(self.item.last, line, self.wrapped)

    def can_start_item(self, item: re.Match[str]) -> bool:
        """Whether a list marker starts an item here rather than wrapping text.

        As in CommonMark, only "1." may interrupt a paragraph, so a wrapped
        line that happens to start "2010." stays in its paragraph.
        """
        if not self.para:
            return True
        marker = item.group("marker")
        return not marker[0].isdigit() or marker[:-1] == "1"

    def start_item(self, item: re.Match[str]) -> None:
        marker = item.group("marker")
        indent = len(item.group("indent"))
        level = nest_level(self.list_indents, indent)
        label = marker if marker[0].isdigit() else None
        self.item = _OpenItem([item.group("text") or ""], indent, level, label, item.group(0))

    def read_fence(self, i: int) -> int:
        """Fenced code: each non-blank line a paragraph, exactly as written."""
        fence = _FENCE.match(expand(self.lines[i]))
        assert fence is not None
        mark = fence.group(1)
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            if line.strip().startswith(mark[0] * len(mark)) and not line.strip().strip(mark[0]):
                return j + 1
            self.blocks.append(make_block(BlockKind.PARAGRAPH, line, code=True))
            j += 1
        return j

    def read_table(self, i: int) -> int:
        """A pipe table: header row, separator dropped, body rows to a blank."""
        rows = [split_row(self.lines[i])]
        j = i + 2  # past the header and its separator
        while j < len(self.lines):
            line = self.lines[j]
            if not line.strip() or not _UNESCAPED_PIPE.search(line):
                break
            if _ATX_HEADING.match(line) or _QUOTE.match(line):
                break
            if not _is_separator_row(line):
                rows.append(split_row(line))
            j += 1
        cells = [[_cell_text(c) for c in row] for row in rows]
        width = len(cells[0])
        cells = [row + [""] * (width - len(row)) for row in cells]
        cells = [row for n, row in enumerate(cells) if n == 0 or any(c.strip() for c in row)]
        self.blocks.append(table_block(cells))
        return j

    def read_quote(self, i: int) -> int:
        """A block quote: its lines without "> ", parsed as Markdown again."""
        inner: list[str] = []
        j = i
        while j < len(self.lines) and self.lines[j].strip():
            marker = _QUOTE.match(expand(self.lines[j]))
            if not marker:
                break
            inner.append(expand(self.lines[j])[marker.end() :])
            j += 1
        if self.depth >= MAX_QUOTE_DEPTH:  # "> > > ..." hundreds deep: read the rest as it stands
            self.blocks.extend(make_block(BlockKind.PARAGRAPH, line) for line in inner if line.strip())
            return j
        self.blocks.extend(_MarkdownParser(inner, self.wrapped, self.tick, self.depth + 1).run())
        return j

    def read_html(self, i: int) -> int:
        """An HTML block, up to its closing tag (or a blank line)."""
        start = HTML_START.match(expand(self.lines[i]))
        assert start is not None
        end = html_block_end(self.lines, i, start)
        if not start.group("comment"):
            self.blocks.extend(html_blocks("\n".join(self.lines[i:end]), self.tick))
        return end

    def close_para(self) -> None:
        if self.para:
            raw = " ".join(_hard_break_free(line.strip()) for line in self.para)
            # "Present: Ann<br />Apologies: Ben": a <br> shows a new line, so each line is a block
            self.blocks.extend(inline_block(BlockKind.PARAGRAPH, line) for line in LINE_BREAK_TAG.split(raw)
                               if strip_inline(line).strip())
            self.para = []

    def close_item(self) -> None:
        if self.item is not None:
            raw = " ".join(_hard_break_free(p) for p in self.item.parts)
            self.blocks.append(
                inline_block(BlockKind.LIST_ITEM, raw, level=self.item.level, label=self.item.label)
            )
            self.item = None

    def close(self) -> None:
        self.close_para()
        self.close_item()

    def end_list(self) -> None:
        self.list_indents = []


def _hard_break_free(line: str) -> str:
    """A line without its trailing backslash hard break."""
    return line[:-1] if line.endswith("\\") and not line.endswith("\\\\") else line


def parse_markdown(lines: list[str], *, wrapped: bool | None = None, tick: Tick | None = None) -> list[Block]:
    """Markdown lines (front matter already removed) as blocks.

    Lines of a paragraph join only where the file looks hard-wrapped (see
    `joins_wrapped`): many minutes rely on renderers that keep line breaks.
    ``tick`` is called every `CLOCK_EVERY` lines (it raises past the time limit).
    """
    if wrapped is None:
        wrapped = is_hard_wrapped(lines)
    return _MarkdownParser(_hash_numbered_titles(lines), wrapped, tick).run()


# "#1 Finance": an item's number after a hash, no space, over its text (an issue reference to Markdown).
_HASH_NUMBER_TITLE = lazy_compile(r"^ {0,3}#(\d{1,2})[ \t]+([A-Z][^#]{0,80}?)[ \t]*$")
# Lines so numbered, one after the other from the first numbers, that make a document's items.
MIN_HASH_NUMBERED_TITLES = 2


def _hash_numbered_titles(lines: list[str]) -> list[str]:
    """The lines, each "#1 Finance" a heading "## 1 Finance" where such lines number the items in turn
    ("#1 Finance", "#2 Summer fair", "#3 AOB"); a lone "#12 Fix the build" stays an issue's line."""
    found = {i: m for i, line in enumerate(lines) if line[:5].lstrip().startswith("#") and
             (m := _HASH_NUMBER_TITLE.match(line))}
    numbers = [int(m.group(1)) for m in found.values()]
    if len(numbers) < MIN_HASH_NUMBERED_TITLES or numbers != list(range(numbers[0], numbers[0] + len(numbers))) \
            or numbers[0] > 1:
        return lines
    return [f"## {found[i].group(1)} {found[i].group(2)}" if i in found else line for i, line in enumerate(lines)]


def _cell_text(raw: str) -> str:
    """A pipe table cell's text; names one a line ("Ann Lee<br>Bo Chan") kept apart as the Word loader keeps them."""
    lines = LINE_BREAK_TAG.split(raw)
    return (len(lines) > 1 and names_one_a_line([strip_inline(line) for line in lines])) or strip_inline(raw)
