"""Loaders: one module per file format, each turning bytes into a `Document`.

The format is detected from the bytes, never from the file name. Each loader
module exposes ``load(data: bytes, *, source: str) -> Document`` and is
imported only when a document of its kind is read, so start-up stays fast.
"""

from __future__ import annotations

import importlib
import io
import zipfile

from notes_extract.document import Document
from notes_extract.errors import CorruptDocumentError, UnsupportedFormatError

FORMATS = ("docx", "pdf", "text", "markdown")

_LOADER_MODULES = {
    "docx": "notes_extract.loaders.docx",
    "pdf": "notes_extract.loaders.pdf",
    "text": "notes_extract.loaders.text",
    "markdown": "notes_extract.loaders.text",
}

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def detect_format(data: bytes, *, source: str = "") -> str:
    """The format of ``data``: "docx", "pdf", "markdown" or "text".

    Markdown and plain text are the same bytes; the name's suffix (or the
    Markdown syntax itself) only chooses how the text loader reads them.
    """
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-") or b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile as exc:
            raise CorruptDocumentError(f"broken zip archive ({exc})", source=source) from exc
        if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
            return "docx"
        raise UnsupportedFormatError(
            "a zip archive that is not a Word document", source=source
        )
    if _looks_like_text(data):
        if source.lower().endswith(_MARKDOWN_SUFFIXES):
            return "markdown"
        return "text"
    raise UnsupportedFormatError(
        "not a Word (.docx), PDF or text document", source=source
    )


def _looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:8192]
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) // 100


def load(data: bytes, *, source: str = "", format: str | None = None) -> Document:
    """Read ``data`` into a `Document`, detecting the format unless given."""
    fmt = format or detect_format(data, source=source)
    if fmt not in _LOADER_MODULES:
        raise UnsupportedFormatError(f"unknown format {fmt!r}", source=source)
    module = importlib.import_module(_LOADER_MODULES[fmt])
    if fmt in ("text", "markdown"):
        return module.load(data, source=source, markdown=fmt == "markdown")
    return module.load(data, source=source)
