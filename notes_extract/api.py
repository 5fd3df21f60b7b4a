"""The public entry points: `extract` one document into a record."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from notes_extract import loaders
from notes_extract.dated_names import split_dated_names
from notes_extract.document import Block, BlockKind, Document, numbered
from notes_extract.errors import EmptyDocumentError, SourceNotFoundError
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.text import MAX_LINE_CHARS, split_text
from notes_extract.meetings import split_log
from notes_extract.models import MinutesRecord
from notes_extract.pipeline import build_record, log_names
from notes_extract.warning_codes import warning

Source = str | os.PathLike[str] | bytes | BinaryIO

# The format each file name suffix promises, to warn when the content says otherwise.
_SUFFIX_FORMATS = {
    ".docx": "docx", ".docm": "docx", ".dotx": "docx", ".pdf": "pdf",
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text", ".mdown": "text", ".mkd": "text",
    ".odt": "odt", ".ott": "odt", ".fodt": "odt", ".html": "html", ".htm": "html", ".xhtml": "html",
}  # fmt: skip
_FORMAT_NAMES = {"docx": "Word (.docx)", "pdf": "PDF", "text": "plain text", "markdown": "Markdown",
                 "odt": "OpenDocument text", "html": "HTML"}


def read_source(source: Source, *, limits: Limits | None = None) -> tuple[bytes, str | None]:
    """The bytes of ``source`` and its name (None for anonymous bytes).

    Files bigger than ``limits.max_bytes`` are refused with
    `LimitExceededError` before they are read (by their size on disk), and
    reading never takes more than that many bytes, so a device or a pipe
    that never ends cannot fill memory.
    """
    limits = limits or Limits()
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        _check_size(len(data), limits, None)
        return data, None
    if isinstance(source, str | os.PathLike):
        name = str(source)
        path = Path(source)
        if isinstance(source, str) and looks_like_text(source):
            raise SourceNotFoundError(text_not_path_message(source), source=TEXT_LABEL)
        try:
            info = path.stat()
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if stat.S_ISREG(info.st_mode):
                _check_size(info.st_size, limits, name)
            with path.open("rb") as handle:
                data = handle.read(limits.max_bytes + 1)
        except FileNotFoundError:
            raise SourceNotFoundError("no such file", source=name) from None
        except IsADirectoryError:
            raise SourceNotFoundError("is a directory, not a file", source=name) from None
        except OSError as exc:
            raise SourceNotFoundError(f"cannot be read ({exc.strerror})", source=name) from None
        _check_size(len(data), limits, name)
        return data, name
    name = getattr(source, "name", None)
    label = name if isinstance(name, str) else None
    data = source.read(limits.max_bytes + 1)
    if not isinstance(data, bytes):
        raise TypeError("extract() needs a binary file object (opened with 'rb')")
    _check_size(len(data), limits, label)
    return data, label


# A path is rarely longer than this; a longer string that names no file is text.
TEXT_MIN_CHARS = 256
TEXT_LABEL = "<text>"  # how errors name a string that was text, not a path: the text is never echoed


def looks_like_text(argument: str) -> bool:
    """Whether ``argument``, given as a path, is rather the minutes' text itself.

    Only a string that names no existing file can be: it holds a line break,
    or is longer than any path, or has spaces and no file suffix ("Minutes of
    the meeting held ...").
    """
    if os.path.lexists(argument):
        return False
    if "\n" in argument or "\r" in argument or len(argument) >= TEXT_MIN_CHARS:
        return True
    return " " in argument.strip() and not Path(argument.strip()).suffix


def text_not_path_message(argument: str) -> str:
    """The error for text given where a path was expected: its size, never the text."""
    lines = len(argument.splitlines()) or 1
    return (f"not a file name: this looks like text ({len(argument):,} characters, {lines:,} "
            f"line{'s' if lines != 1 else ''}); pass text with extract_text() in Python, or pipe it to "
            "`notes-extract extract -`")


def _check_size(size: int, limits: Limits, name: str | None) -> None:
    limits.check("max_bytes", size, limits.max_bytes, source=name or "<bytes>", unit="bytes", what="the file")


def extract_all(source: Source, *, format: str | None = None, password: str | None = None,
                limits: Limits | None = None) -> list[MinutesRecord]:
    """Read a document that may hold several meetings (a meeting log, a run of
    supervision notes) into one record per meeting, in document order.

    Takes the same arguments and raises the same errors as `extract`.
    """
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    data, name = read_source(source, limits=limits)
    label = name or "<bytes>"
    if not data.strip():
        raise EmptyDocumentError("the file is empty" if not data else "the file holds only whitespace", source=label)
    detected = format or loaders.detect_format(data, source=label, limits=limits)
    document = loaders.load(data, source=label, format=detected, password=password, limits=limits)
    deadline.check(label, "loading the document")
    if document.pages is not None:
        limits.check("max_pages", document.pages, limits.max_pages, source=label, what="the page count")
    if not document.blocks:
        raise EmptyDocumentError("the document holds no text", source=label)
    limits.check("max_text_chars", sum(len(b.text) for b in document.blocks), limits.max_text_chars,
                 source=label, unit="characters", what="the document's text")
    _split_long_blocks(document)
    if format is None and name is not None:
        mislabel = _mislabelled(name, document.format)
        if mislabel:
            document.warnings.insert(0, warning("mislabelled-file", mislabel))
    document.blocks = split_dated_names(document.blocks)  # "**2024-04-02** — Ana, Ben": a date line, its names
    log = split_log(document.blocks)
    meetings = log.meetings
    records = []
    names = log_names(document.blocks) if len(meetings) > 1 else frozenset()
    for n, blocks in enumerate(meetings, start=1):
        deadline.check(label, f"extracting meeting {n} of {len(meetings)}")
        entry_warnings = [*document.warnings, *log.entry_warnings.get(n - 1, [])]
        meeting_doc = replace(document, blocks=blocks, warnings=entry_warnings)
        records.append(build_record(meeting_doc, data, source_name=name, deadline=deadline,
                                    meeting_number=(n, len(meetings)) if len(meetings) > 1 else None,
                                    split_at=log.split_at or "date lines",
                                    entry_date=log.entry_dates[n - 1] if log.entry_dates else None,
                                    day_first=log.day_first, names_in_log=names))
    deadline.check(label, "extracting the record")
    return records


def _split_long_blocks(document: Document) -> None:
    """Cut paragraphs and list items over `MAX_LINE_CHARS` into paragraphs, with a warning.

    spaCy refuses a text over a million characters and the extractors slow
    down with the square of a sentence's length, so one runaway paragraph (a
    .docx or PDF with no paragraph breaks) must not reach them whole. The text
    loader already cuts long lines; this covers every format.
    """
    splittable = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
    if all(len(b.text) <= MAX_LINE_CHARS or b.kind not in splittable for b in document.blocks):
        return
    out: list[Block] = []
    for block in document.blocks:
        if len(block.text) <= MAX_LINE_CHARS or block.kind not in splittable:
            out.append(block)
            continue
        pieces = split_text(block.text)
        where = f" on page {block.page}" if block.page else ""
        document.warnings.append(warning(
            "long-paragraph-split", f"a paragraph of {len(block.text):,} characters{where} was split into "
                                    f"{len(pieces)} paragraphs of at most {MAX_LINE_CHARS:,} characters"))
        for n, piece in enumerate(pieces):
            text = piece.strip()
            bold = text if block.all_bold else (block.lead_bold if n == 0 and len(block.lead_bold) <= len(text) else "")
            out.append(replace(block, text=text, lead_bold=bold) if n == 0 else
                       Block(kind=BlockKind.PARAGRAPH, text=text, page=block.page, lead_bold=bold))
    document.blocks = numbered(out)


def _mislabelled(name: str, fmt: str) -> str | None:
    """A warning when the file name's suffix promises another format than the content has."""
    suffix = os.path.splitext(name)[1].lower()
    promised = _SUFFIX_FORMATS.get(suffix)
    actual = "text" if fmt == "markdown" else fmt
    if promised is None or promised == actual:
        return None
    return f"read as {_FORMAT_NAMES.get(fmt, fmt)}: the file name says {suffix}"


def extract_text(text: str, *, format: str | None = None, limits: Limits | None = None) -> MinutesRecord:
    """Read minutes given as a string (plain text, Markdown or an HTML page) into a `MinutesRecord`.

    The text is read as UTF-8 bytes with its format detected as for a file
    (``format`` forces one). Like `extract`, a text holding several meetings
    gives its first, with a warning; ``extract_all(text.encode())`` gives
    them all. Raises `EmptyDocumentError` for an empty or blank text.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_text() takes a str, not {type(text).__name__}; use extract() for paths and bytes")
    return extract(text.encode("utf-8"), format=format, limits=limits)


def extract(source: Source, *, format: str | None = None, password: str | None = None,
            limits: Limits | None = None) -> MinutesRecord:
    """Read one minutes document into a validated `MinutesRecord`.

    ``source`` is a path, the document's bytes, or a binary file object.
    ``format`` ("docx", "pdf", "text", "markdown", "odt", "html") overrides detection from
    the bytes. ``password`` opens an encrypted PDF. ``limits`` bound the
    size, pages, unpacked bytes, XML depth, text length and time one document
    may cost (`Limits()` by default: see `notes_extract.limits` for the safe
    defaults; no time limit unless ``limits.timeout`` is set).

    Raises a `NotesExtractError` subclass naming the file and the problem
    when the document cannot be read: `UnsupportedFormatError`,
    `CorruptDocumentError`, `EncryptedDocumentError`, `LimitExceededError`,
    `EmptyDocumentError` or `SourceNotFoundError`. A document that holds
    several meetings gives its first, with a warning; `extract_all` gives
    them all.
    """
    records = extract_all(source, format=format, password=password, limits=limits)
    first = records[0]
    if len(records) > 1:
        first.add_warning("first-of-several", f"The document holds {len(records)} meetings; this record is the first. "
                              "Use extract_all() (or the command line) for all of them.")
    return first
