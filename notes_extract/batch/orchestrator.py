"""`convert_batch`: a whole run in three steps, plan → run → write.

- plan (`plan_batch`): find the inputs and decide, from the previous
  ``OUT/_report.json``, which are done already (unchanged bytes, same tool
  version, records still there) and which to convert.
- run (`run_conversions`): convert those through one `Runner`, local worker
  processes or Dask, chosen once by `open_runner`; the runner only converts.
- write (`start_output`, the writers, `finish_output`): records and the
  report are written here, in this process only, so every runner gives the
  same bytes and a killed run leaves whole files and a report saying what
  finished.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Sequence
from typing import Any

from notes_extract.batch.convert import convert_document
from notes_extract.batch.dask_runner import DASK_SEND_LIMIT, DaskRunner, require
from notes_extract.batch.files import remove_stale_temps
from notes_extract.batch.plan import BatchPlan, plan_batch
from notes_extract.batch.pool import ProcessPool, default_workers, start_worker_server
from notes_extract.batch.types import BatchReport, Convert, Runner, tool_version
from notes_extract.batch.write import RecordWriter, ReportRefresher, open_writer, prune_missing
from notes_extract.limits import DEFAULT_TIMEOUT

OnStart = Callable[[int, int], None]  # (inputs to convert, inputs skipped)
OnResult = Callable[[str, "str | None"], None]  # (input path, error code or None)


def convert_batch(
    sources: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    glob: str | None = None,
    workers: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    jsonl: str | os.PathLike[str] | None = None,
    force: bool = False,
    prune: bool = False,
    convert: Convert = convert_document,
    on_start: OnStart | None = None,
    on_result: OnResult | None = None,
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

    ``jsonl="-"`` writes the records to standard output (nothing is resumed).
    Inputs of an earlier run in ``out`` whose file no longer exists are listed
    under "missing" in the report with their records kept; ``prune`` removes
    those record files. ``timeout`` (seconds per document, None for none) is
    `notes_extract.limits.DEFAULT_TIMEOUT` unless given.
    """
    check_runner(dask)
    wall, started = time.monotonic(), _now()
    plan = plan_batch(sources, out, version=tool_version(), glob=glob, jsonl=jsonl, force=force)
    if dask is None and plan.todo:
        start_worker_server()  # it loads spaCy while the output and report are set up
    plan.out.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(plan.out)
    runner = open_runner(dask, workers=workers, pending=len(plan.todo), timeout=timeout,
                         send_limit=dask_send_limit, version=plan.version)
    options = _options(plan, runner, glob=glob, timeout=timeout, force=force, dask=dask, prune=prune)
    report, writer = start_output(plan, runner, options, started)
    report.missing = plan.missing
    try:
        try:
            if on_start is not None:
                on_start(len(plan.todo), len(plan.entries) - len(plan.todo))
            run_conversions(plan, runner, writer, ReportRefresher(report, wall=wall, every=report_every),
                            convert=convert, on_result=on_result)
        finally:
            runner.close()
    finally:
        finish_output(report, writer, runner, wall, prune=prune)
    return report


# --------------------------------------------------------------------------- the runner


def check_runner(dask: str | Any | None) -> None:
    """Fail before any work when the runner asked for cannot be used: a missing extra is a usage error."""
    if dask is not None:
        require()


def open_runner(dask: str | Any | None, *, workers: int | None, pending: int, timeout: float | None,
                send_limit: int = DASK_SEND_LIMIT, version: str | None = None) -> Runner:
    """The run's runner, chosen once: Dask when asked for and there is work, else local worker processes.

    ``workers`` (default: the CPU count) is capped by the ``pending`` documents.
    """
    size = max(1, min(workers or default_workers(), pending or 1))
    if dask is None or not pending:  # nothing to convert (a finished run again): no cluster to start
        return ProcessPool(size, timeout)
    return DaskRunner.connect(dask, workers=size, timeout=timeout, send_limit=send_limit, version=version)


# --------------------------------------------------------------------------- run


def run_conversions(plan: BatchPlan, runner: Runner, writer: RecordWriter, refresher: ReportRefresher, *,
                    convert: Convert, on_result: OnResult | None = None) -> None:
    """Convert the plan's inputs to do through ``runner``, handing each result to ``writer`` as it comes.

    Sets the report's state to "finished", or "interrupted" by Ctrl-C; any
    other error leaves it "running" for `finish_output` to call "aborted".
    """
    todo, report = plan.todo, refresher.report
    results = runner.run([plan.entries[i].path for i in todo], convert=convert, indent=writer.indent)
    try:
        for job, result in results:
            index = todo[job]
            if on_result is not None:
                on_result(plan.entries[index].path, result.error[0] if result.error else None)
            writer.accept(index, result)
            refresher.refresh()
        report.state = "finished"
    except KeyboardInterrupt:
        report.state = "interrupted"
    finally:
        results.close()


# --------------------------------------------------------------------------- write


def _options(plan: BatchPlan, runner: Runner, *, glob: str | None, timeout: float | None, force: bool,
             dask: str | Any | None, prune: bool = False) -> dict[str, Any]:
    """The run's options as the report gives them: as asked for, but the workers the runner has."""
    options: dict[str, Any] = {"sources": [str(s) for s in plan.sources], "glob": glob,
                               "workers": runner.worker_count(), "timeout": timeout, "force": force,
                               "prune": prune}
    if dask is not None:  # a Client has no text of its own
        options["dask"] = dask if isinstance(dask, str) else "client"
    return options


def start_output(plan: BatchPlan, runner: Runner, options: dict[str, Any],
                 started: str) -> tuple[BatchReport, RecordWriter]:
    """The run's report, written once before any conversion, and the writer of its records.

    When either cannot be written the run cannot start: ``runner`` is closed.
    """
    report = BatchReport(
        out=plan.out, version=plan.version, started=started, entries=plan.entries, options=options,
        jsonl={"path": plan.jsonl_key, **plan.jsonl_committed} if plan.jsonl_key else None)
    try:
        writer = open_writer(plan, report)
        try:
            report.write()
        except BaseException:
            writer.close()
            raise
    except BaseException:
        runner.close()
        raise
    return report, writer


def finish_output(report: BatchReport, writer: RecordWriter, runner: Runner, wall: float, *,
                  prune: bool = False) -> None:
    """Write what the writer still holds, prune the records of vanished inputs when asked, then the
    report's last state, whatever ended the run."""
    try:
        writer.close()
        if prune and report.missing:
            kept = {name.lower() for entry in report.entries for name in entry.outputs}
            prune_missing(report.out, report.missing, kept)
    finally:
        if report.state == "running":
            report.state = "aborted"  # an unexpected error: still say what finished
        # Workers may have joined a cluster of others during the run.
        report.options["workers"] = max(report.options["workers"], runner.worker_count())
        report.finished = _now()
        report.elapsed = time.monotonic() - wall
        report.write()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
