"""Batch conversion: discovery, mirrored outputs, the report, resume, time limits, kills.

Everything runs on copies of samples/ in tmp folders. The fake converters
below are module-level so spawned worker processes can import them.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from notes_extract import CorruptDocumentError, extract_all
from notes_extract.batch import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    REPORT_NAME,
    Convert,
    DocResult,
    DocumentTimeoutError,
    convert_document,
    discover,
    extract_many,
    find_inputs,
    output_bases,
)
from notes_extract.cli_batch import add_batch_parser, run_batch

from .conftest import SAMPLES, SEED

# --------------------------------------------------------------------------- fakes for workers


def fake_convert(path: str, indent: int | None) -> DocResult:
    """Stuck, crashing and two-meeting documents, chosen by file name; else the real thing."""
    name = Path(path).name
    if "stuck" in name:
        time.sleep(600)
    if "crash" in name:
        os._exit(3)
    result = convert_document(path, indent)
    if "log" in name:
        return dataclasses.replace(result, records=result.records * 2)
    return result


def loaded_convert(path: str, indent: int | None) -> DocResult:
    """What the worker had loaded before this document, and the variable the test set, as its "record"."""
    import gc

    state = {"pdf reader": "notes_extract.loaders.pdf" in sys.modules, "frozen": gc.get_freeze_count() > 0,
             "variable": os.environ.get("NOTES_EXTRACT_TEST_VARIABLE")}
    return DocResult("0" * 64, (json.dumps(state),), seconds=0.0)


# --------------------------------------------------------------------------- helpers


def batch(*argv: str | Path, convert: Convert | None = None) -> int:
    """The batch command in this process, parsed exactly as the CLI parses it."""
    parser = argparse.ArgumentParser(prog="notes-extract")
    add_batch_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["batch", *map(str, argv)])
    return run_batch(args, convert=convert)


def report(out: Path) -> dict:
    return json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))


def statuses(out: Path) -> dict[str, str]:
    return {Path(e["path"]).name: e["status"] for e in report(out)["inputs"]}


def records(out: Path) -> dict[str, bytes]:
    """Every record file under ``out`` (relative path -> bytes)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))
            if p.name != REPORT_NAME and not p.name.startswith(".")}


def hidden(out: Path) -> list[Path]:
    return [p for p in out.rglob(".*")]


def copy(ext: str, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLES / f"{SEED}.{ext}", target)
    return target


def make_tree(root: Path) -> Path:
    """Samples in nested folders, files that must be skipped, and three broken files."""
    src = root / "src"
    for ext in ("txt", "md", "docx", "pdf"):  # one stem in four renderings at the top
        copy(ext, src / f"{SEED}.{ext}")
    copy("md", src / "2025" / "july" / "board.markdown")
    copy("txt", src / "2025" / "july" / "committee.TXT")
    copy("txt", src / ".git" / "ignored.txt")
    copy("txt", src / "2025" / ".hidden.txt")
    (src / "2025" / "old.json").write_text("{}")
    (src / REPORT_NAME).write_text("{}")
    (src / "2025" / "notes.xlsx").write_bytes(b"not ours")
    broken = src / "broken"
    broken.mkdir()
    (broken / "bad.docx").write_bytes(b"PK\x03\x04junk")
    (broken / "noise.pdf").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4000)))
    (broken / "empty.txt").write_bytes(b"")
    return src


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """One run over the sample tree, shared by the tests that only read its results."""
    root = tmp_path_factory.mktemp("tree")
    src = make_tree(root)
    out = root / "out"
    status = batch(src, "-o", out, "--workers", "2", "--quiet")
    return src, out, status


# --------------------------------------------------------------------------- discovery


def test_discover_finds_supported_files_recursively_in_order(tmp_path: Path) -> None:
    src = make_tree(tmp_path)
    found = [p.relative_to(src).as_posix() for p in discover([src], None)]
    assert found == [
        "2025/july/board.markdown", "2025/july/committee.TXT",
        f"{SEED}.docx", f"{SEED}.md", f"{SEED}.pdf", f"{SEED}.txt",
        "broken/bad.docx", "broken/empty.txt", "broken/noise.pdf",
    ]


def test_discover_glob_direct_files_and_excluded_output(tmp_path: Path) -> None:
    src = make_tree(tmp_path)
    assert [p.name for p in discover([src], "*.PDF")] == [f"{SEED}.pdf", "noise.pdf"]
    assert [p.name for p in discover([src], "2025/*")] == ["board.markdown", "committee.TXT"]
    # A file given directly is taken as it is, even hidden or with another suffix.
    direct = src / "2025" / ".hidden.txt"
    assert discover([direct, src / "2025" / "notes.xlsx"], None) == [direct, src / "2025" / "notes.xlsx"]
    # The output folder inside a source folder is never searched.
    copy("txt", src / "out" / "x.txt")
    assert not [p for p in discover([src], None, exclude=[src / "out"]) if "out" in p.parts]
    # A file found twice is converted once.
    shutil.rmtree(src / "out")
    assert len(discover([src, src / f"{SEED}.txt"], None)) == 9


def test_output_names_mirror_and_never_collide(tmp_path: Path) -> None:
    names = ["a/minutes.pdf", "a/minutes.docx", "a/minutes.1.md", "a/other.txt", "b/minutes.pdf"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    inputs = find_inputs([tmp_path])
    bases = dict(zip((i.relative.as_posix() for i in inputs), output_bases(inputs), strict=True))
    assert bases == {
        "a/minutes.pdf": "a/minutes.pdf", "a/minutes.docx": "a/minutes.docx",
        "a/minutes.1.md": "a/minutes.1.md", "a/other.txt": "a/other", "b/minutes.pdf": "b/minutes",
    }
    # Two files given directly with one name both land in OUT: the second gets "~2".
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "other.txt").write_text("x")
    direct = find_inputs([tmp_path / "a" / "other.txt", tmp_path / "c" / "other.txt"])
    assert output_bases(direct) == ["other.txt", "other.txt~2"]


# --------------------------------------------------------------------------- one run


def test_outputs_mirror_the_source_tree(converted: tuple[Path, Path, int]) -> None:
    _, out, _ = converted
    assert sorted(records(out)) == [
        "2025/july/board.json", "2025/july/committee.json",
        f"{SEED}.docx.json", f"{SEED}.md.json", f"{SEED}.pdf.json", f"{SEED}.txt.json",
    ]
    assert hidden(out) == []  # no temporary files left


def test_records_are_those_extract_writes(converted: tuple[Path, Path, int]) -> None:
    src, out, _ = converted
    for ext in ("txt", "docx", "pdf"):
        expected = extract_all(str(src / f"{SEED}.{ext}"))[0].to_json() + "\n"
        assert (out / f"{SEED}.{ext}.json").read_text(encoding="utf-8") == expected


def test_partial_failure_exits_1_and_reports_each_input(converted: tuple[Path, Path, int]) -> None:
    src, out, status = converted
    assert status == EXIT_SOME_FAILED == 1
    data = report(out)
    assert data["tool"] == "notes-extract" and data["version"] and data["state"] == "finished"
    assert data["started"] <= data["finished"]
    assert data["counts"] == {"converted": 6, "skipped": 0, "failed": 3, "unsupported": 1, "pending": 0}
    entries = {Path(e["path"]).relative_to(src).as_posix(): e for e in data["inputs"]}
    # Every file is in the report: the .doc of a kind no loader reads (on this branch) as unsupported.
    assert list(entries) == [i.relative.as_posix() for i in find_inputs([src])]
    assert entries["2025/notes.xlsx"]["status"] == "unsupported"
    assert entries["2025/notes.xlsx"]["error"]["code"] == "unsupported-format"
    errors = {name: e["error"]["code"] for name, e in entries.items() if e["status"] == "failed"}
    assert errors == {"broken/bad.docx": "corrupt-document", "broken/empty.txt": "empty-document",
                      "broken/noise.pdf": "unsupported-format"}
    board = entries["2025/july/board.markdown"]
    assert board["status"] == "converted" and board["meetings"] == 1 and board["error"] is None
    assert board["outputs"] == ["2025/july/board.json"] and isinstance(board["warnings"], list)
    assert board["sha256"] == hashlib.sha256((src / "2025/july/board.markdown").read_bytes()).hexdigest()
    assert board["seconds"] >= 0
    assert entries["broken/bad.docx"]["outputs"] == [] and entries["broken/bad.docx"]["error"]["message"]


def test_summary_lists_failures_with_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    copy("txt", src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    assert batch(src, "-o", tmp_path / "out", "--workers", "1") == EXIT_SOME_FAILED
    err = capsys.readouterr().err
    assert "2 inputs: 1 converted, 0 skipped, 1 failed" in err and "docs/s" in err
    assert "empty.txt: empty-document" in err and REPORT_NAME in err


# --------------------------------------------------------------------------- resume


def test_second_run_skips_force_redoes_and_changes_are_redone(tmp_path: Path) -> None:
    src = tmp_path / "src"
    for name in ("a.txt", "b/c.txt", "b/d.md"):
        copy("md" if name.endswith(".md") else "txt", src / name)
    out = tmp_path / "out"
    assert batch(src, "-o", out, "--quiet", "--workers", "1") == EXIT_OK
    first = records(out)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name != REPORT_NAME}

    assert batch(src, "-o", out, "--quiet") == EXIT_OK
    assert set(statuses(out).values()) == {"skipped"}
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes  # nothing rewritten
    assert report(out)["inputs"][0]["outputs"] == ["a.json"]  # a skipped entry keeps its data

    with (src / "b" / "c.txt").open("a", encoding="utf-8") as handle:
        handle.write("\nAOB: one more thing was said.\n")
    (out / "b" / "d.json").unlink()  # a lost output is redone too
    assert batch(src, "-o", out, "--quiet", "--workers", "1") == EXIT_OK
    assert statuses(out) == {"a.txt": "skipped", "c.txt": "converted", "d.md": "converted"}
    assert records(out)["b/d.json"] == first["b/d.json"]
    assert records(out)["b/c.json"] != first["b/c.json"]

    assert batch(src, "-o", out, "--quiet", "--force", "--workers", "1") == EXIT_OK
    assert set(statuses(out).values()) == {"converted"}


def test_records_are_identical_whatever_the_worker_count(tmp_path: Path) -> None:
    src = tmp_path / "src"
    for i, ext in enumerate(("txt", "md", "docx", "pdf", "txt", "md")):
        copy(ext, src / f"d{i % 2}" / f"m{i}.{ext}")
    assert batch(src, "-o", tmp_path / "one", "--workers", "1", "--quiet") == EXIT_OK
    assert batch(src, "-o", tmp_path / "two", "--workers", "2", "--quiet") == EXIT_OK
    one, two = records(tmp_path / "one"), records(tmp_path / "two")
    assert len(one) == 6 and one == two
    assert [e["path"] for e in report(tmp_path / "one")["inputs"]] == [
        e["path"] for e in report(tmp_path / "two")["inputs"]]


def test_several_meetings_get_numbered_files_and_stale_ones_go(tmp_path: Path) -> None:
    src = tmp_path / "src"
    copy("txt", src / "log.txt")
    out = tmp_path / "out"
    assert batch(src, "-o", out, "--quiet", convert=fake_convert) == EXIT_OK
    assert sorted(records(out)) == ["log.1.json", "log.2.json"]
    assert report(out)["inputs"][0]["meetings"] == 2
    assert batch(src, "-o", out, "--quiet", "--force") == EXIT_OK  # now one meeting
    assert sorted(records(out)) == ["log.json"]


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_streams_records_in_discovery_order_and_resumes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    for name, ext in (("a", "docx"), ("b", "txt"), ("c", "md"), ("d", "pdf")):
        copy(ext, src / f"{name}.{ext}")
    (src / "e.txt").write_bytes(b"")
    out, lines_file = tmp_path / "out", tmp_path / "all.jsonl"
    assert batch(src, "-o", out, "--jsonl", lines_file, "--workers", "2", "--quiet") == EXIT_SOME_FAILED
    lines = lines_file.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [
        str(src / n) for n in ("a.docx", "b.txt", "c.md", "d.pdf")]
    assert lines[1] == extract_all(str(src / "b.txt"))[0].to_json(indent=None)
    assert records(out) == {}  # no record files in this mode
    entries = report(out)["inputs"]
    assert [e.get("lines") for e in entries] == [[1, 1], [2, 2], [3, 3], [4, 4], None]
    assert entries[4]["error"]["code"] == "empty-document"

    # A run killed after writing lines its report does not know: they are dropped.
    with lines_file.open("ab") as handle:
        handle.write(b'{"half a rec')
    before = lines_file.read_bytes()
    assert batch(src, "-o", out, "--jsonl", lines_file, "--quiet") == EXIT_SOME_FAILED
    assert statuses(out)["a.docx"] == "skipped"
    assert lines_file.read_bytes() == before[: before.rindex(b"\n") + 1]

    assert batch(src, "-o", out, "--jsonl", lines_file, "--quiet", "--force") == EXIT_SOME_FAILED
    assert lines_file.read_text(encoding="utf-8").splitlines() == lines


# --------------------------------------------------------------------------- stuck and crashing


def test_timeout_kills_a_stuck_document_and_the_run_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "src"
    copy("txt", src / "a-stuck.txt")  # first, and the only worker: it must be replaced
    copy("txt", src / "b-crash.txt")
    copy("txt", src / "c.txt")
    copy("md", src / "d.md")
    out = tmp_path / "out"
    started = time.monotonic()
    status = batch(src, "-o", out, "--workers", "1", "--timeout", "2", "--quiet", convert=fake_convert)
    assert time.monotonic() - started < 30
    assert status == EXIT_SOME_FAILED
    entries = {Path(e["path"]).name: e for e in report(out)["inputs"]}
    assert entries["a-stuck.txt"]["error"]["code"] == DocumentTimeoutError.code == "timeout"
    assert entries["a-stuck.txt"]["seconds"] >= 2
    assert entries["b-crash.txt"]["error"]["code"] == "worker-crashed"
    assert entries["c.txt"]["status"] == entries["d.md"]["status"] == "converted"
    assert sorted(records(out)) == ["c.json", "d.json"]


# --------------------------------------------------------------------------- library


def test_extract_many_yields_records_and_errors(tmp_path: Path) -> None:
    good = [SAMPLES / f"{SEED}.txt", SAMPLES / f"{SEED}.docx"]
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04junk")
    results = dict(extract_many([*good, bad], workers=2, timeout=60))
    assert set(results) == {*good, bad}
    for path in good:
        got = results[path]
        assert isinstance(got, list)
        assert [r.to_json() for r in got] == [r.to_json() for r in extract_all(str(path))]
    error = results[bad]
    assert isinstance(error, CorruptDocumentError) and error.code == "corrupt-document"
    assert str(bad) in str(error)


@pytest.mark.skipif(sys.platform == "win32", reason="no forkserver on Windows: workers are spawned")
def test_workers_fork_preloaded_and_take_the_current_environment(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers fork from a server that loaded the readers and spaCy once (a .txt needs no PDF reader,
    yet it is there), and see the environment as it is when they start, not as the server's was."""
    src = tmp_path / "src"
    copy("txt", src / "minutes.txt")
    monkeypatch.setenv("NOTES_EXTRACT_TEST_VARIABLE", "first")
    assert batch(src, "-o", tmp_path / "one", "--workers", "1", convert=loaded_convert) == EXIT_OK
    monkeypatch.setenv("NOTES_EXTRACT_TEST_VARIABLE", "second")
    assert batch(src, "-o", tmp_path / "two", "--workers", "1", convert=loaded_convert) == EXIT_OK
    for out, variable in ((tmp_path / "one", "first"), (tmp_path / "two", "second")):
        [state] = [json.loads(text) for text in records(out).values()]
        assert state == {"pdf reader": True, "frozen": True, "variable": variable}


# --------------------------------------------------------------------------- usage


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert batch(tmp_path / "missing", "-o", tmp_path / "out") == EXIT_USAGE
    assert "no such file or folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert batch(tmp_path / "empty", "-o", tmp_path / "out") == EXIT_USAGE
    assert "no files found" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        batch(tmp_path, "-o", tmp_path / "out", "--workers", "0")
    assert exc.value.code == 2


# --------------------------------------------------------------------------- killed runs


def start(src: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "notes_extract.cli", "batch", str(src), "-o", str(out),
                             "--workers", "2", "--quiet", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_records(out: Path, process: subprocess.Popen[str], count: int = 1) -> None:
    deadline = time.monotonic() + 60
    while len(records(out)) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no records appeared"
        time.sleep(0.01)


def many_documents(src: Path, count: int) -> None:
    """Mostly quick documents, with a slower PDF every fourth so the run lasts a moment."""
    for i in range(count):
        ext = ("pdf", "docx", "txt", "md")[i % 4]
        copy(ext, src / f"part{i % 3}" / f"m{i:02}.{ext}")


def test_sigkill_midway_leaves_whole_files_and_the_next_run_finishes(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    many_documents(src, 40)
    process = start(src, out)
    wait_for_records(out, process)
    process.kill()
    process.wait(timeout=30)
    done = records(out)
    assert 1 <= len(done) < 40
    for text in done.values():
        assert json.loads(text)["schema_version"] == "1.1"
    assert all(p.name.endswith(".tmp") for p in hidden(out))  # a temporary file is never a record

    rerun = start(src, out)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == EXIT_OK, err
    assert len(records(out)) == 40 and hidden(out) == []
    assert set(statuses(out).values()) <= {"converted", "skipped"}


def test_sigterm_writes_the_report_and_exits_130(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    many_documents(src, 16)
    process = start(src, out)
    wait_for_records(out, process, count=2)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == EXIT_INTERRUPTED == 130, err
    data = report(out)
    assert data["state"] == "interrupted" and hidden(out) == []
    done = [e for e in data["inputs"] if e["status"] == "converted"]
    assert done and data["counts"]["pending"] > 0
    assert all((out / name).is_file() for e in done for name in e["outputs"])

    assert batch(src, "-o", out, "--quiet") == EXIT_OK
    after = statuses(out)
    assert all(after[Path(e["path"]).name] == "skipped" for e in done)
    assert len(records(out)) == 16


# --------------------------------------------------------------------------- --dask without the extra


def test_dask_without_the_extra_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    copy("txt", tmp_path / "src" / "a.txt")
    monkeypatch.setitem(sys.modules, "distributed", None)  # what `import distributed` meets when missing
    assert batch(tmp_path / "src", "-o", tmp_path / "out", "--dask", "local") == EXIT_USAGE
    assert capsys.readouterr().err == (
        "notes-extract: --dask needs the optional extra: pip install 'notes-extract[dask]'\n")
    assert not (tmp_path / "out").exists()  # refused before any work


def test_dask_send_limit_default_is_the_same_in_the_help() -> None:
    from notes_extract import batch as batch_module
    from notes_extract import cli_batch

    assert cli_batch.DEFAULT_SEND_LIMIT_MB * (1 << 20) == batch_module.DASK_SEND_LIMIT


def test_limits_from_the_command_line_fail_documents_and_the_run_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "src"
    copy("txt", src / "a.txt")
    copy("pdf", src / "b.pdf")
    out = tmp_path / "out"
    status = batch(src, "-o", out, "--workers", "1", "--max-pages", "2", "--quiet")
    assert status == EXIT_SOME_FAILED
    entries = {Path(e["path"]).suffix: e for e in report(out)["inputs"]}
    assert entries[".pdf"]["status"] == "failed" and entries[".pdf"]["error"]["code"] == "limit-exceeded"
    assert entries[".txt"]["status"] == "converted"


def test_discover_finds_restructuredtext_minutes(tmp_path: Path) -> None:
    (tmp_path / "notes.rst").write_text("Board call\n==========\n\nPresent: Ann Lee\n", encoding="utf-8")
    assert [p.name for p in discover([tmp_path], None)] == ["notes.rst"]
