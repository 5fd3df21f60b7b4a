"""The default per-document function that worker processes and Dask tasks run.

It imports spaCy and the PDF and Word libraries only when it runs, in the
worker, so the parent process never loads them.
"""

from __future__ import annotations

import hashlib
import io
import time
from typing import BinaryIO, cast

from notes_extract.batch.types import DocResult
from notes_extract.errors import InternalError, NotesExtractError
from notes_extract.limits import Limits


def convert_document(path: str, indent: int | None = 2, data: bytes | None = None, *,
                     limits: Limits | None = None, password: str | None = None) -> DocResult:
    """Read one file into its records' JSON texts; errors come back as data, not exceptions.

    ``data``, when given, is the file's content, already read elsewhere (a Dask
    worker on a machine without the file): it is converted under the name
    ``path``, so the record is the same as when the file is read here.
    ``limits`` and ``password`` are passed to `extract_all` (bind them with
    `functools.partial` to give a run its own); by default, no time limit of
    its own: the runner enforces the run's.
    """
    from notes_extract.api import extract_all, read_source

    started = time.perf_counter()
    sha256: str | None = None
    # The runner that calls this enforces the run's time limit (a "timeout" result), so no clock here.
    limits = limits if limits is not None else Limits(timeout=None)
    try:
        data, name = read_source(path, limits=limits) if data is None else (data, path)
        sha256 = hashlib.sha256(data).hexdigest()
        # Hand over the bytes already hashed, under the file's name (for the
        # record's source.path and Markdown detection), so they cannot differ.
        handle = io.BytesIO(data)
        handle.name = name
        records = extract_all(cast(BinaryIO, handle), password=password, limits=limits)
        texts = tuple(record.to_json(indent=indent) for record in records)
        warnings = tuple(dict.fromkeys(w for record in records for w in record.warnings))
        return DocResult(sha256, texts, warnings, time.perf_counter() - started)
    except NotesExtractError as exc:
        return DocResult(sha256, seconds=time.perf_counter() - started, error=(exc.code, exc.message))
    except Exception as exc:  # a bug, not bad input: report it and keep going
        return DocResult(sha256, seconds=time.perf_counter() - started,
                         error=(InternalError.code, f"{type(exc).__name__}: {exc}"))
