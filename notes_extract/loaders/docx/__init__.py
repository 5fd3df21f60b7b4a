"""Word (.docx) loader: the body of a WordprocessingML package as blocks.

The zip is read with `zipfile` and each part parsed once with lxml; the body
is walked directly instead of through python-docx's object model, which is
slower and hides content python-docx does not model (content controls,
tracked insertions, text boxes). Nothing is ever written back.

What a reader sees is what counts: tracked deletions and hidden text are
dropped, insertions kept (the document as if all changes were accepted), and
list numbers are rebuilt from numbering.xml because Word never stores them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from notes_extract.document import (
    Block,
    BlockKind,
    Document,
    make_block,
    numbered,
    table_block,
)
from notes_extract.errors import CorruptDocumentError
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.docx.container import check_archive, open_archive
from notes_extract.loaders.docx.counters import ListCounters
from notes_extract.loaders.docx.numbering import Numbering, read_numbering
from notes_extract.loaders.docx.package import (
    REL_NUMBERING,
    REL_STYLES,
    Package,
    check_main_root,
    find_main_part,
    first_target,
    read_metadata,
)
from notes_extract.loaders.docx.styles import Styles, read_styles
from notes_extract.loaders.docx.wordml import (
    DEEPEST_LIST_LEVEL,
    MC_ALTERNATE_CONTENT,
    W_B,
    W_ILVL,
    W_NUMID,
    W_NUMPR,
    W_OUTLINE_LVL,
    W_P,
    W_PPR,
    W_PSTYLE,
    W_R,
    W_RPR,
    W_SDT,
    W_SDT_CONTENT,
    W_SDT_PR,
    W_T,
    W_VAL,
    W_VANISH,
    Element,
    child_val,
    chosen_branch,
    heading_from_outline,
    parse_int,
    toggle,
    w,
)

__all__ = ["check_archive", "load"]

_M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"

# The body reader checks the clock every this many blocks.
_CLOCK_EVERY = 500

_RSTYLE = w("rStyle")
_TBL, _TR, _TC = (w(t) for t in ("tbl", "tr", "tc"))
_TRPR, _TCPR = (w(t) for t in ("trPr", "tcPr"))
_PLACEHOLDER = w("showingPlcHdr")
_TXBX = w("txbxContent")
_GRID_SPAN, _VMERGE = w("gridSpan"), w("vMerge")
_GRID_BEFORE, _GRID_AFTER = w("gridBefore"), w("gridAfter")
_DEL = w("del")
_RUBY, _RUBY_BASE = w("ruby"), w("rubyBase")
_ALT_CHUNK = w("altChunk")
_M_T = f"{{{_M_NS}}}t"
_OMATH = frozenset({f"{{{_M_NS}}}oMath", f"{{{_M_NS}}}oMathPara"})
# Inline wrappers whose runs are visible text (hyperlinks, accepted
# insertions, moved-here text, smart tags, custom XML, simple fields, bidi).
_INLINE_WRAPPERS = frozenset(
    w(t)
    for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir")
)
# Block-level wrappers around paragraphs and tables.
_BLOCK_WRAPPERS = frozenset(w(t) for t in ("customXml", "ins", "moveTo"))
# Row- and cell-level wrappers inside tables.
_TABLE_WRAPPERS = frozenset(w(t) for t in ("customXml", "ins", "moveTo"))
# Run children that read as a space; a line break inside a paragraph is
# whitespace once the text is collapsed.
_SPACE_TAGS = frozenset(w(t) for t in ("tab", "ptab", "br", "cr"))
_HYPHEN_TAG = w("noBreakHyphen")
# Run children that may hold a text box.
_SHAPE_TAGS = frozenset({w("drawing"), w("pict"), w("object")})


# --------------------------------------------------------------------------
# Entry point


def load(data: bytes, *, source: str, limits: Limits | None = None) -> Document:
    """Read a .docx file's bytes into a `Document` of body blocks.

    The zip's central directory is checked against ``limits`` before any part
    is unpacked, and parts are unpacked under a hard byte cap, so a zip bomb
    or a lying directory ends in `LimitExceededError`, not exhausted memory.
    """
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    with open_archive(data, limits, source) as archive:
        check_archive(archive, limits, source)
        package = Package(archive, source, limits, deadline)
        main = find_main_part(package)
        if main is None:
            raise CorruptDocumentError(
                "no main document part (word/document.xml) in the package", source=source
            )
        root = package.xml(main)
        check_main_root(root, main, source)
        related = package.relationships(main)
        styles = read_styles(package, first_target(related, REL_STYLES))
        numbering = read_numbering(package, first_target(related, REL_NUMBERING), styles)
        warnings: list[str] = []
        metadata = read_metadata(package, warnings)
    body = root.find(w("body"))
    reader = _BodyReader(styles, numbering, lambda: deadline.check(source, "reading the document body"))
    blocks = reader.read(body) if body is not None else []
    warnings.extend(reader.warnings)
    return Document(
        blocks=numbered(blocks), format="docx", pages=None, metadata=metadata, warnings=warnings
    )


# Prompts Word templates show in empty content controls.
_PROMPT = re.compile(r"^\W*(click|tap|enter|type|select|choose|insert|add|pick)\b", re.I)


def _shows_placeholder(sdt: Element) -> bool:
    props = sdt.find(W_SDT_PR)
    return props is not None and toggle(props, _PLACEHOLDER) is True


def _is_placeholder(sdt: Element) -> bool:
    """A content control still showing an instruction prompt ("Click here to enter text").

    Templates also use placeholders for the labels a reader sees ("Meeting
    called by:"); those are visible text and are kept.
    """
    props = sdt.find(W_SDT_PR)
    if props is None or toggle(props, _PLACEHOLDER) is not True:
        return False
    text = "".join(t.text or "" for t in sdt.iter(W_T))
    return not text.strip() or bool(_PROMPT.match(text))


# --------------------------------------------------------------------------
# Body


# What `_BodyReader._num_ref` returns for numId 0 (compared by identity).
_NUMBERING_OFF: tuple[str, int] = ("0", 0)


@dataclass
class _Paragraph:
    """What one w:p reads as, before it becomes a block."""

    text: str
    lead_bold: str
    kind: BlockKind
    level: int
    label: str | None
    boxes: list[Block]


class _BodyReader:
    """Walks the body once, in reading order, keeping list counters."""

    def __init__(self, styles: Styles, numbering: Numbering, tick: Callable[[], None] | None = None) -> None:
        # Called every `_CLOCK_EVERY` blocks, to stop a document past its time limit.
        self._tick = tick
        self._count = 0
        # Runs of the paragraph being read that come from a template prompt control.
        self._placeholder_runs: set[int] = set()
        self._styles = styles
        self._numbering = numbering
        self._counters = ListCounters(numbering)
        self.warnings: list[str] = []

    def read(self, body: Element) -> list[Block]:
        out: list[Block] = []
        self._blocks(body, out)
        return out

    # -- block level -------------------------------------------------------

    def _blocks(self, parent: Element, out: list[Block]) -> None:
        for child in parent:
            self._count += 1
            if self._tick is not None and self._count % _CLOCK_EVERY == 0:
                self._tick()
            tag = child.tag
            if tag == W_P:
                para = self._paragraph(child)
                out.append(
                    make_block(
                        para.kind,
                        para.text,
                        level=para.level,
                        label=para.label,
                        lead_bold=para.lead_bold,
                    )
                )
                out.extend(para.boxes)
            elif tag == _TBL:
                out.append(table_block(self._table_rows(child)))
            elif tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None and not _is_placeholder(child):
                    self._blocks(content, out)
            elif tag in _BLOCK_WRAPPERS:
                self._blocks(child, out)
            elif tag == MC_ALTERNATE_CONTENT:
                branch = chosen_branch(child)
                if branch is not None:
                    self._blocks(branch, out)
            elif tag == _ALT_CHUNK:
                self._warn("an embedded document (altChunk) was skipped")

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- paragraphs ----------------------------------------------------------

    def _paragraph(self, p: Element) -> _Paragraph:
        ppr = p.find(W_PPR)
        style_id = child_val(ppr, W_PSTYLE) or self._styles.default_paragraph
        style_bold = self._styles.bold(style_id)
        style_hidden = self._styles.hidden(style_id)
        runs: list[tuple[str, bool]] = []
        box_roots: list[Element] = []
        self._placeholder_runs = set()
        self._inline(
            p,
            self._styles.default_bold if style_bold is None else style_bold,
            self._styles.default_hidden if style_hidden is None else style_hidden,
            runs,
            box_roots,
        )
        if self._placeholder_runs and any(text.strip() for i, (text, _) in enumerate(runs)
                                          if i not in self._placeholder_runs):
            # A template's prompt beside the text typed over it ("Cooleman Ridge Park Care Group"
            # + "Organization/Committee Name"): the prompt is not part of the text.
            runs = [run for i, run in enumerate(runs) if i not in self._placeholder_runs]
        kind, level, label = self._classify(ppr, style_id)
        # Text boxes come after their anchor paragraph, so its number is counted first.
        boxes: list[Block] = []
        for root in box_roots:
            self._blocks(root, boxes)
        return _Paragraph(
            text="".join(text for text, _ in runs),
            lead_bold=_lead_bold(runs),
            kind=kind,
            level=level,
            label=label,
            boxes=boxes,
        )

    def _classify(
        self, ppr: Element | None, style_id: str | None
    ) -> tuple[BlockKind, int, str | None]:
        """Kind, level and label of a paragraph; advances list counters."""
        heading = self._heading_level(ppr, style_id)
        ref = self._num_ref(ppr, style_id)
        if ref is _NUMBERING_OFF:  # numId 0: a list style's numbering switched off
            return (BlockKind.HEADING, heading, None) if heading else (BlockKind.PARAGRAPH, 0, None)
        label: str | None = None
        if ref is not None and self._numbering.level(*ref) is not None:
            label = self._counters.advance(*ref)
        if heading is not None:
            return BlockKind.HEADING, heading, label
        depth = self._styles.list_depth(style_id)
        if ref is not None:
            return BlockKind.LIST_ITEM, max(ref[1], depth or 0), label
        if depth is not None:  # list style without (readable) numbering
            return BlockKind.LIST_ITEM, depth, None
        return BlockKind.PARAGRAPH, 0, None

    def _heading_level(self, ppr: Element | None, style_id: str | None) -> int | None:
        direct = heading_from_outline(parse_int(child_val(ppr, W_OUTLINE_LVL)))
        if direct is not None:
            return direct
        return self._styles.heading_level(style_id)

    def _num_ref(self, ppr: Element | None, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) of the list a paragraph belongs to, or None.

        Direct w:numPr wins over the style's. numId 0 switches numbering off
        and comes back as `_NUMBERING_OFF`, so a list style cannot turn it on.
        """
        numpr = ppr.find(W_NUMPR) if ppr is not None else None
        num_id = child_val(numpr, W_NUMID)
        ilvl = parse_int(child_val(numpr, W_ILVL))
        if num_id is None:
            inherited = self._styles.numbering(style_id)
            if inherited is None:
                return None
            num_id, style_ilvl, owner = inherited
            if ilvl is None:
                ilvl = style_ilvl
            if ilvl is None and num_id != "0":
                ilvl = self._numbering.level_for_style(num_id, owner)
        if num_id == "0":
            return _NUMBERING_OFF
        if num_id not in self._numbering.lists:
            return None
        return num_id, max(0, min(ilvl or 0, DEEPEST_LIST_LEVEL))

    # -- inline content --------------------------------------------------------

    def _inline(
        self,
        parent: Element,
        bold: bool,
        hidden: bool,
        runs: list[tuple[str, bool]],
        boxes: list[Element],
    ) -> None:
        """Collect visible (text, is_bold) runs and text-box roots under ``parent``."""
        for child in parent:
            tag = child.tag
            if tag == W_R:
                self._run(child, bold, hidden, runs, boxes)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, bold, hidden, runs, boxes)
            elif tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None and not _is_placeholder(child):
                    start = len(runs)
                    self._inline(content, bold, hidden, runs, boxes)
                    if _shows_placeholder(child):
                        self._placeholder_runs.update(range(start, len(runs)))
            elif tag == MC_ALTERNATE_CONTENT:
                branch = chosen_branch(child)
                if branch is not None:
                    self._inline(branch, bold, hidden, runs, boxes)
            elif tag in _OMATH:
                runs.append(("".join(t.text or "" for t in child.iter(_M_T)), False))
            # w:del, w:moveFrom, w:pPr, bookmarks and comment marks hold no visible text.

    def _run(
        self,
        run: Element,
        bold: bool,
        hidden: bool,
        runs: list[tuple[str, bool]],
        boxes: list[Element],
    ) -> None:
        rpr = run.find(W_RPR)
        if rpr is not None:
            char_style = child_val(rpr, _RSTYLE)
            direct = toggle(rpr, W_B)
            if direct is None and char_style is not None:
                direct = self._styles.bold(char_style)
            bold = bold if direct is None else direct
            direct = toggle(rpr, W_VANISH)
            if direct is None and char_style is not None:
                direct = self._styles.hidden(char_style)
            hidden = hidden if direct is None else direct
        if hidden:
            return
        parts: list[str] = []
        _run_text(run, parts, boxes)
        if parts:
            runs.append(("".join(parts), bold))

    # -- tables ------------------------------------------------------------------

    def _table_rows(self, table: Element) -> list[list[str]]:
        """Cells row by row on the table grid: a merged cell's text appears once.

        A horizontally merged cell (gridSpan) is followed by "" for the grid
        columns it covers, and a vertical-merge continuation reads "", so the
        columns still line up with the header row.
        """
        rows: list[list[str]] = []
        for row in _table_parts(table, _TR):
            trpr = row.find(_TRPR)
            if trpr is not None and trpr.find(_DEL) is not None:
                continue  # a deleted row (tracked change)
            cells: list[str] = [""] * (parse_int(child_val(trpr, _GRID_BEFORE), 0) or 0)
            for cell in _table_parts(row, _TC):
                tcpr = cell.find(_TCPR)
                span = max(1, parse_int(child_val(tcpr, _GRID_SPAN), 1) or 1)
                merge = tcpr.find(_VMERGE) if tcpr is not None else None
                text = self._cell_text(cell)  # read even if hidden: it advances counters
                continued = merge is not None and merge.get(W_VAL, "continue") == "continue"
                cells.append("" if continued else text)
                cells.extend([""] * (span - 1))
            cells.extend([""] * (parse_int(child_val(trpr, _GRID_AFTER), 0) or 0))
            rows.append(cells)
        return rows

    def _cell_text(self, cell: Element) -> str:
        """A cell's paragraphs, list labels, text boxes and nested tables as one line."""
        blocks: list[Block] = []
        self._blocks(cell, blocks)
        parts: list[str] = []
        for block in blocks:
            if block.kind is BlockKind.TABLE:
                parts.extend(c for row in block.rows for c in row if c)
            elif block.text:
                parts.append(f"{block.label} {block.text}" if block.label else block.text)
        return " ".join(parts)


def _table_parts(parent: Element, tag: str) -> Iterator[Element]:
    """Rows of a table or cells of a row, including those wrapped in content controls."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _table_parts(content, tag)
        elif child.tag in _TABLE_WRAPPERS:
            yield from _table_parts(child, tag)


def _run_text(parent: Element, parts: list[str], boxes: list[Element]) -> None:
    """Visible characters of a run; text boxes are set aside, not inlined."""
    for child in parent:
        tag = child.tag
        if tag == W_T:
            parts.append(child.text or "")
        elif tag in _SPACE_TAGS:
            parts.append(" ")
        elif tag == _HYPHEN_TAG:
            parts.append("-")
        elif tag in _SHAPE_TAGS:
            boxes.extend(_text_boxes(child))
        elif tag == MC_ALTERNATE_CONTENT:
            branch = chosen_branch(child)
            if branch is not None:
                _run_text(branch, parts, boxes)
        elif tag == _RUBY:
            base = child.find(_RUBY_BASE)  # the annotated text, not its reading aid
            if base is not None:
                for inner in base.iter(W_R):
                    _run_text(inner, parts, boxes)
        # w:delText, w:instrText, w:fldChar, w:sym, note references: not body text.


def _text_boxes(shape: Element) -> list[Element]:
    """The w:txbxContent roots in a drawing, one per box even when Word wrote it twice."""
    if next(shape.iter(_TXBX), None) is None:  # fast path: most drawings are pictures
        return []
    found: list[Element] = []
    _collect_boxes(shape, found)
    return found


def _collect_boxes(parent: Element, found: list[Element]) -> None:
    for child in parent:
        if child.tag == _TXBX:
            found.append(child)  # nested boxes are read when this one is
        elif child.tag == MC_ALTERNATE_CONTENT:
            branch = chosen_branch(child)
            if branch is not None:
                _collect_boxes(branch, found)
        else:
            _collect_boxes(child, found)


def _lead_bold(runs: list[tuple[str, bool]]) -> str:
    """Text of the bold runs a paragraph opens with ("" if it opens in regular type).

    Whitespace-only runs neither start nor end the bold lead.
    """
    lead: list[str] = []
    for text, bold in runs:
        if not text.strip():
            lead.append(text)
            continue
        if not bold:
            break
        lead.append(text)
    return " ".join("".join(lead).split())
