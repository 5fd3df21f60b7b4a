"""The OPC package of a .docx: parts by name, parsed as XML, and how they relate.

Finds the main document part (by relationship, content type, then the usual
name), follows part relationships to the style sheet and numbering, and
reads the title and creation date from the core properties.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterable
from urllib.parse import unquote

from notes_extract.errors import CorruptDocumentError, UnsafeDocumentError
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.docx.container import ZipParts
from notes_extract.loaders.docx.safexml import DOCTYPE_MARKERS, PartParser, has_doctype
from notes_extract.loaders.docx.strict import STRICT_MARKER, to_transitional
from notes_extract.loaders.docx.wordml import Element, w
from notes_extract.warning_codes import warning

_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_DC_NS = "http://purl.org/dc/elements/1.1/"
_DCTERMS_NS = "http://purl.org/dc/terms/"

# Relationship types, transitional and strict spellings.
REL_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
REL_CORE_PROPS = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties",
)
REL_STYLES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
)
REL_NUMBERING = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/numbering",
)
# Content types of a main part, used only when the package relationships
# are missing (some generators forget them; Word still opens such files).
MAIN_CONTENT_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)
# Where the parts live when nothing in the package says.
DEFAULT_MAIN_PART = "word/document.xml"
DEFAULT_CORE_PROPS_PART = "docProps/core.xml"

# The longest of the byte strings `xml_chunks` looks for, less one: what one chunk keeps of the one before.
_MARKER_SPAN = max(len(marker) for marker in (STRICT_MARKER, *DOCTYPE_MARKERS)) - 1

# (relationship type, target part name)
Relationship = tuple[str, str]


class Package:
    """Read-only access to a zip's parts by OPC part name, within the limits."""

    def __init__(self, archive: zipfile.ZipFile, source: str, limits: Limits | None = None,
                 deadline: Deadline | None = None) -> None:
        limits = limits or Limits()
        self._source = source
        self._deadline = deadline or Deadline.start(limits)
        self._parts = ZipParts(archive, source, limits, self._deadline)
        self._limits = limits
        self.parser = PartParser(limits, source)
        self._rels: dict[str, list[Relationship]] = {}

    def has(self, part: str) -> bool:
        return self._parts.has(part)

    def read(self, part: str) -> bytes | None:
        """The part's bytes, or None when the package has no such part."""
        return self._parts.read(part)

    def xml(self, part: str) -> Element:
        """The part parsed as XML; syntax errors name the part.

        DTDs are refused outright, entities are never expanded and nothing is
        fetched; nesting deeper than ``max_xml_depth`` is a limit error. A
        Strict Open XML part is read under the transitional names.
        """
        data = self.xml_bytes(part)
        self._limits.check("max_xml_tree_bytes", len(data), self._limits.max_xml_tree_bytes, source=self._source,
                           unit="bytes", what=f"part {part}, parsed whole")
        root = self.parser.parse(data, part, prolog_checked=True)  # by xml_bytes
        self._deadline.check(self._source, f"parsing part {part}")
        return root

    def xml_bytes(self, part: str) -> bytes:
        """The part's bytes, ready to parse: Strict names renamed, a DTD refused (`UnsafeDocumentError`)."""
        data = self.read(part)
        if data is None:
            raise CorruptDocumentError(f"missing part {part}", source=self._source)
        data = to_transitional(data)
        self.parser.check_prolog(data, part)
        return data

    def xml_chunks(self, part: str) -> Iterable[bytes]:
        """The part ready to parse, handed out in chunks, so that a large part is never held whole.

        It is unpacked once to check it (its sizes, no DTD) and to see whether it uses Strict names,
        then again as it is read. A Strict part comes whole and renamed, as `xml_bytes` gives it.
        """
        chunks = self._parts.chunks(part)
        if chunks is None:
            raise CorruptDocumentError(f"missing part {part}", source=self._source)
        strict = has_dtd = False
        carry = b""  # the end of the chunk before: a marker may span two chunks
        for chunk in chunks:
            window = carry + chunk
            strict = strict or STRICT_MARKER in window
            has_dtd = has_dtd or has_doctype(window)
            carry = window[-_MARKER_SPAN:]
        if has_dtd:  # refused once the whole part is unpacked, as `xml_bytes` refuses it
            raise self.parser.dtd_refused(part)
        if strict:
            return [to_transitional(b"".join(self._parts.unpack_again(part)))]
        return self._parts.unpack_again(part)

    def xml_if_present(self, part: str | None) -> Element | None:
        return self.xml(part) if part is not None and self.has(part) else None

    def relationships(self, part: str) -> list[Relationship]:
        """(type, target part name) of the internal relationships of ``part``.

        ``part`` is "" for the package itself.
        """
        cached = self._rels.get(part)
        if cached is None:
            cached = self._rels[part] = self._read_relationships(part)
        return cached

    def _read_relationships(self, part: str) -> list[Relationship]:
        folder, base = posixpath.split(part)
        rels = self.xml_if_present(posixpath.join(folder, "_rels", f"{base}.rels"))
        if rels is None:
            return []
        out: list[Relationship] = []
        for rel in rels.iterchildren(f"{{{_PKG_REL_NS}}}Relationship"):
            target = rel.get("Target")
            if not target or rel.get("TargetMode") == "External":
                continue
            out.append((rel.get("Type", ""), resolve_target(folder, target)))
        return out


def resolve_target(folder: str, target: str) -> str:
    """A relationship target as a part name (no leading slash)."""
    target = unquote(target)
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path).lstrip("/")


def first_target(related: list[Relationship], types: tuple[str, ...]) -> str | None:
    """The target of the first relationship of one of ``types``, or None."""
    return next((target for rel_type, target in related if rel_type in types), None)


def find_main_part(package: Package) -> str | None:
    """The main document part: package relationship, content type, then the usual name."""
    target = first_target(package.relationships(""), REL_OFFICE_DOCUMENT)
    if target is not None and package.has(target):
        return target
    types = package.xml_if_present("[Content_Types].xml")
    if types is not None:
        for override in types.iterchildren(f"{{{_CT_NS}}}Override"):
            name = (override.get("PartName") or "").lstrip("/")
            if override.get("ContentType") in MAIN_CONTENT_TYPES and package.has(name):
                return name
    return DEFAULT_MAIN_PART if package.has(DEFAULT_MAIN_PART) else None


def check_main_root(root: Element, part: str, source: str) -> None:
    """Refuse a main part that is not a WordprocessingML document (Strict ones arrive renamed)."""
    if root.tag == w("document"):
        return
    raise CorruptDocumentError(f"{part} is not a Word document body", source=source)


def read_metadata(package: Package, warnings: list[str]) -> dict[str, str]:
    """Title and creation date from the core properties, when present.

    A broken core-properties part loses only metadata, so it is a warning.
    """
    part = first_target(package.relationships(""), REL_CORE_PROPS) or DEFAULT_CORE_PROPS_PART
    try:
        core = package.xml_if_present(part)
    except (CorruptDocumentError, UnsafeDocumentError) as exc:  # a DTD there loses only the metadata
        warnings.append(warning("properties-unreadable", f"document properties unreadable: {exc.message}"))
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
