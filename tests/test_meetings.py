"""Several meetings in one document: one record each."""

import json
import subprocess
import sys
from pathlib import Path

from notes_extract import extract, extract_all

LOG = b"""Supervisor Meeting Notes

- 26/05/2017
    - Discussed project requirements.
    - Decided that weekly meetings are enough.
- 30/06/2017
    - Discussed provided literature.
- 06/09/2017
    - Rehashed general project goals.
"""


def test_a_meeting_log_gives_one_record_per_dated_meeting() -> None:
    records = extract_all(LOG, format="markdown")
    assert [r.meeting.date for r in records] == ["2017-05-26", "2017-06-30", "2017-09-06"]
    assert {r.meeting.title for r in records} == {"Supervisor Meeting Notes"}
    assert [d.text for d in records[0].decisions] == ["Decided that weekly meetings are enough."]
    assert records[1].decisions == []


def test_extract_gives_the_first_meeting_with_a_warning() -> None:
    record = extract(LOG, format="markdown")
    assert record.meeting.date == "2017-05-26"
    assert any("3 meetings" in w for w in record.warnings)


def test_one_meeting_stays_one_record() -> None:
    text = b"Minutes of the meeting held on 3 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n1. Budget\n\nAgreed."
    assert len(extract_all(text)) == 1


def test_cli_writes_numbered_files_for_a_log(tmp_path: Path) -> None:
    source = tmp_path / "log.md"
    source.write_bytes(LOG)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "notes_extract.cli", "extract", str(source), "-o", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["log.1.json", "log.2.json", "log.3.json"]
    assert json.loads((out / "log.2.json").read_text())["meeting"]["date"] == "2017-06-30"
