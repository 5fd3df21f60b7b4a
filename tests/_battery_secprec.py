"""Shared helpers of the secprec battery: render its items and score their sections."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from battery_render import render_docx  # noqa: E402

BATTERY = Path(__file__).parent / "data" / "battery" / "secprec"
ITEMS = sorted(p.name.split(".")[0] for p in BATTERY.glob("item*.gold.json"))
SET_ASIDE = set((BATTERY / "SET_ASIDE.txt").read_text(encoding="utf-8").split())


def document(item: str, outdir: Path) -> Path:
    """The item's document: its text file, or a .docx built from its .src."""
    src = BATTERY / f"{item}.src"
    if src.exists():
        out = outdir / f"{item}.docx"
        if not out.exists():
            render_docx(src.read_text(encoding="utf-8"), out)
        return out
    return next(p for p in BATTERY.glob(f"{item}.*") if not p.name.endswith(".gold.json"))


def score(item: str, outdir: Path) -> tuple[float, list[int], list[str]]:
    """(overall score, [tp, fp, fn] of sections, misses) of one item."""
    from notes_extract import extract
    from notes_extract.evaluate import score_record

    gold = json.loads((BATTERY / f"{item}.gold.json").read_text(encoding="utf-8"))
    record = json.loads(extract(document(item, outdir)).model_dump_json())
    s = score_record(gold, record)
    misses = [f"{c.label}: gold {c.gold!r} got {c.got!r}" for c in s.checks if not c.ok]
    return s.overall, list(s.sets.get("sections", [0, 0, 0])), misses
