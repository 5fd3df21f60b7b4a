"""The plan step of a batch run: which inputs are converted, skipped or resumed, decided without converting.

Previous runs are made up as reports written by hand, so these tests start
no worker processes.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from notes_extract.batch import REPORT_NAME, BatchReport, BatchUsageError, Entry
from notes_extract.batch.plan import BatchPlan, plan_batch

VERSION = "1.2.3"


def make_sources(root: Path) -> Path:
    src = root / "src"
    (src / "later").mkdir(parents=True)
    (src / "a.txt").write_text("Minutes of A\n", encoding="utf-8")
    (src / "later" / "b.md").write_text("# Minutes of B\n", encoding="utf-8")
    (src / "notes.json").write_text("{}", encoding="utf-8")  # not an input
    return src


def done_before(out: Path, src: Path, *, version: str = VERSION, status: str = "converted",
                meetings: int = 1, jsonl: dict | None = None, **entry: object) -> None:
    """A previous run's report in ``out`` saying a.txt was converted (and b.md failed), with a.txt's records."""
    a = src / "a.txt"
    outputs = ["a.json"] if meetings == 1 else [f"a.{n}.json" for n in range(1, meetings + 1)]
    fields: dict = {"status": status, "meetings": meetings, "outputs": outputs, "warnings": ["w"],
                    "sha256": hashlib.sha256(a.read_bytes()).hexdigest(), **entry}
    entries = [Entry(path=str(a), **fields),
               Entry(path=str(src / "later" / "b.md"), status="failed", error={"code": "x", "message": "y"})]
    out.mkdir(parents=True, exist_ok=True)
    for name in outputs:
        (out / name).write_text("{}\n", encoding="utf-8")
    BatchReport(out=out, version=version, started="then", entries=entries, options={}, jsonl=jsonl,
                state="finished").write()


def statuses(plan: BatchPlan) -> list[str]:
    return [entry.status for entry in plan.entries]


def test_a_first_run_converts_every_input_and_writes_nothing(tmp_path: Path) -> None:
    src = make_sources(tmp_path)
    plan = plan_batch([src], tmp_path / "out", version=VERSION)
    assert [e.path for e in plan.entries] == [str(src / "a.txt"), str(src / "later" / "b.md")]
    assert statuses(plan) == ["pending", "pending"] and plan.todo == [0, 1]
    assert plan.bases == ["a", "later/b"] and plan.claimed == {} and plan.jsonl is None
    assert not (tmp_path / "out").exists()  # planning only reads


def test_an_unchanged_converted_input_is_skipped_and_keeps_its_outputs(tmp_path: Path) -> None:
    src = make_sources(tmp_path)
    out = tmp_path / "out"
    done_before(out, src)
    plan = plan_batch([src], out, version=VERSION)
    assert statuses(plan) == ["skipped", "pending"] and plan.todo == [1]  # failed ones are retried
    skipped = plan.entries[0]
    assert (skipped.meetings, skipped.outputs, skipped.warnings) == (1, ["a.json"], ["w"])
    assert plan.claimed == {"a.json": 0}
    assert set(plan.previous_entries) == {str(src / "a.txt"), str(src / "later" / "b.md")}


@pytest.mark.parametrize("change", ["force", "version", "bytes", "record-gone", "renamed-outputs", "failed"])
def test_an_input_is_converted_again_when_its_previous_records_cannot_be_trusted(tmp_path: Path,
                                                                                change: str) -> None:
    src = make_sources(tmp_path)
    out = tmp_path / "out"
    done_before(out, src, version="0.9" if change == "version" else VERSION,
                status="failed" if change == "failed" else "converted",
                **({"outputs": ["other.json"]} if change == "renamed-outputs" else {}))
    if change == "bytes":
        (src / "a.txt").write_text("Minutes of A, corrected\n", encoding="utf-8")
    if change == "record-gone":
        (out / "a.json").unlink()
    plan = plan_batch([src], out, version=VERSION, force=change == "force")
    assert statuses(plan) == ["pending", "pending"] and plan.todo == [0, 1] and plan.claimed == {}


def test_json_lines_resume_keeps_the_lines_the_report_vouches_for(tmp_path: Path) -> None:
    src = make_sources(tmp_path)
    out, lines = tmp_path / "out", tmp_path / "all.jsonl"
    lines.write_bytes(b"{}\n{}\n{}\n")  # the third line was written after the report
    committed = {"path": os.path.abspath(lines), "bytes": 6, "lines": 2}
    done_before(out, src, meetings=2, jsonl=committed, lines=[1, 2])
    plan = plan_batch([src], out, version=VERSION, jsonl=lines)
    assert statuses(plan) == ["skipped", "pending"] and plan.entries[0].lines == [1, 2]
    assert plan.jsonl_committed == {"bytes": 6, "lines": 2} and plan.jsonl_key == os.path.abspath(lines)
    assert plan.claimed == {}  # its records are lines, not files of OUT
    # The same report without --jsonl vouches for no record file, and its records' files are not OUT's to remove.
    plan = plan_batch([src], out, version=VERSION)
    assert statuses(plan) == ["pending", "pending"] and plan.previous_entries == {}
    # A JSON Lines file shorter than the report says has lost records: start it again.
    lines.write_bytes(b"{}\n")
    plan = plan_batch([src], out, version=VERSION, jsonl=lines)
    assert statuses(plan) == ["pending", "pending"] and plan.jsonl_committed == {"bytes": 0, "lines": 0}


def test_glob_and_a_file_given_directly(tmp_path: Path) -> None:
    src = make_sources(tmp_path)
    assert [e.path for e in plan_batch([src], tmp_path / "out", version=VERSION, glob="*.md").entries] == [
        str(src / "later" / "b.md")]
    plan = plan_batch([src / "later" / "b.md", src], tmp_path / "out", version=VERSION)
    assert plan.bases == ["b", "a"]  # a duplicate goes; a file given directly is named after itself


def test_a_run_that_cannot_start_is_a_usage_error(tmp_path: Path) -> None:
    src = make_sources(tmp_path)
    with pytest.raises(BatchUsageError, match="no such file or folder"):
        plan_batch([tmp_path / "missing"], tmp_path / "out", version=VERSION)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(BatchUsageError, match="exists and is not a folder"):
        plan_batch([src], tmp_path / "file", version=VERSION)
    with pytest.raises(BatchUsageError, match=r"no files found in .* matching '\*\.pdf'"):
        plan_batch([src], tmp_path / "out", version=VERSION, glob="*.pdf")
    assert not (tmp_path / "out").exists() and REPORT_NAME not in {p.name for p in tmp_path.rglob("*")}
