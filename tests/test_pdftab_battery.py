"""The pdftab battery (tests/data/battery/pdftab): invented minutes whose action, attendance, agenda
and decision tables carry the record, written as HTML (half the tables ruled, half without borders,
some running onto a second page with their header repeated) and printed to PDF by LibreOffice
(`make.py --pdf`; the PDFs are kept). Each item's HTML and PDF must give the fields its gold holds,
and so the same record: the HTML loader is the reference a PDF of the same page must match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notes_extract import extract
from notes_extract.evaluate import record_data, score_record

BATTERY = Path(__file__).parent / "data" / "battery" / "pdftab"
_ITEMS = sorted(p.name.split(".")[0] for p in BATTERY.glob("item*.gold.json"))
_RELEASE = "the 'Release planning' heading right under the date line is not read as a section"
_MEMBERS = "'Members agreed to fund it from reserves' in a notes cell is read as a task for 'Members'"
_WELCOME = "a topic row 'Welcome and apologies' holding only apologies is read as a section"
# Renderings still read wrongly, each for a reason of its own, kept so a fix shows.
_KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("item08", "html"): _RELEASE, ("item08", "pdf"): _RELEASE,
    ("item16", "html"): _MEMBERS, ("item16", "pdf"): _MEMBERS,
    ("item12", "html"): _WELCOME, ("item12", "pdf"): _WELCOME,
}


def _items(ext: str) -> list[object]:
    return [pytest.param(key, marks=pytest.mark.xfail(reason=_KNOWN_GAPS[key, ext], strict=True))
            if (key, ext) in _KNOWN_GAPS else key for key in _ITEMS]


def _check(key: str, ext: str) -> None:
    gold = json.loads((BATTERY / f"{key}.gold.json").read_text(encoding="utf-8"))
    score = score_record(gold, record_data(extract(BATTERY / f"{key}.{ext}")))
    assert score.overall == 1.0, [(m.label, m.gold, m.got) for m in score.misses]


@pytest.mark.parametrize("key", _items("html"))
def test_as_a_web_page(key: str) -> None:
    _check(key, "html")


@pytest.mark.parametrize("key", _items("pdf"))
def test_printed_to_pdf(key: str) -> None:
    _check(key, "pdf")
