"""Shared by the batteries whose items are one page twice, as HTML and printed to PDF (`pdftab`,
`pdftab2`): each rendering must give the fields its gold holds, the HTML being the reference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notes_extract import extract
from notes_extract.evaluate import record_data, score_record

BATTERIES = Path(__file__).parent / "data" / "battery"


def battery_items(battery: Path, known_gaps: dict[tuple[str, str], str], ext: str) -> list[object]:
    """The battery's item names for one rendering, those still read wrongly marked strict xfails."""
    names = sorted(p.name.split(".")[0] for p in battery.glob("item*.gold.json"))
    return [pytest.param(key, marks=pytest.mark.xfail(reason=known_gaps[key, ext], strict=True))
            if (key, ext) in known_gaps else key for key in names]


def check_item(battery: Path, key: str, ext: str) -> None:
    """Item ``key``'s rendering ``ext`` scores 1.0 against its gold (the misses in the message)."""
    gold = json.loads((battery / f"{key}.gold.json").read_text(encoding="utf-8"))
    score = score_record(gold, record_data(extract(battery / f"{key}.{ext}")))
    assert score.overall == 1.0, [(m.label, m.gold, m.got) for m in score.misses]
