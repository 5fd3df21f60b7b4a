"""Writing a run's results: each input's records, its report entry, and the report while the run goes on.

Records go either to one file per meeting under OUT (`FileWriter`) or to one
JSON Lines file (`JsonLinesWriter`); either way an input's entry says where,
or why it failed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections import deque
from pathlib import Path
from typing import Any, BinaryIO

from notes_extract.batch.discovery import output_names
from notes_extract.batch.files import inside, write_atomic
from notes_extract.batch.plan import BatchPlan
from notes_extract.batch.types import JSONL_STDOUT, PRUNED, REPORT_NAME, BatchReport, DocResult, Entry

Error = tuple[str, str]  # (code, message), as in DocResult.error


class RecordWriter:
    """Writes each input's records as its result arrives, and fills in its report entry."""

    indent: int | None = 2  # the records' JSON indent, which the converter applies

    def __init__(self, plan: BatchPlan, report: BatchReport) -> None:
        self.plan = plan
        self.report = report

    def accept(self, index: int, result: DocResult) -> None:
        """Take the result of input ``index``, as the runner yields it."""
        self.record(index, result)

    def close(self) -> None:
        """Write whatever is still held back; the writer is not used after."""

    def record(self, index: int, result: DocResult) -> None:
        """Write one finished input's records and fill in its entry."""
        entry = self.plan.entries[index]
        entry.sha256, entry.seconds = result.sha256, round(result.seconds, 3)
        error = result.error
        names: list[str] = []
        if error is None:
            try:
                names, error = self._write(index, result)
            except OSError as exc:
                error = ("write-error", f"cannot write the records ({exc.strerror or exc})")
        if error is not None:
            entry.status, entry.error = "failed", {"code": error[0], "message": error[1]}
            entry.meetings, entry.outputs, entry.warnings = None, [], []
            return
        entry.status, entry.error = "converted", None
        entry.meetings, entry.outputs, entry.warnings = len(result.records), names, list(result.warnings)
        self._written(index, names)

    def _write(self, index: int, result: DocResult) -> tuple[list[str], Error | None]:
        """Write the records; the names the entry lists as outputs, or why they were not written."""
        raise NotImplementedError

    def _written(self, index: int, names: list[str]) -> None:
        """After input ``index`` was converted and its records written as ``names``."""


class FileWriter(RecordWriter):
    """Each record to its own file under OUT, named after its input (see `output_bases`)."""

    def _write(self, index: int, result: DocResult) -> tuple[list[str], Error | None]:
        names = output_names(self.plan.bases[index], len(result.records))
        taken = [n for n in names if self.plan.claimed.get(n.lower(), index) != index]
        if taken:
            return [], ("output-conflict", f"{taken[0]} is also the output of another input")
        for name, text in zip(names, result.records, strict=True):
            write_atomic(self.plan.out / name, text + "\n")
        return names, None

    def _written(self, index: int, names: list[str]) -> None:
        claimed = self.plan.claimed
        claimed.update((name.lower(), index) for name in names)
        old = self.plan.previous_entries.get(self.plan.entries[index].path)
        _remove_old_outputs(self.plan.out, old, names, claimed)


def _remove_old_outputs(out: Path, old: dict[str, Any] | None, names: list[str],
                        claimed: dict[str, int]) -> None:
    """A redone input whose meeting count changed: remove the record files it no longer has."""
    if not old:
        return
    for name in old.get("outputs") or []:
        if not isinstance(name, str) or name in names or name.lower() in claimed:
            continue
        target = inside(out, name)
        if target is not None and target.suffix == ".json" and target.name != REPORT_NAME:
            with contextlib.suppress(OSError):
                target.unlink()


class JsonLinesWriter(RecordWriter):
    """All records, one compact JSON a line, to one file, in discovery order.

    A finished input waits for those before it (each bounded by the time
    limit), so the file's order does not depend on which document is quicker.
    The file is cut back to what the report vouches for when the writer
    closes, so a later run can resume it.
    """

    indent = None

    def __init__(self, plan: BatchPlan, report: BatchReport) -> None:
        super().__init__(plan, report)
        if plan.jsonl is None:
            raise ValueError("a JsonLinesWriter needs the plan of a --jsonl run")
        self.path = plan.jsonl
        self.committed = dict(plan.jsonl_committed)  # "bytes" and "lines" written so far
        self.waiting: dict[int, DocResult] = {}  # finished before an input ahead of them
        self.order = deque(plan.todo)
        self.to_stdout = plan.jsonl_to_stdout
        if self.to_stdout:  # `--jsonl -`: a pipe, never truncated, fsynced or closed here
            self.sink: BinaryIO = sys.stdout.buffer
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.sink = open(self.path, "ab")  # noqa: SIM115 - closed in close()
        try:
            self.sink.truncate(self.committed["bytes"])  # drop lines a killed run wrote after its report
        except BaseException:
            self.sink.close()
            raise

    def accept(self, index: int, result: DocResult) -> None:
        self.waiting[index] = result
        while self.order and self.order[0] in self.waiting:
            head = self.order.popleft()
            self.record(head, self.waiting.pop(head))

    def close(self) -> None:
        try:
            for index in sorted(self.waiting):  # finished, just out of order: keep them
                self.record(index, self.waiting.pop(index))
            if not self.to_stdout:
                self.sink.truncate(self.committed["bytes"])
        finally:
            if self.to_stdout:
                self.sink.flush()
            else:
                self.sink.close()

    def _write(self, index: int, result: DocResult) -> tuple[list[str], Error | None]:
        data = "".join(text + "\n" for text in result.records).encode("utf-8")
        self.sink.write(data)
        self.sink.flush()
        if not self.to_stdout:
            os.fsync(self.sink.fileno())
        first = self.committed["lines"] + 1
        self.committed["bytes"] += len(data)
        self.committed["lines"] += len(result.records)
        self.plan.entries[index].lines = [first, self.committed["lines"]]
        self.report.jsonl = {"path": self.plan.jsonl_key, **self.committed}
        return [JSONL_STDOUT if self.to_stdout else str(self.path)], None


def prune_missing(out: Path, missing: list[Entry], kept: set[str]) -> None:
    """Remove the record files of inputs whose file is gone (``--prune``), and mark their entries "pruned".

    A name that an input of this run writes (``kept``, lower-cased) is left
    alone. Records that are lines of a JSON Lines file are not files of their
    own: those entries stay "source-missing" (a ``--force`` run rewrites the file).
    """
    for entry in missing:
        targets = [inside(out, name) for name in entry.outputs if name.lower() not in kept]
        if any(target is None or target.suffix != ".json" for target in targets):
            continue  # a JSON Lines file, or a name outside OUT: not this entry's own files
        for target in targets:
            if target is not None and target.name != REPORT_NAME:
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
        entry.status, entry.outputs = PRUNED, []
        entry.error = {"code": PRUNED, "message": "the file no longer exists; its records were removed"}


def open_writer(plan: BatchPlan, report: BatchReport) -> RecordWriter:
    """The writer the plan asks for: one JSON Lines file, or a file per record."""
    return JsonLinesWriter(plan, report) if plan.jsonl is not None else FileWriter(plan, report)


class ReportRefresher:
    """Rewrites the report now and then while the run goes on, so a killed run still says what finished."""

    def __init__(self, report: BatchReport, *, wall: float, every: float) -> None:
        self.report, self.wall, self.every = report, wall, every
        self.last_write, self.pause = time.monotonic(), every

    def refresh(self) -> None:
        """Write the report again when the pause since the last write is over."""
        if time.monotonic() - self.last_write < self.pause:
            return
        before = time.monotonic()
        self.report.elapsed = before - self.wall
        self.report.write()
        self.last_write = time.monotonic()
        # A large report costs more to write: keep that under a tenth of the run.
        self.pause = max(self.every, 10 * (self.last_write - before))
