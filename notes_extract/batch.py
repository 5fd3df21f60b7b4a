"""Batch conversion of whole folders of minutes, at archive scale.

Why it is shaped like this:

- Documents are converted in worker processes (started with "spawn", so no
  fork after threads) that each handle one document at a time and live for
  many documents, so the spaCy pipeline is built once per worker. The parent
  kills and replaces a worker whose document runs past its deadline: one
  stuck file cannot stall a run of thousands.
- Only the parent writes files, each one atomically (temporary file in the
  same folder, then ``os.replace``), so a killed run leaves whole files only.
- Workers send back JSON texts, not Pydantic objects, so records are the
  same bytes whatever the worker count or completion order.
- ``OUT/_report.json`` says what happened to every input; the next run reads
  it to skip inputs whose bytes and tool version are unchanged.

This module imports neither spaCy nor the PDF and Word libraries: workers
import them when they read documents.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import hashlib
import io
import json
import multiprocessing
import os
import re
import signal
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from notes_extract.errors import DocumentTimeoutError, InternalError, NotesExtractError, WorkerCrashedError
from notes_extract.limits import Limits

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from notes_extract.dask_runner import DaskRunner
    from notes_extract.models import MinutesRecord

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

REPORT_NAME = "_report.json"
SUPPORTED_SUFFIXES = frozenset({".docx", ".pdf", ".txt", ".md", ".markdown"})

# The temporary files `_write_atomic` makes: ".NAME.json.XXXXXXXX.tmp".
_TEMP_NAME = re.compile(r"^\..+\.json\.[A-Za-z0-9_]+\.tmp$")
_READY = "ready"
_MAX_START_FAILURES = 3
_START_TIMEOUT = 300.0  # seconds for a worker to import and build its pipeline
# --dask: inputs up to this size travel with their task, so workers need no shared storage.
DASK_SEND_LIMIT = 64 << 20


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


Convert = Callable[[str, "int | None"], DocResult]


def convert_document(path: str, indent: int | None = 2, data: bytes | None = None, *,
                     limits: Limits | None = None, password: str | None = None) -> DocResult:
    """Read one file into its records' JSON texts; errors come back as data, not exceptions.

    ``data``, when given, is the file's content, already read elsewhere (a Dask
    worker on a machine without the file): it is converted under the name
    ``path``, so the record is the same as when the file is read here.
    ``limits`` and ``password`` are passed to `extract_all` (bind them with
    `functools.partial` to give a run its own).
    """
    from notes_extract.api import extract_all, read_source

    started = time.perf_counter()
    sha256: str | None = None
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


# --------------------------------------------------------------------------- worker processes


def _worker_main(conn: Connection, convert: Convert) -> None:
    """A worker: convert one document per request until told to stop or orphaned."""
    # Ctrl-C and SIGTERM go to the parent, which stops the workers itself.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()
    with contextlib.suppress(Exception):  # build the spaCy pipeline once, before any deadline runs
        from notes_extract.nlp import pipeline

        pipeline()
    conn.send(_READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        job, path, indent = task
        started = time.perf_counter()
        try:
            result = convert(path, indent)
        except Exception as exc:
            result = DocResult(None, seconds=time.perf_counter() - started,
                               error=(InternalError.code, f"{type(exc).__name__}: {exc}"))
        try:
            conn.send((job, result))
        except (OSError, ValueError):
            return


def _exit_with_parent(sentinel: int) -> None:
    """End this worker when the parent dies (even by SIGKILL), so none is left behind."""
    wait([sentinel])
    os._exit(1)


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    job: int | None = None
    started: float = 0.0
    deadline: float | None = None


def _start_worker(ctx: Any, convert: Convert) -> _Worker:
    parent_end, child_end = ctx.Pipe(duplex=True)
    process = ctx.Process(target=_worker_main, args=(child_end, convert), daemon=True,
                          name="notes-extract-worker")
    # Started with SIGINT ignored (kept across exec), a worker still importing
    # when Ctrl-C reaches the whole process group does not die with a traceback.
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        previous = None
    try:
        process.start()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    child_end.close()
    return _Worker(process, parent_end, started=time.monotonic())


def _stop_worker(worker: _Worker, *, kill: bool) -> None:
    if kill and worker.process.is_alive():
        worker.process.kill()
    worker.process.join(timeout=None if kill else 2.0)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.conn.close()


def _run_pool(paths: Sequence[str], *, workers: int, timeout: float | None, convert: Convert,
              indent: int | None) -> Generator[tuple[int, DocResult], None, None]:
    """Convert ``paths`` in up to ``workers`` processes; yield (index, result) as each finishes.

    A document past its deadline gets its worker killed and a "timeout"
    result; a dead worker gives a "worker-crashed" result. Either way a fresh
    worker takes over the remaining documents.
    """
    ctx = multiprocessing.get_context("spawn")
    pending = deque(range(len(paths)))
    size = max(1, min(workers, len(paths)))
    pool: list[_Worker] = []
    start_failures = 0
    finished = False
    try:
        while pending or any(w.job is not None for w in pool):
            idle = sum(1 for w in pool if w.job is None)
            while len(pool) < size and len(pending) > idle:
                pool.append(_start_worker(ctx, convert))
                idle += 1
            deadlines = [w.started + _START_TIMEOUT for w in pool if not w.ready]
            deadlines += [w.deadline for w in pool if w.deadline is not None]
            wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            wait([w.conn for w in pool] + [w.process.sentinel for w in pool], timeout=wait_for)

            done: list[tuple[int, DocResult]] = []
            for worker in list(pool):
                alive = worker.process.is_alive()
                broken = False
                try:
                    while worker.conn.poll():
                        message = worker.conn.recv()
                        if message == _READY:
                            worker.ready = True
                        else:
                            done.append(message)
                            worker.job, worker.deadline = None, None
                except (EOFError, OSError):
                    broken = True
                if alive and not broken:
                    continue
                pool.remove(worker)
                _stop_worker(worker, kill=True)
                if worker.job is not None:
                    message = f"the worker process died (exit code {worker.process.exitcode})"
                    done.append((worker.job, _failed(WorkerCrashedError.code, message, worker)))
                elif not worker.ready:
                    start_failures += 1
                    if start_failures > _MAX_START_FAILURES:
                        raise RuntimeError(f"worker processes fail to start (exit code "
                                           f"{worker.process.exitcode})")

            now = time.monotonic()
            for worker in list(pool):
                if not worker.ready and now >= worker.started + _START_TIMEOUT:
                    pool.remove(worker)
                    _stop_worker(worker, kill=True)
                    raise RuntimeError(f"a worker process did not start within {_START_TIMEOUT:g} s")
                if worker.job is not None and worker.deadline is not None and now >= worker.deadline:
                    pool.remove(worker)
                    _stop_worker(worker, kill=True)
                    message = f"took longer than {timeout:g} s; its worker process was stopped"
                    done.append((worker.job, _failed(DocumentTimeoutError.code, message, worker)))

            # Hand out the next documents before yielding, so workers stay busy
            # while the caller writes files.
            for worker in pool:
                if worker.ready and worker.job is None and pending:
                    job = pending.popleft()
                    try:
                        worker.conn.send((job, paths[job], indent))
                    except (OSError, ValueError):
                        pending.appendleft(job)  # it died; seen on the next turn
                        continue
                    worker.job, worker.started = job, time.monotonic()
                    worker.deadline = worker.started + timeout if timeout else None
            yield from done
        finished = True
    finally:
        if finished:
            for worker in pool:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
        for worker in pool:
            _stop_worker(worker, kill=not finished)


def _failed(code: str, message: str, worker: _Worker) -> DocResult:
    return DocResult(None, seconds=time.monotonic() - worker.started, error=(code, message))


def _default_workers() -> int:
    return os.cpu_count() or 1


# --------------------------------------------------------------------------- library API


def extract_many(paths: Iterable[str | os.PathLike[str]], *, workers: int | None = None,
                 timeout: float | None = None,
                 ) -> Iterator[tuple[Path, list[MinutesRecord] | NotesExtractError]]:
    """Read many documents in worker processes, yielding each as it finishes.

    Yields ``(path, records)`` or ``(path, error)``; a document running longer
    than ``timeout`` seconds yields a `DocumentTimeoutError` and the others
    carry on. Stopping the iteration early stops the workers.
    """
    from notes_extract.models import MinutesRecord

    items = [Path(p) for p in paths]
    if not items:
        return
    results = _run_pool([str(p) for p in items], workers=workers or _default_workers(),
                        timeout=timeout, convert=convert_document, indent=None)
    with contextlib.closing(results):
        for index, result in results:
            path = items[index]
            if result.error is not None:
                yield path, _error_for(*result.error, source=str(path))
            else:
                yield path, [MinutesRecord.model_validate_json(text) for text in result.records]


def _error_for(code: str, message: str, *, source: str) -> NotesExtractError:
    """The exception class that has ``code``, rebuilt on this side of the process boundary."""
    todo: list[type[NotesExtractError]] = [NotesExtractError]
    while todo:
        cls = todo.pop(0)
        if cls.code == code:
            return cls(message, source=source)
        todo.extend(cls.__subclasses__())
    error = NotesExtractError(message, source=source)
    error.code = code
    return error


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True)
class InputFile:
    """A file to convert and where it sits relative to the source it was found under."""

    path: Path
    relative: PurePosixPath


def discover(sources: list[Path], glob: str | None = None, *,
             exclude: Iterable[Path] = ()) -> list[Path]:
    """Every supported file under ``sources``, in a stable order (see `find_inputs`)."""
    return [found.path for found in find_inputs(sources, glob, exclude=exclude)]


def find_inputs(sources: Iterable[Path], glob: str | None = None, *,
                exclude: Iterable[Path] = ()) -> list[InputFile]:
    """Supported files (.docx .pdf .txt .md .markdown, any case) under each folder, recursively.

    Files given directly are taken as they are. Hidden files and folders,
    Office lock files (``~$name.docx``), our own outputs (``*.json``) and the
    ``exclude`` paths (the output folder) are skipped; symlinked folders are
    not followed. ``glob`` keeps files whose path relative to their
    folder, or whose name, matches it (case-insensitive). Each folder's files
    are sorted by relative path; sources keep their order; duplicates go.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    seen: set[str] = set()
    found: list[InputFile] = []
    for source in sources:
        source = Path(source)
        if source.is_dir():
            batch: list[InputFile] = []
            for dirpath, dirnames, filenames in os.walk(source):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")
                               and os.path.realpath(os.path.join(dirpath, d)) not in excluded]
                for name in filenames:
                    if name.startswith((".", "~$")) or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                        continue
                    path = Path(dirpath, name)
                    relative = PurePosixPath(path.relative_to(source).as_posix())
                    if glob and not _glob_match(relative, glob):
                        continue
                    if os.path.realpath(path) not in excluded:
                        batch.append(InputFile(path, relative))
            batch.sort(key=lambda f: f.relative.parts)
        else:
            batch = [InputFile(source, PurePosixPath(source.name))]
        for item in batch:
            key = os.path.realpath(item.path)
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


def _glob_match(relative: PurePosixPath, pattern: str) -> bool:
    pattern = pattern.lower()
    return fnmatch.fnmatchcase(str(relative).lower(), pattern) or fnmatch.fnmatchcase(
        relative.name.lower(), pattern)


def output_bases(inputs: Sequence[InputFile]) -> list[str]:
    """Each input's output name without ".json", mirroring its place under its source.

    NAME is the file name without extension. Inputs in one folder that would
    share output names (minutes.pdf and minutes.docx, or minutes.txt and
    minutes.1.md next to a two-meeting minutes.txt) get NAME.EXT instead; any
    name still taken gets "~2", "~3" in discovery order.
    """
    def family(item: InputFile) -> tuple[str, str]:
        stem = re.sub(r"(\.\d+)+$", "", item.relative.stem)
        return str(item.relative.parent).lower(), stem.lower()

    sizes: dict[tuple[str, str], int] = {}
    for item in inputs:
        sizes[family(item)] = sizes.get(family(item), 0) + 1
    bases: list[str] = []
    used: dict[str, int] = {}
    for item in inputs:
        name = item.relative.stem if sizes[family(item)] == 1 else item.relative.name
        base = str(item.relative.parent / name)
        key = base.lower()
        if key in used:
            used[key] += 1
            base = f"{base}~{used[key]}"
        else:
            used[key] = 1
        bases.append(base)
    return bases


def output_names(base: str, meetings: int) -> list[str]:
    """``NAME.json`` for one meeting; ``NAME.1.json``, ``NAME.2.json``... for several."""
    if meetings == 1:
        return [f"{base}.json"]
    return [f"{base}.{n}.json" for n in range(1, meetings + 1)]


# --------------------------------------------------------------------------- the report


@dataclass
class Entry:
    """One input's line in the run report."""

    path: str
    status: str = "pending"  # converted | skipped | failed | pending (not reached)
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


@dataclass
class BatchReport:
    """The whole run: written to ``OUT/_report.json`` and summarised at the end."""

    out: Path
    version: str
    started: str
    entries: list[Entry]
    options: dict[str, Any]
    jsonl: dict[str, Any] | None = None
    finished: str | None = None
    state: str = "running"  # running | finished | interrupted | aborted
    elapsed: float = 0.0

    @property
    def path(self) -> Path:
        return self.out / REPORT_NAME

    @property
    def interrupted(self) -> bool:
        return self.state == "interrupted"

    def counts(self) -> dict[str, int]:
        counts = {"converted": 0, "skipped": 0, "failed": 0, "pending": 0}
        for entry in self.entries:
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
        }

    def write(self) -> None:
        _write_atomic(self.path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")


def tool_version() -> str:
    """The installed notes-extract version: records from another version are redone."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("notes-extract")
    except PackageNotFoundError:
        from notes_extract import __version__

        return __version__


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _load_report(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("inputs"), list):
        return None
    return data


def format_summary(report: BatchReport, *, max_failures: int = 15) -> str:
    """A one-screen account of the run: counts, failures with their codes, speed."""
    counts = report.counts()
    done = counts["converted"] + counts["failed"]
    rate = done / report.elapsed if report.elapsed > 0 else 0.0
    lines = [
        f"{len(report.entries)} inputs: {counts['converted']} converted, {counts['skipped']} skipped, "
        f"{counts['failed']} failed"
        + (f", {counts['pending']} not reached" if counts["pending"] else "")
        + f" in {report.elapsed:.1f} s ({rate:.1f} docs/s, {report.options.get('workers')} workers)"
    ]
    failures = [e for e in report.entries if e.status == "failed"]
    for entry in failures[:max_failures]:
        error = entry.error or {}
        lines.append(f"  failed {entry.path}: {error.get('code')}: {error.get('message')}")
    if len(failures) > max_failures:
        lines.append(f"  ... and {len(failures) - max_failures} more failures")
    warned = sum(1 for e in report.entries if e.warnings and e.status == "converted")
    if warned:
        lines.append(f"{warned} converted inputs have warnings")
    if report.interrupted:
        lines.append("interrupted: run the same command again to convert the rest")
    lines.append(f"report: {report.path}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- files


def _write_atomic(target: Path, text: str) -> None:
    """Write ``text`` so that readers (and a later run) never see a partial file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_UMASK: list[int] = []


def _umask() -> int:
    if not _UMASK:
        mask = os.umask(0o022)
        os.umask(mask)
        _UMASK.append(mask)
    return _UMASK[0]


def _remove_stale_temps(out: Path) -> None:
    """Temporary files a killed run left behind (never whole records): remove them."""
    for dirpath, dirnames, filenames in os.walk(out):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if _TEMP_NAME.match(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))


def _sha256_file(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _inside(out: Path, name: str) -> Path | None:
    """``OUT/name`` when ``name`` is a relative path that stays inside OUT."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        return None
    return out / relative


# --------------------------------------------------------------------------- the run


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
    with 0) are read by the workers from their path. See `notes_extract.dask_runner`.
    """
    if dask is not None:
        from notes_extract import dask_runner

        dask_runner.require()  # before any work: a missing extra is a usage error
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
    _remove_stale_temps(out_dir)

    version = tool_version()
    bases = output_bases(inputs)
    previous = _load_report(out_dir / REPORT_NAME)
    old_jsonl = previous.get("jsonl") if previous else None
    # Record files a redone input no longer has are removed; those of a
    # JSON Lines run are not files of their own.
    old_files = {} if old_jsonl is not None else _entries_by_path(previous)
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
    old_entries = _entries_by_path(reusable)

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
        if _sha256_file(item.path) != old.get("sha256"):
            continue
        entries[index] = Entry(
            path=entry.path, status="skipped", meetings=old.get("meetings"),
            outputs=list(old.get("outputs") or []), warnings=list(old.get("warnings") or []),
            sha256=old.get("sha256"), lines=old.get("lines"))
        if jsonl_path is None:
            claimed.update((name.lower(), index) for name in entries[index].outputs)

    todo = [i for i, entry in enumerate(entries) if entry.status == "pending"]
    size = max(1, min(workers or _default_workers(), len(todo) or 1))
    options: dict[str, Any] = {"sources": [str(s) for s in source_paths], "glob": glob, "workers": size,
                               "timeout": timeout, "force": force}
    runner: DaskRunner | None = None
    remote = dask is not None and not (isinstance(dask, str) and dask == "local")
    if dask is not None:
        options["dask"] = dask if isinstance(dask, str) else "client"
        if todo:  # nothing to convert (a finished run again): no cluster to start
            runner = dask_runner.DaskRunner.connect(dask, workers=size)
            if remote:
                options["workers"] = runner.threads()  # the cluster's, whatever --workers says
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
        if runner is not None:
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
                        _write_atomic(out_dir / name, text + "\n")
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
    if runner is not None:
        results = runner.run(paths, timeout=timeout, convert=convert, indent=indent,
                             send_limit=dask_send_limit, version=version)
    else:
        results = _run_pool(paths, workers=size, timeout=timeout, convert=convert, indent=indent)
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
            if runner is not None:
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
            if runner is not None and remote:  # workers may have joined during the run
                report.options["workers"] = max(report.options["workers"], runner.most_threads)
            report.finished = _now()
            report.elapsed = time.monotonic() - wall
            report.write()
    return report


def _entries_by_path(report: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for data in report["inputs"] if report else []:
        if isinstance(data, dict) and isinstance(data.get("path"), str):
            entries[data["path"]] = data
    return entries


def _remove_old_outputs(out: Path, old: dict[str, Any] | None, names: list[str],
                        claimed: dict[str, int]) -> None:
    """A redone input whose meeting count changed: remove the record files it no longer has."""
    if not old:
        return
    for name in old.get("outputs") or []:
        if not isinstance(name, str) or name in names or name.lower() in claimed:
            continue
        target = _inside(out, name)
        if target is not None and target.suffix == ".json" and target.name != REPORT_NAME:
            with contextlib.suppress(OSError):
                target.unlink()
