"""Textile minutes (Redmine and other wikis): headings, lists, tables and lines as blocks.

Project wikis kept in Redmine write minutes in Textile: "h2. Attendees", "* item", "# numbered
item", "|_. Owner |_. Task |" tables, "bq. " quotes, *bold* and "link":url. In Textile a single
line break is a line break, so each line of a paragraph is a line of its own, as the page shows
it. Standard library only.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind, make_block
from notes_extract.lazy_pattern import lazy_compile

_HEADING = lazy_compile(r"^h(?P<level>[1-6])(?:\([^)]*\)|\{[^}]*\}|[<>=]+)*\.\s+(?P<text>.*)$")
_BLOCK_PREFIX = lazy_compile(r"^(?:bq|p|fn\d+)(?:\([^)]*\)|\{[^}]*\}|[<>=]+)*\.\s+")
_LIST_ITEM = lazy_compile(r"^(?P<marks>[*#]+)\s+(?P<text>.*)$")
_TABLE_ROW = lazy_compile(r"^\s*\|.*\|\s*$")
_CELL_PREFIX = lazy_compile(r"^(?:_|[<>=^~]|\\\d+|/\d+|\{[^}]*\})*\.\s")
_MACRO = lazy_compile(r"\{\{[^}]*\}\}")
_LINK = lazy_compile(r"\"(?P<text>[^\"]+)\":\S+?(?=[\s,;)]|[.!?](?:\s|$)|$)")
_IMAGE = lazy_compile(r"!\S+!")
_SPAN = lazy_compile(r"(?<![\w*])([*_@+\-^~]{1,2})(?=\S)(?P<text>[^*_@+^~\n]+?)(?<=\S)\1(?![\w*])")
_LEAD_BOLD = lazy_compile(r"^\*{1,2}(?P<text>[^*]+)\*{1,2}")
# A file is Textile when it has a Textile heading line and no Markdown heading line.
MIN_HEADINGS = 1
_MARKDOWN_HEADING = lazy_compile(r"^#{1,6}\s+\S.*$")


def looks_like_textile(lines: list[str]) -> bool:
    """Whether a text file is written in Textile."""
    headings = sum(1 for line in lines if _HEADING.match(line))
    return headings >= MIN_HEADINGS and headings > sum(1 for line in lines if _MARKDOWN_HEADING.match(line))


def inline(text: str) -> str:
    """Textile inline markup as the reader sees it."""
    text = _IMAGE.sub("", _MACRO.sub("", _LINK.sub(lambda m: m["text"], text)))
    for _ in range(2):  # nested spans ("*_both_*")
        text = _SPAN.sub(lambda m: m["text"], text)
    return " ".join(text.split())


def parse_textile(lines: list[str]) -> list[Block]:
    """The blocks of a Textile text (front matter already removed)."""
    blocks: list[Block] = []
    numbers: list[int] = []
    rows: list[tuple[str, ...]] = []
    for line in lines + [""]:
        if rows and not _TABLE_ROW.match(line):
            blocks.append(_table(rows))
            rows = []
        stripped = line.strip()
        if not stripped:
            numbers = []
            continue
        if m := _HEADING.match(stripped):
            blocks.append(make_block(BlockKind.HEADING, inline(m["text"]), level=int(m["level"])))
        elif _TABLE_ROW.match(line):
            rows.append(tuple(inline(_CELL_PREFIX.sub("", cell.strip())) for cell in stripped.strip("|").split("|")))
        elif m := _LIST_ITEM.match(stripped):
            level = len(m["marks"]) - 1
            numbers = numbers[: level + 1] + [0] * (level + 1 - len(numbers))
            numbers[level] += 1
            label = f"{numbers[level]}." if m["marks"].endswith("#") else None
            blocks.append(make_block(BlockKind.LIST_ITEM, inline(m["text"]), level=level, label=label,
                                     lead_bold=_lead_bold(m["text"])))
        else:
            text = _BLOCK_PREFIX.sub("", stripped)
            blocks.append(make_block(BlockKind.PARAGRAPH, inline(text), lead_bold=_lead_bold(text)))
    return [b for b in blocks if b.text or b.kind is BlockKind.TABLE]


def _table(rows: list[tuple[str, ...]]) -> Block:
    width = max(len(r) for r in rows)
    rows = [r + ("",) * (width - len(r)) for r in rows]
    return Block(kind=BlockKind.TABLE, text=" ".join(" ".join(r) for r in rows), rows=tuple(rows))


def _lead_bold(text: str) -> str:
    m = _LEAD_BOLD.match(text.strip())
    return inline(m["text"]) if m else ""

