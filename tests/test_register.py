"""The register: idempotent loading, series, action threads and the queries on them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from notes_extract.cli import main
from notes_extract.register import RegisterError, open_register, queries, register
from notes_extract.register.series import series_key

DATA = Path(__file__).parent / "data"
SERIES = DATA / "register-series"
WITS = DATA / "corpus" / "university-wits-supervisor-meetings-2017.docx"


@pytest.fixture(scope="module")
def garden_records(tmp_path_factory) -> Path:
    """The invented Garden Club series as records written by `extract -o`."""
    out = tmp_path_factory.mktemp("garden")
    assert main(["extract", *map(str, sorted(SERIES.glob("*.md"))), "-o", str(out)]) == 0
    return out


def _open_actions(db: Path) -> list[dict]:
    conn = open_register(db, create=False)
    try:
        return queries.actions(conn, open_only=True)
    finally:
        conn.close()


def test_open_lists_exactly_the_open_threads(garden_records, tmp_path):
    db = tmp_path / "r.sqlite"
    report = register([garden_records], db)
    assert report.meetings_added == 3 and report.threads == 4
    open_threads = _open_actions(db)
    assert sorted(t["action"] for t in open_threads) == [
        "Raj Patel to order two new compost bins for the allotment.",
        "Tom Green to print posters for the seed swap in May."]
    conn = open_register(db)
    everything = {t["action"]: t for t in queries.actions(conn)}
    sale = everything["Ann Baker to book the village hall for the spring plant sale on 20 April."]
    assert sale["status"] == "done" and sale["raised"] == "2024-03-04" and sale["last_seen"] == "2024-05-13"
    assert [m["status"] for m in sale["mentions"]] == ["in_progress", "done"]
    assert everything["Raj Patel to get three quotes for repairing the greenhouse roof."]["status"] == "done"
    assert [t["action"] for t in queries.actions(conn, owner="tom")] == [
        "Tom Green to print posters for the seed swap in May."]
    assert len(queries.actions(conn, since="2024-04-01")) == 2
    assert len(queries.actions(conn, body="garden club")) == 4 and not queries.actions(conn, body="parish")
    conn.close()


def test_rerun_is_idempotent_and_thread_ids_are_stable(garden_records, tmp_path):
    db = tmp_path / "r.sqlite"
    register([garden_records], db)
    ids = {t["id"] for t in queries.actions(open_register(db))}
    again = register([garden_records], db)
    assert again.files_read == 0 and again.files_unchanged == 3 and again.meetings_added == 0
    conn = open_register(db)
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
    assert {t["id"] for t in queries.actions(conn)} == ids
    conn.close()


def test_a_changed_record_replaces_and_a_deleted_one_is_removed(garden_records, tmp_path):
    records = tmp_path / "records"
    shutil.copytree(garden_records, records)
    db = tmp_path / "r.sqlite"
    register([records], db)
    last = records / "garden-club-2024-05-13.json"
    data = json.loads(last.read_text())
    data["actions"] = [a for a in data["actions"] if "compost" not in a["text"]]
    last.write_text(json.dumps(data))
    report = register([records], db)
    assert report.files_read == 1 and report.meetings_added == 1
    assert [t["action"] for t in _open_actions(db)] == ["Tom Green to print posters for the seed swap in May."]
    (records / "garden-club-2024-04-08.json").unlink()
    report = register([records], db)
    assert report.meetings_removed == 1
    conn = open_register(db)
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 2
    orphans = "SELECT count(*) FROM search WHERE meeting_id NOT IN (SELECT id FROM meetings)"
    assert conn.execute(orphans).fetchone()[0] == 0
    # the seed swap went with April, and so did the report that the greenhouse quotes were done
    assert [t["action"] for t in _open_actions(db)] == [
        "Raj Patel to get three quotes for repairing the greenhouse roof."]
    conn.close()


def test_wits_log_is_one_series_with_no_open_actions(tmp_path, capsys):
    db = tmp_path / "w.sqlite"
    assert main(["register", str(WITS), "--db", str(db)]) == 0
    conn = open_register(db)
    assert tuple(conn.execute("SELECT count(*), count(DISTINCT series) FROM meetings").fetchone()) == (8, 1)
    dates = [r[0] for r in conn.execute("SELECT date FROM meetings ORDER BY date")]
    assert dates[0] == "2017-05-26" and dates[-1] == "2017-10-20"
    conn.close()
    capsys.readouterr()
    assert main(["actions", "--db", str(db), "--open", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # the log records no action (as its gold files say)
    assert main(["search", "--db", str(db), "PLINK K-Fold"]) == 0
    assert "2017-09-29" in capsys.readouterr().out


def test_series_key_drops_dates_and_kinds_of_sitting():
    assert series_key("MEETING OF THE PARISH COUNCIL") == series_key("Extraordinary Meeting of the Parish Council")
    assert series_key("Parish Council – Minutes, 3rd May 2002") == "parish council"
    assert series_key("Minutes 12 March 2024", "/archive/finance/minutes_2024_03.docx") == "finance"
    assert series_key(None, None) == "untitled"


def test_person_search_and_cli_outputs(garden_records, tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    assert main(["register", str(garden_records), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["person", "--db", str(db), "raj", "--json"]) == 0
    raj = json.loads(capsys.readouterr().out)["people"][0]
    assert raj["name"] == "Raj Patel" and len(raj["attended"]) == 3 and len(raj["actions"]) == 2
    assert main(["search", "--db", str(db), "compost", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["date"] == "2024-05-13"
    assert main(["search", "--db", str(db), "nothing-like-this"]) == 1
    assert main(["actions", "--db", str(db), "--open", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "owner,action,raised,due,status,last_seen" and len(lines) == 3
    assert main(["actions", "--db", str(db)]) == 0
    assert "Action threads (4)" in capsys.readouterr().out


def test_other_schema_versions_are_migrated_or_refused(tmp_path, capsys):
    newer = tmp_path / "newer.sqlite"
    open_register(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(RegisterError, match="newer"):
        open_register(newer)
    assert main(["actions", "--db", str(newer)]) == 14
    assert "register-error" in capsys.readouterr().err
    older = tmp_path / "older.sqlite"
    open_register(older).close()
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(RegisterError, match="cannot be migrated"):
        open_register(older)
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE x (y)")
    with pytest.raises(RegisterError, match="not a notes-extract register"):
        open_register(foreign)
    assert main(["actions", "--db", str(tmp_path / "missing.sqlite")]) == 14


def test_a_bad_input_changes_nothing(garden_records, tmp_path, capsys):
    db = tmp_path / "r.sqlite"
    register([garden_records], db)
    bad = tmp_path / "bad.json"
    bad.write_text('{"meeting": {}}')
    assert main(["register", str(garden_records), str(bad), "--db", str(db)]) == 4
    assert "bad.json: corrupt-document" in capsys.readouterr().err
    conn = open_register(db)
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
    conn.close()


def test_batch_db_loads_what_the_batch_wrote(tmp_path, capsys):
    src = tmp_path / "src"
    shutil.copytree(SERIES, src)
    db = tmp_path / "b.sqlite"
    assert main(["batch", str(src), "-o", str(tmp_path / "out"), "--workers", "1", "--quiet", "--db", str(db)]) == 0
    assert len(_open_actions(db)) == 2
    (src / "garden-club-2024-05-13.md").unlink()  # a deleted source leaves the register on the next run
    assert main(["register", str(tmp_path / "out"), "--db", str(db)]) == 0
    conn = open_register(db)
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 2
    conn.close()
