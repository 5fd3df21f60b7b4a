"""Plain-text and Markdown loader: bytes in, neutral `Document` blocks out.

Both formats are read line by line. Markdown gets a small block parser
(front matter, headings, lists, pipe and HTML tables, quotes, fences) and has
its inline markup removed; plain text gets heuristics for the ways people
type minutes by hand: glyph bullets, hand-numbered items, one item per line,
and the tab-indented "one cell per line" tables word processors export.

Standard library only, so reading a .txt never pulls in heavy dependencies.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from notes_extract.document import Block, BlockKind, Document, make_block, numbered, table_block
from notes_extract.errors import LimitExceededError
from notes_extract.limits import Deadline, Limits

TAB_WIDTH = 4
# A line at least this wide "looks wrapped": the next line may continue it.
WRAPPED_WIDTH = 60
# Lines wider than this mean the file keeps one paragraph per line.
UNWRAPPED_WIDTH = 100
# Lines longer than this are split into paragraphs of at most this many
# characters. The extraction stages cost time in proportion to the square of
# a sentence's length, and spaCy refuses texts over a million characters, so
# a multi-megabyte line (a pasted dump, hostile input) would stall the run.
MAX_LINE_CHARS = 10_000
# A stretch this long without a sentence end is not prose (a dump, a list run
# together): it is cut shorter, since spaCy would read it as one sentence.
MAX_RUN_CHARS = 2_000
# The parsers check the clock every this many lines.
CLOCK_EVERY = 2000
# Where a long line is best split: after a sentence, else at a space.
_SENTENCE_BREAK = re.compile(r"[.!?;:][\"')\]]?\s")

Tick = Callable[[], None]


def load(data: bytes, *, source: str, markdown: bool, limits: Limits | None = None) -> Document:
    """Read plain text (or Markdown when ``markdown``) into a `Document`.

    The loader never raises for odd bytes: it decodes as best it can and
    says so in warnings. It raises `LimitExceededError` for a text longer
    than ``limits.max_text_chars`` (checked on the byte count before
    decoding, so a huge file never becomes a huge string) or one that takes
    longer than ``limits.timeout``.
    """
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    # No encoding takes more than 4 bytes a character, so this many bytes is surely too long.
    if len(data) > 4 * limits.max_text_chars:
        raise LimitExceededError(
            f"the text is at least {len(data) // 4:,} characters ({len(data):,} bytes) "
            f"(limit max_text_chars = {limits.max_text_chars:,} characters)",
            source=source, limit="max_text_chars", value=len(data) // 4, maximum=limits.max_text_chars,
        )
    text, warnings = decode(data)
    limits.check("max_text_chars", len(text), limits.max_text_chars, source=source, unit="characters",
                 what="the text")
    lines = split_long_lines(text.split("\n"), warnings)
    del text
    deadline.check(source, "decoding the text")

    def tick() -> None:
        deadline.check(source, "reading the text")

    if not markdown and looks_like_markdown(lines):
        markdown = True
    metadata: dict[str, str] = {}
    if markdown:
        metadata, lines = split_front_matter(lines)
        blocks = parse_markdown(lines, tick=tick)
    else:
        blocks = parse_plain(lines, tick=tick)
    return Document(
        blocks=numbered(blocks),
        format="markdown" if markdown else "text",
        pages=None,
        metadata=metadata,
        warnings=warnings,
    )


# --------------------------------------------------------------------------
# Decoding

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)


def decode(data: bytes) -> tuple[str, list[str]]:
    """The text of ``data`` with newlines normalised, plus decoding warnings.

    A byte-order mark wins; then strict UTF-8; then Windows-1252 (what old
    Word/Notepad files usually are); then Latin-1, which never fails.
    """
    warnings: list[str] = []
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = data.decode(codec, errors="replace")
                warnings.append(f"invalid {name} bytes replaced")
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                warnings.append("not UTF-8; read as Windows-1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1", errors="replace")
                warnings.append(
                    "neither UTF-8 nor Windows-1252; read as Latin-1, some characters may be wrong"
                )
    return normalise_newlines(text), warnings


def split_long_lines(lines: list[str], warnings: list[str]) -> list[str]:
    """``lines`` with each line over `MAX_LINE_CHARS` cut into paragraphs, with a warning.

    Cuts fall after a sentence where one is near the limit, else at a space;
    blank lines between the pieces make each a paragraph of its own.
    """
    if all(len(line) <= MAX_LINE_CHARS for line in lines):
        return lines
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        if len(line) <= MAX_LINE_CHARS:
            out.append(line)
            continue
        warnings.append(f"line {number} is {len(line):,} characters long; it was split into paragraphs of at "
                        f"most {MAX_LINE_CHARS:,} characters")
        for piece in split_text(line):
            out.extend((piece, ""))
    return out


def split_text(line: str) -> list[str]:
    """``line`` cut into pieces of at most `MAX_LINE_CHARS` characters.

    A piece ends after the last sentence in its window; a window with no
    sentence end is cut at a space within `MAX_RUN_CHARS`.
    """
    pieces: list[str] = []
    start = 0
    while len(line) - start > MAX_LINE_CHARS:
        cut = -1
        for match in _SENTENCE_BREAK.finditer(line, start + MAX_RUN_CHARS // 2, start + MAX_LINE_CHARS):
            cut = match.end()
        if cut < 0:
            end = start + MAX_RUN_CHARS
            space = line.rfind(" ", start + MAX_RUN_CHARS // 2, end)
            cut = space + 1 if space >= 0 else end
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


def normalise_newlines(text: str) -> str:
    """``\\n`` line ends only; page breaks become line breaks, NULs go.

    NUL never occurs in real text, which also frees it for the placeholders
    used by `strip_inline`.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub("[\f\v\u2028\u2029\x85]", "\n", text)
    return text.replace("\x00", "").lstrip("\ufeff")


def expand(line: str) -> str:
    """The line with tabs as spaces, so indents compare as columns."""
    return line.expandtabs(TAB_WIDTH)


def indent_of(line: str) -> int:
    expanded = expand(line)
    return len(expanded) - len(expanded.lstrip(" "))


def nest_level(stack: list[int], indent: int) -> int:
    """The nesting level of a list item at ``indent``, updating ``stack``.

    ``stack`` holds the distinct indents seen in the current list, so 0, 2 or
    4 spaces deeper than the parent all mean "one level down" alike.
    """
    while stack and stack[-1] > indent:
        stack.pop()
    if not stack or stack[-1] < indent:
        stack.append(indent)
    return len(stack) - 1


# --------------------------------------------------------------------------
# Markdown sniffing and front matter

_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_BOLD_SPAN = re.compile(r"\*\*[^*\s][^*\n]*?\*\*")


def looks_like_markdown(lines: list[str]) -> bool:
    """True when a .txt file is unmistakably Markdown.

    Conservative on purpose: an ATX heading ("# Title") is required, plus a
    pipe table or a **bold** span, since either alone occurs in plain text.
    """
    if not any(re.match(r"^ {0,3}#{1,6}[ \t]+\S", line) for line in lines):
        return False
    if any(_BOLD_SPAN.search(line) for line in lines):
        return True
    return any(is_table_start(lines, i) for i in range(len(lines) - 1))


_FM_KEY = re.compile(r"^([A-Za-z_][\w.\- ]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_FM_ITEM = re.compile(r"^[ \t]*-[ \t]+(.*?)[ \t]*$")


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """YAML front matter (``---`` … ``---`` at the top) as flat metadata.

    Only lines that look like YAML qualify, so a leading horizontal rule
    followed by prose is not swallowed as front matter.
    """
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, lines
    body = lines[1:end]
    if not all(_yamlish(line) for line in body):
        return {}, lines
    return parse_front_matter(body), lines[end + 1 :]


def _yamlish(line: str) -> bool:
    stripped = line.strip()
    return (
        not stripped
        or stripped.startswith("#")
        or line[:1] in (" ", "\t")
        or stripped.startswith("- ")
        or bool(_FM_KEY.match(line))
    )


def parse_front_matter(body: list[str]) -> dict[str, str]:
    """Top-level ``key: value`` pairs; a key's simple list becomes "a, b".

    Nested mappings are skipped rather than misread: without PyYAML only
    the flat, common part of front matter is worth trusting.
    """
    meta: dict[str, str] = {}
    key: str | None = None  # a key with no inline value, collecting a list
    items: list[str] = []

    def close() -> None:
        if key is not None and items:
            meta[key] = ", ".join(items)

    for line in body:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1] in (" ", "\t") or line.startswith("- "):
            item = _FM_ITEM.match(line)
            if key is not None and item and item.group(1):
                items.append(_unquote(item.group(1)))
            continue
        close()
        key, items = None, []
        match = _FM_KEY.match(line)
        if not match:
            continue
        name, value = match.group(1).strip(), _unquote(match.group(2) or "")
        if value in ("", "|", ">", "|-", ">-"):
            key = name
        elif value.startswith("[") and value.endswith("]"):
            meta[name] = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        elif not value.startswith("{"):
            meta[name] = value
    close()
    return {k: v for k, v in meta.items() if v}


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


# --------------------------------------------------------------------------
# Inline Markdown

_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REF_LINK = re.compile(r"!?\[([^\]]+)\]\[[^\]]*\]")
_BARE_URL = re.compile(r"(?:https?|ftp)://[^\s<>]+|www\.[\w-]+\.[^\s<>]+")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[^<>]*)?/?>")
# Spans are bounded (SPAN) so a line full of stray markers stays linear.
SPAN = 400
_STRONG = (
    re.compile(rf"\*\*(?=\S)(.{{1,{SPAN}}}?)(?<=\S)\*\*"),
    # Underscores only at word edges, so snake_case and @handle_x survive.
    re.compile(rf"(?<![\w@])__(?=\S)(.{{1,{SPAN}}}?)(?<=\S)__(?!\w)"),
    re.compile(rf"~~(?=\S)(.{{1,{SPAN}}}?)(?<=\S)~~"),
)
_EMPHASIS = (
    re.compile(rf"(?<![\w*])\*(?![\s*])(.{{1,{SPAN}}}?)(?<![\s*])\*(?![\w*])"),
    re.compile(rf"(?<![\w@_])_(?![\s_])(.{{1,{SPAN}}}?)(?<![\s_])_(?![\w_])"),
)
_PLACEHOLDER = re.compile("\x00(\\d+)\x00")


def strip_inline(raw: str) -> str:
    """Markdown inline markup removed, leaving the text a reader sees.

    Code spans, escapes and URLs are parked in NUL-delimited placeholders
    first so emphasis rules never eat their ``*`` and ``_`` characters.
    """
    saved: list[str] = []

    def park(text: str) -> str:
        saved.append(text)
        return f"\x00{len(saved) - 1}\x00"

    text = _CODE_SPAN.sub(lambda m: park(m.group(2).strip()), raw)
    text = _ESCAPE.sub(lambda m: park(m.group(1)), text)
    text = _AUTOLINK.sub(lambda m: park(m.group(1)), text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _BARE_URL.sub(lambda m: park(m.group(0)), text)
    text = _HTML_COMMENT.sub("", text)
    text = _BR.sub(" ", text)
    text = _TAG.sub("", text)
    text = strip_emphasis(text)
    text = html.unescape(text)
    for _ in range(3):  # a parked text may itself hold a placeholder
        text = _PLACEHOLDER.sub(lambda m: saved[int(m.group(1))], text)
    return text


def strip_emphasis(text: str) -> str:
    """Bold, italic and strike-through markers removed, innermost last."""
    previous = None
    while previous != text:
        previous = text
        for pattern in (*_STRONG, *_EMPHASIS):
            text = pattern.sub(r"\1", text)
    return text


_LEAD_BOLD = re.compile(
    r"^\s*(?:\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__|<(?:b|strong)>(.*?)</(?:b|strong)>)",
    re.I,
)


def lead_bold(raw: str) -> str:
    """The plain text of a bold span the raw Markdown starts with, or ""."""
    match = _LEAD_BOLD.match(raw)
    if not match:
        return ""
    inner = next(g for g in match.groups() if g is not None)
    return " ".join(strip_inline(inner).split())


def inline_block(kind: BlockKind, raw: str, **fields: object) -> Block:
    """A block from raw Markdown inline text: markup stripped, lead bold kept."""
    return make_block(kind, strip_inline(raw), lead_bold=lead_bold(raw), **fields)


# --------------------------------------------------------------------------
# Markdown blocks

_FENCE = re.compile(r"^ *(`{3,}|~{3,})")
_HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}> ?")
_MD_ITEM = re.compile(r"^(?P<indent> *)(?P<marker>[-*+]|\d{1,9}[.)])(?:[ \t]+(?P<text>.*))?$")
_TABLE_SEPARATOR = re.compile(r"^ *\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_HTML_BLOCK_TAGS = (
    "address|article|aside|blockquote|center|details|dialog|dd|div|dl|dt|fieldset|"
    "figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|"
    "summary|table|tbody|td|tfoot|th|thead|tr|ul|script|style"
)
_HTML_START = re.compile(
    rf"^ {{0,3}}<(?:(?P<comment>!--)|(?P<close>/)?(?P<tag>{_HTML_BLOCK_TAGS})(?=[\s/>]|$))", re.I
)


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
class _Item:
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
    item: _Item | None = None
    list_indents: list[int] = field(default_factory=list)
    after_blank: bool = False

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
            raw = " ".join(line.strip() for line in self.para)
            self.para = []
            self.end_list()
            self.blocks.append(inline_block(BlockKind.HEADING, raw, level=level))
            return i + 1
        if _FENCE.match(line):
            self.close()
            return self.read_fence(i)
        heading = _ATX_HEADING.match(line)
        if heading:
            self.close()
            self.end_list()
            raw = heading.group(2) or ""
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
        if _HTML_START.match(line):
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
        if self.item is not None or (was_blank and indent < 2):
            self.close_item()
            self.end_list()
        if self.para and not joins_wrapped(self.para[-1], line, self.wrapped):
            self.close_para()  # a hard line: one item per line, as typed
        self.para.append(line)
        return i + 1

    def continues_item(self, line: str, was_blank: bool) -> bool:
        """Whether ``line`` belongs to the open list item.

        Lines indented past the marker do (even after a blank line: a second
        paragraph of the item). An unindented line does only when it reads as
        wrapped text, not as a hard line of its own.
        """
        assert self.item is not None
        indent = indent_of(line)
        if indent > self.item.indent:
            return not was_blank or indent >= 2
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
        self.item = _Item([item.group("text") or ""], indent, level, label, item.group(0))

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
            self.blocks.append(make_block(BlockKind.PARAGRAPH, line))
            j += 1
        return j

    def read_table(self, i: int) -> int:
        """A pipe table: header row, separator dropped, body rows to a blank."""
        rows = [split_row(self.lines[i])]
        j = i + 2
        while j < len(self.lines):
            line = self.lines[j]
            if not line.strip() or not _UNESCAPED_PIPE.search(line):
                break
            if _ATX_HEADING.match(line) or _QUOTE.match(line):
                break
            if not _is_separator_row(line):
                rows.append(split_row(line))
            j += 1
        cells = [[strip_inline(c) for c in row] for row in rows]
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
        start = _HTML_START.match(expand(self.lines[i]))
        assert start is not None
        end = html_block_end(self.lines, i, start)
        if not start.group("comment"):
            self.blocks.extend(html_blocks("\n".join(self.lines[i:end])))
        return end

    def close_para(self) -> None:
        if self.para:
            raw = " ".join(_hard_break_free(line.strip()) for line in self.para)
            self.blocks.append(inline_block(BlockKind.PARAGRAPH, raw))
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
    return _MarkdownParser(lines, wrapped, tick).run()


# Block quotes nested deeper than this are read as plain paragraphs: each
# level re-parses its lines, so hundreds of levels would cost quadratic time
# (and Python's recursion limit).
MAX_QUOTE_DEPTH = 20


# Containers worth following to their close tag; <p>, <li> and the like are
# often left unclosed, so they end at a blank line like other HTML blocks.
_BALANCED_TAGS = {
    "table", "ul", "ol", "dl", "div", "details", "pre", "blockquote", "section",
    "article", "figure", "script", "style",
}  # fmt: skip
MAX_HTML_LINES = 2000


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
    if not start.group("close") and tag in _BALANCED_TAGS:
        opening = re.compile(rf"<{tag}(?=[\s/>])", re.I)
        closing = re.compile(rf"</{tag}\s*>", re.I)
        depth = 0
        for j in range(i, min(len(lines), i + MAX_HTML_LINES)):
            depth += len(opening.findall(lines[j])) - len(closing.findall(lines[j]))
            if depth <= 0:
                return j + 1
    j = i
    while j < len(lines) and lines[j].strip():
        j += 1
    return j


# --------------------------------------------------------------------------
# HTML inside Markdown

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


# --------------------------------------------------------------------------
# Plain text

# Glyph bullets may touch their text ("•Item" is common in pasted text);
# ASCII ones need a space so "-5" or "*note" are not taken for bullets.
_GLYPHS = "·•▪◦‣●○■□➢►\uf0b7\uf0a7\uf0d8"
_PLAIN_ITEM = re.compile(
    rf"""^(?P<indent>[ \t]*)(?:
        [{_GLYPHS}][ \t]*
      | (?:\*{{1,2}}|[-–+o])[ \t]+
      | (?P<label>
            \d{{1,3}}(?:\.\d{{1,3}})+\.?      # 6.1  8.3.1  2.1.
          | \d{{1,3}}[.)]                      # 1.  1)
          | \((?:\d{{1,3}}|[A-Za-z]{{1,4}})\)  # (1)  (a)  (iv)
          | (?:[ivx]{{2,5}}|[IVX]{{2,5}})[.)]  # ii.  IV)
          | [A-Za-z][.)]                       # a.  B)
        )[ \t]+
    )(?P<text>\S.*)$""",
    re.X,
)
# "1 Attendance: ..." numbering without punctuation; only trusted when the
# file has a run of such lines (see `bare_numbering`).
_BARE_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<label>\d{1,2})[ \t]+(?P<text>[A-Z].*)$")
_RULE = re.compile(r"^[ \t]*([-=_*~#])\1{2,}[ \t]*$")
# Starts of lines that are records of their own, never a wrapped remainder.
_RECORD_START = re.compile(
    r"^(?:[A-Z][\w'’&/().-]*(?:[ \t]+[\w'’&/().-]+){0,3}[ \t]*:(?:\s|$)"  # Apologies:
    r"|\#\d+\b"  # #17003 (issue numbers)
    r"|\d{1,2}[:.]\d{2}\b"  # 10:30
    r"|\[[ xX]\])"  # [ ] checkbox
)


@dataclass
class _Open:
    """A plain-text block still collecting lines."""

    kind: BlockKind
    lines: list[str]
    indent: int
    level: int = 0
    label: str | None = None


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether the file wraps paragraphs at a fixed width.

    If more than a few lines run past `UNWRAPPED_WIDTH`, each line is a
    paragraph of its own and joining lines would merge separate items.
    Pipe-table rows and link targets are not prose, so they are not counted.
    """
    prose = (_LINK.sub(r"\1", line) for line in lines if not line.lstrip().startswith("|"))
    widths = [len(expand(line).rstrip()) for line in prose if line.strip()]
    return sum(w > UNWRAPPED_WIDTH for w in widths) * 50 <= len(widths)


def bare_numbering(lines: list[str]) -> bool:
    """True when lines numbered "1 Text", "2 Text" follow on from each other."""
    numbers = {int(m.group("label")) for line in lines if (m := _BARE_ITEM.match(line))}
    return any(n + 1 in numbers for n in numbers)


def plain_item(line: str, bare: bool) -> re.Match[str] | None:
    """The list-marker match of a plain-text line, if it is a list item."""
    return _PLAIN_ITEM.match(line) or (_BARE_ITEM.match(line) if bare else None)


def parse_plain(lines: list[str], *, tick: Tick | None = None) -> list[Block]:
    """Plain-text lines as blocks: tables, list items, paragraphs, headings.

    ``tick`` is called every `CLOCK_EVERY` lines (it raises past the time limit).
    """
    wrapped = is_hard_wrapped(lines)
    bare = bare_numbering(lines)
    blocks: list[Block] = []
    current: _Open | None = None
    list_indents: list[int] = []

    def flush() -> None:
        nonlocal current
        if current is not None:
            text = " ".join(line.strip() for line in current.lines)
            blocks.append(make_block(current.kind, text, level=current.level, label=current.label))
            current = None

    i = 0
    plain_until = 0  # end of a tab-indented run already found not to be a table
    next_tick = CLOCK_EVERY
    while i < len(lines):
        if tick is not None and i >= next_tick:
            tick()
            next_tick = i + CLOCK_EVERY
        line = lines[i]
        found, end = tab_separated_table(lines, i)
        if found is None and i >= plain_until:
            found, end = tab_indented_tables(lines, i)
            plain_until = end
        if found is not None:
            flush()
            list_indents = []
            blocks.extend(found)
            i = end
            continue
        i += 1
        if not line.strip():
            flush()
            continue
        if _RULE.match(line):
            # A rule under a lone line underlines a heading; otherwise drop it.
            underline = line.strip()[0]
            if current is not None and is_underlinable(current) and underline in "=-":
                current.kind, current.level = BlockKind.HEADING, 1 if underline == "=" else 2
                list_indents = []
            flush()
            continue
        indent = indent_of(line)
        item = plain_item(line, bare)
        if item is not None:
            flush()
            level = nest_level(list_indents, len(expand(item.group("indent"))))
            label = item.group("label")
            current = _Open(BlockKind.LIST_ITEM, [item.group("text")], indent, level, label)
        elif current is not None and continues(current, line, wrapped):
            current.lines.append(line)
        else:
            flush()
            if not list_indents or indent <= list_indents[0]:
                list_indents = []
            current = _Open(BlockKind.PARAGRAPH, [line], indent)
    flush()
    return blocks


def is_underlinable(block: _Open) -> bool:
    """Only a one-line paragraph can be a heading underlined with === or ---."""
    return block.kind is BlockKind.PARAGRAPH and len(block.lines) == 1


def continues(block: _Open, line: str, wrapped: bool) -> bool:
    """Whether ``line`` continues ``block`` rather than starting a new one.

    A list item takes any line indented past its marker; other lines join
    only as wrapped text (see `joins_wrapped`).
    """
    if block.kind is BlockKind.LIST_ITEM and indent_of(line) > block.indent:
        return True
    return joins_wrapped(block.lines[-1], line, wrapped)


def joins_wrapped(previous: str, line: str, wrapped: bool) -> bool:
    """Whether ``line`` reads as the wrapped remainder of ``previous``.

    Minutes are often typed one item per line ("Present: …" then
    "Apologies: …"), so lines join only in a hard-wrapped file, after a line
    long enough to have wrapped, and not when the new line opens like a
    record of its own: a label such as "Apologies:", an issue number, a time
    or a checkbox.
    """
    if not wrapped or len(expand(previous).rstrip()) < WRAPPED_WIDTH:
        return False
    return not _RECORD_START.match(line.strip())


# --------------------------------------------------------------------------
# Plain-text tables


def tab_cells(line: str) -> list[str]:
    """A line's cells when tabs separate them ("a\\tb\\t\\tc"), else []."""
    stripped = line.strip()
    if "\t" not in stripped:
        return []
    cells = re.split(r"\t+", stripped)
    return cells if len(cells) >= 2 else []


def tab_separated_table(lines: list[str], i: int) -> tuple[list[Block] | None, int]:
    """Consecutive lines with the same number of tab-separated cells (≥ 2 lines).

    Returns the table (None when there is none at ``i``) and the index past it.
    """
    width = len(tab_cells(lines[i]))
    j = i
    while width and j < len(lines) and len(tab_cells(lines[j])) == width:
        j += 1
    if j - i < 2:
        return None, i
    return [table_block([tab_cells(line) for line in lines[i:j]])], j


def tab_indented_tables(lines: list[str], i: int) -> tuple[list[Block] | None, int]:
    """Tables written one cell per tab-indented line, rows split by blanks.

    Word's "save as text" writes a table this way. The first group of lines
    is the header and fixes the column count; the remaining lines are taken
    that many at a time, because a cell may contain a blank line (so blank
    lines cannot be trusted as row ends). A group that repeats the header's
    other cells starts a new table. Returns the tables (None when the run is
    not a table) and the index just past the run either way.
    """
    groups, end = tab_groups(lines, i)
    if not groups:
        return None, end
    header = groups[0]
    width = len(header)
    if not 2 <= width <= 10 or any(not looks_like_header_cell(cell) for cell in header):
        return None, end
    tables: list[list[str]] = [list(header)]
    for group in groups[1:]:
        aligned = len(tables[-1]) % width == 0
        if aligned and is_header_repeat(group, header):
            tables.append(list(group))
        else:
            tables[-1].extend(group)
    if any(len(cells) % width or len(cells) < 2 * width for cells in tables):
        return None, end
    blocks = [table_block([cells[k : k + width] for k in range(0, len(cells), width)]) for cells in tables]
    return blocks, end


def looks_like_header_cell(cell: str) -> bool:
    """Header cells are short labels; a long or bulleted line is running text.

    This keeps tab-indented wrapped paragraphs and bullet lists from being
    read as tables.
    """
    return len(cell) <= WRAPPED_WIDTH and cell[0] not in _GLYPHS


def tab_groups(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The groups of a run of tab-indented lines from ``i``, blank lines between.

    Returns the groups (cell texts) and the index just past the run.
    """
    if not lines[i].startswith("\t") or not lines[i].strip():
        return [], i
    groups: list[list[str]] = []
    group: list[str] = []
    j = i
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            if group:
                groups.append(group)
                group = []
        elif line.startswith("\t") and not tab_cells(line):
            group.append(line.strip())
        else:
            break
        j += 1
    if group:
        groups.append(group)
    return groups, j


def is_header_repeat(group: list[str], header: list[str]) -> bool:
    """True when ``group`` has the header's shape and its 2nd..nth cells."""
    if len(group) != len(header):
        return False
    return [c.casefold() for c in group[1:]] == [c.casefold() for c in header[1:]]
