"""Records read back from what `extract -o` and `batch` wrote (or from documents, extracted on the way).

`tables` and `register` both take SRC arguments that may be record files (``NAME.json``, a JSON
array of a log's meetings, JSON Lines), folders of them, or documents. Records stay plain dicts
(the JSON contract), so records written by an earlier version of the tool still read.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notes_extract.errors import CorruptDocumentError, SourceNotFoundError
from notes_extract.lazy_pattern import lazy_compile

RECORD_SUFFIXES = (".json", ".jsonl")
# "minutes.3.json": the third meeting of a log written by `extract -o` / `batch`.
_MEETING_NUMBER = lazy_compile(r"\.(\d+)\.json$")


@dataclass(frozen=True)
class LoadedRecord:
    """One meeting's record and where it was read from."""

    record: dict[str, Any]
    origin: Path  # the record file, or the document it was extracted from
    meeting_index: int  # 1-based position of the meeting in its source document

    @property
    def source_sha256(self) -> str:
        return str(self.record["source"]["sha256"])


def is_record_file(path: Path) -> bool:
    return path.suffix.lower() in RECORD_SUFFIXES


def input_files(sources: list[str | Path]) -> list[Path]:
    """Every file the SRC arguments name: record files under folders (not `_report.json` or hidden
    files), and files given directly (records or documents). A missing SRC is an error."""
    found: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            records = [p for p in path.rglob("*") if p.is_file() and is_record_file(p)
                       and not p.name.startswith(("_", "."))]
            found.extend(sorted(records, key=_natural_key))
        elif path.is_file():
            found.append(path)
        else:
            raise SourceNotFoundError("no such file or folder", source=str(source))
    return found


def _natural_key(path: Path) -> list[object]:
    """minutes.2.json before minutes.10.json."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", str(path))]


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_records(path: Path, data: bytes) -> list[LoadedRecord]:
    """The records in one record file's bytes: a record, a JSON array of records, or JSON Lines."""
    try:
        text = data.decode("utf-8-sig")
        if path.suffix.lower() == ".jsonl":
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            parsed = json.loads(text)
            items = parsed if isinstance(parsed, list) else [parsed]
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptDocumentError(f"not a JSON record file ({exc})", source=str(path)) from exc
    for item in items:
        if not _looks_like_record(item):
            raise CorruptDocumentError("not a notes-extract record (no source.sha256 or meeting)", source=str(path))
    numbered = _MEETING_NUMBER.search(path.name)
    loaded: list[LoadedRecord] = []
    positions: dict[str, int] = {}
    for item in items:
        sha = item["source"]["sha256"]
        positions[sha] = positions.get(sha, 0) + 1
        index = item.get("meeting_index") or (int(numbered[1]) if numbered and len(items) == 1 else positions[sha])
        loaded.append(LoadedRecord(item, path, int(index)))
    return loaded


def _looks_like_record(item: object) -> bool:
    return (isinstance(item, dict) and isinstance(item.get("source"), dict)
            and isinstance(item["source"].get("sha256"), str) and isinstance(item.get("meeting"), dict))


def extract_document(path: Path) -> list[LoadedRecord]:
    """A document's meetings as records (extracted now, with the library's default limits)."""
    from notes_extract.api import extract_all

    records = extract_all(path)
    return [LoadedRecord(record.model_dump(mode="json", by_alias=True), path, index)
            for index, record in enumerate(records, start=1)]


def load_file(path: Path) -> list[LoadedRecord]:
    """The records of one input: read from a record file, extracted from a document."""
    if not is_record_file(path):
        return extract_document(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceNotFoundError(f"cannot read ({exc.strerror})", source=str(path)) from exc
    return read_records(path, data)


def iter_records(sources: list[str | Path]) -> Iterator[LoadedRecord]:
    """Every record the SRC arguments hold, in a stable order (folders sorted, logs in meeting order).

    Raises the `NotesExtractError` of the first input that cannot be read, naming it, before any
    record of a later input is yielded."""
    for path in input_files(sources):
        try:
            yield from load_file(path)
        except OSError as exc:  # a folder's file vanished or cannot be read between listing and reading
            raise SourceNotFoundError(f"cannot read ({exc})", source=str(path)) from exc
