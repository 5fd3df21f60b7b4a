"""The `table`, `register`, `actions`, `search` and `person` commands: answers out of many records."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

PROG = "notes-extract"
PIPE_WIDTH = 160  # the table's width when standard output is not a terminal
ACTION_COLUMNS = ("owner", "action", "raised", "due", "status", "last_seen")


# The tables and formats of `notes_extract.tables`, spelled here so that `--help` imports no models
# (tests/test_tables.py checks they agree).
TABLE_KINDS = ("actions", "decisions", "attendance", "meetings", "sections")
FORMATS = ("csv", "tsv", "jsonl", "markdown")


def add_register_parsers(commands: argparse._SubParsersAction) -> None:
    tb = commands.add_parser(
        "table", help="one row per action, decision, attendee, meeting or section, for spreadsheets",
        description="Write one row per item of KIND over the records in SRC (record files or folders written by "
        "extract -o / batch, or documents, extracted first), with the meeting's date, title and source.")
    tb.add_argument("kind", choices=TABLE_KINDS, metavar="KIND", help=" | ".join(TABLE_KINDS))
    tb.add_argument("sources", nargs="+", metavar="SRC", help="record files, folders of them, or documents")
    tb.add_argument("-o", "--output", metavar="FILE", type=Path, help="write FILE instead of standard output")
    tb.add_argument("--format", choices=FORMATS, default="csv", help="csv (default), tsv, jsonl or markdown")
    tb.add_argument("--excel", action="store_true", help="start CSV/TSV with a UTF-8 byte-order mark for Excel")
    tb.set_defaults(run=_run_table)

    rg = commands.add_parser(
        "register", help="load records into a SQLite register and thread actions across meetings",
        description="Load the records in SRC into the register --db FILE (created when missing). Re-running "
        "updates what changed and removes meetings whose files were deleted; action threads are rebuilt.")
    rg.add_argument("sources", nargs="+", metavar="SRC", help="record files, folders of them, or documents")
    add_db_argument(rg)
    rg.set_defaults(run=_run_register)

    ac = commands.add_parser("actions", help="action threads from the register",
                             description="List action threads: owner, action, raised, due, status, last seen.")
    add_db_argument(ac)
    ac.add_argument("--open", action="store_true", help="only threads not done or cancelled")
    ac.add_argument("--owner", metavar="NAME", help="owners whose name holds NAME")
    ac.add_argument("--body", metavar="TEXT", help="series (normalised meeting title) holding TEXT")
    ac.add_argument("--since", metavar="DATE", type=_iso_date, help="raised on or after DATE (YYYY-MM-DD)")
    ac.add_argument("--unmatched", action="store_true", help="list review points no action thread matched instead")
    ac.add_argument("--format", choices=("table", "csv", "json"), default="table")
    ac.set_defaults(run=_run_actions)

    se = commands.add_parser("search", help="full-text search over points, actions and decisions",
                             description="Find the points, actions and decisions holding all the WORDS.")
    add_db_argument(se)
    se.add_argument("words", metavar="WORDS")
    se.add_argument("--limit", type=int, default=None, metavar="N", help="at most N results (default 50)")
    se.add_argument("--json", action="store_true", help="one JSON array")
    se.set_defaults(run=_run_search)

    pe = commands.add_parser("person", help="one person's meetings and actions",
                             description="Meetings NAME attended or was excused from, and the actions they own.")
    add_db_argument(pe)
    pe.add_argument("name", metavar="NAME")
    pe.add_argument("--json", action="store_true", help="one JSON object")
    pe.set_defaults(run=_run_person)


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--db", metavar="FILE", type=Path, required=required, help="the register (SQLite file)")


def _iso_date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _run_table(args: argparse.Namespace) -> int:
    from notes_extract.errors import NotesExtractError
    from notes_extract.record_files import iter_records
    from notes_extract.tables import rows, write_table

    try:  # read everything first: a bad input leaves no partial table
        records = [loaded.record for loaded in iter_records(args.sources)]
    except NotesExtractError as exc:
        _error(f"{exc.source}: {exc.code}: {exc.message}" if exc.source else f"{exc.code}: {exc.message}")
        return exc.exit_status
    buffer = io.StringIO(newline="")
    if args.excel and args.format in ("csv", "tsv"):
        buffer.write("\ufeff")
    count = write_table(rows(args.kind, records), args.kind, buffer, args.format)
    if args.output is None:
        sys.stdout.write(buffer.getvalue())
    else:
        from notes_extract.cli import write_atomic

        write_atomic(args.output, buffer.getvalue())
        print(f"{PROG}: wrote {count} rows to {args.output}", file=sys.stderr)
    return 0


def _run_register(args: argparse.Namespace) -> int:
    return register_sources(args.sources, args.db)


def register_sources(sources: list[str], db: Path) -> int:
    """Load ``sources`` into the register ``db`` and say what changed; the exit status."""
    from notes_extract.errors import NotesExtractError
    from notes_extract.register import register

    try:
        report = register(sources, db)
    except NotesExtractError as exc:
        _error(f"{exc.source}: {exc.code}: {exc.message}" if exc.source else f"{exc.code}: {exc.message}")
        return exc.exit_status
    print(f"{PROG}: {db}: {report.meetings_added} meetings loaded from {report.files_read} files "
          f"({report.files_unchanged} unchanged), {report.meetings_removed} removed; {report.threads} action "
          f"threads, {report.linked_mentions} later mentions linked, {report.unmatched_mentions} unmatched",
          file=sys.stderr)
    return 0


def _open(db: Path) -> Any:
    from notes_extract.register import open_register

    return open_register(db, create=False)


def _with_register(args: argparse.Namespace, answer: Any) -> int:
    from notes_extract.errors import NotesExtractError

    try:
        conn = _open(args.db)
    except NotesExtractError as exc:
        _error(f"{exc.source}: {exc.code}: {exc.message}")
        return exc.exit_status
    try:
        return int(answer(conn) or 0)
    finally:
        conn.close()


def _run_actions(args: argparse.Namespace) -> int:
    from notes_extract.register import queries

    def answer(conn: Any) -> int:
        if args.unmatched:
            found = queries.unmatched_mentions(conn)
            columns: tuple[str, ...] = ("date", "meeting", "body", "text", "status")
        else:
            found = queries.actions(conn, open_only=args.open, owner=args.owner, body=args.body, since=args.since)
            columns = ACTION_COLUMNS
        _print_rows(found, columns, args.format, title="Action threads")
        return 0

    return _with_register(args, answer)


def _print_rows(found: list[dict[str, Any]], columns: tuple[str, ...], fmt: str, *, title: str) -> None:
    if fmt == "json":
        print(json.dumps(found, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        from notes_extract.tables import safe_cell

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([safe_cell("" if row[c] is None else str(row[c])) for c in columns] for row in found)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{title} ({len(found)})")
        for column in columns:  # dates, owners and statuses stay on one line; the text takes the rest
            wide = column in ("action", "text")
            table.add_column(column.replace("_", " "), overflow="fold", no_wrap=not wide, ratio=4 if wide else None)
        for row in found:
            table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
        Console(width=None if sys.stdout.isatty() else PIPE_WIDTH).print(table)


def _run_search(args: argparse.Namespace) -> int:
    from notes_extract.register import queries

    def answer(conn: Any) -> int:
        found = queries.search(conn, args.words, limit=args.limit or queries.SEARCH_LIMIT)
        if args.json:
            print(json.dumps(found, indent=2, ensure_ascii=False))
        for hit in [] if args.json else found:
            print(f"{hit['date'] or '????-??-??'}  {hit['meeting'] or ''}  [{hit['section'] or '-'}] ({hit['kind']})")
            print(f"    {hit['text']}")
        return 0 if found else 1

    return _with_register(args, answer)


def _run_person(args: argparse.Namespace) -> int:
    from notes_extract.register import queries

    def answer(conn: Any) -> int:
        found = queries.person(conn, args.name)
        if args.json:
            print(json.dumps(found, indent=2, ensure_ascii=False))
            return 0 if found["people"] else 1
        for person in found["people"]:
            print(person["name"])
            for key, rows in person.items():
                if key == "name":
                    continue
                print(f"  {key.replace('_', ' ')} ({len(rows)})")
                for row in rows:
                    print("    " + "  ".join(str(row[c]) for c in row if row[c] is not None))
        if not found["people"]:
            _error(f"no one named like {args.name!r} in {args.db}")
        return 0 if found["people"] else 1

    return _with_register(args, answer)
