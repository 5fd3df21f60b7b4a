"""The local `Runner`: worker processes on this machine, and `extract_many` on top of them.

Why it is shaped like this:

- Workers are forked from a "forkserver" process (not from this one: no fork
  after threads) that imported the extraction code and built the spaCy pipeline
  once (`notes_extract.batch.preload`), so a worker starts in milliseconds with
  all of it in memory, instead of each spending about 1.5 s of CPU on imports.
  `start_worker_server` starts that server early, while the caller plans the
  run. Where there is no forkserver (Windows), workers are spawned and import
  for themselves. Each worker handles one document at a time and lives for
  many documents.
- A worker takes the parent's environment variables as they are when it
  starts (the server's are those of its own start).
- A spawned process normally runs the parent's main script again (as
  ``__mp_main__``), which is why multiprocessing needs an
  ``if __name__ == "__main__":`` guard. Our workers need nothing from that
  script, so they are started without it (`_main_script_hidden`): a plain
  script that calls `extract_many` at its top level works. Only a converter
  defined in the main script itself (tests, `convert_batch(convert=...)`)
  still needs the script, and the guard.
- The parent kills and replaces a worker whose document runs past its
  deadline: one stuck file cannot stall a run of thousands.
- Workers send back JSON texts, not Pydantic objects, so records are the
  same bytes whatever the worker count or completion order.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import types
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notes_extract.batch.convert import convert_document
from notes_extract.batch.types import Convert, DocResult, Results
from notes_extract.errors import DocumentTimeoutError, InternalError, NotesExtractError, WorkerCrashedError
from notes_extract.limits import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from notes_extract.models import MinutesRecord

_READY = "ready"
_MAX_START_FAILURES = 3
_START_TIMEOUT = 300.0  # seconds for a worker to import and build its pipeline
# The module the forkserver imports before forking workers.
_PRELOAD_MODULE = "notes_extract.batch.preload"


def default_workers() -> int:
    """One worker per CPU, when the caller does not say."""
    return os.cpu_count() or 1


def worker_context() -> Any:
    """The multiprocessing context workers start in: forked from a preloaded server where there is one."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([_PRELOAD_MODULE])
    return ctx


def start_worker_server() -> None:
    """Start the process workers fork from, so it loads spaCy while the caller does other work.

    Optional (the first worker starts it otherwise) and harmless when it runs already.
    """
    if worker_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


# --------------------------------------------------------------------------- in the worker


def _worker_main(conn: Connection, convert: Convert, environment: dict[str, str]) -> None:
    """A worker: convert one document per request until told to stop or orphaned."""
    if os.environ != environment:  # forked from a server started earlier: take the parent's as of now
        os.environ.clear()
        os.environ.update(environment)
    # Ctrl-C and SIGTERM go to the parent, which stops the workers itself.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()
    with contextlib.suppress(Exception):  # build the spaCy pipeline (when not preloaded) before any deadline runs
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


# --------------------------------------------------------------------------- in the parent


@dataclass
class _Worker:
    """The parent's handle on one worker process and the document it is converting."""

    process: BaseProcess
    conn: Connection
    ready: bool = False
    job: int | None = None
    started: float = 0.0
    deadline: float | None = None


_MAIN_SWAP = threading.Lock()


def _defined_in_main(convert: Convert) -> bool:
    """Whether ``convert`` (or the function a partial wraps) lives in the main script."""
    function = getattr(convert, "func", convert)
    return getattr(function, "__module__", None) == "__main__"


@contextlib.contextmanager
def _main_script_hidden(convert: Convert) -> Iterator[None]:
    """While a worker is spawned, show multiprocessing a bare ``__main__``, so the
    child does not run the parent's script (guarded or not) before it starts."""
    if _defined_in_main(convert):
        yield
        return
    with _MAIN_SWAP:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")  # no __file__, no __spec__: nothing to re-run
        try:
            yield
        finally:
            if main is not None:
                sys.modules["__main__"] = main


def _start_worker(ctx: Any, convert: Convert) -> _Worker:
    parent_end, child_end = ctx.Pipe(duplex=True)
    process = ctx.Process(target=_worker_main, args=(child_end, convert, dict(os.environ)), daemon=True,
                          name="notes-extract-worker")
    # Started with SIGINT ignored (kept across exec), a worker still importing
    # when Ctrl-C reaches the whole process group does not die with a traceback.
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        previous = None
    try:
        with _main_script_hidden(convert):
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


def _failed(code: str, message: str, worker: _Worker) -> DocResult:
    return DocResult(None, seconds=time.monotonic() - worker.started, error=(code, message))


class ProcessPool:
    """The `Runner` of a run without Dask: up to ``workers`` worker processes on this machine."""

    def __init__(self, workers: int, timeout: float | None) -> None:
        self.workers = workers
        self.timeout = timeout

    def run(self, paths: Sequence[str], *, convert: Convert, indent: int | None) -> Results:
        """Convert ``paths`` in up to ``workers`` processes; yield (index, result) as each finishes.

        A document past its deadline gets its worker killed and a "timeout"
        result; a dead worker gives a "worker-crashed" result. Either way a fresh
        worker takes over the remaining documents.
        """
        return _PoolRun(paths, self.workers, self.timeout, convert, indent).results()

    def worker_count(self) -> int:
        return self.workers

    def close(self) -> None:
        """Nothing to release: each `run` generator stops its own processes."""


class _PoolRun:
    """One `ProcessPool.run`: the pending documents and the worker processes converting them."""

    def __init__(self, paths: Sequence[str], workers: int, timeout: float | None, convert: Convert,
                 indent: int | None) -> None:
        self.paths, self.timeout, self.convert, self.indent = paths, timeout, convert, indent
        self.ctx = worker_context()
        self.pending = deque(range(len(paths)))
        self.size = max(1, min(workers, len(paths)))
        self.pool: list[_Worker] = []
        self.start_failures = 0

    def results(self) -> Results:
        finished = False
        try:
            while self.pending or any(w.job is not None for w in self.pool):
                self._grow()
                self._wait()
                done = self._collect() + self._expire()
                # Hand out the next documents before yielding, so workers stay busy
                # while the caller writes files.
                self._dispatch()
                yield from done
            finished = True
        finally:
            if finished:
                for worker in self.pool:
                    with contextlib.suppress(OSError, ValueError):
                        worker.conn.send(None)
            for worker in self.pool:
                _stop_worker(worker, kill=not finished)

    def _grow(self) -> None:
        """Start workers up to the pool size, but no more than there are documents for."""
        idle = sum(1 for w in self.pool if w.job is None)
        while len(self.pool) < self.size and len(self.pending) > idle:
            self.pool.append(_start_worker(self.ctx, self.convert))
            idle += 1

    def _wait(self) -> None:
        """Sleep until a worker sends something or dies, or the next deadline passes."""
        deadlines = [w.started + _START_TIMEOUT for w in self.pool if not w.ready]
        deadlines += [w.deadline for w in self.pool if w.deadline is not None]
        wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        wait([w.conn for w in self.pool] + [w.process.sentinel for w in self.pool], timeout=wait_for)

    def _collect(self) -> list[tuple[int, DocResult]]:
        """Results the workers sent, and a "worker-crashed" one for each that died on a document."""
        done: list[tuple[int, DocResult]] = []
        for worker in list(self.pool):
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
            self.pool.remove(worker)
            _stop_worker(worker, kill=True)
            if worker.job is not None:
                message = f"the worker process died (exit code {worker.process.exitcode})"
                done.append((worker.job, _failed(WorkerCrashedError.code, message, worker)))
            elif not worker.ready:
                self.start_failures += 1
                if self.start_failures > _MAX_START_FAILURES:
                    raise RuntimeError(f"worker processes fail to start (exit code {worker.process.exitcode})")
        return done

    def _expire(self) -> list[tuple[int, DocResult]]:
        """Kill the workers past a deadline: a "timeout" result for a document, an error for a start."""
        done: list[tuple[int, DocResult]] = []
        now = time.monotonic()
        for worker in list(self.pool):
            if not worker.ready and now >= worker.started + _START_TIMEOUT:
                self.pool.remove(worker)
                _stop_worker(worker, kill=True)
                raise RuntimeError(f"a worker process did not start within {_START_TIMEOUT:g} s")
            if worker.job is not None and worker.deadline is not None and now >= worker.deadline:
                self.pool.remove(worker)
                _stop_worker(worker, kill=True)
                message = f"took longer than {self.timeout:g} s; its worker process was stopped"
                done.append((worker.job, _failed(DocumentTimeoutError.code, message, worker)))
        return done

    def _dispatch(self) -> None:
        """Give each ready, idle worker its next document."""
        for worker in self.pool:
            if worker.ready and worker.job is None and self.pending:
                job = self.pending.popleft()
                try:
                    worker.conn.send((job, self.paths[job], self.indent))
                except (OSError, ValueError):
                    self.pending.appendleft(job)  # it died; seen on the next turn
                    continue
                worker.job, worker.started = job, time.monotonic()
                worker.deadline = worker.started + self.timeout if self.timeout else None


# --------------------------------------------------------------------------- library API


def extract_many(paths: Iterable[str | os.PathLike[str]], *, workers: int | None = None,
                 timeout: float | None = DEFAULT_TIMEOUT,
                 ) -> Iterator[tuple[Path, list[MinutesRecord] | NotesExtractError]]:
    """Read many documents in worker processes, yielding each as it finishes.

    Yields ``(path, records)`` or ``(path, error)``; a document running longer
    than ``timeout`` seconds yields a `DocumentTimeoutError` and the others
    carry on (`DEFAULT_TIMEOUT` unless given; None for no limit). Stopping
    the iteration early stops the workers. Works in a plain script without an
    ``if __name__ == "__main__":`` guard: workers do not run the script again.
    """
    from notes_extract.models import MinutesRecord

    items = [Path(p) for p in paths]
    if not items:
        return
    pool = ProcessPool(workers or default_workers(), timeout)
    results = pool.run([str(p) for p in items], convert=convert_document, indent=None)
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
