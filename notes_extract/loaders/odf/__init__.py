"""OpenDocument text (.odt, .ott, .fodt) loader: the office:text body as blocks.

A packaged document (.odt, .ott) is a zip read through the Word loader's
`container` (entry, size and ratio limits, parts unpacked under hard caps)
and `safexml` (no DTD, no entities, bounded depth); a flat document (.fodt)
is one XML file parsed the same way. Steps, each in its own module:

- `names`: the ODF namespaces
- `styles`: headings, bold and list levels from named and automatic styles
- `inline`: a paragraph's runs, spaces, boldness and anchored text boxes
- `numbering`: the list numbers a reader sees
- `body`: headings, paragraphs, nested lists, tables, sections in order
"""

from __future__ import annotations

from functools import partial

from notes_extract.document import Document, numbered
from notes_extract.errors import CorruptDocumentError, UnsupportedFormatError
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.docx.container import ZipParts, check_archive, open_archive
from notes_extract.loaders.docx.safexml import PartParser
from notes_extract.loaders.docx.wordml import Element
from notes_extract.loaders.list_runs import nest_interrupting_bullets
from notes_extract.loaders.odf.body import BodyReader
from notes_extract.loaders.odf.names import DC, office
from notes_extract.loaders.odf.styles import Styles

# The mimetype entry of the OpenDocument kinds this loader reads (text and its template).
TEXT_MIMETYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")

__all__ = ["load"]


def load(data: bytes, *, source: str, limits: Limits | None = None) -> Document:
    """Read an OpenDocument text's bytes (packaged or flat XML) into a `Document`."""
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    parser = PartParser(limits, source)
    styles = Styles()
    metadata: dict[str, str] = {}
    if data.startswith(b"PK"):
        content = _read_package(data, source, limits, deadline, parser, styles, metadata)
    else:
        limits.check("max_member_bytes", len(data), limits.max_member_bytes, source=source, unit="bytes",
                     what="the flat OpenDocument XML")
        content = parser.parse(data, "the flat OpenDocument XML")
        for name in ("styles", "automatic-styles", "master-styles"):
            styles.add_from(content.find(office(name)))
        _read_meta(content, metadata)
    body = content.find(f"{office('body')}/{office('text')}")
    if body is None:
        raise UnsupportedFormatError("an OpenDocument file that is not a text document (no office:text body)",
                                     source=source)
    blocks = BodyReader(styles, partial(deadline.check, source, "reading the document body")).read(body)
    blocks = nest_interrupting_bullets(blocks)
    return Document(blocks=numbered(blocks), format="odt", pages=None, metadata=metadata, warnings=[])


def _read_package(data: bytes, source: str, limits: Limits, deadline: Deadline, parser: PartParser,
                  styles: Styles, metadata: dict[str, str]) -> Element:
    """content.xml of a packaged document, with styles.xml and meta.xml read into ``styles`` and ``metadata``."""
    with open_archive(data, limits, source) as archive:
        check_archive(archive, limits, source)
        parts = ZipParts(archive, source, limits, deadline)
        mimetype = (parts.read("mimetype") or b"").decode("ascii", "replace").strip()
        if mimetype and mimetype not in TEXT_MIMETYPES:
            raise UnsupportedFormatError(f"an OpenDocument file of type {mimetype}, not a text document",
                                         source=source)
        raw_content = parts.read("content.xml")
        if raw_content is None:
            raise CorruptDocumentError("no content.xml in the OpenDocument package", source=source)
        raw_styles = parts.read("styles.xml")
        raw_meta = parts.read("meta.xml")
    if raw_styles is not None:
        styles_root = parser.parse(raw_styles, "styles.xml")
        styles.add_from(styles_root.find(office("styles")))
        styles.add_from(styles_root.find(office("automatic-styles")))
    content = parser.parse(raw_content, "content.xml")
    styles.add_from(content.find(office("automatic-styles")))
    if raw_meta is not None:
        _read_meta(parser.parse(raw_meta, "meta.xml"), metadata)
    return content


def _read_meta(root: Element, metadata: dict[str, str]) -> None:
    """The document's title from its office:meta (dc:title), when it has one."""
    meta = root.find(office("meta")) if root.tag != office("meta") else root
    title = meta.find(f"{{{DC}}}title") if meta is not None else None
    if title is not None and (title.text or "").strip():
        metadata["title"] = " ".join(title.text.split())
