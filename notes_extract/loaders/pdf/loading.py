"""Loading a whole file: pages read under the limits, then built into a `Document`.

PDFium reads the file page by page; a file PDFium refuses outright goes
whole through pdfplumber, whose pdfminer repairs some files PDFium does
not. A page that fails to read is skipped with a warning rather than losing
the rest. Opening errors become the project's errors: a missing or wrong
password an `EncryptedDocumentError`, anything else a `CorruptDocumentError`.
"""

from __future__ import annotations

import gc
import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from notes_extract.document import Document, numbered
from notes_extract.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    NotesExtractError,
)
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.pdf.blocks import build_blocks
from notes_extract.loaders.pdf.model import Page
from notes_extract.loaders.pdf.pages import PageReader, read_plumber_page
from notes_extract.warning_codes import warning

# PDFium is not thread-safe: one document at a time per process. Batch runs
# use processes, so the lock only matters to callers that use threads.
PDFIUM_LOCK = threading.Lock()


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
    """The file opened by ``open_pages``, or None when PDFium cannot make sense of it."""
    try:
        return open_pages(data, password)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise encrypted_error(source, password) from exc
        return None


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
            warnings.append(warning("page-unreadable", f"page {index + 1} could not be read: {exc}"))
    return pages, warnings


def document_from_pages(pages: list[Page], count: int, warnings: list[str]) -> Document:
    """The `Document` of the pages read out of ``count``; a text-less file is warned about."""
    if count and not warnings and not any(p.lines or p.tables for p in pages):
        warnings.append(warning("no-text-layer", "no text found: the PDF may be scanned images without a text layer"))
    blocks = build_blocks(pages)
    return Document(blocks=numbered(blocks), format="pdf", pages=count, warnings=warnings)


def load_with_pdfplumber(data: bytes, source: str, password: str | None, limits: Limits,
                         deadline: Deadline) -> Document:
    """The whole file through pdfplumber: only for files PDFium cannot open."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    warnings: list[str] = []
    pages: list[Page] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except PdfminerException as exc:
        raise _open_error(exc.args[0] if exc.args else exc, source, password) from exc
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise _open_error(exc, source, password) from exc
    with pdf:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:  # a broken page tree: nothing can be read
            inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
            raise _open_error(inner, source, password) from exc
        limits.check("max_pages", len(plumber_pages), limits.max_pages, source=source, what="the page count")
        for number, page in enumerate(plumber_pages, start=1):
            deadline.check(source, f"reading page {number}")
            try:
                pages.append(read_plumber_page(page, number))
            except LimitExceededError:
                raise
            except Exception as exc:  # one bad page should not lose the rest
                warnings.append(warning("page-unreadable", f"page {number} could not be read: {exc}"))
            finally:
                page.close()  # pdfplumber caches every object of a page
    return document_from_pages(pages, len(plumber_pages), warnings)


def encrypted_error(source: str, password: str | None) -> EncryptedDocumentError:
    """The error for a file that needs a password: none was given, or it does not open the file."""
    if password:
        return EncryptedDocumentError("the password does not open this PDF", source=source)
    return EncryptedDocumentError("encrypted PDF: a password is required (give it with password= or --password)",
                                  source=source)


def _open_error(exc: BaseException, source: str, password: str | None = None) -> NotesExtractError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if isinstance(exc, PDFEncryptionError | PDFPasswordIncorrect):
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
