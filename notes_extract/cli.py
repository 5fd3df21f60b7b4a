"""The `notes-extract` command line."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from notes_extract.cli_batch import seconds_arg, size_arg  # argument types both commands share
from notes_extract.limits import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from notes_extract.limits import Limits
    from notes_extract.models import MinutesRecord

PROG = "notes-extract"
STDIN = "-"  # the FILE that reads standard input
STDIN_LABEL = "<stdin>"  # how messages name it
STDIN_NAME = "stdin"  # its record's NAME under -o DIR
EXIT_USAGE = 2  # argparse's own status for a usage error


# When pages are read by OCR (`Limits.ocr`).
OCR_MODES = ("auto", "always", "never")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn meeting minutes (.docx, .pdf, .txt, .md) into validated JSON records.",
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ex = commands.add_parser(
        "extract",
        help="read minutes documents into JSON records",
        description="Read each FILE into a JSON record. With one FILE and no -o, the record is "
        "printed on stdout; with -o DIR, each record is written to DIR/NAME.json.",
    )
    ex.add_argument("files", nargs="+", metavar="FILE",
                    help="a minutes document (.docx, .pdf, .txt, .md, ...); - reads standard input")
    ex.add_argument("-o", "--output", metavar="DIR", type=Path,
                    help="write DIR/NAME.json per input instead of printing (standard input: stdin.json)")
    ex.add_argument("--jsonl", action="store_true",
                    help="print every record, of every FILE and meeting, as one line of JSON (JSON Lines)")
    ex.add_argument("--format", choices=["docx", "pdf", "text", "markdown", "odt", "html", "doc", "rtf", "wpd",
                                         "image"],
                    help="read every FILE as this format instead of detecting it")
    ex.add_argument("--compact", action="store_true", help="one line of JSON per record")
    ex.add_argument("--password", metavar="PW", help="password of an encrypted PDF")
    ex.add_argument("--max-pages", metavar="N", type=_positive_int, default=None,
                    help="refuse PDFs with more than N pages (default 2000)")
    ex.add_argument("--max-bytes", metavar="SIZE", type=size_arg, default=None,
                    help="refuse files larger than SIZE, e.g. 50MB or 1GiB (default 100MB)")
    ex.add_argument("--timeout", metavar="SECONDS", type=seconds_arg, default=DEFAULT_TIMEOUT,
                    help=f"stop a document after SECONDS and report it (default {DEFAULT_TIMEOUT:g}; 0 for no limit)")
    ex.add_argument("--ocr", choices=OCR_MODES, default="auto",
                    help="read pages by OCR: auto (pages without text, the default), always, never")
    ex.add_argument("--show-warnings", action="store_true",
                    help="print each record's warnings on stderr as 'FILE: warning CODE: message'")
    ex.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    ex.set_defaults(run=_run_extract)

    dr = commands.add_parser(
        "doctor", help="list the optional converters and OCR engines found",
        description="List the optional programs and packages notes-extract uses when they are there "
        "(LibreOffice, antiword, striprtf, Tesseract, RapidOCR) and what to install for the missing ones.")
    dr.set_defaults(run=_run_doctor)

    sc = commands.add_parser(
        "schema",
        help="print the JSON Schema of the record (or of the batch report)",
        description="Print the JSON Schema of the minutes record (the published contract), or with "
        "--report that of the batch command's OUT/_report.json.",
    )
    sc.add_argument("--report", action="store_true", help="the schema of _report.json instead of the record")
    sc.set_defaults(run=_run_schema)

    ev = commands.add_parser(
        "eval",
        help="score extraction against gold records",
        description="Extract every document that has a gold file (NAME.gold.json, or NAME.1.gold.json, "
        "NAME.2.gold.json ... for a document holding several meetings) and score the records: one "
        "line per document (worst first), the failed checks, then the totals as the reference "
        "scorer prints them (overall is the mean over documents).",
    )
    ev.add_argument("gold_dir", metavar="GOLD_DIR", type=Path, help="folder of *.gold.json files")
    ev.add_argument("--docs", metavar="DIR", type=Path,
                    help="find the documents NAME.<ext> here instead of beside the gold files")
    ev.add_argument("--quiet", action="store_true", help="leave out the failed checks")
    ev.add_argument("--json", action="store_true", help="print the report as one JSON object")
    ev.add_argument("--min", metavar="F", type=float,
                    help="exit 1 when the overall score is below F (0..1)")
    ev.set_defaults(run=_run_eval)

    from notes_extract.cli_batch import add_batch_parser

    add_batch_parser(commands)
    from notes_extract.cli_register import add_register_parsers

    add_register_parsers(commands)
    return parser


class _VersionAction(argparse.Action):
    """``--version``, the installed version looked up only when asked (importlib.metadata: ~15 ms per run)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(option_strings, dest, default=argparse.SUPPRESS, nargs=0,
                         help="show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("notes-extract")
    except PackageNotFoundError:
        return "unknown"


EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader left


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except BrokenPipeError:  # `notes-extract extract --jsonl ... | head`: the reader left; stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
        return EXIT_BROKEN_PIPE


def run() -> int:
    """The `notes-extract` program: `main` on the process's arguments, in a process that ends when it returns."""
    # spaCy imports numpy, whose OpenBLAS starts a thread per core that spins waiting for work; we give it
    # none (no linear algebra here), and on a busy machine those threads slow the start-up by ~0.05 s.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    code = main()
    # Nothing is left to collect that matters: spare the interpreter's shutdown walking every object
    # (spaCy's, the modules') in its final collections, ~0.08 s of a small file's 0.8 s.
    gc.freeze()
    return code


def _run_doctor(args: argparse.Namespace) -> int:
    from notes_extract.doctor import doctor_lines

    sys.stdout.write("".join(line + "\n" for line in doctor_lines()))
    return 0


def _run_schema(args: argparse.Namespace) -> int:
    if args.report:
        from notes_extract.batch.report_model import report_schema_text

        sys.stdout.write(report_schema_text())
        return 0
    from notes_extract.models import json_schema_text

    sys.stdout.write(json_schema_text())
    return 0


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def _extract_limits(args: argparse.Namespace) -> Limits:
    """The `Limits` the extract options ask for (library defaults for the rest)."""
    from dataclasses import replace

    from notes_extract.limits import Limits

    changes: dict[str, object] = {"timeout": args.timeout or None, "ocr": args.ocr}
    if args.max_pages is not None:
        changes["max_pages"] = args.max_pages
    if args.max_bytes is not None:
        changes["max_bytes"] = args.max_bytes
    return replace(Limits(), **changes)


def _run_extract(args: argparse.Namespace) -> int:
    """Each FILE into its records. Exit status: 0, or that of the first file that failed (README)."""
    problem = _extract_usage_problem(args)
    if problem:
        _error(problem)
        return EXIT_USAGE
    if args.output is not None:
        args.output.mkdir(parents=True, exist_ok=True)
    limits = _extract_limits(args)
    status = 0
    targets = output_names([STDIN_NAME if name == STDIN else name for name in args.files])
    for name in args.files:
        label = STDIN_LABEL if name == STDIN else name
        records = _extract_file(name, label, args, limits)
        if isinstance(records, int):
            status = status or records  # the first failure decides the status
            continue
        if args.show_warnings:
            _show_warnings(label, records)
        target = None if args.output is None else args.output / targets[STDIN_NAME if name == STDIN else name]
        _emit(records, args, target)
    return status


def _extract_usage_problem(args: argparse.Namespace) -> str | None:
    """Why the extract options cannot go together, or None."""
    if args.jsonl and args.output is not None:
        return "--jsonl prints the records on stdout; leave out -o DIR"
    if args.output is None and not args.jsonl and len(args.files) > 1:
        return "several files need -o DIR to write one record each (or --jsonl to print them as JSON Lines)"
    if args.files.count(STDIN) > 1:
        return "standard input (-) can be read once only"
    return None


def _extract_file(name: str, label: str, args: argparse.Namespace, limits: Limits) -> list[MinutesRecord] | int:
    """The records of one FILE (- for standard input), or the exit status of its failure, said on stderr."""
    from notes_extract.api import extract_all
    from notes_extract.errors import NotesExtractError
    from notes_extract.limits import alarm

    try:
        # The loaders' Deadline stops the work cooperatively; the alarm is the hard stop
        # (after a second's grace) for work that never reaches a check.
        with alarm(limits.timeout, source=label, grace=1.0):
            source = _read_stdin(limits) if name == STDIN else name
            return extract_all(source, format=args.format, password=args.password, limits=limits)
    except NotesExtractError as exc:
        where = label if name == STDIN or not exc.source else exc.source
        _error(f"{where}: {exc.code}: {exc.message}")
        if args.debug:
            raise
        return exc.exit_status
    except Exception as exc:  # a bug, not bad input: say so, keep going
        if args.debug:
            raise
        _error(f"{label}: internal-error: {type(exc).__name__}: {exc}")
        return 70


def _read_stdin(limits: Limits) -> bytes:
    """Standard input's bytes, never more than ``limits.max_bytes`` + 1 (the size check refuses those)."""
    return sys.stdin.buffer.read(limits.max_bytes + 1)


def _show_warnings(label: str, records: list[MinutesRecord]) -> None:
    for record in records:
        meeting = (f" (meeting {record.source.meeting_index} of {record.source.meeting_count})"
                   if record.source.meeting_count > 1 else "")
        for notice in record.notices:
            _error(f"{label}{meeting}: warning {notice.code}: {notice.message}")


def _emit(records: list[MinutesRecord], args: argparse.Namespace, target: Path | None) -> None:
    """Print the records (one JSON, a JSON array for a log, or JSON Lines) or write them under -o."""
    indent = None if args.compact else 2
    if args.jsonl:
        sys.stdout.write("".join(record.to_json(indent=None) + "\n" for record in records))
    elif target is None:
        if len(records) == 1:
            sys.stdout.write(records[0].to_json(indent=indent) + "\n")
        else:  # a meeting log: one JSON array of its meetings
            sys.stdout.write("[\n" + ",\n".join(r.to_json(indent=indent) for r in records) + "\n]\n")
    else:
        for path, record in zip(meeting_names(target, len(records)), records, strict=True):
            write_atomic(path, record.to_json(indent=indent) + "\n")
            print(f"{PROG}: wrote {path}", file=sys.stderr)
    sys.stdout.flush()


def _run_eval(args: argparse.Namespace) -> int:
    import json

    from notes_extract.api import extract_all
    from notes_extract.evaluate import GoldFileError, evaluate, find_gold_sets

    for folder in (args.gold_dir, args.docs):
        if folder is not None and not folder.is_dir():
            _error(f"{folder}: no such folder")
            return 2
    gold_sets = find_gold_sets(args.gold_dir, args.docs)
    if not gold_sets:
        _error(f"{args.gold_dir}: no *.gold.json files")
        return 2
    try:
        report = evaluate(gold_sets, extract_all)
    except GoldFileError as exc:
        _error(str(exc))
        return 2
    if args.json:
        print(json.dumps(report.to_dict(misses=not args.quiet), indent=2, ensure_ascii=False))
    else:
        for doc in report.worst_first():
            notes = []
            if doc.meetings > 1:
                notes.append(f"{doc.meetings} meetings")
            if doc.error is not None:
                notes.append(f"error: {doc.error}")
            elif doc.records != doc.meetings:
                notes.append(f"{doc.records} record{'s' if doc.records != 1 else ''} extracted")
            print(f"== {doc.name}: overall {doc.overall:.3f}" + (f" ({'; '.join(notes)})" if notes else ""))
        if not args.quiet:
            for check in report.total.misses:
                print(f"MISS {check.label}: gold={json.dumps(check.gold, ensure_ascii=False)} "
                      f"got={json.dumps(check.got, ensure_ascii=False)}")
        families = [f"{family} P={p:.2f} R={r:.2f} F1={f1:.2f}"
                    for family, (p, r, f1) in report.families().items()]
        print("; ".join(families))
        print(f"checks {report.hits}/{len(report.total.checks)} hit; micro {report.micro:.3f}; "
              f"overall {report.overall:.3f} (mean over documents)")
    return 1 if args.min is not None and report.overall < args.min else 0


def output_names(files: list[str]) -> dict[str, str]:
    """NAME.json per input; inputs sharing a NAME (minutes.pdf, minutes.docx)
    get NAME.EXT.json so that none replaces another."""
    stems: dict[str, int] = {}
    for name in files:
        stems[Path(name).stem] = stems.get(Path(name).stem, 0) + 1
    return {
        name: f"{Path(name).stem}.json" if stems[Path(name).stem] == 1 else f"{Path(name).name}.json"
        for name in files
    }


def meeting_names(target: Path, count: int) -> list[Path]:
    """NAME.json for one meeting; NAME.1.json, NAME.2.json, ... for a log of several."""
    if count == 1:
        return [target]
    stem = target.name[: -len(".json")]
    return [target.with_name(f"{stem}.{n}.json") for n in range(1, count + 1)]


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` so readers never see a partial file."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(run())
