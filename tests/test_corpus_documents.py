"""Whole real-world documents against their gold records, as regression floors.

Copies of a few corpus documents and their gold files live in ``tests/data/corpus``.
Each document is extracted (with `extract_all` when it holds several meetings, gold file
``NAME.k.gold.json`` describing the k-th record) and scored with `score_record`. A
document's score is the mean over its meetings. Each floor is the score measured when
the floor was set minus 0.05 (rounded down), so a regression fails the test while small
changes in either direction do not; raise a floor when the extractor improves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from notes_extract import extract, extract_all
from notes_extract.evaluate import Score, record_data, score_record

from .conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"

# document file name → (score measured when the floor was set, floor)
FLOORS: dict[str, tuple[float, float]] = {
    "oss-openssl-technical-committee-2021-11-16.txt": (0.9593, 0.90),
    "nonprofit-board-django-software-foundation-2026-02-12.md": (1.0, 0.95),
    "us-city-boston-licensing-board-voting-minutes-2020-09-17.pdf": (1.0, 0.95),
    "university-wits-supervisor-meetings-2017.docx": (1.0, 0.95),  # 8 meetings
    "us-port-district-alsea-commission-regular-2018-06-28.docx": (0.8148, 0.76),
    "uk-chess-club-milton-keynes-agm-2025-09-04.pdf": (0.995, 0.94),
}
MEAN_MEASURED = 0.9615
MEAN_FLOOR = 0.93  # MEAN_MEASURED - 0.03, rounded down


@dataclass
class Result:
    overall: float  # mean over the document's meetings
    scores: list[Score]  # one per gold file, in meeting order
    records: int


def _gold_files(document: Path) -> list[Path]:
    """``NAME.gold.json``, or ``NAME.1.gold.json`` ... in meeting order."""
    stem = document.name.rsplit(".", 1)[0]
    single = CORPUS / f"{stem}.gold.json"
    if single.exists():
        return [single]
    numbered = sorted(CORPUS.glob(f"{stem}.*.gold.json"), key=lambda p: int(p.name.split(".")[-3]))
    assert numbered, f"no gold file for {document.name}"
    return numbered


@cache
def score_document(name: str) -> Result:
    document = CORPUS / name
    golds = _gold_files(document)
    found = [extract(document)] if len(golds) == 1 else extract_all(document)
    records = [record_data(r) for r in found]
    scores = [score_record(json.loads(gold.read_text(encoding="utf-8")), records[k] if k < len(records) else {})
              for k, gold in enumerate(golds)]
    return Result(sum(s.overall for s in scores) / len(scores), scores, len(records))


def _misses(result: Result) -> str:
    lines = []
    for k, score in enumerate(result.scores, start=1):
        prefix = f"meeting {k}: " if len(result.scores) > 1 else ""
        lines += [f"  {prefix}{m.label}: gold={m.gold!r} got={m.got!r}" for m in score.misses]
    return "\n".join(lines) or "  (no misses)"


def test_the_corpus_copies_are_here() -> None:
    for name in FLOORS:
        assert (CORPUS / name).is_file(), name
        assert _gold_files(CORPUS / name)


@pytest.mark.parametrize("name", list(FLOORS))
def test_document_scores_at_least_its_floor(name: str) -> None:
    measured, floor = FLOORS[name]
    result = score_document(name)
    assert result.overall >= floor, (
        f"{name}: overall {result.overall:.4f} < floor {floor} (measured {measured} when set); misses:\n"
        + _misses(result))


def test_meeting_log_gives_one_record_per_gold_meeting() -> None:
    name = "university-wits-supervisor-meetings-2017.docx"
    result = score_document(name)
    assert result.records == len(_gold_files(CORPUS / name)) == 8


def test_mean_over_documents() -> None:
    results = {name: score_document(name).overall for name in FLOORS}
    mean = sum(results.values()) / len(results)
    table = "\n".join(f"  {score:.4f}  {name}" for name, score in results.items())
    assert mean >= MEAN_FLOOR, f"mean {mean:.4f} < floor {MEAN_FLOOR} (measured {MEAN_MEASURED}):\n{table}"
