"""Reading a previous run's report back, and the one-screen summary of a run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from notes_extract.batch.types import PRUNED, SOURCE_MISSING, BatchReport, Entry


def load_report(path: Path) -> dict[str, Any] | None:
    """A previous run's report as plain data, or None when it is missing or not a report."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("inputs"), list):
        return None
    return data


def entries_by_path(report: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """A loaded report's input entries, by input path; empty without a report."""
    entries: dict[str, dict[str, Any]] = {}
    for data in report["inputs"] if report else []:
        if isinstance(data, dict) and isinstance(data.get("path"), str):
            entries[data["path"]] = data
    return entries


# How many files of each kind (failed, with warnings, unsupported, missing) the summary names before a count.
SUMMARY_FILES_SHOWN = 10


def format_summary(report: BatchReport, *, max_failures: int = SUMMARY_FILES_SHOWN) -> str:
    """A one-screen account of the run: counts, the files that failed or have warnings, speed."""
    counts = report.counts()
    done = counts["converted"] + counts["failed"]
    rate = done / report.elapsed if report.elapsed > 0 else 0.0
    lines = [
        f"{len(report.entries)} inputs: {counts['converted']} converted, {counts['skipped']} skipped, "
        f"{counts['failed']} failed"
        + (f", {counts['unsupported']} unsupported" if counts["unsupported"] else "")
        + (f", {counts['pending']} not reached" if counts["pending"] else "")
        + f" in {report.elapsed:.1f} s ({rate:.1f} docs/s, {report.options.get('workers')} workers)"
    ]
    failures = [e for e in report.entries if e.status == "failed"]
    lines += _named(failures, max_failures, "failures", lambda e: f"failed {e.path}: {_error_text(e)}")
    unsupported = [e for e in report.entries if e.status == "unsupported"]
    lines += _named(unsupported, max_failures, "unsupported files", lambda e: f"unsupported {e.path}")
    warned = [e for e in report.entries if e.warnings and e.status in ("converted", "skipped")]
    if warned:
        lines.append(f"{len(warned)} inputs have warnings:")
        lines += _named(warned, max_failures, "with warnings",
                        lambda e: f"warnings {e.path}: {len(e.warnings)} ({e.warnings[0]})")
    missing = [e for e in report.missing if e.status == SOURCE_MISSING]
    if missing:
        lines.append(f"{len(missing)} earlier inputs no longer exist; their records are kept (--prune removes them):")
        lines += _named(missing, max_failures, "missing", lambda e: f"missing {e.path}")
    pruned = [e for e in report.missing if e.status == PRUNED]
    if pruned:
        lines.append(f"{len(pruned)} earlier inputs no longer exist; their records were removed")
    if report.interrupted:
        lines.append("interrupted: run the same command again to convert the rest")
    lines.append(f"report: {report.path} (and {report.csv_path.name})")
    return "\n".join(lines)


def _named(entries: list[Entry], shown: int, kind: str, line: Callable[[Entry], str]) -> list[str]:
    """One line per entry, the first ``shown`` of them, then how many more."""
    lines = [f"  {line(entry)}" for entry in entries[:shown]]
    if len(entries) > shown:
        lines.append(f"  ... and {len(entries) - shown} more {kind}")
    return lines


def _error_text(entry: Entry) -> str:
    error = entry.error or {}
    return f"{error.get('code')}: {error.get('message')}"
