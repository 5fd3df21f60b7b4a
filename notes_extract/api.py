"""The public entry points: `extract` one document into a record."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from notes_extract import loaders
from notes_extract.errors import EmptyDocumentError, SourceNotFoundError
from notes_extract.models import MinutesRecord
from notes_extract.pipeline import build_record
from notes_extract.segment import split_meetings

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
    """Read a document that may hold several meetings (a meeting log, a run of
    supervision notes) into one record per meeting, in document order.

    Takes the same arguments and raises the same errors as `extract`.
    """
    data, name = read_source(source)
    label = name or "<bytes>"
    if not data.strip():
        raise EmptyDocumentError("the file is empty", source=label)
    document = loaders.load(data, source=label, format=format)
    if not document.blocks:
        raise EmptyDocumentError("the document holds no text", source=label)
    meetings = split_meetings(document.blocks)
    return [
        build_record(replace(document, blocks=blocks), data, source_name=name,
                     meeting_number=(n, len(meetings)) if len(meetings) > 1 else None)
        for n, blocks in enumerate(meetings, start=1)
    ]


def extract(source: Source, *, format: str | None = None) -> MinutesRecord:
    """Read one minutes document into a validated `MinutesRecord`.

    ``source`` is a path, the document's bytes, or a binary file object.
    ``format`` ("docx", "pdf", "text", "markdown") overrides detection from
    the bytes. Raises a `NotesExtractError` subclass naming the file and the
    problem when the document cannot be read. A document that holds several
    meetings gives its first, with a warning; `extract_all` gives them all.
    """
    records = extract_all(source, format=format)
    first = records[0]
    if len(records) > 1:
        first.warnings.append(f"The document holds {len(records)} meetings; this record is the first. "
                              "Use extract_all() (or the command line) for all of them.")
    return first
