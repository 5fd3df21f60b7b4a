"""The plain-text reader: lines typed by hand in, neutral blocks out.

Owns the heuristics for minutes typed without markup: glyph bullets and
hand-numbered items ("1.", "(a)", "6.1", bare "1 Text" runs), headings
underlined with === or ---, one item per line versus hard-wrapped paragraphs
joined back together. Tables are found by `plain_tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from notes_extract.document import Block, BlockKind, make_block
from notes_extract.loaders.text.lines import (
    BULLET_GLYPHS,
    CLOCK_EVERY,
    Tick,
    expand,
    indent_of,
    is_hard_wrapped,
    joins_wrapped,
    nest_level,
)
from notes_extract.loaders.text.plain_tables import tab_indented_tables, tab_separated_table

_PLAIN_ITEM = re.compile(
    rf"""^(?P<indent>[ \t]*)(?:
        [{BULLET_GLYPHS}][ \t]*
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


@dataclass
class _Open:
    """A plain-text block still collecting lines."""

    kind: BlockKind
    lines: list[str]
    indent: int
    level: int = 0
    label: str | None = None


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
