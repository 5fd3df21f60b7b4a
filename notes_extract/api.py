"""The public entry points: `extract` one document into a record."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from notes_extract import loaders
from notes_extract.errors import EmptyDocumentError, SourceNotFoundError
from notes_extract.models import MinutesRecord
from notes_extract.pipeline import build_record

Source = str | os.PathLike[str] | bytes | BinaryIO


def read_source(source: Source) -> tuple[bytes, str | None]:
    """The bytes of ``source`` and its name (None for anonymous bytes)."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            return path.read_bytes(), str(source)
        except FileNotFoundError:
            raise SourceNotFoundError("no such file", source=str(source)) from None
        except IsADirectoryError:
            raise SourceNotFoundError("is a directory, not a file", source=str(source)) from None
        except OSError as exc:
            raise SourceNotFoundError(f"cannot be read ({exc.strerror})", source=str(source)) from None
    data = source.read()
    if not isinstance(data, bytes):
        raise TypeError("extract() needs a binary file object (opened with 'rb')")
    return data, getattr(source, "name", None)


def extract_all(source: Source, *, format: str | None = None) -> list[MinutesRecord]:
    """Read a document that may hold several meetings (a meeting log) into one
    record per meeting, in document order. Raises like `extract`."""
    return [extract(source, format=format)]


def extract(source: Source, *, format: str | None = None) -> MinutesRecord:
    """Read one minutes document into a validated `MinutesRecord`.

    ``source`` is a path, the document's bytes, or a binary file object.
    ``format`` ("docx", "pdf", "text", "markdown") overrides detection from
    the bytes. Raises a `NotesExtractError` subclass naming the file and the
    problem when the document cannot be read.
    """
    data, name = read_source(source)
    label = name or "<bytes>"
    if not data.strip():
        raise EmptyDocumentError("the file is empty", source=label)
    document = loaders.load(data, source=label, format=format)
    if not document.blocks:
        raise EmptyDocumentError("the document holds no text", source=label)
    return build_record(document, data, source_name=name)
