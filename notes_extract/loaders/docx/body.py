"""Walking the document body (w:body) into neutral `Block`s, in reading order.

What a reader sees is what counts: tracked insertions and moved-here text
are kept and deletions dropped (the document as if all changes were
accepted), hidden text is dropped, content controls are read through unless
they still show a template's prompt, mc:AlternateContent is read once, and
a text box becomes blocks after the paragraph that anchors it. Embedded
documents (altChunk) are skipped with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from notes_extract.document import Block, BlockKind, make_block, table_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.docx.breaks import (
    PAGE,
    RULE,
    W_SECTPR,
    assign_pages,
    ends_section,
    is_rule,
    page_break_before,
    page_breaks,
    section_kind,
)
from notes_extract.loaders.docx.classify import ParagraphClassifier
from notes_extract.loaders.docx.numbering import Numbering
from notes_extract.loaders.docx.runs import Run, lead_bold, run_format, run_text
from notes_extract.loaders.docx.styles import Styles
from notes_extract.loaders.docx.tables import (
    cell_line,
    holds_only_tables,
    is_margin_note,
    is_page_region,
    numbered_rows,
    table_rows,
)
from notes_extract.loaders.docx.typed import TypedLists, marker_indent, split_lines
from notes_extract.loaders.docx.wordml import (
    MC_ALTERNATE_CONTENT,
    W_P,
    W_PPR,
    W_PSTYLE,
    W_R,
    W_RPR,
    W_SDT,
    W_SDT_CONTENT,
    W_SDT_PR,
    W_T,
    Element,
    child_val,
    chosen_branch,
    first_child,
    toggle,
    w,
)
from notes_extract.warning_codes import warning

# The body reader checks the clock every this many blocks: often enough to
# stop near the time limit, seldom enough that the check costs nothing.
CLOCK_CHECK_EVERY_BLOCKS = 500

_M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_M_T = f"{{{_M_NS}}}t"
_OMATH = frozenset({f"{{{_M_NS}}}oMath", f"{{{_M_NS}}}oMathPara"})
_W_TBL = w("tbl")
_W_ALT_CHUNK = w("altChunk")
_W_SHOWING_PLACEHOLDER = w("showingPlcHdr")
# Inline wrappers whose runs are visible text (hyperlinks, accepted
# insertions, moved-here text, smart tags, custom XML, simple fields, bidi).
_INLINE_WRAPPERS = frozenset(
    w(t)
    for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir")
)
# Block-level wrappers around paragraphs and tables.
_BLOCK_WRAPPERS = frozenset(w(t) for t in ("customXml", "ins", "moveTo"))
# Prompts Word templates show in empty content controls.
_PROMPT = lazy_compile(r"^\W*(click|tap|enter|type|select|choose|insert|add|pick)\b", re.I)


def read_body(body: Iterable[Element], styles: Styles, numbering: Numbering,
              tick: Callable[[], None] | None = None) -> tuple[list[Block], list[str]]:
    """The blocks of a main part's body (its top-level elements, in order), and warnings about skipped content.

    ``tick`` is called every `CLOCK_CHECK_EVERY_BLOCKS` blocks, to stop a
    document past its time limit.
    """
    reader = BodyReader(styles, numbering, tick)
    blocks = reader.read(body)
    return blocks, reader.warnings


def shows_placeholder(sdt: Element) -> bool:
    """Whether a content control is marked as showing its placeholder text."""
    props = sdt.find(W_SDT_PR)
    return props is not None and toggle(props, _W_SHOWING_PLACEHOLDER) is True


def is_prompt(sdt: Element) -> bool:
    """A content control still showing an instruction prompt ("Click here to enter text").

    Templates also use placeholders for the labels a reader sees ("Meeting
    called by:"); those are visible text and are kept.
    """
    if not shows_placeholder(sdt):
        return False
    text = "".join(t.text or "" for t in sdt.iter(W_T))
    return not text.strip() or bool(_PROMPT.match(text))


# How a paragraph's text looks where a run sets nothing: (bold, hidden, shown in capitals).
_Look = tuple[bool, bool, bool]


@dataclass
class _Paragraph:
    """What one w:p reads as, before it becomes blocks (one per line its line breaks set apart)."""

    lines: list[list[Run]]
    indent: int  # where its first line starts, in twips (see `marker_indent`)
    kind: BlockKind
    level: int
    label: str | None
    boxes: list[Block]
    # Breaks the paragraph opens with, and those it leaves for the block after it (see `breaks`).
    breaks_before: list[object]
    breaks_after: list[object]


class BodyReader:
    """Walks the body once, in reading order, keeping list counters."""

    def __init__(self, styles: Styles, numbering: Numbering, tick: Callable[[], None] | None = None) -> None:
        # Called every `CLOCK_CHECK_EVERY_BLOCKS` blocks, to stop a document past its time limit.
        self._tick = tick
        self._count = 0
        # Runs of the paragraph being read that come from a template prompt control.
        self._placeholder_runs: set[int] = set()
        self._styles = styles
        self._classifier = ParagraphClassifier(styles, numbering)
        self.warnings: list[str] = []
        # Page breaks and rules by the id() of the block they come before (the block kept alive
        # so its id is not reused), those waiting for the next block, and each section's kind.
        self._events: dict[int, tuple[Block, list[object]]] = {}
        self._pending: list[object] = []
        self._section_kinds: list[str] = []
        self._typed = TypedLists()
        self._cell_depth = 0  # how many table cells the paragraph being read sits in

    def read(self, body: Iterable[Element]) -> list[Block]:
        out: list[Block] = []
        self._blocks(body, out)
        out = self._typed.apply(out, self._moved)
        return assign_pages(out, self._events, self._section_kinds) if self._events else out

    def _moved(self, old: Block, new: Block) -> None:
        """``new`` stands for ``old``: the breaks ``old`` opens with are ``new``'s."""
        events = self._events.pop(id(old), None)
        if events is not None:
            self._events[id(new)] = (new, events[1])

    def _open(self, block: Block, breaks: list[object] | None = None) -> None:
        """Record that ``block`` comes after the breaks waiting and ``breaks`` of its own."""
        events = [*self._pending, *(breaks or [])]
        self._pending = []
        if events:
            self._events.setdefault(id(block), (block, []))[1].extend(events)

    # -- block level -------------------------------------------------------

    def _blocks(self, parent: Iterable[Element], out: list[Block]) -> None:
        for child in parent:
            self._count += 1
            if self._tick is not None and self._count % CLOCK_CHECK_EVERY_BLOCKS == 0:
                self._tick()
            tag = child.tag
            if tag == W_P:
                para = self._paragraph(child)
                for i, line in enumerate(para.lines):
                    block = make_block(para.kind, "".join(text for text, _ in line), level=para.level,
                                       label=para.label if i == 0 else None, lead_bold=lead_bold(line))
                    self._open(block, para.breaks_before if i == 0 else None)
                    self._typed.note(block, line, para.indent)
                    out.append(block)
                out.extend(para.boxes)
                self._pending.extend(para.breaks_after)
            elif tag == W_SECTPR:  # the last section's properties: how it starts
                self._section_kinds.append(section_kind(child))
            elif tag == _W_TBL:
                self._table(child, out)
            elif tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None and not is_prompt(child):
                    self._blocks(content, out)
            elif tag in _BLOCK_WRAPPERS:
                self._blocks(child, out)
            elif tag == MC_ALTERNATE_CONTENT:
                branch = chosen_branch(child)
                if branch is not None:
                    self._blocks(branch, out)
            elif tag == _W_ALT_CHUNK:
                self._warn(warning("embedded-document-skipped", "an embedded document (altChunk) was skipped"))

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def _table(self, table: Element, out: list[Block]) -> None:
        """A data table as one table block; a table that lays out the page (a cell
        holding the minutes' running text) as its cells' blocks, in reading order."""
        cells: list[tuple[int, int, list[Block]]] = []  # (row, position in the row, blocks)
        waiting, self._pending = self._pending, []  # breaks before the table open its first block
        row_ends: dict[int, int] = {}  # cells read so far in each row, by the row's number
        # By number, not by the row element's id(): lxml makes a new proxy object per access,
        # and a freed row's id can come back for the next row, merging the two.

        def read_cell(cell: Element, row: int) -> str:
            blocks: list[Block] = []
            self._cell_depth += 1
            self._blocks(cell, blocks)
            self._cell_depth -= 1
            cells.append((row, row_ends.get(row, 0), blocks))
            row_ends[row] = row_ends.get(row, 0) + 1
            return cell_line(blocks)

        rows = table_rows(table, read_cell)
        numbered = numbered_rows(cells)
        page_columns = {position for _, position, blocks in cells if is_page_region(blocks)}
        if holds_only_tables([blocks for _, _, blocks in cells]):
            # a frame around tables ("Meeting Information" and "Attendance" side by side): its tables
            laid_out = [block for _, _, blocks in cells for block in blocks if block.rows]
        elif numbered is not None:
            laid_out = self._numbered_items(numbered)
        elif page_columns:
            header_row = all(is_margin_note(blocks) for row, _, blocks in cells if row == 0)
            # Column headings ("Item | Action By"), and beside the text item numbers and owners' names.
            laid_out = [block for row, position, blocks in cells
                        if not (row == 0 and header_row or position not in page_columns and is_margin_note(blocks))
                        for block in blocks if block.text or block.rows]
        else:
            block = table_block(rows)
            self._pending = [*waiting, *self._pending]
            self._open(block)
            out.append(block)
            return
        if laid_out:
            self._pending, inside = waiting, self._pending
            self._open(laid_out[0])
            self._pending = inside
        out.extend(laid_out)

    def _numbered_items(self, rows: list[tuple[str, list[Block]]]) -> list[Block]:
        """The blocks of a table laying out numbered items: each item's text as if its number
        were typed before it (see `tables.numbered_rows`)."""
        out: list[Block] = []
        for number, blocks in rows:
            if number and blocks:
                first = self._typed.numbered(blocks[0], number, bold=bool(blocks[0].lead_bold))
                self._moved(blocks[0], first)
                blocks = [first, *blocks[1:]]
            elif number:
                blocks = [make_block(BlockKind.PARAGRAPH, number)]
            out.extend(blocks)
        return out

    # -- paragraphs ----------------------------------------------------------

    def _paragraph(self, p: Element) -> _Paragraph:
        ppr = first_child(p, W_PPR)
        style_id = child_val(ppr, W_PSTYLE) or self._styles.default_paragraph
        runs: list[Run] = []
        box_roots: list[Element] = []
        self._placeholder_runs = set()
        self._inline(p, self._styles.memo("look", style_id, lambda: self._look(style_id)), runs, box_roots)
        if self._placeholder_runs and any(text.strip() for i, (text, _) in enumerate(runs)
                                          if i not in self._placeholder_runs):
            # A template's prompt beside the text typed over it ("Cooleman Ridge Park Care Group"
            # + "Organization/Committee Name"): the prompt is not part of the text.
            runs = [run for i, run in enumerate(runs) if i not in self._placeholder_runs]
        kind, level, label = self._classifier.classify(ppr, style_id)
        text = "".join(text for text, _ in runs)
        break_before, break_after = page_breaks(p)
        breaks_after: list[object] = [PAGE] if break_after else []
        if is_rule(p, ppr, text):
            breaks_after.append(RULE)
            if not self._cell_depth:  # a typed rule ("-----") marks a break, not text, as in the
                runs = []  # text reader; in a table cell it is a blank to sign on, kept as written
        section = ends_section(ppr)
        if section is not None:  # the break starts the next section, whose kind says if on a new page
            self._section_kinds.append(section_kind(section))
            breaks_after.append(len(self._section_kinds))
        # Text boxes come after their anchor paragraph, so its number is counted first.
        boxes: list[Block] = []
        for root in box_roots:
            self._blocks(root, boxes)
        return _Paragraph(
            # Lines set apart by line breaks are paragraphs of their own, as in a text file;
            # a heading's or a list item's lines stay one block.
            lines=split_lines(runs) if kind is BlockKind.PARAGRAPH else [runs],
            indent=marker_indent(ppr, style_id, self._styles),
            kind=kind,
            level=level,
            label=label,
            boxes=boxes,
            breaks_before=[PAGE] if break_before or page_break_before(ppr, style_id, self._styles) else [],
            breaks_after=breaks_after,
        )

    def _look(self, style_id: str | None) -> _Look:
        """How a paragraph of style ``style_id`` looks where its runs set nothing: the style's chain, else
        the document's defaults."""
        styles = self._styles
        bold, hidden, caps = styles.bold(style_id), styles.hidden(style_id), styles.caps(style_id)
        return (styles.default_bold if bold is None else bold, styles.default_hidden if hidden is None else hidden,
                styles.default_caps if caps is None else caps)

    # -- inline content --------------------------------------------------------

    def _inline(self, parent: Element, look: _Look, runs: list[Run], boxes: list[Element]) -> None:
        """Collect visible (text, is_bold) runs and text-box roots under ``parent``."""
        for child in parent:
            tag = child.tag
            if tag == W_R:
                self._run(child, look, runs, boxes)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, look, runs, boxes)
            elif tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None and not is_prompt(child):
                    start = len(runs)
                    self._inline(content, look, runs, boxes)
                    if shows_placeholder(child):
                        self._placeholder_runs.update(range(start, len(runs)))
            elif tag == MC_ALTERNATE_CONTENT:
                branch = chosen_branch(child)
                if branch is not None:
                    self._inline(branch, look, runs, boxes)
            elif tag in _OMATH:
                runs.append(("".join(t.text or "" for t in child.iter(_M_T)), False))
            # w:del, w:moveFrom, w:pPr, bookmarks and comment marks hold no visible text.

    def _run(self, run: Element, look: _Look, runs: list[Run], boxes: list[Element]) -> None:
        bold, hidden, caps = run_format(first_child(run, W_RPR), *look, self._styles)
        if hidden:
            return
        parts: list[str] = []
        run_text(run, parts, boxes)
        if parts:
            text = "".join(parts)
            runs.append((text.upper() if caps else text, bold))  # what the reader sees: capitals
