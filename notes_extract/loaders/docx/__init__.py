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

import copy
import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from notes_extract.document import (
    Block,
    BlockKind,
    Document,
    make_block,
    numbered,
    table_block,
)
from notes_extract.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    UnsupportedFormatError,
)
from notes_extract.limits import RATIO_GRACE_BYTES, Deadline, Limits, exceeded

Element = etree._Element

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_DC_NS = "http://purl.org/dc/elements/1.1/"
_DCTERMS_NS = "http://purl.org/dc/terms/"

# Relationship types, transitional and strict spellings.
_REL_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
_REL_CORE_PROPS = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties",
)
_REL_STYLES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
)
_REL_NUMBERING = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/numbering",
)
# Content types of a main part, used only when the package relationships
# are missing (some generators forget them; Word still opens such files).
_MAIN_CONTENT_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)

# Parts are unpacked this many bytes at a time, checking the limits in between.
_CHUNK = 1 << 20
# The body reader checks the clock every this many blocks.
_CLOCK_EVERY = 500
# "C:", "\\server": names that would leave the archive if it were unpacked.
_DRIVE = re.compile(r"^[A-Za-z]:")


def _w(tag: str) -> str:
    return f"{{{_W_NS}}}{tag}"


_VAL = _w("val")
_P, _R, _T, _TBL, _TR, _TC = (_w(t) for t in ("p", "r", "t", "tbl", "tr", "tc"))
_PPR, _RPR, _TRPR, _TCPR = (_w(t) for t in ("pPr", "rPr", "trPr", "tcPr"))
_PSTYLE, _RSTYLE = _w("pStyle"), _w("rStyle")
_NUMPR, _NUMID, _ILVL, _OUTLINE = _w("numPr"), _w("numId"), _w("ilvl"), _w("outlineLvl")
_B, _VANISH = _w("b"), _w("vanish")
_SDT, _SDT_PR, _SDT_CONTENT = _w("sdt"), _w("sdtPr"), _w("sdtContent")
_PLACEHOLDER = _w("showingPlcHdr")
_TXBX = _w("txbxContent")
_GRID_SPAN, _VMERGE = _w("gridSpan"), _w("vMerge")
_GRID_BEFORE, _GRID_AFTER = _w("gridBefore"), _w("gridAfter")
_DEL = _w("del")
_RUBY, _RUBY_BASE = _w("ruby"), _w("rubyBase")
_ALT_CHUNK = _w("altChunk")
_ALT = f"{{{_MC_NS}}}AlternateContent"
_CHOICE, _FALLBACK = f"{{{_MC_NS}}}Choice", f"{{{_MC_NS}}}Fallback"
_M_T = f"{{{_M_NS}}}t"
_OMATH = frozenset({f"{{{_M_NS}}}oMath", f"{{{_M_NS}}}oMathPara"})

# Inline wrappers whose runs are visible text (hyperlinks, accepted
# insertions, moved-here text, smart tags, custom XML, simple fields, bidi).
_INLINE_WRAPPERS = frozenset(
    _w(t)
    for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir")
)
# Block-level wrappers around paragraphs and tables.
_BLOCK_WRAPPERS = frozenset(_w(t) for t in ("customXml", "ins", "moveTo"))
# Row- and cell-level wrappers inside tables.
_TABLE_WRAPPERS = frozenset(_w(t) for t in ("customXml", "ins", "moveTo"))
# Run children that read as a space; a line break inside a paragraph is
# whitespace once the text is collapsed.
_SPACE_TAGS = frozenset(_w(t) for t in ("tab", "ptab", "br", "cr"))
_HYPHEN_TAG = _w("noBreakHyphen")
# Run children that may hold a text box.
_SHAPE_TAGS = frozenset({_w("drawing"), _w("pict"), _w("object")})

_FALSE_VALUES = frozenset({"0", "false", "off", "none"})
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
    from notes_extract.loaders import check_zip_directory

    limits = limits or Limits()
    deadline = Deadline.start(limits)
    check_zip_directory(data, limits, source=source)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise CorruptDocumentError(f"not a readable zip archive ({exc})", source=source) from exc
    with archive:
        check_archive(archive, limits, source)
        package = _Package(archive, source, limits, deadline)
        main = _find_main_part(package)
        if main is None:
            raise CorruptDocumentError(
                "no main document part (word/document.xml) in the package", source=source
            )
        root = package.xml(main)
        _check_root(root, main, source)
        related = package.relationships(main)
        styles = _read_styles(package, _first_target(related, _REL_STYLES))
        numbering = _read_numbering(package, _first_target(related, _REL_NUMBERING), styles)
        warnings: list[str] = []
        metadata = _read_metadata(package, warnings)
    body = root.find(_w("body"))
    reader = _BodyReader(styles, numbering, lambda: deadline.check(source, "reading the document body"))
    blocks = reader.read(body) if body is not None else []
    warnings.extend(reader.warnings)
    return Document(
        blocks=numbered(blocks), format="docx", pages=None, metadata=metadata, warnings=warnings
    )


def _check_root(root: Element, part: str, source: str) -> None:
    """Refuse parts that are not a transitional WordprocessingML document."""
    if root.tag == _w("document"):
        return
    if root.tag == f"{{{_W_STRICT_NS}}}document":
        raise UnsupportedFormatError(
            "Strict Open XML Word documents are not supported; save as a regular .docx",
            source=source,
        )
    raise CorruptDocumentError(f"{part} is not a Word document body", source=source)


# --------------------------------------------------------------------------
# Package access


def check_archive(archive: zipfile.ZipFile, limits: Limits, source: str) -> None:
    """Refuse a zip by its central directory, before any part is unpacked.

    Entry count, declared sizes (per part and in total) and compression
    ratios are limits (`LimitExceededError`); encrypted entries mean a
    password-protected archive (`EncryptedDocumentError`); duplicate names and
    names that would escape the archive (absolute, "..", backslashes, drive
    letters) never occur in a real Word file (`CorruptDocumentError`).
    """
    entries = archive.infolist()
    limits.check("max_zip_entries", len(entries), limits.max_zip_entries, source=source,
                 what="the zip archive's entry count")
    seen: set[str] = set()
    total = 0
    for info in entries:
        name = info.filename
        if _unsafe_name(name):
            raise CorruptDocumentError(f"unsafe entry name {name!r} in the zip archive", source=source)
        key = name.lower()  # OPC part names compare case-insensitively
        if key in seen:
            raise CorruptDocumentError(f"duplicate entry {name!r} in the zip archive", source=source)
        seen.add(key)
        if info.flag_bits & 0x1:
            raise EncryptedDocumentError(
                f"the zip archive's entry {name!r} is encrypted; notes-extract cannot decrypt it",
                source=source,
            )
        limits.check("max_member_bytes", info.file_size, limits.max_member_bytes, source=source,
                     unit="bytes", what=f"part {name} (declared size)")
        total += info.file_size
        if info.file_size > RATIO_GRACE_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            limits.check("max_compression_ratio", round(ratio, 1), limits.max_compression_ratio,
                         source=source, what=f"the compression ratio of part {name}")
    limits.check("max_decompressed_bytes", total, limits.max_decompressed_bytes, source=source,
                 unit="bytes", what="the zip archive's declared unpacked size")


def _unsafe_name(name: str) -> bool:
    """Whether an entry name would land outside the folder the zip is unpacked into."""
    if not name or name.startswith("/") or "\\" in name or "\x00" in name or _DRIVE.match(name):
        return True
    return ".." in name.split("/")


def _has_doctype(data: bytes) -> bool:
    """Whether an XML part declares a DTD (in UTF-8, or UTF-16 either way round).

    A Word part never needs one, and a DTD is how entity bombs and external
    entities get in, so any part that has one is refused.
    """
    return any(marker in data for marker in _DOCTYPE_MARKERS)


_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
# libxml2's message when nesting passes its own ceiling (256 levels without
# huge_tree, which stays off): a larger max_xml_depth acts as 256.
_LIBXML_DEPTH = "Excessive depth"
_LIBXML_MAX_DEPTH = 256


class _Package:
    """Read-only access to a zip's parts by OPC part name, within the limits."""

    def __init__(self, archive: zipfile.ZipFile, source: str, limits: Limits | None = None,
                 deadline: Deadline | None = None) -> None:
        self._archive = archive
        self._source = source
        self._limits = limits or Limits()
        self._deadline = deadline or Deadline.start(self._limits)
        self._unpacked = 0  # bytes really unpacked so far, all parts
        # OPC part names compare case-insensitively.
        self._names = {name.lower(): name for name in archive.namelist()}
        self._rels: dict[str, list[tuple[str, str]]] = {}
        # No entities, no DTD, no network, libxml2's default size and depth caps (no huge_tree).
        self._parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
        self._depth_check = etree.XPath("boolean(" + "/".join(["*"] * self._limits.max_xml_depth) + ")")

    def has(self, part: str) -> bool:
        return part.lower() in self._names

    def read(self, part: str) -> bytes | None:
        """The part's bytes, or None when the package has no such part.

        Unpacked in chunks under a hard cap: the declared size (the directory
        may lie), the per-part limit and what is left of the total limit.
        """
        name = self._names.get(part.lower())
        if name is None:
            return None
        self._deadline.check(self._source, f"unpacking part {part}")
        limits = self._limits
        declared = self._archive.getinfo(name)
        # Let zipfile read a chunk past the declared size and the cap, so that a
        # part that expands beyond them is seen here (zipfile alone would stop
        # at the declared size and report a CRC error, or silently truncate).
        info = copy.copy(declared)
        cap = min(limits.max_member_bytes, limits.max_decompressed_bytes - self._unpacked)
        info.file_size = max(declared.file_size, cap) + _CHUNK + 1
        chunks: list[bytes] = []
        size = 0
        try:
            with self._archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > declared.file_size:
                        raise _lie(part, declared.file_size, self._source)
                    if size > cap:
                        raise self._over_cap(part, size, cap)
                    chunks.append(chunk)
                    self._deadline.check(self._source, f"unpacking part {part}")
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
                ValueError, OSError) as exc:
            raise CorruptDocumentError(
                f"cannot read part {part} ({exc})", source=self._source
            ) from exc
        self._unpacked += size
        return b"".join(chunks)

    def _over_cap(self, part: str, size: int, cap: int) -> LimitExceededError:
        if cap < self._limits.max_member_bytes:
            return exceeded("max_decompressed_bytes", self._unpacked + size, self._limits.max_decompressed_bytes,
                            source=self._source, unit="bytes", what="the bytes unpacked from the zip archive")
        return exceeded("max_member_bytes", size, cap, source=self._source, unit="bytes",
                        what=f"part {part} (unpacked so far)")

    def _too_deep(self, part: str, depth: int) -> LimitExceededError:
        limit = self._limits.max_xml_depth
        bound = f"limit max_xml_depth = {limit}" if depth == limit else "the XML parser's own ceiling"
        return LimitExceededError(
            f"the XML elements of part {part} nest more than {depth} levels deep ({bound})",
            source=self._source, limit="max_xml_depth", value=None, maximum=min(limit, depth),
        )

    def xml(self, part: str) -> Element:
        """The part parsed as XML; syntax errors name the part.

        DTDs are refused outright, entities are never expanded and nothing is
        fetched; nesting deeper than ``max_xml_depth`` is a limit error.
        """
        data = self.read(part)
        if data is None:
            raise CorruptDocumentError(f"missing part {part}", source=self._source)
        if _has_doctype(data):
            raise CorruptDocumentError(f"part {part} declares a DTD; DTDs are not allowed", source=self._source)
        try:
            root = etree.fromstring(data, self._parser)
        except etree.XMLSyntaxError as exc:
            if _LIBXML_DEPTH in str(exc):
                raise self._too_deep(part, min(self._limits.max_xml_depth, _LIBXML_MAX_DEPTH)) from exc
            raise CorruptDocumentError(
                f"broken XML in part {part} ({exc})", source=self._source
            ) from exc
        docinfo = root.getroottree().docinfo
        if docinfo.doctype or docinfo.internalDTD is not None:  # a DTD in an encoding the scan missed
            raise CorruptDocumentError(f"part {part} declares a DTD; DTDs are not allowed", source=self._source)
        if self._depth_check(root):
            raise self._too_deep(part, self._limits.max_xml_depth)
        self._deadline.check(self._source, f"parsing part {part}")
        return root

    def xml_if_present(self, part: str | None) -> Element | None:
        return self.xml(part) if part is not None and self.has(part) else None

    def relationships(self, part: str) -> list[tuple[str, str]]:
        """(type, target part name) of the internal relationships of ``part``.

        ``part`` is "" for the package itself.
        """
        cached = self._rels.get(part)
        if cached is None:
            cached = self._rels[part] = self._read_relationships(part)
        return cached

    def _read_relationships(self, part: str) -> list[tuple[str, str]]:
        folder, base = posixpath.split(part)
        rels = self.xml_if_present(posixpath.join(folder, "_rels", f"{base}.rels"))
        if rels is None:
            return []
        out: list[tuple[str, str]] = []
        for rel in rels.iterchildren(f"{{{_PKG_REL_NS}}}Relationship"):
            target = rel.get("Target")
            if not target or rel.get("TargetMode") == "External":
                continue
            out.append((rel.get("Type", ""), _resolve_target(folder, target)))
        return out


def _lie(part: str, declared: int, source: str) -> LimitExceededError:
    """The error for a part that unpacks to more than its declared size (a zip bomb's trick)."""
    return LimitExceededError(
        f"part {part} unpacks to more than its declared {declared:,} bytes; the zip archive lies about its "
        "sizes (a zip bomb?)", source=source, limit="max_member_bytes", value=None, maximum=declared,
    )


def _resolve_target(folder: str, target: str) -> str:
    """A relationship target as a part name (no leading slash)."""
    target = unquote(target)
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path).lstrip("/")


def _first_target(related: list[tuple[str, str]], types: tuple[str, ...]) -> str | None:
    return next((target for rel_type, target in related if rel_type in types), None)


def _find_main_part(package: _Package) -> str | None:
    """The main document part: package relationship, content type, then the usual name."""
    target = _first_target(package.relationships(""), _REL_OFFICE_DOCUMENT)
    if target is not None and package.has(target):
        return target
    types = package.xml_if_present("[Content_Types].xml")
    if types is not None:
        for override in types.iterchildren(f"{{{_CT_NS}}}Override"):
            name = (override.get("PartName") or "").lstrip("/")
            if override.get("ContentType") in _MAIN_CONTENT_TYPES and package.has(name):
                return name
    return "word/document.xml" if package.has("word/document.xml") else None


def _read_metadata(package: _Package, warnings: list[str]) -> dict[str, str]:
    """Title and creation date from the core properties, when present.

    A broken core-properties part loses only metadata, so it is a warning.
    """
    part = _first_target(package.relationships(""), _REL_CORE_PROPS) or "docProps/core.xml"
    try:
        core = package.xml_if_present(part)
    except CorruptDocumentError as exc:
        warnings.append(f"document properties unreadable: {exc.message}")
        return {}
    if core is None:
        return {}
    metadata: dict[str, str] = {}
    for key, tag in (("title", f"{{{_DC_NS}}}title"), ("created", f"{{{_DCTERMS_NS}}}created")):
        element = core.find(tag)
        value = " ".join((element.text or "").split()) if element is not None else ""
        if value:
            metadata[key] = value
    return metadata


# --------------------------------------------------------------------------
# Small XML helpers


def _val(parent: Element | None, tag: str) -> str | None:
    """The w:val of ``parent``'s child ``tag``, or None."""
    if parent is None:
        return None
    child = parent.find(tag)
    return None if child is None else child.get(_VAL)


def _int(text: str | None, default: int | None = None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _toggle(parent: Element | None, tag: str) -> bool | None:
    """An on/off property (w:b, w:vanish): None when not set at this level."""
    if parent is None:
        return None
    child = parent.find(tag)
    if child is None:
        return None
    return child.get(_VAL, "true").lower() not in _FALSE_VALUES


def _chosen(alternate: Element) -> Element | None:
    """The branch of mc:AlternateContent to read: the first Choice, else Fallback.

    Reading both would duplicate text boxes, which Word writes twice (DrawingML
    in the Choice, VML in the Fallback).
    """
    choice = alternate.find(_CHOICE)
    return choice if choice is not None else alternate.find(_FALLBACK)


# Prompts Word templates show in empty content controls.
_PROMPT = re.compile(r"^\W*(click|tap|enter|type|select|choose|insert|add|pick)\b", re.I)


def _shows_placeholder(sdt: Element) -> bool:
    props = sdt.find(_SDT_PR)
    return props is not None and _toggle(props, _PLACEHOLDER) is True


def _is_placeholder(sdt: Element) -> bool:
    """A content control still showing an instruction prompt ("Click here to enter text").

    Templates also use placeholders for the labels a reader sees ("Meeting
    called by:"); those are visible text and are kept.
    """
    props = sdt.find(_SDT_PR)
    if props is None or _toggle(props, _PLACEHOLDER) is not True:
        return False
    text = "".join(t.text or "" for t in sdt.iter(_T))
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


def _read_styles(package: _Package, part: str | None) -> _Styles:
    root = package.xml_if_present(part)
    styles = _Styles()
    if root is None:
        return styles
    defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_RPR}")
    styles.default_bold = bool(_toggle(defaults, _B))
    styles.default_hidden = bool(_toggle(defaults, _VANISH))
    style_id_attr, default_attr, type_attr = _w("styleId"), _w("default"), _w("type")
    for element in root.iterchildren(_w("style")):
        style_id = element.get(style_id_attr)
        if not style_id:
            continue
        styles.elements.setdefault(style_id, element)
        is_default = (element.get(default_attr) or "").lower() in ("1", "true", "on")
        if is_default and element.get(type_attr, "paragraph") == "paragraph":
            styles.default_paragraph = style_id
    return styles


def _parse_style(style_id: str, element: Element) -> _Style:
    ppr = element.find(_PPR)
    rpr = element.find(_RPR)
    numpr = ppr.find(_NUMPR) if ppr is not None else None
    return _Style(
        style_id=style_id,
        name=(_val(element, _w("name")) or style_id).strip(),
        based_on=_val(element, _w("basedOn")),
        bold=_toggle(rpr, _B),
        hidden=_toggle(rpr, _VANISH),
        outline=_int(_val(ppr, _OUTLINE)),
        num_id=_val(numpr, _NUMID),
        ilvl=_int(_val(numpr, _ILVL)),
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
    ilvl = _int(element.get(_ILVL), 0) or 0
    return ilvl, _Level(
        fmt=_val(element, _w("numFmt")) or "decimal",
        text=_val(element, _w("lvlText")) or "",
        start=_int(_val(element, _w("start")), 1) or 0,
        legal=_toggle(element, _w("isLgl")) is True,
        style_id=_val(element, _PSTYLE),
    )


def _read_numbering(package: _Package, part: str | None, styles: _Styles) -> _Numbering:
    root = package.xml_if_present(part)
    numbering = _Numbering()
    if root is None:
        return numbering
    abstract_id_attr = _w("abstractNumId")
    abstracts: dict[str, dict[int, _Level]] = {}
    style_links: dict[str, str] = {}  # abstractNumId -> numbering style it defers to
    for element in root.iterchildren(_w("abstractNum")):
        key = element.get(abstract_id_attr) or ""
        abstracts[key] = dict(_parse_level(lvl) for lvl in element.iterchildren(_w("lvl")))
        link = _val(element, _w("numStyleLink"))
        if link:
            style_links[key] = link
    num_abstract: dict[str, str] = {}
    overrides: dict[str, Element] = {}
    for element in root.iterchildren(_w("num")):
        num_id = element.get(_NUMID)
        if num_id is None:
            continue
        num_abstract[num_id] = _val(element, _w("abstractNumId")) or ""
        overrides[num_id] = element
    for num_id, abstract_id in num_abstract.items():
        levels = dict(_abstract_levels(abstract_id, abstracts, style_links, num_abstract, styles))
        for override in overrides[num_id].iterchildren(_w("lvlOverride")):
            ilvl = _int(override.get(_ILVL), 0) or 0
            replacement = override.find(_w("lvl"))
            if replacement is not None:
                levels[ilvl] = _parse_level(replacement)[1]
            start = _int(_val(override, _w("startOverride")))
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
            if tag == _P:
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
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None and not _is_placeholder(child):
                    self._blocks(content, out)
            elif tag in _BLOCK_WRAPPERS:
                self._blocks(child, out)
            elif tag == _ALT:
                branch = _chosen(child)
                if branch is not None:
                    self._blocks(branch, out)
            elif tag == _ALT_CHUNK:
                self._warn("an embedded document (altChunk) was skipped")

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- paragraphs ----------------------------------------------------------

    def _paragraph(self, p: Element) -> _Paragraph:
        ppr = p.find(_PPR)
        style_id = _val(ppr, _PSTYLE) or self._styles.default_paragraph
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
        outline = _int(_val(ppr, _OUTLINE))
        if outline is not None and 0 <= outline < 9:
            return outline + 1  # outlineLvl 0 is the top level
        return self._styles.heading_level(style_id)

    def _num_ref(self, ppr: Element | None, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) of the list a paragraph belongs to, or None.

        Direct w:numPr wins over the style's. numId 0 switches numbering off
        and comes back as `_NUMBERING_OFF`, so a list style cannot turn it on.
        """
        numpr = ppr.find(_NUMPR) if ppr is not None else None
        num_id = _val(numpr, _NUMID)
        ilvl = _int(_val(numpr, _ILVL))
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
            if tag == _R:
                self._run(child, bold, hidden, runs, boxes)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, bold, hidden, runs, boxes)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None and not _is_placeholder(child):
                    start = len(runs)
                    self._inline(content, bold, hidden, runs, boxes)
                    if _shows_placeholder(child):
                        self._placeholder_runs.update(range(start, len(runs)))
            elif tag == _ALT:
                branch = _chosen(child)
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
        rpr = run.find(_RPR)
        if rpr is not None:
            char_style = _val(rpr, _RSTYLE)
            direct = _toggle(rpr, _B)
            if direct is None and char_style is not None:
                direct = self._styles.bold(char_style)
            bold = bold if direct is None else direct
            direct = _toggle(rpr, _VANISH)
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
            cells: list[str] = [""] * (_int(_val(trpr, _GRID_BEFORE), 0) or 0)
            for cell in _table_parts(row, _TC):
                tcpr = cell.find(_TCPR)
                span = max(1, _int(_val(tcpr, _GRID_SPAN), 1) or 1)
                merge = tcpr.find(_VMERGE) if tcpr is not None else None
                text = self._cell_text(cell)  # read even if hidden: it advances counters
                continued = merge is not None and merge.get(_VAL, "continue") == "continue"
                cells.append("" if continued else text)
                cells.extend([""] * (span - 1))
            cells.extend([""] * (_int(_val(trpr, _GRID_AFTER), 0) or 0))
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
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _table_parts(content, tag)
        elif child.tag in _TABLE_WRAPPERS:
            yield from _table_parts(child, tag)


def _run_text(parent: Element, parts: list[str], boxes: list[Element]) -> None:
    """Visible characters of a run; text boxes are set aside, not inlined."""
    for child in parent:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag in _SPACE_TAGS:
            parts.append(" ")
        elif tag == _HYPHEN_TAG:
            parts.append("-")
        elif tag in _SHAPE_TAGS:
            boxes.extend(_text_boxes(child))
        elif tag == _ALT:
            branch = _chosen(child)
            if branch is not None:
                _run_text(branch, parts, boxes)
        elif tag == _RUBY:
            base = child.find(_RUBY_BASE)  # the annotated text, not its reading aid
            if base is not None:
                for inner in base.iter(_R):
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
        elif child.tag == _ALT:
            branch = _chosen(child)
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
