"""Errors raised by notes-extract, all under one base class.

Each error names the file and carries a short machine-readable ``code`` so
command-line users, batch reports and scripts can tell failures apart.
"""

from __future__ import annotations


class NotesExtractError(Exception):
    """Base class of every error this package raises on purpose."""

    code = "error"
    exit_status = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class UnsupportedFormatError(NotesExtractError):
    """The bytes are not a document format notes-extract reads."""

    code = "unsupported-format"
    exit_status = 3


class CorruptDocumentError(NotesExtractError):
    """The file claims a format it reads, but cannot be read as one."""

    code = "corrupt-document"
    exit_status = 4


class UnsafeDocumentError(NotesExtractError):
    """The file holds a construct used only in attacks on readers (a DTD in a Word or OpenDocument part).

    Refused before it is parsed: not broken, but not read either.
    """

    code = "unsafe-document"
    exit_status = 13


class EmptyDocumentError(NotesExtractError):
    """The document holds no text to read."""

    code = "empty-document"
    exit_status = 5


class EncryptedDocumentError(NotesExtractError):
    """The document is password-protected; a PDF opens with ``password=`` (``--password``)."""

    code = "encrypted"
    exit_status = 8


class LimitExceededError(NotesExtractError):
    """Reading the document would pass a resource limit (see `notes_extract.limits.Limits`).

    ``limit`` names the limit ("max_bytes", "timeout", ...), ``value`` is what
    the document needs (None when unknown) and ``maximum`` the limit's value,
    so scripts can tell which limit to raise.
    """

    code = "limit-exceeded"
    exit_status = 9

    def __init__(self, message: str, *, source: str | None = None, limit: str | None = None,
                 value: float | None = None, maximum: float | None = None) -> None:
        super().__init__(message, source=source)
        self.limit = limit
        self.value = value
        self.maximum = maximum


class SourceNotFoundError(NotesExtractError):
    """The input file is missing or cannot be opened."""

    code = "unreadable-file"
    exit_status = 66  # EX_NOINPUT of sysexits.h; 2 stays the usage error of argparse


class DocumentTimeoutError(NotesExtractError):
    """The document took longer than the per-document time limit; its worker was stopped."""

    code = "timeout"
    exit_status = 6


class WorkerCrashedError(NotesExtractError):
    """The worker process died while reading the document (a crash, or killed from outside)."""

    code = "worker-crashed"
    exit_status = 7


class InternalError(NotesExtractError):
    """An unexpected exception while reading the document: a bug, not bad input."""

    code = "internal-error"
    exit_status = 70


class ConverterMissingError(NotesExtractError):
    """The format needs an outside converter (LibreOffice, antiword) that is not installed."""

    code = "converter-missing"
    exit_status = 10


class NeedsOcrError(NotesExtractError):
    """Every page is a scanned image and no OCR engine is installed (or OCR is turned off)."""

    code = "needs-ocr"
    exit_status = 11


class ConversionFailedError(NotesExtractError):
    """An outside converter ran but gave no usable document (it crashed or wrote nothing)."""

    code = "conversion-failed"
    exit_status = 12
