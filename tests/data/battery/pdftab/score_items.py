"""Score a battery of pages given as HTML and PDF (pdftab, pdftab2) on the current code, from the
worktree with PYTHONPATH=.:

    python tests/data/battery/pdftab/score_items.py [work|aside] [-v] [--battery pdftab2]
"""
import json
import sys
from pathlib import Path

from notes_extract import extract
from notes_extract.evaluate import record_data, score_record

B = Path("tests/data/battery") / (sys.argv[sys.argv.index("--battery") + 1] if "--battery" in sys.argv else "pdftab")
aside = set(B.joinpath("SET_ASIDE.txt").read_text().split())
which = sys.argv[1] if len(sys.argv) > 1 else "work"
tot = {"html": [], "pdf": []}
for g in sorted(B.glob("item*.gold.json")):
    key = g.name.split(".")[0]
    if (key in aside) != (which == "aside"):
        continue
    gold = json.loads(g.read_text())
    line = [key]
    for ext in ("html", "pdf"):
        rec = record_data(extract(B / f"{key}.{ext}"))
        s = score_record(gold, rec)
        tot[ext].append(s.overall)
        line.append(f"{ext}={s.overall:.3f}")
        if "-v" in sys.argv and s.overall < 1:
            for m in s.misses:
                line.append(f"\n    {ext} MISS {m.label}: gold={str(m.gold)[:90]!r} got={str(m.got)[:90]!r}")
    print(" ".join(line))
for ext, v in tot.items():
    print(ext, "mean", round(sum(v) / len(v), 3), "n", len(v))
