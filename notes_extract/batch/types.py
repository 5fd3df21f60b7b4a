"""The types every batch module shares: one document's result, the converter and runner interfaces, the report.

The orchestrator, the local process pool and the Dask runner all import
these from here, so none of them needs another: the runners know nothing of
plans, output files or reports, and the orchestrator knows runners only
through the `Runner` protocol.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from notes_extract.batch.files import write_atomic, write_csv_atomic

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

REPORT_NAME = "_report.json"
REPORT_CSV_NAME = "_report.csv"  # the same entries, one row each, for a spreadsheet
JSONL_STDOUT = "-"  # `--jsonl -`: the records go to standard output

# Entry statuses of a previous run's input whose file is gone: its records are kept, or removed with --prune.
SOURCE_MISSING = "source-missing"
PRUNED = "pruned"


class BatchUsageError(Exception):
    """The run cannot start: a source is missing, nothing was found, OUT is not a folder."""

    exit_status = EXIT_USAGE


# --------------------------------------------------------------------------- one document


@dataclass(frozen=True)
class DocResult:
    """What a worker sends back for one document: plain data, cheap to pickle."""

    sha256: str | None
    records: tuple[str, ...] = ()  # each record's JSON text, in document order
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    error: tuple[str, str] | None = None  # (code, message)


# The per-document function: (path, JSON indent) -> result. Workers import it by
# name, so it must be a module-level function (or a partial of one).
Convert = Callable[[str, "int | None"], DocResult]

# What a runner yields: (index into the paths it was given, that document's result).
Results = Generator[tuple[int, DocResult], None, None]


class Runner(Protocol):
    """Converts documents somewhere (local worker processes, a Dask cluster) and yields each result as it finishes.

    A runner only converts: it never writes files, so every runner's records
    and report are the same bytes.
    """

    def run(self, paths: Sequence[str], *, convert: Convert, indent: int | None) -> Results:
        """Convert ``paths`` with ``convert``; yield (index, result) in completion order.

        A document past the time limit, or whose worker died, yields a failed
        result, and the others go on. Closing the generator stops the work.
        """
        ...

    def worker_count(self) -> int:
        """Documents converted at once, for the report (the most seen so far, where workers come and go)."""
        ...

    def close(self) -> None:
        """Release what the runner opened; the generators of `run` are closed before."""
        ...


def tool_version() -> str:
    """The installed notes-extract version: records from another version are redone."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("notes-extract")
    except PackageNotFoundError:
        from notes_extract import __version__

        return __version__


# --------------------------------------------------------------------------- the report


@dataclass
class Entry:
    """One input's line in the run report."""

    path: str
    status: str = "pending"  # converted | skipped | failed | unsupported (a kind we do not read) | pending
    meetings: int | None = None
    outputs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: dict[str, str] | None = None
    seconds: float | None = None
    sha256: str | None = None
    lines: list[int] | None = None  # --jsonl: first and last line of its records

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path, "status": self.status, "meetings": self.meetings,
            "outputs": self.outputs, "warnings": self.warnings, "error": self.error,
            "seconds": self.seconds, "sha256": self.sha256,
        }
        if self.lines is not None:
            data["lines"] = self.lines
        return data

    def csv_row(self) -> list[str]:
        """The entry as a row of `REPORT_CSV_COLUMNS`: lists joined by " | ", null as empty."""
        error = self.error or {}
        return [self.path, self.status, "" if self.meetings is None else str(self.meetings),
                " | ".join(self.outputs), str(len(self.warnings)), " | ".join(self.warnings),
                error.get("code", ""), error.get("message", ""),
                "" if self.seconds is None else f"{self.seconds:g}", self.sha256 or ""]


REPORT_CSV_COLUMNS = ("path", "status", "meetings", "outputs", "warning_count", "warnings", "error_code",
                      "error_message", "seconds", "sha256")


@dataclass
class BatchReport:
    """The whole run: written to ``OUT/_report.json`` and summarised at the end."""

    out: Path
    version: str
    started: str
    entries: list[Entry]
    options: dict[str, Any]
    jsonl: dict[str, Any] | None = None
    missing: list[Entry] = field(default_factory=list)  # earlier inputs whose file is gone
    finished: str | None = None
    state: str = "running"  # running | finished | interrupted | aborted
    elapsed: float = 0.0

    @property
    def path(self) -> Path:
        return self.out / REPORT_NAME

    @property
    def interrupted(self) -> bool:
        return self.state == "interrupted"

    @property
    def csv_path(self) -> Path:
        return self.out / REPORT_CSV_NAME

    def counts(self) -> dict[str, int]:
        # "source-missing" and "pruned" appear only when there are such entries (reports before them had none).
        counts = {"converted": 0, "skipped": 0, "failed": 0, "unsupported": 0, "pending": 0}
        for entry in self.entries + self.missing:
            counts[entry.status] = counts.get(entry.status, 0) + 1
        return counts

    @property
    def exit_status(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_SOME_FAILED if self.counts()["failed"] else EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": "notes-extract", "version": self.version, "state": self.state,
            "started": self.started, "finished": self.finished, "elapsed": round(self.elapsed, 3),
            "options": self.options, "jsonl": self.jsonl, "counts": self.counts(),
            "inputs": [entry.to_dict() for entry in self.entries],
            "missing": [entry.to_dict() for entry in self.missing],
        }

    def write(self) -> None:
        """``_report.json`` and, beside it, ``_report.csv``, each written atomically."""
        write_atomic(self.path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")
        write_csv_atomic(self.csv_path, REPORT_CSV_COLUMNS, [entry.csv_row() for entry in self.entries + self.missing])
