"""Pipes and the library: standard input and output, exit statuses, batch reports,
unguarded scripts, text given as a path, warning codes and the published schemas."""

from __future__ import annotations

import ast
import csv
import inspect
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest

from notes_extract import SourceNotFoundError, extract, extract_text
from notes_extract.batch import BatchReport, Entry, convert_batch, extract_many, format_summary
from notes_extract.batch.report_model import report_schema_text
from notes_extract.cli import _parser
from notes_extract.limits import DEFAULT_TIMEOUT, Limits
from notes_extract.models import json_schema
from notes_extract.warning_codes import WARNING_CODES, warning

from .conftest import ROOT, SAMPLES, SEED

LOG = ROOT / "tests" / "data" / "corpus" / "university-wits-supervisor-meetings-2017.docx"  # 8 meetings
PACKAGE = ROOT / "notes_extract"


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "notes_extract", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=180)


def lines_of(output: bytes) -> list[dict]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


# --------------------------------------------------------------------------- standard input and JSON Lines


def test_extract_dash_reads_standard_input_and_detects_the_format() -> None:
    result = cli("extract", "-", stdin=(SAMPLES / f"{SEED}.pdf").read_bytes())
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["format"] == "pdf" and record["source"]["path"] is None
    assert record["meeting"]["date"] == "2025-07-02"


def test_extract_dash_with_format_forces_it() -> None:
    text = (SAMPLES / f"{SEED}.md").read_bytes()
    assert json.loads(cli("extract", "-", stdin=text).stdout)["source"]["format"] == "markdown"
    forced = cli("extract", "-", "--format", "pdf", stdin=text)  # read as the format forced, whatever the bytes
    assert forced.returncode == 4 and b"<stdin>: corrupt-document" in forced.stderr


def test_empty_standard_input_is_named_in_the_error() -> None:
    result = cli("extract", "-", stdin=b"")
    assert result.returncode == 5 and b"<stdin>: empty-document" in result.stderr


def test_extract_jsonl_prints_one_record_per_line_for_every_file_and_meeting() -> None:
    result = cli("extract", "--jsonl", str(SAMPLES / f"{SEED}.txt"), str(LOG))
    assert result.returncode == 0, result.stderr
    records = lines_of(result.stdout)
    assert len(records) == 1 + 8
    assert [r["source"]["meeting_index"] for r in records[1:]] == list(range(1, 9))
    assert {r["source"]["meeting_count"] for r in records[1:]} == {8}
    assert records[0]["source"]["meeting_index"] == records[0]["source"]["meeting_count"] == 1


def test_extract_jsonl_and_output_folder_do_not_go_together(tmp_path: Path) -> None:
    result = cli("extract", "--jsonl", str(SAMPLES / f"{SEED}.txt"), "-o", str(tmp_path))
    assert result.returncode == 2 and b"--jsonl" in result.stderr


def test_batch_jsonl_dash_streams_records_to_standard_output(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLES / f"{SEED}.txt", src)
    shutil.copy(LOG, src)
    result = cli("batch", str(src), "-o", str(tmp_path / "out"), "--jsonl", "-", "--quiet")
    assert result.returncode == 0, result.stderr
    assert len(lines_of(result.stdout)) == 9
    report = json.loads((tmp_path / "out" / "_report.json").read_text())
    assert report["jsonl"] == {"path": "-", "bytes": len(result.stdout), "lines": 9}
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.name not in ("_report.json", "_report.csv")]


def test_python_dash_m_runs_the_command_line() -> None:
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith(b"notes-extract ")


# --------------------------------------------------------------------------- exit statuses


def test_usage_error_keeps_argparse_status_2() -> None:
    assert cli("extract").returncode == 2
    assert cli("extract", "--no-such-option", "x.txt").returncode == 2
    assert cli("extract", str(SAMPLES / f"{SEED}.txt"), str(SAMPLES / f"{SEED}.md")).returncode == 2


def test_unreadable_file_has_its_own_status(tmp_path: Path) -> None:
    result = cli("extract", str(tmp_path / "nope.docx"))
    assert result.returncode == 66 and b"unreadable-file" in result.stderr


def test_with_several_failures_the_first_file_decides_the_status(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = str(tmp_path / "nope.txt")
    good = str(SAMPLES / f"{SEED}.txt")
    out = str(tmp_path / "out")
    assert cli("extract", good, missing, str(empty), "-o", out).returncode == 66
    assert cli("extract", str(empty), good, missing, "-o", out).returncode == 5
    assert (tmp_path / "out" / f"{SEED}.json").is_file()  # the good file is still converted


# --------------------------------------------------------------------------- text where a path goes


def test_text_given_as_a_path_is_refused_without_echoing_it() -> None:
    secret = "Minutes of the board meeting\nPresent: Jane Confidential, Raj Private"
    result = cli("extract", secret)
    assert result.returncode == 66
    err = result.stderr.decode()
    assert "looks like text" in err and "Confidential" not in err and "extract -" in err
    with pytest.raises(SourceNotFoundError) as caught:
        extract(secret)
    assert "Confidential" not in str(caught.value)


def test_a_missing_file_name_is_not_taken_for_text(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError, match="no such file"):
        extract(str(tmp_path / "minutes of 3 May.docx"))


def test_extract_text_converts_a_string() -> None:
    record = extract_text((SAMPLES / f"{SEED}.txt").read_text(encoding="utf-8"))
    assert record.meeting.date == "2025-07-02" and record.source.path is None
    assert record.attendance.present
    with pytest.raises(TypeError):
        extract_text(b"bytes")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the batch report


def _entry(path: str, status: str, **more: object) -> Entry:
    return Entry(path=path, status=status, **more)  # type: ignore[arg-type]


def test_summary_names_failed_and_warned_files_then_counts_the_rest(tmp_path: Path) -> None:
    failed = [_entry(f"bad{i}.pdf", "failed", error={"code": "corrupt-document", "message": "broken"})
              for i in range(12)]
    warned = [_entry(f"warn{i}.docx", "converted", warnings=["No attendance list was found."]) for i in range(3)]
    report = BatchReport(out=tmp_path, version="x", started="now", entries=failed + warned,
                         options={"workers": 1})
    summary = format_summary(report)
    assert "failed bad0.pdf: corrupt-document: broken" in summary and "failed bad9.pdf" in summary
    assert "bad10.pdf" not in summary and "... and 2 more failures" in summary
    assert "3 inputs have warnings" in summary and "warnings warn2.docx: 1 (No attendance list" in summary


def test_report_csv_sits_beside_the_report_and_holds_no_formula(tmp_path: Path) -> None:
    src = tmp_path / "=src"
    src.mkdir()
    shutil.copy(SAMPLES / f"{SEED}.txt", src)
    (src / "empty.txt").write_bytes(b"")
    result = cli("batch", "=src", "-o", "out", cwd=tmp_path)  # a source whose path a spreadsheet would run
    assert result.returncode == 1 and b"_report.csv" in result.stderr
    with (tmp_path / "out" / "_report.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    report = json.loads((tmp_path / "out" / "_report.json").read_text())
    assert [row["path"] for row in rows] == ["'" + entry["path"] for entry in report["inputs"]]
    by_status = {row["status"]: row for row in rows}
    assert by_status["failed"]["error_code"] == "empty-document" and by_status["failed"]["meetings"] == ""
    assert by_status["converted"]["outputs"] == f"{SEED}.json" and by_status["converted"]["warning_count"] == "0"


def test_written_report_validates_against_the_published_schema(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLES / f"{SEED}.md", src)
    (src / "sheet.xlsx").write_bytes(b"PK")
    convert_batch([src], tmp_path / "out", workers=1)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads((tmp_path / "out" / "_report.json").read_text()), schema)


def test_published_report_schema_is_up_to_date() -> None:
    published = (ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8")
    assert published == report_schema_text(), (
        "schemas/report.schema.json is out of date: run `notes-extract schema --report > schemas/report.schema.json`")


def test_records_of_vanished_sources_are_reported_then_pruned(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    shutil.copy(SAMPLES / f"{SEED}.txt", src / "keep.txt")
    shutil.copy(SAMPLES / f"{SEED}.md", src / "gone.md")
    convert_batch([src], out, workers=1)
    (src / "gone.md").unlink()

    report = convert_batch([src], out, workers=1)
    assert [(e.path, e.status) for e in report.missing] == [(str(src / "gone.md"), "source-missing")]
    assert (out / "gone.json").is_file()  # kept without --prune
    assert "missing " + str(src / "gone.md") in format_summary(report)
    assert json.loads((out / "_report.json").read_text())["counts"]["source-missing"] == 1

    result = cli("batch", str(src), "-o", str(out), "--prune")
    assert result.returncode == 0, result.stderr
    assert not (out / "gone.json").exists() and (out / "keep.json").is_file()
    assert json.loads((out / "_report.json").read_text())["missing"][0]["status"] == "pruned"
    third = convert_batch([src], out, workers=1)
    assert third.missing == []  # pruned once, then forgotten


# --------------------------------------------------------------------------- the library in a plain script


def test_extract_many_works_in_a_script_without_a_main_guard(tmp_path: Path) -> None:
    script = tmp_path / "plain.py"
    script.write_text(textwrap.dedent(f"""
        from notes_extract import extract_many
        for path, result in extract_many([{str(SAMPLES / (SEED + '.txt'))!r}, {str(tmp_path / 'nope.txt')!r}],
                                         workers=2):
            print(path.name, result[0].meeting.date if isinstance(result, list) else result.code)
    """), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path,
                            timeout=180)
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.splitlines()) == [f"{SEED}.txt 2025-07-02", "nope.txt unreadable-file"]


def test_one_default_timeout_for_extract_batch_and_the_library() -> None:
    parser = _parser()
    extract_args = parser.parse_args(["extract", "x.txt"])
    batch_args = parser.parse_args(["batch", "src", "-o", "out"])
    assert extract_args.timeout == batch_args.timeout == DEFAULT_TIMEOUT
    assert Limits().timeout == DEFAULT_TIMEOUT
    assert inspect.signature(extract_many).parameters["timeout"].default == DEFAULT_TIMEOUT
    assert inspect.signature(convert_batch).parameters["timeout"].default == DEFAULT_TIMEOUT


# --------------------------------------------------------------------------- warning codes


def test_notices_give_each_warning_with_its_code(tmp_path: Path) -> None:
    text = (SAMPLES / f"{SEED}.txt").read_text(encoding="utf-8").replace("Wednesday 2 July 2025", "")
    named = tmp_path / "board-2024-03-05.txt"
    named.write_text(text, encoding="utf-8")
    record = extract(named)
    assert [n.message for n in record.notices] == record.warnings
    assert "date-from-file-name" in [n.code for n in record.notices]
    assert record.meeting.date == "2024-03-05"
    result = cli("extract", str(named), "--show-warnings")
    assert b"warning date-from-file-name: " in result.stderr


def test_every_notice_code_is_in_the_catalogue() -> None:
    records = [extract(LOG)] + [extract(SAMPLES / f"{SEED}.{ext}") for ext in ("txt", "docx")]
    codes = {n.code for record in records for n in record.notices}
    assert codes and codes <= set(WARNING_CODES) - {"unclassified"}
    assert "first-of-several" in codes  # extract() of the 8-meeting log says it gave the first


def test_an_unknown_warning_code_fails_at_once() -> None:
    with pytest.raises(KeyError):
        warning("no-such-code", "message")


def test_warnings_are_only_made_through_the_helper() -> None:
    """No plain string (literal or f-string) goes into a list of warnings anywhere in the package."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("append", "insert", "_warn") and node.args):
                continue
            owner = ast.unparse(node.func.value)
            if "warn" not in owner and node.func.attr != "_warn":
                continue
            if isinstance(node.args[-1], ast.Constant | ast.JoinedStr | ast.BinOp):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"warnings without a code (use warning_codes.warning): {offenders}"


# --------------------------------------------------------------------------- the record's schema


def _objects(schema: dict) -> list[tuple[str, dict]]:
    return [("MinutesRecord", schema), *schema["$defs"].items()]


def test_every_model_and_field_has_a_description_and_is_required() -> None:
    for name, model in _objects(json_schema()):
        assert model.get("description"), f"{name} has no description"
        for field, spec in model["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"
        assert sorted(model["required"]) == sorted(model["properties"]), f"{name}: fields not required"


def test_dates_have_the_date_format() -> None:
    schema = json_schema()
    for model in ("Meeting", "Due", "NextMeeting"):
        date = schema["$defs"][model]["properties"]["date"]["anyOf"][0]
        assert date["format"] == "date"
    assert schema["properties"]["schema_version"]["const"] == "1.1"
