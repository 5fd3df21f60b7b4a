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
from dataclasses import dataclass, field

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
from notes_extract.loaders.docx.package import (
    REL_NUMBERING,
    REL_STYLES,
    Package,
    check_main_root,
    find_main_part,
    first_target,
    read_metadata,
)
from notes_extract.loaders.docx.wordml import (
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
_HEADING_RE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_TITLE_RE = re.compile(r"^title$", re.IGNORECASE)
# "List Bullet 2" / "List Number 3": Word's built-in list styles carry the
# nesting depth in their name while their numbering is single-level.
_LIST_STYLE_RE = re.compile(r"^list\s*(?:bullet|number)(?:\s*([1-9]))?$", re.IGNORECASE)


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
        styles = _read_styles(package, first_target(related, REL_STYLES))
        numbering = _read_numbering(package, first_target(related, REL_NUMBERING), styles)
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
# Styles


@dataclass(frozen=True)
class _Style:
    style_id: str
    name: str
    based_on: str | None
    bold: bool | None
    hidden: bool | None
    outline: int | None
    num_id: str | None
    ilvl: int | None


@dataclass
class _Styles:
    """The style sheet; a style is parsed only when the body first uses it.

    Style sheets hold hundreds of styles and a document uses a dozen, so
    parsing them all up front would cost more than walking the body.
    """

    elements: dict[str, Element] = field(default_factory=dict)
    default_paragraph: str | None = None
    default_bold: bool = False
    default_hidden: bool = False
    _parsed: dict[str, _Style] = field(default_factory=dict)
    _chains: dict[str, tuple[_Style, ...]] = field(default_factory=dict)

    def get(self, style_id: str) -> _Style | None:
        style = self._parsed.get(style_id)
        if style is None:
            element = self.elements.get(style_id)
            if element is None:
                return None
            style = self._parsed[style_id] = _parse_style(style_id, element)
        return style

    def chain(self, style_id: str | None) -> tuple[_Style, ...]:
        """The style and its ancestors, nearest first (cycles cut)."""
        if style_id is None:
            return ()
        cached = self._chains.get(style_id)
        if cached is not None:
            return cached
        out: list[_Style] = []
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen:
            style = self.get(current)
            if style is None:
                break
            seen.add(current)
            out.append(style)
            current = style.based_on
        result = tuple(out)
        self._chains[style_id] = result
        return result

    def bold(self, style_id: str | None) -> bool | None:
        return next((s.bold for s in self.chain(style_id) if s.bold is not None), None)

    def hidden(self, style_id: str | None) -> bool | None:
        return next((s.hidden for s in self.chain(style_id) if s.hidden is not None), None)

    def heading_level(self, style_id: str | None) -> int | None:
        """Heading level a paragraph style gives: its name, else its outline level."""
        if style_id is None:
            return None
        chain = self.chain(style_id)
        if not chain:  # unknown style: its id is all there is ("Heading2")
            return _heading_from_name(style_id)
        for style in chain:
            level = _heading_from_name(style.name)
            if level is None:  # ids like "Heading2" survive renamed display names
                level = _heading_from_name(style.style_id)
            if level is not None:
                return level
            if style.outline is not None:
                return style.outline + 1 if 0 <= style.outline < 9 else None
        return None

    def numbering(self, style_id: str | None) -> tuple[str, int | None, str] | None:
        """(numId, ilvl, style id) of the nearest style in the chain with numbering."""
        for style in self.chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.ilvl, style.style_id
        return None

    def list_depth(self, style_id: str | None) -> int | None:
        """Nesting depth implied by a "List Bullet N"/"List Number N" style name."""
        if style_id is None:
            return None
        style = self.get(style_id)
        for name in (style.name if style else "", style_id):
            match = _LIST_STYLE_RE.match(name)
            if match:
                return int(match.group(1) or 1) - 1
        return None


def _heading_from_name(name: str) -> int | None:
    """Level of a "heading N" / "Title" style name (Title counts as level 1)."""
    if _TITLE_RE.match(name):
        return 1
    match = _HEADING_RE.match(name)
    return int(match.group(1)) if match else None


def _read_styles(package: Package, part: str | None) -> _Styles:
    root = package.xml_if_present(part)
    styles = _Styles()
    if root is None:
        return styles
    defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{W_RPR}")
    styles.default_bold = bool(toggle(defaults, W_B))
    styles.default_hidden = bool(toggle(defaults, W_VANISH))
    style_id_attr, default_attr, type_attr = w("styleId"), w("default"), w("type")
    for element in root.iterchildren(w("style")):
        style_id = element.get(style_id_attr)
        if not style_id:
            continue
        styles.elements.setdefault(style_id, element)
        is_default = (element.get(default_attr) or "").lower() in ("1", "true", "on")
        if is_default and element.get(type_attr, "paragraph") == "paragraph":
            styles.default_paragraph = style_id
    return styles


def _parse_style(style_id: str, element: Element) -> _Style:
    ppr = element.find(W_PPR)
    rpr = element.find(W_RPR)
    numpr = ppr.find(W_NUMPR) if ppr is not None else None
    return _Style(
        style_id=style_id,
        name=(child_val(element, w("name")) or style_id).strip(),
        based_on=child_val(element, w("basedOn")),
        bold=toggle(rpr, W_B),
        hidden=toggle(rpr, W_VANISH),
        outline=parse_int(child_val(ppr, W_OUTLINE_LVL)),
        num_id=child_val(numpr, W_NUMID),
        ilvl=parse_int(child_val(numpr, W_ILVL)),
    )


# --------------------------------------------------------------------------
# Numbering


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int
    legal: bool
    style_id: str | None


@dataclass(frozen=True)
class _Num:
    levels: dict[int, _Level]


@dataclass
class _Numbering:
    nums: dict[str, _Num] = field(default_factory=dict)

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        num = self.nums.get(num_id)
        return None if num is None else num.levels.get(ilvl)

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level a style is linked to (w:lvl/w:pStyle), as in outline numbering."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        return next((i for i, lvl in num.levels.items() if lvl.style_id == style_id), None)


def _parse_level(element: Element) -> tuple[int, _Level]:
    ilvl = parse_int(element.get(W_ILVL), 0) or 0
    return ilvl, _Level(
        fmt=child_val(element, w("numFmt")) or "decimal",
        text=child_val(element, w("lvlText")) or "",
        start=parse_int(child_val(element, w("start")), 1) or 0,
        legal=toggle(element, w("isLgl")) is True,
        style_id=child_val(element, W_PSTYLE),
    )


def _read_numbering(package: Package, part: str | None, styles: _Styles) -> _Numbering:
    root = package.xml_if_present(part)
    numbering = _Numbering()
    if root is None:
        return numbering
    abstract_id_attr = w("abstractNumId")
    abstracts: dict[str, dict[int, _Level]] = {}
    style_links: dict[str, str] = {}  # abstractNumId -> numbering style it defers to
    for element in root.iterchildren(w("abstractNum")):
        key = element.get(abstract_id_attr) or ""
        abstracts[key] = dict(_parse_level(lvl) for lvl in element.iterchildren(w("lvl")))
        link = child_val(element, w("numStyleLink"))
        if link:
            style_links[key] = link
    num_abstract: dict[str, str] = {}
    overrides: dict[str, Element] = {}
    for element in root.iterchildren(w("num")):
        num_id = element.get(W_NUMID)
        if num_id is None:
            continue
        num_abstract[num_id] = child_val(element, w("abstractNumId")) or ""
        overrides[num_id] = element
    for num_id, abstract_id in num_abstract.items():
        levels = dict(_abstract_levels(abstract_id, abstracts, style_links, num_abstract, styles))
        for override in overrides[num_id].iterchildren(w("lvlOverride")):
            ilvl = parse_int(override.get(W_ILVL), 0) or 0
            replacement = override.find(w("lvl"))
            if replacement is not None:
                levels[ilvl] = _parse_level(replacement)[1]
            start = parse_int(child_val(override, w("startOverride")))
            if start is not None and ilvl in levels:
                old = levels[ilvl]
                levels[ilvl] = _Level(old.fmt, old.text, start, old.legal, old.style_id)
        numbering.nums[num_id] = _Num(levels)
    return numbering


def _abstract_levels(
    abstract_id: str,
    abstracts: dict[str, dict[int, _Level]],
    style_links: dict[str, str],
    num_abstract: dict[str, str],
    styles: _Styles,
) -> dict[int, _Level]:
    """An abstract numbering's levels, following w:numStyleLink to the list style."""
    seen: set[str] = set()
    while abstract_id in style_links and abstract_id not in seen:
        seen.add(abstract_id)
        linked = styles.numbering(style_links[abstract_id])
        if linked is None or linked[0] not in num_abstract:
            break
        abstract_id = num_abstract[linked[0]]
    return abstracts.get(abstract_id, {})


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(value: int) -> str:
    if value <= 0:
        return str(value)
    out: list[str] = []
    for amount, letters in _ROMAN:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


def _letters(value: int) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... (not spreadsheet style)."""
    if value <= 0:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _format_number(value: int, fmt: str) -> str:
    """One counter in a numbering format; unknown formats fall back to digits."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        return _ordinal(value)
    return str(value)


_PLACEHOLDER_RE = re.compile(r"%([1-9])")


class _Counters:
    """List counters per numId, as Word advances them while laying out the body."""

    def __init__(self, numbering: _Numbering) -> None:
        self._numbering = numbering
        self._values: dict[str, dict[int, int]] = {}

    def advance(self, num_id: str, ilvl: int) -> str | None:
        """Count one item at ``ilvl`` and return its visible label (None for bullets)."""
        num = self._numbering.nums[num_id]
        level = num.levels[ilvl]
        values = self._values.setdefault(num_id, {})
        values[ilvl] = values[ilvl] + 1 if ilvl in values else level.start
        for deeper in [k for k in values if k > ilvl]:
            del values[deeper]  # a shallower item restarts the levels under it
        if level.fmt == "bullet":
            return None

        def render(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            other = num.levels.get(k)
            value = values.get(k, other.start if other else 1)
            # isLgl ("legal" numbering) shows every level in digits: "2.1", not "II.a".
            fmt = "decimal" if level.legal or other is None else other.fmt
            return _format_number(value, fmt)

        label = _PLACEHOLDER_RE.sub(render, level.text).strip()
        return label or None


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

    def __init__(self, styles: _Styles, numbering: _Numbering, tick: Callable[[], None] | None = None) -> None:
        # Called every `_CLOCK_EVERY` blocks, to stop a document past its time limit.
        self._tick = tick
        self._count = 0
        # Runs of the paragraph being read that come from a template prompt control.
        self._placeholder_runs: set[int] = set()
        self._styles = styles
        self._numbering = numbering
        self._counters = _Counters(numbering)
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
        outline = parse_int(child_val(ppr, W_OUTLINE_LVL))
        if outline is not None and 0 <= outline < 9:
            return outline + 1  # outlineLvl 0 is the top level
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
        if num_id not in self._numbering.nums:
            return None
        return num_id, max(0, min(ilvl or 0, 8))

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
