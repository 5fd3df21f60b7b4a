"""Loaders: one module per file format, each turning bytes into a `Document`.

The format is detected from the bytes, never from the file name. Each loader
module exposes ``load(data: bytes, *, source: str, ...) -> Document`` and is
imported only when a document of its kind is read, so start-up stays fast.
Loaders take the document's `Limits`; the PDF loader also takes a password.
"""

from __future__ import annotations

import importlib
import inspect
import io
import struct
import zipfile
from types import ModuleType

from notes_extract.document import Document
from notes_extract.errors import CorruptDocumentError, EncryptedDocumentError, UnsupportedFormatError
from notes_extract.limits import Limits

FORMATS = ("docx", "pdf", "text", "markdown", "odt", "html", "doc", "rtf", "wpd", "image")

_LOADER_MODULES = {
    "docx": "notes_extract.loaders.docx",
    "pdf": "notes_extract.loaders.pdf",
    "text": "notes_extract.loaders.text",
    "markdown": "notes_extract.loaders.text",
    "odt": "notes_extract.loaders.odf",
    "html": "notes_extract.loaders.html",
    "doc": "notes_extract.loaders.office",
    "rtf": "notes_extract.loaders.office",
    "wpd": "notes_extract.loaders.office",
    "image": "notes_extract.loaders.ocr",
}
# Converted through LibreOffice (or a fallback reader): the loader is told which kind it has.
_OFFICE_FORMATS = ("doc", "rtf", "wpd")
# Images read through OCR (a scanned page, a multi-page TIFF).
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
# WordPerfect's signature; Word 97-2003 and Works files are OLE files holding one of these streams.
_WORDPERFECT_MAGIC = b"\xffWPC"
_OLE_WORD_STREAMS = ("WordDocument".encode("utf-16-le"), "MatOST".encode("utf-16-le"))

# R Markdown and Quarto files are Markdown with code chunks.
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".rmd", ".qmd")

# The file name suffixes of each format: batch finds its inputs by these (the
# content still decides how a file is read). One place, so a new loader's
# formats are found without touching batch discovery.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "docx": (".docx", ".docm", ".dotx"),
    "pdf": (".pdf",),
    "text": (".txt", ".text", ".rst", ".tex", ".latex", ".ltx", ".textile"),
    "markdown": _MARKDOWN_SUFFIXES,
    "odt": (".odt", ".ott", ".fodt"),
    "html": (".html", ".htm", ".xhtml"),
    "doc": (".doc", ".dot", ".wps"),
    "rtf": (".rtf",),
    "wpd": (".wpd",),
    "image": (".png", ".jpg", ".jpeg", ".tif", ".tiff"),
}


def readable_suffixes() -> frozenset[str]:
    """Every file name suffix (lower case, with the dot) of a format some loader reads."""
    return frozenset(suffix for suffixes in SUFFIXES.values() for suffix in suffixes)


# The start of a page, after any BOM, blank space, XML declaration and comments.
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
# How far into a file the start of a page or a flat OpenDocument root is looked for.
_SNIFF_BYTES = 4096
_ODF_NAMESPACE = b"urn:oasis:names:tc:opendocument:xmlns:office:1.0"
# Suffixes of binary formats: an HTML page under one of these names is a failed download, not the document.
_BINARY_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf")

# Binary formats people mistake for documents, by their first bytes, so junk
# named .txt is refused with a message that says what it is. A signature of
# printable characters only ("GIF89a", "ID3") can also open a real text, so
# it counts only when the bytes do not read as text (see `_binary_kind`).
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio/video file"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"RIFF", "a RIFF media file (WAV, AVI, WebP)"),
)
# The signature of an OLE2 compound file: Word 97-2003 .doc, and password-protected .docx.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A central directory bigger than this per allowed entry is refused before it is parsed.
_MAX_DIRECTORY_BYTES_PER_ENTRY = 1024
# Control characters that do not occur in text (all below 32 but tab, line feed, form feed, carriage return).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def detect_format(data: bytes, *, source: str = "", limits: Limits | None = None) -> str:
    """The format of ``data``: "docx", "pdf", "markdown" or "text".

    Markdown and plain text are the same bytes; the name's suffix (or the
    Markdown syntax itself) only chooses how the text loader reads them.
    """
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-") or b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        check_zip_directory(data, limits or Limits(), source=source)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
            raise CorruptDocumentError(f"broken zip archive ({exc})", source=source) from exc
        if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
            return "docx"
        if "content.xml" in names and ("mimetype" in names or "META-INF/manifest.xml" in names):
            return "odt"
        raise UnsupportedFormatError(
            "a zip archive that is not a Word or OpenDocument text document", source=source
        )
    if data.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocumentError(
                "a password-protected Word document; notes-extract cannot decrypt Word files: "
                "open it in Word, remove the password and save it again",
                source=source,
            )
        if any(stream in data for stream in _OLE_WORD_STREAMS):
            return "doc"
        raise UnsupportedFormatError(
            "an OLE file that is not a Word document (an Excel or PowerPoint 97-2003 file?)", source=source
        )
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(_WORDPERFECT_MAGIC):
        return "wpd"
    if data.startswith(_IMAGE_MAGIC):
        return "image"
    text_like = _looks_like_text(data)
    kind = _binary_kind(data, text_like)
    if kind:
        raise UnsupportedFormatError(f"{kind}, not a document", source=source)
    if text_like:
        return _text_format(data, source)
    raise UnsupportedFormatError(
        "not a Word (.docx), OpenDocument (.odt), PDF, HTML or text document", source=source
    )


def _text_format(data: bytes, source: str) -> str:
    """"markdown", "html", "odt" (a flat .fodt) or "text" for bytes that read as text."""
    name = source.lower()
    if name.endswith(_MARKDOWN_SUFFIXES):
        return "markdown"  # Markdown that embeds HTML keeps its own reader
    head = _sniff_head(data)
    if _ODF_NAMESPACE in data[:_SNIFF_BYTES] and b"office:document" in data[:_SNIFF_BYTES]:
        return "odt"
    if head.startswith(_HTML_STARTS) or (name.endswith(SUFFIXES["html"]) and head.startswith(b"<")):
        if name.endswith(_BINARY_SUFFIXES):
            raise CorruptDocumentError(
                f"an HTML page, not the {name.rsplit('.', 1)[-1].upper()} document its name says "
                "(a failed download or an error page?)", source=source)
        return "html"
    return "text"


def _sniff_head(data: bytes) -> bytes:
    """The file's first bytes, lower-cased, past any BOM, blank space, XML declaration and comments."""
    head = data[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    head = head.removeprefix(b"\xef\xbb\xbf").lower()
    while True:
        head = head.lstrip()
        if head.startswith(b"<?"):
            end = head.find(b"?>")
        elif head.startswith(b"<!--"):
            end = head.find(b"-->")
        else:
            return head
        if end < 0:
            return head
        head = head[end + 2:] if head.startswith(b"<?") else head[end + 3:]


def _binary_kind(data: bytes, text_like: bool) -> str:
    """What binary format ``data`` is ("a PNG image"), or "" when it is not a known one."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            printable = all(32 <= b < 127 for b in magic)
            if not printable or not text_like:
                return kind
    return ""


def _looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:8192]
    if b"\x00" in sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return controls <= len(sample) // 100


def check_zip_directory(data: bytes, limits: Limits, *, source: str) -> None:
    """Refuse a zip whose end record declares too many entries or too big a directory.

    Runs before `zipfile` parses the central directory, which costs about
    5 µs and 1 kB per entry: a 100 MB file of empty entries would otherwise
    take seconds and a gigabyte before any limit could be checked. A zip
    whose end record cannot be found or contradicts itself (more entries
    than the directory can hold, a directory bigger than the file) is left
    for `zipfile` to report as broken.
    """
    pos = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if pos < 0 or len(data) - pos < 22:
        return
    entries, directory_size = struct.unpack_from("<HI", data, pos + 10)
    if (entries == 0xFFFF or directory_size == 0xFFFFFFFF) and pos >= 20 \
            and data[pos - 20:pos - 16] == b"PK\x06\x07":
        (record,) = struct.unpack_from("<Q", data, pos - 12)
        if 0 <= record <= len(data) - 56 and data[record:record + 4] == b"PK\x06\x06":
            entries, directory_size = struct.unpack_from("<QQ", data, record + 32)
    if directory_size > len(data) or entries > directory_size // 46:
        return  # the end record contradicts itself or the file: zipfile reports it as broken
    limits.check("max_zip_entries", entries, limits.max_zip_entries, source=source,
                 what="the zip archive's entry count")
    limits.check("max_zip_entries", directory_size, limits.max_zip_entries * _MAX_DIRECTORY_BYTES_PER_ENTRY,
                 source=source, unit="bytes", what="the zip archive's central directory")


def load(data: bytes, *, source: str = "", format: str | None = None, password: str | None = None,
         limits: Limits | None = None) -> Document:
    """Read ``data`` into a `Document`, detecting the format unless given.

    ``password`` opens an encrypted PDF; it is ignored for other formats.
    ``limits`` bound what reading may cost (default `Limits()`).
    """
    limits = limits or Limits()
    fmt = format or detect_format(data, source=source, limits=limits)
    if fmt not in _LOADER_MODULES:
        raise UnsupportedFormatError(f"unknown format {fmt!r}", source=source)
    module = importlib.import_module(_LOADER_MODULES[fmt])
    if fmt in ("text", "markdown"):
        return module.load(data, source=source, markdown=fmt == "markdown", limits=limits)
    if fmt in ("docx", "odt", "html", "image"):
        return module.load(data, source=source, limits=limits)
    if fmt in _OFFICE_FORMATS:
        return module.load(data, source=source, kind=fmt, limits=limits)
    extra: dict[str, object] = {"password": password, "limits": limits}
    accepted = _keywords(module)
    if accepted is not None:  # a PDF loader that predates passwords or limits still works
        extra = {key: value for key, value in extra.items() if key in accepted}
    return module.load(data, source=source, **extra)


def _keywords(module: ModuleType) -> set[str] | None:
    """The keyword arguments ``module.load`` takes; None when it takes any (``**kwargs``)."""
    try:
        parameters = inspect.signature(module.load).parameters.values()
    except (TypeError, ValueError):
        return set()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
        return None
    return {p.name for p in parameters}
