"""Batch conversion as Dask tasks: the same records, report and resume as a local run.

One LocalCluster on loopback serves the module (two worker processes, one
thread each). The fake converter is module-level so the Dask workers, which
share this process's sys.path, can import it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
import dask  # noqa: E402  (installed with distributed)

from notes_extract.batch import (  # noqa: E402
    EXIT_INTERRUPTED,
    EXIT_SOME_FAILED,
    REPORT_NAME,
    BatchUsageError,
    DocResult,
    convert_batch,
    convert_document,
    dask_runner,
    orchestrator,
)

from .conftest import SAMPLES, SEED  # noqa: E402

# --------------------------------------------------------------------------- fakes for workers


def dask_fake(path: str, indent: int | None, data: bytes | None = None) -> DocResult:
    """Stuck and crashing documents, chosen by file name; else the real thing."""
    name = Path(path).name
    if "stuck" in name:
        time.sleep(600)
    if "crash" in name:
        time.sleep(0.5)  # a crash while reading, not before the task could say it started
        os._exit(3)
    return convert_document(path, indent, data=data)


# --------------------------------------------------------------------------- helpers


def report(out: Path) -> dict:
    return json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))


def records(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))
            if p.name != REPORT_NAME and not p.name.startswith(".")}


def outcome(out: Path) -> list[tuple]:
    """What the report says of each input, without the timings."""
    return [(e["path"], e["status"], e["meetings"], e["outputs"], e["warnings"], e["error"], e["sha256"],
             e.get("lines")) for e in report(out)["inputs"]]


def copy(ext: str, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLES / f"{SEED}.{ext}", target)
    return target


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A two-worker cluster on loopback; a crashed task is retried once before KilledWorker.

    As `--dask local` does, it keeps its nannies however often their workers die.
    """
    with dask.config.set({"distributed.deploy.lost-worker-timeout": "100 days"}):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1",
            silence_logs=logging.ERROR, scheduler_kwargs={"allowed_failures": 1})
        try:
            yield cluster.scheduler_address
        finally:
            cluster.close()


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample documents in four formats, nested, plus a broken one, converted locally by one worker."""
    root = tmp_path_factory.mktemp("dask")
    src = root / "src"
    for ext in ("txt", "md", "docx", "pdf"):
        copy(ext, src / f"{SEED}.{ext}")
    copy("txt", src / "2025" / "committee.txt")
    (src / "2025" / "broken.docx").write_bytes(b"PK\x03\x04junk")
    out = root / "local"
    assert convert_batch([src], out, workers=1).exit_status == EXIT_SOME_FAILED
    return src, out


# --------------------------------------------------------------------------- same as local


def test_dask_run_matches_the_local_run_and_resumes(scheduler: str, local: tuple[Path, Path],
                                                    tmp_path: Path) -> None:
    src, expected = local
    out = tmp_path / "out"
    run = convert_batch([src], out, dask=scheduler, timeout=120)
    assert run.exit_status == EXIT_SOME_FAILED and run.state == "finished"
    assert len(records(expected)) == 5 and records(out) == records(expected)  # byte for byte
    assert outcome(out) == outcome(expected)
    failed = {Path(e["path"]).name: e["error"]["code"] for e in report(out)["inputs"] if e["status"] == "failed"}
    assert failed == {"broken.docx": "corrupt-document"}
    assert report(out)["options"]["dask"] == scheduler and report(out)["options"]["workers"] == 2

    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name != REPORT_NAME}
    again = convert_batch([src], out, dask=scheduler)
    # failed ones are retried
    assert again.counts() == {"converted": 0, "skipped": 5, "failed": 1, "unsupported": 0, "pending": 0}
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes  # nothing rewritten


def test_paths_scattered_bytes_and_json_lines_give_the_same_records(
        scheduler: str, local: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, expected = local
    # The workers read the files themselves (shared storage: here, the same machine).
    convert_batch([src], tmp_path / "paths", dask=scheduler, dask_send_limit=0)
    assert records(tmp_path / "paths") == records(expected)
    assert outcome(tmp_path / "paths") == outcome(expected)
    # A relative SRC: the workers (elsewhere, in their own working folder) find the files by
    # their absolute path, and the records name them as given, as with bytes sent.
    monkeypatch.chdir(src.parent)
    convert_batch(["src"], tmp_path / "relative-bytes", dask=scheduler)
    convert_batch(["src"], tmp_path / "relative-paths", dask=scheduler, dask_send_limit=0)
    relative = records(tmp_path / "relative-paths")
    assert len(relative) == 5 and relative == records(tmp_path / "relative-bytes")
    assert json.loads(relative["2025/committee.json"])["source"]["path"] == "src/2025/committee.txt"
    monkeypatch.undo()
    # Every input scattered to a worker ahead of its task, as large ones are.
    monkeypatch.setattr(dask_runner, "INLINE_LIMIT", 0)
    convert_batch([src], tmp_path / "scattered", dask=scheduler)
    assert records(tmp_path / "scattered") == records(expected)
    monkeypatch.undo()
    # JSON Lines: the same lines, in discovery order, as a local run's.
    convert_batch([src], tmp_path / "l1", jsonl=tmp_path / "l1.jsonl", workers=2)
    convert_batch([src], tmp_path / "l2", jsonl=tmp_path / "l2.jsonl", dask=scheduler)
    assert (tmp_path / "l2.jsonl").read_bytes() == (tmp_path / "l1.jsonl").read_bytes()
    assert [e.get("lines") for e in report(tmp_path / "l2")["inputs"]] == [
        e.get("lines") for e in report(tmp_path / "l1")["inputs"]]


def test_records_from_another_version_are_refused(scheduler: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    copy("txt", tmp_path / "src" / "a.txt")
    # This process's version, which the workers' must match (they run in processes of their own).
    monkeypatch.setattr(orchestrator, "tool_version", lambda: "0.0.0-not-the-workers")
    run = convert_batch([tmp_path / "src"], tmp_path / "out", dask=scheduler)
    assert [e.error["code"] for e in run.entries if e.error] == ["version-mismatch"]
    assert records(tmp_path / "out") == {}


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    copy("txt", tmp_path / "src" / "a.txt")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), \
            pytest.raises(BatchUsageError, match="cannot connect to the Dask scheduler"):
        convert_batch([tmp_path / "src"], tmp_path / "out", dask="tcp://127.0.0.1:9")
    assert not (tmp_path / "out" / REPORT_NAME).exists()


# --------------------------------------------------------------------------- stuck and crashing


def test_timeout_cancels_and_restarts_and_a_crash_is_reported(scheduler: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    copy("txt", src / "a-stuck.txt")
    copy("txt", src / "b-crash.txt")
    for name in ("c.txt", "d.txt", "e.txt"):
        copy("txt", src / name)
    started = time.monotonic()
    run = convert_batch([src], tmp_path / "out", dask=scheduler, timeout=3, convert=dask_fake)
    assert time.monotonic() - started < 40
    entries = {Path(e.path).name: e for e in run.entries}
    assert entries["a-stuck.txt"].error == {
        "code": "timeout", "message": "took longer than 3 s; its Dask task was cancelled and its worker restarted"}
    assert entries["a-stuck.txt"].seconds is not None and entries["a-stuck.txt"].seconds >= 3
    assert entries["b-crash.txt"].error is not None and entries["b-crash.txt"].error["code"] == "worker-crashed"
    assert [entries[n].status for n in ("c.txt", "d.txt", "e.txt")] == ["converted"] * 3
    assert sorted(records(tmp_path / "out")) == ["c.json", "d.json", "e.json"]


# --------------------------------------------------------------------------- command line


def cli(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "notes_extract.cli", "batch", str(src), "-o", str(out), "--dask", "local",
            "--workers", "2", *extra]


def test_cli_dask_local_end_to_end(local: tuple[Path, Path], tmp_path: Path) -> None:
    src, expected = local
    out = tmp_path / "out"
    done = subprocess.run(cli(src, out), capture_output=True, text=True, timeout=120)
    assert done.returncode == EXIT_SOME_FAILED, done.stderr
    assert "6 inputs: 5 converted, 0 skipped, 1 failed" in done.stderr
    assert "broken.docx: corrupt-document" in done.stderr
    assert records(out) == records(expected) and outcome(out) == outcome(expected)
    assert report(out)["options"]["dask"] == "local"


def test_cli_dask_local_sigterm_writes_the_report(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    for i in range(24):
        copy(("pdf", "docx", "txt", "md")[i % 4], src / f"m{i:02}.{('pdf', 'docx', 'txt', 'md')[i % 4]}")
    process = subprocess.Popen(cli(src, out, "--quiet"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not records(out):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no records appeared"
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    if process.returncode == 0:  # it finished before the signal arrived
        pytest.skip("the run was too quick to interrupt")
    assert process.returncode == EXIT_INTERRUPTED, err
    data = report(out)
    assert data["state"] == "interrupted"
    assert all((out / name).is_file() for e in data["inputs"] if e["status"] == "converted" for name in e["outputs"])
