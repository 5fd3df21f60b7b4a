"""The layouts battery for actions and decisions (session 14): invented minutes that lay out
actions and decisions as Word and PDF minutes do — action tables under many header words
("Who | When", "Responsible | Target date | Status", "Item | Action | Lead | By when"),
actions lists at the end, owners' marks after a point ("(Action: CB)", "Action DK/PM", "→ TH"),
discussion tables with Decision and Action columns, motions with their field lines and result
lines, "Resolved:" over numbered paragraphs, "Decisions" over bullets or in a table, elections,
approvals, and lines that decide nothing. Each item is read as Markdown, as plain text (items
without tables), as a .docx built with python-docx in one of three ways a secretary types
(Word styles; bold Normal headings and typed numbers; capitals, tabs and line breaks) and as
LibreOffice's PDF of that .docx, and scored against its gold by `notes_extract.evaluate`:
every field the gold holds must match in every rendering."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from notes_extract.api import extract
from notes_extract.evaluate import score_record

from .decact_render import build_docx, to_pdfs, to_text

BATTERY = Path(__file__).resolve().parent / "data" / "battery" / "decact"
NAMES = sorted(p.stem for p in BATTERY.glob("*.md"))


def _variant(name: str) -> int:
    return NAMES.index(name) % 3


def _misses(record_json: str, name: str) -> list[str]:
    gold = json.loads((BATTERY / f"{name}.gold.json").read_text())
    score = score_record(gold, json.loads(record_json))
    return [f"{c.label}: gold={c.gold!r} got={c.got!r}" for c in score.misses]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Every item's renderings: {name: {"md"|"txt"|"docx"|"pdf": path}}."""
    out = tmp_path_factory.mktemp("decact")
    files: dict[str, dict[str, Path]] = {}
    for name in NAMES:
        src = (BATTERY / f"{name}.md").read_text()
        files[name] = {"md": BATTERY / f"{name}.md"}
        if "|" not in src:
            (txt := out / f"{name}.txt").write_text(to_text(src))
            files[name]["txt"] = txt
        files[name]["docx"] = build_docx(src, out / f"{name}.docx", _variant(name))
    return files


# Items holding a table have no plain-text rendering: they are read as Markdown, Word and PDF only.
_CASES = [(name, fmt) for name in NAMES for fmt in ("md", "txt", "docx")
          if fmt != "txt" or "|" not in (BATTERY / f"{name}.md").read_text()]


@pytest.mark.parametrize(("name", "fmt"), _CASES)
def test_battery_item(rendered: dict[str, dict[str, Path]], name: str, fmt: str) -> None:
    assert _misses(extract(rendered[name][fmt]).model_dump_json(), name) == []


@pytest.fixture(scope="module")
def pdfs(rendered: dict[str, dict[str, Path]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if not shutil.which("soffice"):
        if os.environ.get("CI") == "true":
            pytest.fail("soffice is missing under CI (.ci/run installs LibreOffice)")
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path_factory.mktemp("decact-pdf")
    made = to_pdfs([rendered[name]["docx"] for name in NAMES], out)
    return {name: made[rendered[name]["docx"]] for name in NAMES if rendered[name]["docx"] in made}


@pytest.mark.parametrize("name", NAMES)
def test_battery_item_pdf(pdfs: dict[str, Path], name: str) -> None:
    assert _misses(extract(pdfs[name]).model_dump_json(), name) == []


@pytest.mark.parametrize(("meeting", "written", "expected"), [
    ("2025-03-12", "End of May", "2025-05-31"),
    ("2025-12-10", "end of January", "2026-01-31"),  # well before a December meeting: next year's
    ("2025-03-12", "end of January", "2025-01-31"),  # just past: the meeting's year
    ("2025-01-20", "End of February 2024", "2024-02-29"),
])
def test_month_end_deadline(meeting: str, written: str, expected: str) -> None:
    import datetime as dt

    from notes_extract.extractors.context import Context
    from notes_extract.extractors.inline_due import read_due
    from notes_extract.people import Roster

    ctx = Context(roster=Roster([]), names=frozenset(), meeting_date=dt.date.fromisoformat(meeting), day_first=True)
    due, status = read_due(written, ctx)
    assert status is None and due is not None and (due.kind, due.date) == ("date", expected)
