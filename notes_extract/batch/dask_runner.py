"""Batch conversions as Dask distributed tasks (``notes-extract batch --dask``).

Why it is shaped like this:

- Only the per-document conversion runs on the cluster. `DaskRunner` is a
  `Runner`, like the local `ProcessPool`: discovery, resume decisions, output
  writing and the report stay in `convert_batch`, which takes (index, result)
  pairs from either in the same way, so a Dask run writes the same bytes and
  the same report as a local one, and the workers never need to reach the
  output folder.
- Each input's bytes go with its task (up to a size limit), so the workers
  need neither shared storage nor the same paths: the safe default for
  several machines. Small inputs travel inside the task; larger ones are
  scattered to a worker first, so they do not wait in the scheduler's memory.
  Inputs over the limit (all of them with limit 0) are read by the workers
  from their path, which then must be the same on every machine.
- Tasks are submitted a window at a time (one per worker thread), so the
  client and the scheduler hold a bounded number of documents whatever the
  size of the archive, and workers that join later (dask-jobqueue,
  adaptive clusters) get work within seconds.
- A document's time limit runs from when it starts on a worker (the task
  says so with a Dask event), not while it waits in a queue. Dask cannot stop
  a running Python thread, so a document past its limit has its task
  cancelled and its worker restarted through its nanny (in the background),
  like the local pool kills a stuck worker; a worker without a nanny runs the
  document to the end.
- A worker that dies is Dask's to handle: it retries the task elsewhere, up to
  ``distributed.scheduler.allowed-failures`` times, then gives up with
  `KilledWorker`, reported as "worker-crashed". Dask also blames the tasks
  only queued on a worker that dies, so no more tasks are in flight than the
  cluster has threads: a task rarely waits in a worker's queue.
- ``distributed`` is imported inside functions only: it is an optional extra,
  needed only when ``--dask`` is used. The task function is a module-level
  function of this package, so workers import it (notes-extract must be
  installed on them) and build the spaCy pipeline once per worker process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import time
import uuid
import warnings
from collections import deque
from collections.abc import Sequence
from concurrent.futures import CancelledError
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from notes_extract.batch.types import BatchUsageError, Convert, DocResult, Results, tool_version
from notes_extract.errors import DocumentTimeoutError, InternalError, WorkerCrashedError

if TYPE_CHECKING:
    from types import ModuleType

MISSING_EXTRA = "--dask needs the optional extra: pip install 'notes-extract[dask]'"
EVENT_TOPIC = "notes-extract-started"
INLINE_LIMIT = 1 << 20  # larger inputs are scattered to a worker rather than sent inside the task
# Inputs up to this size travel with their task by default, so workers need no shared storage.
DASK_SEND_LIMIT = 64 << 20
VERSION_MISMATCH = "version-mismatch"
_POLL = 0.01  # seconds between looks at the futures when none is ready: a worker waits that long
_WINDOW_REFRESH = 2.0  # seconds between counts of the cluster's worker threads
_RESTART_TIMEOUT = 60.0
_FETCH_TIMEOUT = 1.0  # seconds to fetch one finished result before looking again later
# What distributed raises on a time-out: asyncio's, the built-in one since Python 3.11.
_TIMEOUTS = (TimeoutError, asyncio.TimeoutError)

log = logging.getLogger(__name__)


def require() -> ModuleType:
    """``distributed``, or a `BatchUsageError` (exit status 2) that says how to install it."""
    try:
        import distributed
    except ImportError:
        raise BatchUsageError(MISSING_EXTRA) from None
    return distributed


# --------------------------------------------------------------------------- on the workers


def run_task(convert: Convert, path: str, indent: int | None, data: bytes | None,
             read_from: str | None = None) -> tuple[str, DocResult]:
    """Convert one document on a Dask worker; also return the worker's notes-extract version.

    ``data`` is the file's content when the client sent it; else ``convert``
    reads the file itself, at ``read_from`` (the absolute form of a relative
    ``path``: a worker's working folder is not the client's) or ``path``. The
    record is named ``path`` either way, as in a local run. The version lets
    the client refuse records made by another release (they would differ from
    a local run's, and resume trusts the report's version).
    """
    _warm_up()  # before the start event: building the pipeline is not the document's time
    _announce_start()
    started = time.perf_counter()
    try:
        if data is not None:
            result = convert(path, indent, data=data)  # type: ignore[call-arg]
        else:
            result = convert(cast(str, _Located(path, read_from)) if read_from else path, indent)
    except Exception as exc:  # an injected converter's bug: report it like the local pool does
        result = DocResult(None, seconds=time.perf_counter() - started,
                           error=(InternalError.code, f"{type(exc).__name__}: {exc}"))
    return _worker_version(), result


class _Located(os.PathLike):  # type: ignore[type-arg]
    """A path named as the client gave it (``str``) but opened where the worker finds it (``fspath``),
    so the converter reads the file within its own limits and names the record as a local run does."""

    def __init__(self, name: str, where: str) -> None:
        self.name, self.where = name, where

    def __fspath__(self) -> str:
        return self.where

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"_Located({self.name!r}, {self.where!r})"


def _warm_up() -> None:
    """Build the spaCy pipeline (cached per process) once, whatever the first document is."""
    with contextlib.suppress(Exception):
        from notes_extract.nlp import pipeline

        pipeline()


def _announce_start() -> None:
    """Tell the client this task starts now, and where: its time limit starts here."""
    try:
        from distributed import get_worker

        worker = get_worker()
        key = worker.get_current_task()
    except (ImportError, ValueError):  # not on a Dask worker (called directly)
        return
    with contextlib.suppress(Exception):
        worker.log_event(EVENT_TOPIC, {"key": str(key), "worker": worker.address})


@lru_cache(maxsize=1)
def _worker_version() -> str:
    return tool_version()


# --------------------------------------------------------------------------- on the client


class DaskRunner:
    """The `Runner` of ``--dask``: a client of a Dask cluster that converts documents as tasks."""

    def __init__(self, client: Any, cluster: Any = None, *, owns_client: bool = True, timeout: float | None = None,
                 send_limit: int = DASK_SEND_LIMIT, version: str | None = None,
                 local_workers: int | None = None) -> None:
        self.client = client
        self.cluster = cluster
        self.owns_client = owns_client
        self.timeout = timeout
        self.send_limit = send_limit
        self.version = version if version is not None else tool_version()  # the one workers must run
        # The size of a LocalCluster of our own; None for a cluster of others, whose threads count instead.
        self.local_workers = local_workers
        self.most_threads = 0
        self._restarts: list[threading.Thread] = []
        self._config: Any = None  # dask.config.set for a LocalCluster of our own, undone on close

    @classmethod
    def connect(cls, target: str | Any, *, workers: int, timeout: float | None = None,
                send_limit: int = DASK_SEND_LIMIT, version: str | None = None) -> DaskRunner:
        """Start a `LocalCluster` of ``workers`` ("local"), connect to a scheduler address, or use a given Client."""
        distributed = require()
        if isinstance(target, str) and target == "local":
            return cls._start_local(distributed, workers, timeout=timeout, send_limit=send_limit, version=version)
        if isinstance(target, str):
            try:
                client = distributed.Client(target, set_as_default=False)
            except (OSError, *_TIMEOUTS, ValueError) as exc:
                raise BatchUsageError(f"cannot connect to the Dask scheduler at {target}: {exc}") from None
            runner = cls(client, timeout=timeout, send_limit=send_limit, version=version)
        else:
            runner = cls(target, owns_client=False, timeout=timeout, send_limit=send_limit, version=version)
        try:
            runner.threads()  # the report gives the cluster's worker threads, whatever ``workers`` says
        except BaseException:
            runner.close()
            raise
        return runner

    @classmethod
    def _start_local(cls, distributed: ModuleType, workers: int, *, timeout: float | None, send_limit: int,
                     version: str | None) -> DaskRunner:
        """A runner on a LocalCluster of ``workers`` one-thread processes, closed with the runner."""
        # A LocalCluster closes for good a nanny whose worker is down when it checks, 15 s
        # after any earlier loss of that worker: crashes and timeouts would shrink it to nothing.
        import dask

        config = dask.config.set({"distributed.deploy.lost-worker-timeout": "100 days"})
        try:
            with warnings.catch_warnings():
                # Without a dashboard the scheduler still serves /health on 8787, or any free
                # port when another Dask has it: nothing to warn the user about.
                warnings.filterwarnings("ignore", message="Port .* is already in use")
                cluster = distributed.LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                    host="127.0.0.1", silence_logs=logging.ERROR)
            try:
                client = distributed.Client(cluster, set_as_default=False)
            except BaseException:
                cluster.close()
                raise
        except BaseException:
            config.__exit__(None, None, None)
            raise
        runner = cls(client, cluster, timeout=timeout, send_limit=send_limit, version=version,
                     local_workers=workers)
        runner._config = config
        return runner

    def worker_count(self) -> int:
        """The LocalCluster's size, or the most worker threads a cluster of others has had so far."""
        return self.local_workers if self.local_workers is not None else self.most_threads

    def threads(self) -> int:
        """Worker threads in the cluster now (workers may come and go); also kept in ``most_threads``."""
        count = sum(self.client.nthreads().values())
        self.most_threads = max(self.most_threads, count)
        return count

    def close(self) -> None:
        """Close what this runner opened; a Client given by the caller stays open."""
        deadline = time.monotonic() + 10.0  # a restart under way usually ends in a few seconds
        for thread in self._restarts:
            thread.join(max(0.0, deadline - time.monotonic()))
        try:
            if self.owns_client:
                self.client.close()
        finally:
            try:
                if self.cluster is not None:
                    self.cluster.close()
            finally:
                if self._config is not None:
                    self._config.__exit__(None, None, None)
                    self._config = None

    def run(self, paths: Sequence[str], *, convert: Convert, indent: int | None) -> Results:
        """Convert ``paths`` as Dask tasks; yield (index, result) as each finishes.

        At most one task per worker thread is in flight, so a task rarely waits
        in a worker's queue: there Dask would blame it too if the worker died,
        and it would sit behind a stuck document. Closing the generator (Ctrl-C,
        an error in the caller) cancels the tasks not yet finished.
        """
        from distributed import as_completed

        client, timeout, version = self.client, self.timeout, self.version
        prefix = f"notes-extract-{uuid.uuid4().hex[:12]}-"
        pending = deque(range(len(paths)))
        inflight: dict[str, tuple[int, Any, Any]] = {}  # key -> (index, future, scattered data)
        started: dict[str, tuple[float, str]] = {}  # key -> (monotonic start, worker address)
        lock = threading.Lock()

        def on_start(event: tuple[float, dict[str, Any]]) -> None:  # on the client's event loop
            message = event[1]
            if isinstance(message, dict) and str(message.get("key", "")).startswith(prefix):
                with lock:
                    started[message["key"]] = (time.monotonic(), str(message.get("worker")))

        client.subscribe_topic(EVENT_TOPIC, on_start)
        finished = as_completed(loop=client.loop)
        unfetched: list[Any] = []  # finished once, but the result was lost before it was fetched
        threads, next_count = 1, 0.0
        try:
            while pending or inflight:
                now = time.monotonic()
                if now >= next_count:
                    threads, next_count = self.threads(), now + _WINDOW_REFRESH
                window = max(1, threads - self._restarting())
                while pending and len(inflight) < window:
                    index = pending.popleft()
                    future, scattered = self._submit(f"{prefix}{index}", paths[index], convert, indent)
                    inflight[future.key] = (index, future, scattered)
                    finished.add(future)

                done: list[tuple[int, DocResult]] = []
                ready = [f for f in finished.next_batch(block=False) if f.key in inflight]
                ready += [f for f in unfetched if f.key in inflight and f.status != "pending"]
                unfetched = [f for f in unfetched if f.key in inflight and f.status == "pending"]
                for future in ready:
                    try:
                        outcome = _outcome(future)
                    except _TIMEOUTS:  # its result went with a dead worker: Dask computes it again
                        unfetched.append(future)
                        continue
                    index = inflight.pop(future.key)[0]
                    with lock:
                        start = started.pop(future.key, None)
                    done.append((index, _result(outcome, version, start, client)))

                if timeout:
                    done += self._stop_late(inflight, started, lock, timeout)
                yield from done
                if not done:
                    time.sleep(_POLL)
        finally:
            with contextlib.suppress(Exception):
                client.cancel([future for _, future, _ in inflight.values()])
            inflight.clear()
            with contextlib.suppress(Exception):
                client.unsubscribe_topic(EVENT_TOPIC)

    def _submit(self, key: str, path: str, convert: Convert, indent: int | None) -> tuple[Any, Any]:
        """Submit one document: with its bytes when they fit the limit, else by path."""
        data: bytes | None = None
        send_limit = self.send_limit
        if send_limit > 0:
            try:
                if os.path.getsize(path) <= send_limit:
                    data = Path(path).read_bytes()
            except OSError:
                data = None  # the worker reads the path and reports the error as a local run would
        argument: Any = data
        scattered = None
        if data is not None and len(data) > INLINE_LIMIT:
            with contextlib.suppress(*_TIMEOUTS, OSError):  # no worker yet: send it with the task
                argument = scattered = self.client.scatter(data, hash=False)
        read_from = os.path.abspath(path) if data is None and not os.path.isabs(path) else None
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Sending large graph")
            future = self.client.submit(run_task, convert, path, indent, argument, read_from, key=key, pure=False)
        return future, scattered

    def _stop_late(self, inflight: dict[str, tuple[int, Any, Any]], started: dict[str, tuple[float, str]],
                   lock: threading.Lock, timeout: float) -> list[tuple[int, DocResult]]:
        """Cancel the tasks running past the time limit and have their workers restarted."""
        now = time.monotonic()
        with lock:
            for key in [k for k in started if k not in inflight]:
                del started[key]  # finished or cancelled already
            late = [(key, start, worker) for key, (start, worker) in started.items() if now >= start + timeout]
        if not late:
            return []
        alive = set(self.client.nthreads())
        with lock:
            for key, _, _ in late:
                del started[key]
        # A task whose worker died is not running: Dask runs it again, and it says so again.
        late = [(key, start, worker) for key, start, worker in late if worker in alive]
        done: list[tuple[int, DocResult]] = []
        for key, start, worker in late:
            index, future, _ = inflight.pop(key)
            with contextlib.suppress(Exception):
                future.cancel()
            thread = threading.Thread(target=self._restart, args=(worker, started, lock), daemon=True,
                                      name="notes-extract-dask-restart")
            thread.start()  # in the background: the other documents go on meanwhile
            self._restarts.append(thread)
            message = f"took longer than {timeout:g} s; its Dask task was cancelled and its worker restarted"
            done.append((index, DocResult(None, seconds=now - start, error=(DocumentTimeoutError.code, message))))
        return done

    def _restarting(self) -> int:
        """Workers being restarted now: their threads do not count for new tasks."""
        self._restarts = [t for t in self._restarts if t.is_alive()]
        return len(self._restarts)

    def _restart(self, worker: str, started: dict[str, tuple[float, str]], lock: threading.Lock) -> None:
        """Restart one worker through its nanny: the only way to stop a thread that is stuck."""
        begun = time.monotonic()
        try:
            status = self.client.restart_workers([worker], timeout=_RESTART_TIMEOUT, raise_for_error=False)
        except Exception as exc:
            status = exc
        if isinstance(status, dict) and status.get(worker) == "OK":
            with lock:  # what ran beside the stuck document runs again elsewhere, on a new clock
                for key in [k for k, (t, w) in started.items() if w == worker and t <= begun]:
                    del started[key]
        elif self.client.status == "running":
            log.warning("notes-extract: cannot restart the Dask worker %s (%s): it runs the document "
                        "that took too long until it finishes", worker, status)


def _outcome(future: Any) -> Any:
    """A finished task's value, or the exception that ended it; never waits long.

    The loop that enforces time limits must not block: a result lost with
    its worker, and computed again, raises TimeoutError here, to be fetched later.
    """
    status = future.status
    if status == "cancelled":
        return CancelledError()
    if status == "error":
        return future.exception(timeout=_FETCH_TIMEOUT)
    if status != "finished":
        raise TimeoutError
    try:
        return future.result(timeout=_FETCH_TIMEOUT)
    except _TIMEOUTS:
        raise
    except asyncio.CancelledError:  # cancelled meanwhile (a BaseException)
        return CancelledError()
    except Exception as exc:  # computed again after all, and failed this time
        return exc


def _result(outcome: Any, version: str, start: tuple[float, str] | None, client: Any) -> DocResult:
    """The DocResult for one finished task: its own, or one that says why there is none."""
    from distributed import KilledWorker

    seconds = time.monotonic() - start[0] if start else 0.0
    if not isinstance(outcome, BaseException):
        worker_version, result = outcome
        if worker_version != version:
            return DocResult(result.sha256, seconds=result.seconds, error=(
                VERSION_MISMATCH, f"the Dask worker runs notes-extract {worker_version}, this process "
                                  f"{version}: install the same version on the workers"))
        return result
    if isinstance(outcome, CancelledError):
        if client.status != "running":
            raise RuntimeError("lost the connection to the Dask scheduler")
        return DocResult(None, seconds=seconds, error=(
            WorkerCrashedError.code, "its Dask task was cancelled from outside this run"))
    if isinstance(outcome, KilledWorker):
        return DocResult(None, seconds=seconds, error=(
            WorkerCrashedError.code, "the Dask workers running it died, each time it was retried "
                                     "(KilledWorker; see the worker logs)"))
    message = f"{type(outcome).__name__}: {outcome}"
    if isinstance(outcome, ImportError):
        message += " (is notes-extract installed on the Dask workers?)"
    return DocResult(None, seconds=seconds, error=(InternalError.code, message))
