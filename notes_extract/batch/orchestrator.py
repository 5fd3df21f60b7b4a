"""`convert_batch`: a whole run, from the inputs found to the records and report written.

``OUT/_report.json`` says what happened to every input; the next run reads
it to skip inputs whose bytes and tool version are unchanged. The runner
(local processes or Dask) only converts: everything written is written here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from notes_extract.batch.convert import convert_document
from notes_extract.batch.dask_runner import DASK_SEND_LIMIT, DaskRunner, require
from notes_extract.batch.discovery import find_inputs, output_bases, output_names
from notes_extract.batch.files import inside, remove_stale_temps, sha256_file, write_atomic
from notes_extract.batch.pool import ProcessPool, default_workers
from notes_extract.batch.report import entries_by_path, load_report
from notes_extract.batch.types import (
    REPORT_NAME,
    BatchReport,
    BatchUsageError,
    Convert,
    DocResult,
    Entry,
    Runner,
    tool_version,
)


def open_runner(dask: str | Any | None, *, workers: int, pending: int, timeout: float | None,
                send_limit: int, version: str) -> Runner:
    """The runner of this run, chosen once: Dask when asked for and there is work, else local processes."""
    if dask is None or not pending:  # nothing to convert (a finished run again): no cluster to start
        return ProcessPool(workers, timeout)
    return DaskRunner.connect(dask, workers=workers, timeout=timeout, send_limit=send_limit, version=version)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def convert_batch(
    sources: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    glob: str | None = None,
    workers: int | None = None,
    timeout: float | None = None,
    jsonl: str | os.PathLike[str] | None = None,
    force: bool = False,
    convert: Convert = convert_document,
    on_start: Callable[[int, int], None] | None = None,
    on_result: Callable[[str, str | None], None] | None = None,
    report_every: float = 1.0,
    dask: str | Any | None = None,
    dask_send_limit: int = DASK_SEND_LIMIT,
) -> BatchReport:
    """Convert every input under ``sources`` into records under ``out`` (or one JSON Lines file).

    Returns the report, also written to ``out/_report.json``. Ctrl-C (or a
    KeyboardInterrupt raised by a SIGTERM handler) ends the run early: the
    report is written for what finished and returned with state
    "interrupted". ``convert`` replaces the per-document function (tests);
    it must be importable by spawned workers. ``on_start(todo, skipped)`` and
    ``on_result(path, error_code)`` report progress. Raises `BatchUsageError`
    when the run cannot start.

    ``dask`` converts on a Dask cluster instead of local worker processes:
    "local" (a `LocalCluster` of ``workers`` processes, closed at the end), a
    scheduler address ("tcp://host:8786") or a `distributed.Client` (left
    open). Only the conversions move: discovery, resume, writing and the report
    stay here, so the records and report are those of a local run. Inputs up
    to ``dask_send_limit`` bytes travel with their task; larger ones (all,
    with 0) are read by the workers from their path. See `notes_extract.batch.dask_runner`.
    """
    if dask is not None:
        require()  # before any work: a missing extra is a usage error
    wall = time.monotonic()
    started = _now()
    source_paths = [Path(s) for s in sources]
    out_dir = Path(out)
    jsonl_path = Path(jsonl) if jsonl is not None else None
    for source in source_paths:
        if not source.exists():
            raise BatchUsageError(f"{source}: no such file or folder")
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchUsageError(f"{out_dir}: exists and is not a folder")
    exclude = [out_dir] + ([jsonl_path] if jsonl_path else [])
    inputs = find_inputs(source_paths, glob, exclude=exclude)
    if not inputs:
        where = ", ".join(str(s) for s in source_paths)
        raise BatchUsageError(f"no .docx, .pdf, .txt or .md files found in {where}"
                              + (f" matching {glob!r}" if glob else ""))
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(out_dir)

    version = tool_version()
    bases = output_bases(inputs)
    previous = load_report(out_dir / REPORT_NAME)
    old_jsonl = previous.get("jsonl") if previous else None
    # Record files a redone input no longer has are removed; those of a
    # JSON Lines run are not files of their own.
    old_files = {} if old_jsonl is not None else entries_by_path(previous)
    reusable = previous if previous and not force and previous.get("version") == version else None

    # --jsonl: keep the lines the previous report vouches for, drop any written after it.
    committed = {"bytes": 0, "lines": 0}
    jsonl_key = os.path.abspath(jsonl_path) if jsonl_path else None
    if jsonl_path is not None:
        if (reusable and isinstance(old_jsonl, dict) and old_jsonl.get("path") == jsonl_key
                and jsonl_path.is_file() and jsonl_path.stat().st_size >= int(old_jsonl.get("bytes", 0))):
            committed = {"bytes": int(old_jsonl["bytes"]), "lines": int(old_jsonl.get("lines", 0))}
        else:
            reusable = None  # none of its records are in this file
    elif old_jsonl is not None:
        reusable = None  # its records went to a JSON Lines file, not to OUT
    old_entries = entries_by_path(reusable)

    entries = [Entry(path=str(item.path)) for item in inputs]
    claimed: dict[str, int] = {}  # output name -> input index, for this run
    for index, (item, entry) in enumerate(zip(inputs, entries, strict=True)):
        old = old_entries.get(entry.path)
        if old is None or old.get("status") not in ("converted", "skipped"):
            continue
        if jsonl_path is None:
            meetings = old.get("meetings")
            if not isinstance(meetings, int) or old.get("outputs") != output_names(bases[index], meetings):
                continue
            if not all((out_dir / name).is_file() for name in old["outputs"]):
                continue
        else:
            lines = old.get("lines")
            if lines is not None and (not isinstance(lines, list) or lines[-1] > committed["lines"]):
                continue
        if sha256_file(item.path) != old.get("sha256"):
            continue
        entries[index] = Entry(
            path=entry.path, status="skipped", meetings=old.get("meetings"),
            outputs=list(old.get("outputs") or []), warnings=list(old.get("warnings") or []),
            sha256=old.get("sha256"), lines=old.get("lines"))
        if jsonl_path is None:
            claimed.update((name.lower(), index) for name in entries[index].outputs)

    todo = [i for i, entry in enumerate(entries) if entry.status == "pending"]
    size = max(1, min(workers or default_workers(), len(todo) or 1))
    runner = open_runner(dask, workers=size, pending=len(todo), timeout=timeout, send_limit=dask_send_limit,
                         version=version)
    options: dict[str, Any] = {"sources": [str(s) for s in source_paths], "glob": glob,
                               "workers": runner.worker_count(), "timeout": timeout, "force": force}
    if dask is not None:
        options["dask"] = dask if isinstance(dask, str) else "client"
    report = BatchReport(
        out=out_dir, version=version, started=started, entries=entries, options=options,
        jsonl={"path": jsonl_key, **committed} if jsonl_key else None)
    sink: BinaryIO | None = None
    try:
        if jsonl_path is not None:
            jsonl_path.parent.mkdir(parents=True, exist_ok=True)
            sink = open(jsonl_path, "ab")  # noqa: SIM115 - closed in the finally below
            sink.truncate(committed["bytes"])
        report.write()
    except BaseException:
        if sink is not None:
            sink.close()
        runner.close()
        raise
    if on_start is not None:
        on_start(len(todo), len(entries) - len(todo))

    def record(index: int, result: DocResult) -> None:
        """Write one finished input's records and fill in its entry."""
        entry = entries[index]
        entry.sha256, entry.seconds = result.sha256, round(result.seconds, 3)
        error = result.error
        names: list[str] = []
        if error is None and sink is None:
            names = output_names(bases[index], len(result.records))
            taken = [n for n in names if claimed.get(n.lower(), index) != index]
            if taken:
                error = ("output-conflict", f"{taken[0]} is also the output of another input")
        if error is None:
            try:
                if sink is None:
                    for name, text in zip(names, result.records, strict=True):
                        write_atomic(out_dir / name, text + "\n")
                else:
                    data = "".join(text + "\n" for text in result.records).encode("utf-8")
                    sink.write(data)
                    sink.flush()
                    os.fsync(sink.fileno())
                    first = committed["lines"] + 1
                    committed["bytes"] += len(data)
                    committed["lines"] += len(result.records)
                    entry.lines = [first, committed["lines"]]
                    names = [str(jsonl_path)]
                    report.jsonl = {"path": jsonl_key, **committed}
            except OSError as exc:
                error = ("write-error", f"cannot write the records ({exc.strerror or exc})")
        if error is not None:
            entry.status, entry.error = "failed", {"code": error[0], "message": error[1]}
            entry.meetings, entry.outputs, entry.warnings = None, [], []
            return
        entry.status, entry.error = "converted", None
        entry.meetings, entry.outputs, entry.warnings = len(result.records), names, list(result.warnings)
        if sink is None:
            claimed.update((name.lower(), index) for name in names)
            _remove_old_outputs(out_dir, old_files.get(entry.path), names, claimed)

    # JSON Lines are written in discovery order: a finished input waits for
    # those before it (each is bounded by the timeout).
    waiting: dict[int, DocResult] = {}
    order = deque(todo)
    paths = [entries[i].path for i in todo]
    indent = 2 if sink is None else None
    results = runner.run(paths, convert=convert, indent=indent)
    last_write, pause = time.monotonic(), report_every
    try:
        for job, result in results:
            index = todo[job]
            if on_result is not None:
                on_result(entries[index].path, result.error[0] if result.error else None)
            if sink is None:
                record(index, result)
            else:
                waiting[index] = result
                while order and order[0] in waiting:
                    head = order.popleft()
                    record(head, waiting.pop(head))
            if time.monotonic() - last_write >= pause:
                before = time.monotonic()
                report.elapsed = before - wall
                report.write()
                last_write = time.monotonic()
                # A large report costs more to write: keep that under a tenth of the run.
                pause = max(report_every, 10 * (last_write - before))
        report.state = "finished"
    except KeyboardInterrupt:
        report.state = "interrupted"
    finally:
        try:
            results.close()
        finally:
            runner.close()
        try:
            if sink is not None:
                for index in sorted(waiting):  # finished, just out of order: keep them
                    record(index, waiting.pop(index))
                sink.truncate(committed["bytes"])
                sink.close()
        finally:
            if report.state == "running":
                report.state = "aborted"  # an unexpected error: still say what finished
            # Workers may have joined a cluster of others during the run.
            report.options["workers"] = max(report.options["workers"], runner.worker_count())
            report.finished = _now()
            report.elapsed = time.monotonic() - wall
            report.write()
    return report


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
