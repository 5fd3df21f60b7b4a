"""Loading a whole file: pages read under the limits, then built into a `Document`.

PDFium reads the file page by page; a file PDFium refuses outright goes
whole through pdfplumber, whose pdfminer repairs some files PDFium does
not, and opens AES-256 files (revisions 5 and 6) whose user password is
empty, which PDFium refuses. A page that fails to read is skipped with a
warning rather than losing the rest; a file none of whose pages can be read
is a `CorruptDocumentError` naming the first page's error. Opening errors
become the project's errors: a file that declares encryption (an /Encrypt
dictionary) and that neither reader opens with the password given (or the
empty one) an `EncryptedDocumentError`, anything else a `CorruptDocumentError`.

Whether a file is encrypted is decided from the file, never from PDFium's
last error code: PDFium does not reset that code on every failure, so it
can still hold the error of a document read earlier in the process.
"""

from __future__ import annotations

import gc
import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

import pypdfium2 as pdfium

from notes_extract.document import Document, numbered
from notes_extract.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    NotesExtractError,
)
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.list_runs import nest_interrupting_bullets
from notes_extract.loaders.pdf.blocks import build_blocks
from notes_extract.loaders.pdf.model import Page
from notes_extract.loaders.pdf.pages import PageReader, read_plumber_page
from notes_extract.warning_codes import warning

# PDFium is not thread-safe: one document at a time per process. Batch runs
# use processes, so the lock only matters to callers that use threads.
PDFIUM_LOCK = threading.Lock()
# A trailer's reference to (or inline) encryption dictionary: "/Encrypt 12 0 R" or "/Encrypt <<".
_ENCRYPT_ENTRY = lazy_compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R\b|<<)")


class PageSource(Protocol):
    """An open file's pages, read one at a time (a `PageReader`)."""

    count: int

    def read(self, index: int) -> Page: ...

    def close(self) -> None: ...


# Opens a file's bytes (with a password, or None) for reading page by page;
# raises `pdfium.PdfiumError` when PDFium cannot open the file.
OpenPages = Callable[[bytes, str | None], PageSource]


def read_document(
    data: bytes,
    *,
    source: str,
    password: str | None = None,
    limits: Limits | None = None,
    open_pages: OpenPages = PageReader,
) -> Document:
    """Read PDF bytes into a `Document` of blocks in reading order.

    ``open_pages`` opens the file for reading page by page (PDFium's
    `PageReader` unless given); a file it refuses goes through pdfplumber.
    """
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    with gc_paused():
        with PDFIUM_LOCK:
            reader = open_page_source(data, source, password, open_pages)
            if reader is not None:
                try:
                    pages, warnings = read_pages(reader, source, limits, deadline)
                finally:
                    reader.close()
                from notes_extract.loaders.ocr.scanned import read_scanned_pages  # OCR imports this package

                ocr_pages = read_scanned_pages(data, password, pages, warnings, source=source, limits=limits,
                                               deadline=deadline)
        if reader is None:
            # PDFium gave up on the file's structure; pdfminer repairs some files PDFium does not.
            return load_with_pdfplumber(data, source, password, limits, deadline)
        document = document_from_pages(pages, reader.count, warnings)
        document.ocr_pages = ocr_pages
        return document


def open_page_source(data: bytes, source: str, password: str | None, open_pages: OpenPages) -> PageSource | None:
    """The file opened by ``open_pages``, or None when PDFium cannot open it.

    Why PDFium refused (a password, a broken file) is left to pdfplumber and
    to the file itself (`load_with_pdfplumber`): PDFium's error code may be
    left over from an earlier document.
    """
    try:
        return open_pages(data, password)
    except pdfium.PdfiumError:
        return None


def declares_encryption(data: bytes) -> bool:
    """Whether the file's trailer names an encryption dictionary (/Encrypt).

    Looked for in the bytes, as a repairing reader does, so that a file whose
    cross-reference table is too broken to parse still counts.
    """
    return _ENCRYPT_ENTRY.search(data) is not None


def read_pages(reader: PageSource, source: str, limits: Limits, deadline: Deadline) -> tuple[list[Page], list[str]]:
    """Every page ``reader`` can read, and a warning for each it cannot; limits checked between pages."""
    pages: list[Page] = []
    warnings: list[str] = []
    limits.check("max_pages", reader.count, limits.max_pages, source=source, what="the page count")
    for index in range(reader.count):
        deadline.check(source, f"reading page {index + 1}")
        try:
            pages.append(reader.read(index))
        except LimitExceededError:
            raise
        except Exception as exc:  # one bad page should not lose the rest
            warnings.append(page_failure(index + 1, exc))
    check_some_page_read(pages, reader.count, warnings, source)
    return pages, warnings


def page_failure(number: int, exc: BaseException) -> str:
    """The warning for a page that could not be read."""
    return warning("page-unreadable", f"page {number} could not be read: {exc}")


def check_some_page_read(pages: list[Page], count: int, warnings: list[str], source: str) -> None:
    """Refuse a file of pages none of which could be read: that is damage, not an empty document."""
    if count and not pages:
        first = warnings[0] if warnings else "no page could be read"
        scope = "" if count == 1 else f"none of its {count} pages could be read; "
        raise CorruptDocumentError(f"cannot read PDF: {scope}{first}", source=source)


def document_from_pages(pages: list[Page], count: int, warnings: list[str]) -> Document:
    """The `Document` of the pages read out of ``count``; a text-less file is warned about."""
    if count and not warnings and not any(p.lines or p.tables for p in pages):
        warnings.append(warning("no-text-layer", "no text found: the PDF may be scanned images without a text layer"))
    blocks, header = build_blocks(pages)
    metadata = {"page_header": "\n".join(header)} if header else {}
    blocks = nest_interrupting_bullets(blocks)
    return Document(blocks=numbered(blocks), format="pdf", pages=count, warnings=warnings, metadata=metadata)


def load_with_pdfplumber(data: bytes, source: str, password: str | None, limits: Limits,
                         deadline: Deadline) -> Document:
    """The whole file through pdfplumber: only for files PDFium cannot open."""
    import pdfplumber

    warnings: list[str] = []
    pages: list[Page] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise _open_error(_inner(exc), data, source, password) from exc
    with pdf:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:  # a broken page tree: nothing can be read
            raise _open_error(_inner(exc), data, source, password) from exc
        limits.check("max_pages", len(plumber_pages), limits.max_pages, source=source, what="the page count")
        for number, page in enumerate(plumber_pages, start=1):
            deadline.check(source, f"reading page {number}")
            try:
                pages.append(read_plumber_page(page, number))
            except LimitExceededError:
                raise
            except Exception as exc:  # one bad page should not lose the rest
                warnings.append(page_failure(number, _inner(exc)))
            finally:
                page.close()  # pdfplumber caches every object of a page
    check_some_page_read(pages, len(plumber_pages), warnings, source)
    return document_from_pages(pages, len(plumber_pages), warnings)


def encrypted_error(source: str, password: str | None) -> EncryptedDocumentError:
    """The error for a file that needs a password: none was given, or it does not open the file."""
    if password:
        return EncryptedDocumentError("the password does not open this PDF", source=source)
    return EncryptedDocumentError("encrypted PDF: a password is required (give it with password= or --password)",
                                  source=source)


def _inner(exc: BaseException) -> BaseException:
    """The pdfminer error inside pdfplumber's wrapper (`PdfminerException`), or ``exc``."""
    from pdfplumber.utils.exceptions import PdfminerException

    if isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc


def _open_error(exc: BaseException, data: bytes, source: str, password: str | None = None) -> NotesExtractError:
    """The error for a file neither PDFium nor pdfplumber opens: encrypted only when the file says so."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if isinstance(exc, PDFEncryptionError | PDFPasswordIncorrect) or declares_encryption(data):
        return encrypted_error(source, password)
    return CorruptDocumentError(f"cannot read PDF: {exc}", source=source)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a document is read.

    Reading a long PDF allocates hundreds of thousands of small objects that
    live until the end (words, lines) and hold no reference cycles; each
    full collection walks all of them again, which made the cost per page
    grow with the page count (about 15% on 300 pages). Reference counting
    still frees everything as usual.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
