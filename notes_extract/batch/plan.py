"""Planning a run: which inputs to convert, which a previous run has done already, and what it left to resume.

Planning reads (the sources, the previous ``OUT/_report.json``, the record
files it names) and writes nothing, so a run that cannot start leaves OUT as
it was.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from notes_extract.batch.discovery import SUPPORTED_SUFFIXES, InputFile, find_inputs, output_bases, output_names
from notes_extract.batch.files import sha256_file
from notes_extract.batch.report import entries_by_path, load_report
from notes_extract.batch.types import JSONL_STDOUT, PRUNED, REPORT_NAME, SOURCE_MISSING, BatchUsageError, Entry
from notes_extract.errors import UnsupportedFormatError


@dataclass
class BatchPlan:
    """What a run will do, decided before anything is converted."""

    sources: list[Path]
    out: Path
    jsonl: Path | None  # --jsonl: the one file all records go to
    version: str
    inputs: list[InputFile]
    bases: list[str]  # each input's output name without ".json"
    entries: list[Entry]  # one per input: "skipped" (done by a previous run) or "pending"
    claimed: dict[str, int]  # lower-cased output name -> index of the input it belongs to
    previous_entries: dict[str, dict[str, Any]]  # the previous report's entries, for removing outputs a redo drops
    jsonl_committed: dict[str, int]  # "bytes" and "lines" of the JSON Lines file the previous report vouches for
    # Indexes of the inputs to convert, in discovery order: fixed when planned, while entries change as results come.
    todo: list[int] = field(default_factory=list)
    # Inputs of earlier runs whose file no longer exists, with the records they left ("source-missing").
    missing: list[Entry] = field(default_factory=list)

    @property
    def jsonl_to_stdout(self) -> bool:
        """``--jsonl -``: the records go to standard output, so nothing of an earlier run is reused."""
        return self.jsonl is not None and str(self.jsonl) == JSONL_STDOUT

    @property
    def jsonl_key(self) -> str | None:
        """The JSON Lines file as the report names it (absolute, or "-"), so a later run knows it is the same."""
        if self.jsonl is None or self.jsonl_to_stdout:
            return None if self.jsonl is None else JSONL_STDOUT
        return os.path.abspath(self.jsonl)


def plan_batch(sources: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str], *, version: str,
               glob: str | None = None, jsonl: str | os.PathLike[str] | None = None,
               force: bool = False) -> BatchPlan:
    """Find the inputs and decide which a previous run in ``out`` already converted with ``version``.

    An input is skipped when the previous report says it was converted by the
    same version, from the same bytes, and its records are still there (its
    record files, or its lines in the same JSON Lines file). Raises
    `BatchUsageError` when the run cannot start.
    """
    source_paths = [Path(s) for s in sources]
    out_dir = Path(out)
    jsonl_path = Path(jsonl) if jsonl is not None else None
    inputs = _find_or_fail(source_paths, out_dir, jsonl_path, glob)
    previous = load_report(out_dir / REPORT_NAME)
    old_jsonl = previous.get("jsonl") if previous else None
    reusable = previous if previous and not force and previous.get("version") == version else None
    committed, reusable = _resumable_lines(reusable, old_jsonl, jsonl_path)
    plan = BatchPlan(
        sources=source_paths, out=out_dir, jsonl=jsonl_path, version=version, inputs=inputs, bases=_bases(inputs),
        entries=[Entry(path=str(item.path)) if item.readable else unsupported_entry(item) for item in inputs],
        claimed={},
        # Record files a redone input no longer has are removed; those of a
        # JSON Lines run are not files of their own.
        previous_entries={} if old_jsonl is not None else entries_by_path(previous),
        jsonl_committed=committed)
    _skip_done(plan, entries_by_path(reusable))
    plan.todo = [i for i, entry in enumerate(plan.entries) if entry.status == "pending"]
    plan.missing = missing_sources(previous, {entry.path for entry in plan.entries})
    return plan


def missing_sources(previous: dict[str, Any] | None, current: set[str]) -> list[Entry]:
    """Entries of an earlier run's inputs whose file is gone and whose records were not pruned yet."""
    if not previous:
        return []
    earlier = [*previous["inputs"], *(previous.get("missing") or [])]
    missing: dict[str, Entry] = {}
    for old in earlier:
        path = old.get("path") if isinstance(old, dict) else None
        if (not isinstance(path, str) or path in current or path in missing or old.get("status") == PRUNED
                or old.get("status") not in ("converted", "skipped", SOURCE_MISSING) or os.path.lexists(path)):
            continue
        outputs = [name for name in old.get("outputs") or [] if isinstance(name, str)]
        meetings = old.get("meetings")
        sha256 = old.get("sha256")
        missing[path] = Entry(path=path, status=SOURCE_MISSING, outputs=outputs,
                              meetings=meetings if isinstance(meetings, int) else None,
                              sha256=sha256 if isinstance(sha256, str) else None,
                              error={"code": SOURCE_MISSING, "message": "the file no longer exists; its records "
                                     "are kept (--prune removes them)"})
    return list(missing.values())


def _bases(inputs: list[InputFile]) -> list[str]:
    """Output names of the readable inputs ("" for the others, which write nothing and claim no name)."""
    readable = [item for item in inputs if item.readable]
    names = iter(output_bases(readable))
    return [next(names) if item.readable else "" for item in inputs]


def unsupported_entry(item: InputFile) -> Entry:
    """The report entry of a file of a kind no loader reads: listed, never converted."""
    kind = f"a {item.path.suffix.lower()} file" if item.path.suffix else "a file without a suffix"
    readable = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return Entry(path=str(item.path), status="unsupported", error={
        "code": UnsupportedFormatError.code,
        "message": f"{kind}: not a kind of document notes-extract reads ({readable})"})


def _find_or_fail(sources: list[Path], out: Path, jsonl: Path | None, glob: str | None) -> list[InputFile]:
    """The inputs under ``sources``, or a `BatchUsageError` saying why there are none to run on."""
    for source in sources:
        if not source.exists():
            raise BatchUsageError(f"{source}: no such file or folder")
    if out.exists() and not out.is_dir():
        raise BatchUsageError(f"{out}: exists and is not a folder")
    inputs = find_inputs(sources, glob, exclude=[out] + ([jsonl] if jsonl else []))
    if not inputs:
        where = ", ".join(str(s) for s in sources)
        raise BatchUsageError(f"no files found in {where}"
                              + (f" matching {glob!r}" if glob else ""))
    return inputs


def _resumable_lines(reusable: dict[str, Any] | None, old_jsonl: Any,
                     jsonl: Path | None) -> tuple[dict[str, int], dict[str, Any] | None]:
    """The JSON Lines file's part to keep, and the previous report if its records are where this run puts them.

    With --jsonl, the lines the previous report vouches for are kept and any
    written after it dropped; without, a report of a JSON Lines run vouches
    for no record file in OUT.
    """
    nothing = {"bytes": 0, "lines": 0}
    if jsonl is not None and str(jsonl) == JSONL_STDOUT:
        return nothing, None  # standard output keeps nothing a later run could resume
    if jsonl is None:
        return nothing, (None if old_jsonl is not None else reusable)
    if (reusable and isinstance(old_jsonl, dict) and old_jsonl.get("path") == os.path.abspath(jsonl)
            and jsonl.is_file() and jsonl.stat().st_size >= int(old_jsonl.get("bytes", 0))):
        return {"bytes": int(old_jsonl["bytes"]), "lines": int(old_jsonl.get("lines", 0))}, reusable
    return nothing, None  # none of its records are in this file


def _skip_done(plan: BatchPlan, old_entries: dict[str, dict[str, Any]]) -> None:
    """Mark "skipped" each input whose previous entry still holds, and claim its output names."""
    for index, (item, entry) in enumerate(zip(plan.inputs, plan.entries, strict=True)):
        old = old_entries.get(entry.path)
        if entry.status == "unsupported" or old is None or not _still_done(plan, index, old):
            continue
        if sha256_file(item.path) != old.get("sha256"):
            continue
        plan.entries[index] = Entry(
            path=entry.path, status="skipped", meetings=old.get("meetings"),
            outputs=list(old.get("outputs") or []), warnings=list(old.get("warnings") or []),
            sha256=old.get("sha256"), lines=old.get("lines"))
        if plan.jsonl is None:
            plan.claimed.update((name.lower(), index) for name in plan.entries[index].outputs)


def _still_done(plan: BatchPlan, index: int, old: dict[str, Any]) -> bool:
    """Whether the records a previous entry names are all still there (the input's bytes aside)."""
    if old.get("status") not in ("converted", "skipped"):
        return False
    if plan.jsonl is not None:
        lines = old.get("lines")
        return lines is None or (isinstance(lines, list) and lines[-1] <= plan.jsonl_committed["lines"])
    meetings = old.get("meetings")
    if not isinstance(meetings, int) or old.get("outputs") != output_names(plan.bases[index], meetings):
        return False
    return all((plan.out / name).is_file() for name in old["outputs"])
