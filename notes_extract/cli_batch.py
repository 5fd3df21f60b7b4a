"""The `notes-extract batch` command: convert whole folders with progress, report and resume.

Kept out of cli.py so the main parser only needs `add_batch_parser`; the
batch machinery and rich are imported when the command runs, not for
``--help``.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from notes_extract.limits import DEFAULT_TIMEOUT  # one default for extract, batch and the library

if TYPE_CHECKING:
    from notes_extract.batch import Convert

PROG = "notes-extract"
DEFAULT_SEND_LIMIT_MB = 64.0  # batch.DASK_SEND_LIMIT, not imported for --help


def add_batch_parser(subparsers: Any) -> None:
    """Add the ``batch`` command to the subparsers of the main parser."""
    batch = subparsers.add_parser(
        "batch",
        help="convert whole folders of minutes, with a report and resume",
        description=(
            "Convert every document (.docx, .pdf, .odt, .html, .txt, .md and the other kinds "
            "notes-extract reads) under each SRC folder "
            "(recursively; hidden files and folders are skipped) into JSON records under OUT, "
            "mirroring the folder structure: SRC/2024/jan.docx gives OUT/2024/jan.json "
            "(jan.1.json, jan.2.json ... when the document holds several meetings). Files are "
            "converted in parallel worker processes (or Dask tasks, with --dask) and written "
            "atomically. OUT/_report.json "
            "records every input's status (files of other kinds are listed as unsupported); "
            "running the same command again skips inputs that "
            "are unchanged and already converted, so an interrupted run resumes where it "
            "stopped."
        ),
        epilog=(
            "exit status: 0 every input converted or skipped, 1 some inputs failed "
            "(see OUT/_report.json or OUT/_report.csv), 2 usage error (missing SRC, nothing found), "
            "130 interrupted."
        ),
    )
    batch.add_argument("sources", nargs="+", metavar="SRC", type=Path,
                       help="a folder to search, or a single file to convert as it is")
    batch.add_argument("-o", "--output", metavar="OUT", type=Path, required=True,
                       help="folder for the records and _report.json (created if missing)")
    batch.add_argument("--glob", metavar="PATTERN",
                       help="only files whose path relative to SRC, or whose name, matches "
                            "PATTERN (case-insensitive), e.g. '*.pdf' or '2024/*'")
    batch.add_argument("--workers", metavar="N", type=_positive_int, default=None,
                       help="worker processes to convert with, also with --dask local (default: the number of CPUs)")
    batch.add_argument("--jsonl", metavar="FILE", type=Path,
                       help="write all records, one compact JSON per line, to FILE instead of "
                            "one file per record; - writes them to standard output (the report "
                            "still goes to OUT)")
    batch.add_argument("--force", action="store_true",
                       help="convert every input again, even when the report says it is done")
    batch.add_argument("--timeout", metavar="SECONDS", type=seconds_arg, default=DEFAULT_TIMEOUT,
                       help="give up on a document after this long and report it as failed "
                            f"with code 'timeout' (default: {DEFAULT_TIMEOUT:g}; 0: no limit)")
    batch.add_argument("--prune", action="store_true",
                       help="remove the records of inputs an earlier run converted whose file no longer "
                            "exists (without it they are kept and listed as missing in the report)")
    batch.add_argument("--quiet", action="store_true",
                       help="no progress bar and no summary; failures are still listed on stderr")
    batch.add_argument("--password", metavar="PW", help="password of encrypted PDFs")
    batch.add_argument("--ocr", choices=("auto", "always", "never"), default="auto",
                       help="read pages by OCR: auto (pages without text, the default), always, never")
    batch.add_argument("--max-pages", metavar="N", type=int, default=None,
                       help="refuse PDFs with more than N pages (default 2000)")
    batch.add_argument("--max-bytes", metavar="SIZE", type=size_arg, default=None,
                       help="refuse files larger than SIZE, e.g. 50MB (default 100MB)")
    dask = batch.add_argument_group(
        "Dask", "convert on a Dask cluster instead of local worker processes (optional extra: "
                "pip install 'notes-extract[dask]', on this machine and on the workers); records, "
                "report and resume are the same as without --dask")
    dask.add_argument("--dask", metavar="ADDRESS",
                      help="'local' starts a Dask cluster of --workers processes on this machine; "
                           "a scheduler address such as tcp://HOST:8786 uses a running cluster "
                           "(--workers is then ignored)")
    dask.add_argument("--dask-send-limit", metavar="MB", type=_megabytes, default=None,
                      help="inputs up to this size are sent to the workers with their task, so the "
                           "workers need no access to the files; larger ones are read by the workers "
                           "from the same path, which needs shared storage (default: "
                           f"{DEFAULT_SEND_LIMIT_MB:g}; 0: the workers read every input from its path)")
    batch.add_argument("--db", metavar="FILE", type=Path,
                       help="then load what the batch wrote into this register (see `notes-extract register`)")
    batch.set_defaults(run=run_batch)


def _converter(args: argparse.Namespace) -> Convert:
    """The per-document function with this run's limits and password bound to it."""
    import functools

    from notes_extract import batch
    from notes_extract.limits import Limits

    # The runner stops a document at --timeout and reports it as "timeout"; the worker keeps no clock of its own.
    changes: dict[str, object] = {"timeout": None}
    if getattr(args, "max_pages", None) is not None:
        changes["max_pages"] = args.max_pages
    if getattr(args, "max_bytes", None) is not None:
        changes["max_bytes"] = args.max_bytes
    if getattr(args, "ocr", "auto") != "auto":
        changes["ocr"] = args.ocr
    password = getattr(args, "password", None)
    return functools.partial(batch.convert_document, limits=Limits(**changes), password=password)  # type: ignore[arg-type]


def run_batch(args: argparse.Namespace, *, convert: Convert | None = None) -> int:
    """Run the batch command; the exit status. ``convert`` replaces the per-document
    function (tests); it must be a module-level function spawned workers can import."""
    from notes_extract import batch

    dask = getattr(args, "dask", None)
    send_limit = getattr(args, "dask_send_limit", None)
    previous = _raise_on_sigterm()
    try:
        with _progress(enabled=not args.quiet and sys.stderr.isatty()) as (on_start, on_result):
            report = batch.convert_batch(
                args.sources, args.output, glob=args.glob, workers=args.workers,
                timeout=args.timeout or None, jsonl=args.jsonl, force=args.force,
                prune=getattr(args, "prune", False),
                convert=convert or _converter(args), on_start=on_start, on_result=on_result,
                dask=dask, dask_send_limit=batch.DASK_SEND_LIMIT if send_limit is None else send_limit)
    except batch.BatchUsageError as exc:
        _error(str(exc))
        return batch.EXIT_USAGE
    except KeyboardInterrupt:  # before the run started, or a second Ctrl-C while it stopped
        _error("interrupted")
        return batch.EXIT_INTERRUPTED
    finally:
        _restore_sigterm(previous)
    if args.quiet:
        for entry in report.entries:
            if entry.status in ("failed", "unsupported") and entry.error:
                _error(f"{entry.path}: {entry.error['code']}: {entry.error['message']}")
    else:
        print(f"{PROG} batch: " + batch.format_summary(report), file=sys.stderr)
    if getattr(args, "db", None) is not None:
        from notes_extract.cli_register import register_sources

        return report.exit_status or register_sources([str(args.jsonl or args.output)], args.db)
    return report.exit_status


def main(argv: list[str] | None = None) -> int:
    """Standalone entry (``main(["batch", "SRC", "-o", "OUT"])``) until cli.py registers the command."""
    parser = argparse.ArgumentParser(prog=PROG)
    add_batch_parser(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    args = parser.parse_args(argv)
    return int(args.run(args) or 0)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def seconds_arg(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return value


def _megabytes(text: str) -> int:
    """A size in MB (1 MB = 2**20 bytes), as bytes."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size in MB: {text!r}") from None
    if value < 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError("must be 0 (never send) or more")
    return int(value * (1 << 20))


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _raise_on_sigterm() -> Any:
    """SIGTERM stops the run like Ctrl-C: report written, exit 130. Main thread only."""
    try:
        return signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: leave signals alone
        return None


def _restore_sigterm(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _progress(*, enabled: bool) -> Iterator[tuple[Any, Any]]:
    """A rich progress bar on stderr (files done/total, rate, ETA, failures), or nothing."""
    if not enabled:
        yield None, None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} docs/s" if speed else "- docs/s", style="progress.data.speed")

    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        TextColumn("{task.fields[failed]} failed"),
        console=Console(stderr=True), transient=True)
    state: dict[str, Any] = {}

    def on_start(todo: int, skipped: int) -> None:
        label = "converting" + (f" ({skipped} skipped)" if skipped else "")
        state["task"] = progress.add_task(label, total=todo, failed=0)
        state["failed"] = 0

    def on_result(path: str, code: str | None) -> None:
        if code is not None:
            state["failed"] += 1
        progress.update(state["task"], advance=1, failed=state["failed"])

    with progress:
        yield on_start, on_result


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def size_arg(text: str) -> int:
    from notes_extract.limits import parse_size

    try:
        value = parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 byte: {text}")
    return value
