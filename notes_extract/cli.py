"""The `notes-extract` command line."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

PROG = "notes-extract"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn meeting minutes (.docx, .pdf, .txt, .md) into validated JSON records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ex = commands.add_parser(
        "extract",
        help="read minutes documents into JSON records",
        description="Read each FILE into a JSON record. With one FILE and no -o, the record is "
        "printed on stdout; with -o DIR, each record is written to DIR/NAME.json.",
    )
    ex.add_argument("files", nargs="+", metavar="FILE", help="a .docx, .pdf, .txt or .md file")
    ex.add_argument("-o", "--output", metavar="DIR", type=Path,
                    help="write DIR/NAME.json per input instead of printing")
    ex.add_argument("--format", choices=["docx", "pdf", "text", "markdown"],
                    help="read every FILE as this format instead of detecting it")
    ex.add_argument("--compact", action="store_true", help="one line of JSON per record")
    ex.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    ex.set_defaults(run=_run_extract)

    sc = commands.add_parser(
        "schema",
        help="print the JSON Schema of the record",
        description="Print the JSON Schema of the minutes record (the published contract).",
    )
    sc.set_defaults(run=_run_schema)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("notes-extract")
    except PackageNotFoundError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return int(args.run(args) or 0)


def _run_schema(args: argparse.Namespace) -> int:
    from notes_extract.models import json_schema_text

    sys.stdout.write(json_schema_text())
    return 0


def _run_extract(args: argparse.Namespace) -> int:
    from notes_extract.api import extract
    from notes_extract.errors import NotesExtractError

    if args.output is None and len(args.files) > 1:
        _error("several files need -o DIR to write one record each")
        return 2
    if args.output is not None:
        args.output.mkdir(parents=True, exist_ok=True)
    status = 0
    targets = output_names(args.files)
    for name in args.files:
        try:
            record = extract(name, format=args.format)
        except NotesExtractError as exc:
            _error(f"{exc.source or name}: {exc.code}: {exc.message}")
            if args.debug:
                raise
            status = status or exc.exit_status
            continue
        except Exception as exc:  # a bug, not bad input: say so, keep going
            if args.debug:
                raise
            _error(f"{name}: internal-error: {type(exc).__name__}: {exc}")
            status = status or 70
            continue
        text = record.to_json(indent=None if args.compact else 2) + "\n"
        if args.output is None:
            sys.stdout.write(text)
        else:
            target = args.output / targets[name]
            write_atomic(target, text)
            print(f"{PROG}: wrote {target}", file=sys.stderr)
    return status


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
    sys.exit(main())
