"""The neutral document model every loader produces and the segmenter reads.

A document is a flat list of blocks in reading order. Loaders know about
formats (runs, glyph positions, Markdown syntax); nothing after them does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from functools import cached_property

from notes_extract.lazy_pattern import lazy_compile


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


@dataclass(frozen=True)
class Block:
    """One unit of the document body.

    - ``text``: the block's plain text, inline markup removed, whitespace
      collapsed. For a table, its cells joined row by row (for searching).
    - ``level``: heading level (1 = top) for a heading; nesting depth
      (0 = top) for a list item; 0 otherwise.
    - ``label``: the visible number or letter of a numbered list item or
      heading as the reader sees it ("1.", "a)", "3.2"), rebuilt from the
      format's numbering where needed; ``None`` for bullets and plain text.
      It is not repeated inside ``text``.
    - ``lead_bold``: the text of a bold run the block starts with ("Present:"),
      or "" when it does not start bold. ``lead_bold == text`` means the whole
      block is bold, a common way to write a heading without a heading style.
    - ``rows``: table cells, row by row; every cell a plain string.
    - ``page``: 1-based page number in paged formats, else ``None``; in a Word file,
      the page its explicit page and section breaks put the block on.
    - ``after_rule``: a horizontal rule (a drawn line, "***", "---") comes right
      before the block: the author marked a break between parts.
    - ``index``: position of the block in the document, from 0.
    - ``code``: a line of a code block ("```" fences): text of the item it sits in, never a
      heading, label or item of its own.
    """

    kind: BlockKind
    text: str
    index: int = 0
    page: int | None = None
    level: int = 0
    label: str | None = None
    lead_bold: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    after_rule: bool = False
    code: bool = False

    @cached_property  # (asked of each block by most handlers; a frozen block's fields never change)
    def all_bold(self) -> bool:
        return bool(self.text) and self.lead_bold.strip() == self.text.strip()


@dataclass
class Document:
    """A loaded document: its blocks plus facts about the file itself."""

    blocks: list[Block]
    format: str  # "docx" | "pdf" | "text" | "markdown" | "doc" | "rtf" | "wpd" | "image"
    pages: int | None = None
    # Key/value metadata the format carries (Markdown front matter, docx core
    # properties such as "title"); the extractors may use it as a fallback.
    metadata: dict[str, str] = field(default_factory=dict)
    # What the loader could not read cleanly, in words a person understands.
    warnings: list[str] = field(default_factory=list)
    # Pages (from 1) whose text came from OCR rather than a text layer.
    ocr_pages: list[int] = field(default_factory=list)


def more_words_than(text: str, n: int) -> bool:
    """Whether ``text`` has more than ``n`` words: ``len(text.split()) > n``, splitting no further than that."""
    return len(text.split(maxsplit=n)) > n


# Every field of a block and its default. Loaders make a block per line: `make_block` and `numbered` fill a
# block's attributes in one dict update rather than through the frozen constructor's setattr per field.
_BLOCK_DEFAULTS: dict[str, object] = {f.name: f.default for f in fields(Block)}


def _assembled(values: dict[str, object]) -> Block:
    """A block holding ``values`` (every field, checked by the caller), made without its constructor."""
    block = object.__new__(Block)
    block.__dict__.update(values)
    return block


def with_fields(block: Block, **changes: object) -> Block:
    """``dataclasses.replace(block, **changes)``, made without the frozen constructor: a loader
    remakes every block of a document to set its page. A cached `all_bold` stays only while the
    text and bold runs it reads are the same."""
    if not changes.keys() <= _BLOCK_DEFAULTS.keys():
        return replace(block, **changes)  # type: ignore[arg-type]  # (raises the constructor's TypeError)
    values = {**block.__dict__, **changes}
    if "text" in changes or "lead_bold" in changes:
        values.pop("all_bold", None)
    return _assembled(values)


def make_block(kind: BlockKind, text: str = "", **given: object) -> Block:
    """A block with its text's whitespace collapsed (indices are set later)."""
    if "\t" in text:
        text = _tabbed_list(text)
    if not given.keys() <= _BLOCK_DEFAULTS.keys():
        return Block(kind=kind, text=text, **given)  # type: ignore[arg-type]  # (raises the constructor's TypeError)
    return _assembled({**_BLOCK_DEFAULTS, **given, "kind": kind, "text": " ".join(text.split())})


# "Attendees :\tJ Rear\tA Finch": a label, then values set apart by tabs.
_LABEL_THEN_TABS = lazy_compile(r"^(?P<label>\s*[A-Z][\w ’'/&()-]{0,30}?\s*:)(?P<rest>[^:]*\t[^:]*)$")
# A value that short is a name or a word, not a sentence broken by a tab.
MAX_TABBED_VALUE_WORDS = 5


# "Jean Whitlock\t\tAndrew Penrose": a full name, two to four capitalised words, in each tabbed column.
TABBED_NAME = lazy_compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}")


def _tabbed_list(text: str) -> str:
    """A labelled line whose values are set apart by tabs, with commas between them: the tabs
    were the typist's separators, lost once whitespace is collapsed ("J Rear A Finch"); so is a
    line of full names tabbed into columns under a label above ("Jean Whitlock\t\tAndrew Penrose")."""
    names = [v.strip() for v in re.split(r"\t+", text.strip()) if v.strip()]
    if len(names) >= 2 and all(TABBED_NAME.fullmatch(" ".join(name.split())) for name in names):
        return ", ".join(names)
    m = _LABEL_THEN_TABS.match(text)
    values = [v.strip() for v in re.split(r"\t+", m["rest"]) if v.strip()] if m else []
    if len(values) < 2 or any(len(v.split()) > MAX_TABBED_VALUE_WORDS or v.endswith(",") for v in values):
        return text
    return f"{m['label'] if m else ''} {', '.join(values)}"


def _cell_text(cell: str) -> str:
    """A cell's text with each line's whitespace collapsed; its lines (a title over its minutes) kept."""
    return "\n".join(" ".join(line.split()) for line in cell.splitlines() if line.strip())


def table_block(rows: list[list[str]], **fields: object) -> Block:
    """A table block; cell whitespace collapsed, ``text`` the cells joined."""
    clean = tuple(tuple(_cell_text(c) for c in row) for row in rows)
    text = " | ".join(" ".join(c.split()) for row in clean for c in row if c)
    return Block(kind=BlockKind.TABLE, text=text, rows=clean, **fields)  # type: ignore[arg-type]


def numbered(blocks: list[Block]) -> list[Block]:
    """The blocks with ``index`` set to their position, empty paragraphs dropped (a rule
    before one is kept before the next block)."""
    out: list[Block] = []
    rule_pending = False
    for block in blocks:
        rule_pending = rule_pending or block.after_rule
        if block.kind is not BlockKind.TABLE and not block.text:
            continue
        if block.kind is BlockKind.TABLE and not any(any(c for c in r) for r in block.rows):
            continue
        if block.index == len(out) and block.after_rule == rule_pending:
            out.append(block)  # numbered so already: kept as it is (a frozen block is costly to remake)
            rule_pending = False
            continue
        # a copy with its place and rule mark (a cached `all_bold` goes with it: text and bold runs are the same)
        out.append(_assembled({**block.__dict__, "index": len(out), "after_rule": rule_pending}))
        rule_pending = False
    return out
