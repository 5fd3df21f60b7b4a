"""`notes-extract table`: one row per item, CSV a spreadsheet opens safely."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from notes_extract.cli import main
from notes_extract.tables import COLUMNS, rows, safe_cell, write_table

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
# Documents whose extracted actions match their gold files one for one.
GOLD_CHECKED = ("nonprofit-board-django-software-foundation-2026-02-12.md",
                "uk-chess-club-milton-keynes-agm-2025-09-04.pdf")


def _gold_actions(document: Path) -> int:
    golds = sorted(document.parent.glob(document.stem + ".gold.json")) or sorted(
        document.parent.glob(document.stem + ".*.gold.json"))
    return sum(len(json.loads(g.read_text())["actions"]) for g in golds)


def test_table_actions_has_one_csv_row_per_gold_action(tmp_path, capsys):
    records = tmp_path / "records"
    assert main(["extract", *(str(CORPUS / name) for name in GOLD_CHECKED), "-o", str(records)]) == 0
    out = tmp_path / "actions.csv"
    assert main(["table", "actions", str(records), "-o", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert list(table[0]) == list(COLUMNS["actions"])
    for name in GOLD_CHECKED:
        mine = [row for row in table if row["source"].endswith(name)]
        assert len(mine) == _gold_actions(CORPUS / name) > 0, name
        assert all(row["meeting_date"] and row["action"] for row in mine)
    # and always one row per action of the records
    written = [json.loads(p.read_text()) for p in records.glob("*.json")]
    assert len(table) == sum(len(r["actions"]) for r in written)


def test_formula_cells_are_escaped_and_quoting_is_rfc4180():
    record = {"source": {"path": "x.md", "sha256": "0" * 64}, "meeting": {"date": "2024-01-02", "title": "T"},
              "actions": [{"text": '=HYPERLINK("http://evil", "click")', "owners": [{"text": "A", "name": "@ann"}],
                           "status": "open"},
                          {"text": "Buy cups, plates\nand \"napkins\"", "owners": [], "status": "open"}]}
    buffer = io.StringIO(newline="")
    assert write_table(rows("actions", [record]), "actions", buffer, "csv") == 2
    parsed = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
    assert parsed[0]["action"] == '\'=HYPERLINK("http://evil", "click")'
    assert parsed[0]["owners"] == "'@ann"
    assert parsed[1]["action"] == 'Buy cups, plates\nand "napkins"'
    assert buffer.getvalue().count("\r\n") == 3  # header and two rows, CRLF as RFC 4180 asks
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert safe_cell(start + "1") == "'" + start + "1"
    assert safe_cell("2024-01-02") == "2024-01-02"


def test_every_kind_and_format(tmp_path, capsys):
    document = str(DATA / "register-series" / "garden-club-2024-04-08.md")
    for kind in COLUMNS:
        for fmt in ("csv", "tsv", "jsonl", "markdown"):
            assert main(["table", kind, document, "--format", fmt]) == 0
            text = capsys.readouterr().out
            assert text or (kind == "decisions" and fmt == "jsonl"), (kind, fmt)  # no decisions: no lines
    assert main(["table", "attendance", document, "--format", "jsonl"]) == 0
    people = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {p["name"] for p in people} == {"Ann Baker", "Raj Patel", "Tom Green"}
    assert main(["table", "meetings", document, "--excel"]) == 0
    assert capsys.readouterr().out.startswith("\ufeffmeeting_date,")


def test_bad_input_names_the_file_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json")
    out = tmp_path / "t.csv"
    status = main(["table", "actions", str(bad), "-o", str(out)])
    assert status != 0 and not out.exists()
    assert "broken.json" in capsys.readouterr().err
    assert main(["table", "actions", str(tmp_path / "missing")]) != 0


def test_rows_rejects_an_unknown_kind():
    with pytest.raises(ValueError, match="unknown table"):
        list(rows("votes", []))


def test_the_cli_offers_every_table_and_format():
    from notes_extract import cli_register, tables

    assert cli_register.TABLE_KINDS == tables.TABLE_KINDS
    assert cli_register.FORMATS == tables.FORMATS
