"""Reading a previous run's report back, and the one-screen summary of a run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from notes_extract.batch.types import BatchReport


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


def format_summary(report: BatchReport, *, max_failures: int = 15) -> str:
    """A one-screen account of the run: counts, failures with their codes, speed."""
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
    for entry in failures[:max_failures]:
        error = entry.error or {}
        lines.append(f"  failed {entry.path}: {error.get('code')}: {error.get('message')}")
    if len(failures) > max_failures:
        lines.append(f"  ... and {len(failures) - max_failures} more failures")
    unsupported = [e for e in report.entries if e.status == "unsupported"]
    for entry in unsupported[:max_failures]:
        lines.append(f"  unsupported {entry.path}")
    if len(unsupported) > max_failures:
        lines.append(f"  ... and {len(unsupported) - max_failures} more unsupported files")
    warned = sum(1 for e in report.entries if e.warnings and e.status == "converted")
    if warned:
        lines.append(f"{warned} converted inputs have warnings")
    if report.interrupted:
        lines.append("interrupted: run the same command again to convert the rest")
    lines.append(f"report: {report.path}")
    return "\n".join(lines)
