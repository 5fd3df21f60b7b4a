"""The command line as a user runs it."""

import json
import subprocess
import sys
from pathlib import Path

from .conftest import SAMPLES, SEED


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "notes_extract.cli", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def test_extract_prints_the_record() -> None:
    result = run("extract", str(SAMPLES / f"{SEED}.txt"))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema_version"] == "1.1" and record["meeting"]["date"] == "2025-07-02"


def test_extract_many_into_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("extract", str(SAMPLES / f"{SEED}.txt"), str(SAMPLES / f"{SEED}.docx"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    # Two inputs with one name: the second must not silently replace the first.
    assert sorted(p.name for p in out.iterdir()) == [f"{SEED}.docx.json", f"{SEED}.txt.json"]
    assert "wrote" in result.stderr


def test_extract_one_per_name(tmp_path: Path) -> None:
    result = run("extract", str(SAMPLES / f"{SEED}.md"), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / f"{SEED}.json").read_text())["source"]["format"] == "markdown"


def test_missing_file_is_one_line_and_nonzero(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "nope.docx"), "-o", str(tmp_path / "out"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "nope.docx" in result.stderr and "no such file" in result.stderr
    assert not list((tmp_path / "out").glob("*.json"))


def test_unsupported_file_names_the_file_and_writes_nothing(tmp_path: Path) -> None:
    junk = tmp_path / "photo.pdf"
    junk.write_bytes(bytes(range(256)) * 20)
    out = tmp_path / "out"
    result = run("extract", str(junk), "-o", str(out))
    assert result.returncode != 0
    assert "photo.pdf" in result.stderr and "unsupported-format" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(out.glob("*.json"))


def test_failed_run_does_not_touch_an_existing_record(tmp_path: Path) -> None:
    broken = tmp_path / "minutes.docx"
    broken.write_bytes(b"PK\x03\x04 this is no zip")
    (tmp_path / "minutes.json").write_text("earlier record")
    result = run("extract", str(broken), "-o", str(tmp_path))
    assert result.returncode != 0
    assert (tmp_path / "minutes.json").read_text() == "earlier record"


def test_schema_command_prints_the_schema() -> None:
    result = run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "MinutesRecord"


def test_help_on_every_command() -> None:
    for args in ([], ["extract"], ["schema"]):
        result = run(*args, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout


def test_commands_that_read_no_document_import_no_spacy(tmp_path: Path) -> None:
    """--version, the package, the register and its queries load no spaCy (its import alone is ~0.3 s)."""
    db = tmp_path / "register.db"
    script = (
        "import contextlib, io, sys\n"
        "import notes_extract, notes_extract.register\n"
        "from notes_extract.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    with contextlib.suppress(SystemExit):\n"
        "        main(['--version'])\n"
        f"    main(['register', '--db', {str(db)!r}, {str(tmp_path)!r}])\n"
        f"    main(['actions', '--db', {str(db)!r}])\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'numpy', 'notes_extract.segment') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_extract_leaves_spacys_command_line_unimported_but_importable() -> None:
    """spaCy's CLI (weasel, requests, httpx) is not loaded to read a document; asked for later, it is the real one."""
    script = (
        "import sys\n"
        "from notes_extract import extract_all\n"
        f"records = extract_all({str(SAMPLES / f'{SEED}.txt')!r})\n"
        "loaded = sorted(m for m in ('spacy.cli', 'weasel', 'requests', 'httpx') if m in sys.modules)\n"
        "import spacy, spacy.cli\n"
        "print(len(records), loaded, hasattr(spacy.cli, 'setup_cli'), 'spacy_version' in spacy.info())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "1 [] True True"
