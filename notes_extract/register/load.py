"""Loading records into the register: idempotent, incremental, and all-or-nothing.

Every input is read (and every document extracted) before the database changes, so a bad input
leaves the register as it was. A record file or document whose bytes have not changed since the
last run is skipped; one that changed replaces the meetings it gave before. A meeting is keyed by
its source's sha256 and its meeting index, so the same meeting read twice (a document and its
record) is stored once. Meetings whose record file or source document was deleted are removed.
Then the series that changed are threaded again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notes_extract.errors import SourceNotFoundError
from notes_extract.record_files import (
    LoadedRecord,
    extract_document,
    file_sha256,
    input_files,
    is_record_file,
    read_records,
)
from notes_extract.register.schema import open_register
from notes_extract.register.series import series_key
from notes_extract.register.store import store_record
from notes_extract.register.threading_store import rethread


@dataclass
class RegisterReport:
    """What one `register` run did."""

    files_read: int = 0
    files_unchanged: int = 0
    meetings_added: int = 0
    meetings_removed: int = 0
    series_threaded: int = 0
    threads: int = 0  # in the whole register after the run
    linked_mentions: int = 0
    unmatched_mentions: int = 0


def register(sources: Iterable[str | Path], db: str | Path) -> RegisterReport:
    """Load the records under ``sources`` (record files, folders of them, documents) into the
    register at ``db`` (created when missing). Raises `NotesExtractError` naming the first input
    that cannot be read, before anything is written."""
    conn = open_register(db)
    try:
        report = RegisterReport()
        known = dict(conn.execute("SELECT path, sha256 FROM origins").fetchall())
        pending = _read_changed(input_files(list(sources)), known, report)
        with conn:
            changed_series = _remove_missing(conn, report)
            for origin, sha, records in pending:
                changed_series |= _replace_origin(conn, origin, sha, records)
                report.meetings_added += len(records)
            report.series_threaded = len(changed_series)
            if changed_series:
                rethread(conn, sorted(changed_series))
        _count(conn, report)
        return report
    finally:
        conn.close()


def _read_changed(paths: list[Path], known: dict[str, str],
                  report: RegisterReport) -> list[tuple[str, str, list[LoadedRecord]]]:
    pending: list[tuple[str, str, list[LoadedRecord]]] = []
    seen: set[str] = set()
    for path in paths:
        origin = str(path.resolve())
        if origin in seen:
            continue
        seen.add(origin)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceNotFoundError(f"cannot read ({exc.strerror})", source=str(path)) from exc
        sha = file_sha256(data)
        if known.get(origin) == sha:
            report.files_unchanged += 1
            continue
        report.files_read += 1
        records = read_records(path, data) if is_record_file(path) else extract_document(path)
        pending.append((origin, sha, records))
    return pending


def _gone(path: str | None) -> bool:
    """The file was deleted: it is missing but its folder is there (an unmounted drive removes nothing)."""
    if not path or not Path(path).is_absolute():
        return False
    return not Path(path).exists() and Path(path).parent.is_dir()


def _remove_missing(conn: sqlite3.Connection, report: RegisterReport) -> set[str]:
    """Remove the meetings whose record file (or document) or source document was deleted."""
    before = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    series: set[str] = set()
    for (origin,) in conn.execute("SELECT path FROM origins").fetchall():
        if _gone(origin):
            series |= {row[0] for row in conn.execute("SELECT series FROM meetings WHERE origin_path = ?", (origin,))}
            conn.execute("DELETE FROM origins WHERE path = ?", (origin,))  # and its meetings
    for row in conn.execute("SELECT id, series, source_path FROM meetings").fetchall():
        if _gone(row["source_path"]):
            series.add(row["series"])
            conn.execute("DELETE FROM meetings WHERE id = ?", (row["id"],))
    report.meetings_removed = before - conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    return series


def _replace_origin(conn: sqlite3.Connection, origin: str, sha: str, records: list[LoadedRecord]) -> set[str]:
    """Store ``records`` as what ``origin`` holds now; returns the series touched."""
    touched = {row[0] for row in conn.execute("SELECT series FROM meetings WHERE origin_path = ?", (origin,))}
    conn.execute("DELETE FROM meetings WHERE origin_path = ?", (origin,))
    conn.execute("INSERT OR REPLACE INTO origins VALUES (?, ?)", (origin, sha))
    for loaded in records:
        key = (loaded.source_sha256, loaded.meeting_index)
        touched |= {row[0] for row in conn.execute(
            "SELECT series FROM meetings WHERE source_sha256 = ? AND meeting_index = ?", key)}
        conn.execute("DELETE FROM meetings WHERE source_sha256 = ? AND meeting_index = ?", key)
        series = _series_of(loaded.record)
        store_record(conn, loaded, origin, series)
        touched.add(series)
    return touched


def _series_of(record: dict[str, Any]) -> str:
    return series_key((record.get("meeting") or {}).get("title"), (record.get("source") or {}).get("path"))


def _count(conn: sqlite3.Connection, report: RegisterReport) -> None:
    report.threads = conn.execute("SELECT count(*) FROM threads").fetchone()[0]
    report.linked_mentions = conn.execute("SELECT count(*) FROM mentions WHERE thread_id IS NOT NULL").fetchone()[0]
    report.unmatched_mentions = conn.execute("SELECT count(*) FROM mentions WHERE thread_id IS NULL").fetchone()[0]

