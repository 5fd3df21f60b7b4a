"""Lists typed by hand in plain paragraphs, and the lines a paragraph's line breaks set apart.

Minutes written in Word often number and bullet their items by hand ("1) Apologies",
"a. ...", "• ...", "- ...") in paragraphs Word does not know are a list, and set one
record a line with line breaks ("Present: ..." Shift+Enter "Apologies: ..."). The
plain-text reader already reads both from lines of text; this module gives a Word file
the same blocks with the text reader's own marker patterns (`plain_item`): a typed
marker makes a list item with its label, nested by where the marker stands.

Dashes touching their word ("-Text") are bullets only when the document has several, so
the markers are read once the whole body is. Typed numbers "5.", "8.2" and "5" are left
in the paragraph's text (see `_TEXT_NUMBER`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.docx.runs import LINE_BREAK, Run, lead_bold
from notes_extract.loaders.docx.styles import Styles
from notes_extract.loaders.docx.titles import titled_by_layout
from notes_extract.loaders.docx.wordml import W_PPR, Element, first_child, parse_int, w
from notes_extract.loaders.text.layout_titles import touching_dash_items, touching_numbers
from notes_extract.loaders.text.lines import WRAPPED_WIDTH, nest_level
from notes_extract.loaders.text.markdown_inline import loose_bold_line
from notes_extract.loaders.text.plain import initialled_names, plain_item

# A column of typed text, in twentieths of a point: about a space's width at 11-12 pt,
# so an indent set with the ruler compares with one typed with spaces or tabs.
TWIPS_PER_COLUMN = 120
# How far a typed tab moves the text: Word's default tab stop, half an inch.
TAB_TWIPS = 720

# "5.", "8.2", "19.09.01", "5": numbers the segmenter's passes for minutes typed in Word read from
# a paragraph's own text (`segment.numbered_titles`, `flattened`, `sentence_items`), items run
# together in one paragraph included; such a paragraph is left as it is.
_TEXT_NUMBER = lazy_compile(r"\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}")
# "1.": one number, which makes a list item as in the text reader, unless typed in bold: "**1. Apologies**"
# (or "**1. Apologies** (7pm)") titles an item, as a heading does, and stays a paragraph. Such items are
# no list under a title line (`titles`): "1. Treasurer's report" is an item's own title.
_NUMBER = lazy_compile(r"\d{1,3}\.")
_W_IND = w("ind")
_START = (w("start"), w("left"))
_FIRST_LINE, _HANGING = w("firstLine"), w("hanging")


def split_lines(runs: list[Run]) -> list[list[Run]]:
    """The runs of each line a paragraph's line breaks set apart; a line that runs on is joined back.

    A paragraph that opens with a typed bullet ("•<tab>2020-07-10" Shift+Enter "Ann proposed ...") is
    one item whose lines stay together, as a Word list item's do.

    A bold title set over several lines with breaks typed in bold stays one line (as the HTML
    reader reads <br> inside <strong>; a break in regular type between two bold lines sets them
    apart), and so does a long line cut mid-sentence whose next line opens in lower case.
    """
    text = "".join(text for text, _ in runs)
    if LINE_BREAK not in text:  # one line (most paragraphs): its runs that show characters
        line = [run for run in runs if run[0]]
        return [line] if _written(line) else [[]]
    first = text.split(LINE_BREAK, 1)[0]
    if (bullet := plain_item(first, bare=False)) is not None and not bullet.group("label"):
        return [[(text.replace(LINE_BREAK, " "), bold) for text, bold in runs]]
    lines: list[list[Run]] = [[]]
    bold_breaks: list[bool] = [False]  # whether the break opening each line is in bold type
    for text, bold in runs:
        for i, part in enumerate(text.split(LINE_BREAK)):
            if i:
                lines.append([])
                bold_breaks.append(bold)
            if part:
                lines[-1].append((part, bold))
    out: list[list[Run]] = []
    bold_break = True  # the breaks since the last line kept: all bold (blank lines too)
    for line, opened_bold in zip(lines, bold_breaks, strict=True):
        bold_break = bold_break and opened_bold
        if not _written(line):
            continue
        if out and _runs_on(out[-1], line, bold_break):
            out[-1].extend([(" ", line[0][1]), *line])
        else:
            out.append(line)
        bold_break = True
    return out or [[]]


def _written(line: list[Run]) -> list[bool]:
    """Whether each run of a line that shows text is bold."""
    return [bold for text, bold in line if text.strip()]


def _runs_on(previous: list[Run], line: list[Run], bold_break: bool) -> bool:
    """Whether ``line`` goes on with ``previous``: both bold with a bold break between, or a long
    line cut mid-sentence (it ends on a small letter or a comma, in any script) before a line
    that opens in lower case."""
    if bold_break and all(_written(previous)) and _written(line)[0]:
        return True
    before = "".join(t for t, _ in previous).rstrip()
    after = "".join(t for t, _ in line).lstrip()
    return len(before) >= WRAPPED_WIDTH and (before[-1].islower() or before[-1] == ",") and after[:1].islower()


def marker_indent(ppr: Element | None, style_id: str | None, styles: Styles) -> int:
    """Where a paragraph's first line starts, in twips: its left indent moved by a first-line
    or hanging indent, each from the paragraph or else the nearest style in its chain that sets it."""
    start, first = _indents(ppr, None, None)
    if start is None or first is None:
        style_start, style_first = styles.memo("indent", style_id, lambda: _style_indents(style_id, styles))
        start = style_start if start is None else start
        first = style_first if first is None else first
    return (start or 0) + (first or 0)


def _style_indents(style_id: str | None, styles: Styles) -> tuple[int | None, int | None]:
    """(left indent, first-line indent) as the nearest styles in the chain that set them say."""
    start: int | None = None
    first: int | None = None
    for style in styles.chain(style_id):
        element = styles.elements.get(style.style_id)
        start, first = _indents(element.find(W_PPR) if element is not None else None, start, first)
    return start, first


def _indents(source: Element | None, start: int | None, first: int | None) -> tuple[int | None, int | None]:
    """``start`` and ``first``, each filled from the paragraph properties ``source`` when not known yet."""
    ind = first_child(source, _W_IND) if source is not None else None
    if ind is None:
        return start, first
    if start is None:
        start = next((parse_int(ind.get(a)) for a in _START if ind.get(a) is not None), None)
    if first is None and (ind.get(_FIRST_LINE) is not None or ind.get(_HANGING) is not None):
        first = (parse_int(ind.get(_FIRST_LINE), 0) or 0) - (parse_int(ind.get(_HANGING), 0) or 0)
    return start, first


@dataclass
class _Line:
    """A paragraph line that may open with a typed marker: its runs and its paragraph's indent (twips)."""

    block: Block
    runs: list[Run]
    indent: int

    def column(self, typed: str = "") -> int:
        """The column text starts at after the typed whitespace ``typed`` (tabs to Word's default stops)."""
        twips = max(self.indent, 0) + typed.count("\t") * TAB_TWIPS
        return twips // TWIPS_PER_COLUMN + typed.count(" ")


class TypedLists:
    """Paragraph lines noted as they are read, made list items once the whole body is read."""

    def __init__(self) -> None:
        # By the id() of the block, which the entry keeps alive so the id is not reused.
        self._lines: dict[int, _Line] = {}

    def note(self, block: Block, runs: list[Run], indent: int) -> None:
        """Note a paragraph line and its paragraph's indent (twips)."""
        if block.kind is BlockKind.PARAGRAPH:
            self._lines[id(block)] = _Line(block, runs, indent)

    def numbered(self, block: Block, number: str, bold: bool) -> Block:
        """``block`` with an item number typed before it (the number a layout table sets in a column
        of its own), read as that typed paragraph would be; ``bold``: the number is read in bold,
        as the text it numbers opens (set apart in its cell, its own type says nothing)."""
        line = self._lines.get(id(block))
        if line is None:  # a heading, a Word list item or a table keeps its own structure
            return replace(block, label=block.label or number) if block.kind is BlockKind.HEADING else block
        runs = [(number + " ", bold), *line.runs]
        new = replace(block, text=f"{number} {block.text}", lead_bold=lead_bold(runs))
        self._lines[id(new)] = _Line(new, runs, 0)
        return new

    def apply(self, blocks: list[Block], moved: Callable[[Block, Block], None]) -> list[Block]:
        """``blocks`` with each paragraph line that opens with a typed marker as a list item, and
        the lines that title items by layout as headings (see `titles`); ``moved(old, new)`` is
        told of each block replaced."""
        dashes = touching_dash_items([block.text for block in blocks if block.kind is BlockKind.PARAGRAPH])
        # A document that numbers its items with Word's numbering types a number only inside a
        # paragraph's own text ("1. Ann Lee" under item "A."): such numbers stay text there.
        numbers = not any(block.kind is BlockKind.LIST_ITEM and block.label for block in blocks)
        # "4.Hall Booking": numbers typed against their titles, when two follow on (as the text reader reads them)
        paragraphs = [block.text for block in blocks if block.kind is BlockKind.PARAGRAPH]
        touching = numbers and touching_numbers(paragraphs)
        names = initialled_names(paragraphs)  # "H. Charalambous" in a run of such lines: a person, not item H
        indents: list[int] = []  # the distinct marker columns of the current list, as the text reader keeps
        out: list[Block] = []
        for block in blocks:
            line = self._lines.get(id(block))
            typed = line is not None and block.text not in names
            item = _typed_block(line, dashes, indents, numbers, touching) if typed else None
            if item is None:
                if block.kind in (BlockKind.HEADING, BlockKind.TABLE) or line is not None and (
                        not indents or line.column(_leading_space(line.runs)) <= indents[0]):
                    indents = []  # text back at the list's margin, a heading or a table ends the list
                out.append(block)
                continue
            moved(block, item)
            out.append(item)
            if item.label and _NUMBER.fullmatch(item.label):  # read as typed when finding titles
                self._lines[id(item)] = line  # type: ignore[assignment]
        typed = {id(block): "".join(t for t, _ in line.runs) for block in out
                 if (line := self._lines.get(id(block))) is not None}
        self._lines = {}
        return titled_by_layout(out, typed, moved)



def _typed_block(line: _Line, dashes: bool, indents: list[int], numbers: bool, touching: bool = False) -> Block | None:
    """The block a paragraph line makes as the text reader reads it: a list item when it opens
    with a typed marker, a bold line when typed in Markdown's bold markers; None when it stays.
    ``numbers``: a typed "1." opens an item (the document numbers nothing with Word's numbering);
    ``touching``: so does "1.Title", its number typed against it."""
    text = "".join(t for t, _ in line.runs)
    if (bold := loose_bold_line(text)) is not None:  # "** Budget **": a bold line, not a "*" bullet
        return replace(line.block, text=bold, lead_bold=bold)
    match = plain_item(text, bare=False, dashes=dashes, numbers=touching)
    label = match.group("label") if match is not None else None
    if match is None or label and (_TEXT_NUMBER.fullmatch(label) or _NUMBER.fullmatch(label) and (
            not numbers or _written(line.runs)[0])):
        return None
    level = nest_level(indents, line.column(match.group("indent")))
    body = _without_chars(line.runs, match.start("text"))
    return replace(line.block, kind=BlockKind.LIST_ITEM, text=" ".join(match.group("text").split()),
                   level=level, label=match.group("label") or None, lead_bold=lead_bold(body))


def _without_chars(runs: list[Run], count: int) -> list[Run]:
    """The runs with their first ``count`` characters (a typed marker) cut off."""
    out: list[Run] = []
    for text, bold in runs:
        cut = min(count, len(text))
        count -= cut
        if text[cut:]:
            out.append((text[cut:], bold))
    return out


def _leading_space(runs: list[Run]) -> str:
    text = "".join(t for t, _ in runs)
    return text[:len(text) - len(text.lstrip(" \t"))]
