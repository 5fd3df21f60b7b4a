"""Accuracy on the blind sets in benchmarks/accuracy/: real minutes with gold written before the tool ran.

Each set is a folder `benchmarks/accuracy/SET/` holding `docs/` (the documents and their
`NAME.gold.json` / `NAME.k.gold.json` files), `HOLDOUT.txt` (the documents set aside when the
set was made: rules are never tuned on them, and their misses are not read), `SOURCES.tsv`
(where each document comes from) and `REPORT.md` (what the set's maker found).

    .venv/bin/python benchmarks/accuracy.py              # every set: tuning part, held-out part
    .venv/bin/python benchmarks/accuracy.py --set teams  # one set
    .venv/bin/python benchmarks/accuracy.py --json

Scores are `notes-extract eval`'s: the mean over documents of the reference scorer's overall.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from notes_extract.api import extract_all
from notes_extract.evaluate import GoldSet, Report, evaluate, find_gold_sets

SETS = Path(__file__).resolve().parent / "accuracy"


def held_out_names(set_dir: Path) -> set[str]:
    """The documents named in HOLDOUT.txt, by name without extension (blank lines and # comments skipped)."""
    path = set_dir / "HOLDOUT.txt"
    if not path.exists():
        return set()
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line.split(".", 1)[0] if "." in Path(line).name else line)
    return names


def split_sets(gold_sets: list[GoldSet], held_out: set[str]) -> dict[str, list[GoldSet]]:
    """The gold sets of the tuning part and of the held-out part."""
    return {
        "tuning": [g for g in gold_sets if g.name not in held_out],
        "held-out": [g for g in gold_sets if g.name in held_out],
    }


def score_set(set_dir: Path) -> dict[str, Report]:
    """Each part of one set, scored."""
    parts = split_sets(find_gold_sets(set_dir / "docs"), held_out_names(set_dir))
    return {part: evaluate(sets, extract_all) for part, sets in parts.items() if sets}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", help="score only this set (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    args = parser.parse_args(argv)
    set_dirs = sorted(d for d in SETS.iterdir() if (d / "docs").is_dir()) if SETS.is_dir() else []
    if args.set:
        set_dirs = [d for d in set_dirs if d.name in args.set]
    if not set_dirs:
        print(f"accuracy: no sets under {SETS}", file=sys.stderr)
        return 1
    results = {d.name: score_set(d) for d in set_dirs}
    if args.json:
        print(json.dumps({name: {part: report.to_dict(misses=False) for part, report in parts.items()}
                          for name, parts in results.items()}, indent=2))
        return 0
    print(f"{'set':<12} {'part':<9} {'docs':>4} {'overall':>8} {'micro':>7}")
    for name, parts in results.items():
        for part, report in parts.items():
            print(f"{name:<12} {part:<9} {len(report.documents):>4} {report.overall:>8.3f} {report.micro:>7.3f}")
    for part in ("tuning", "held-out"):
        reports = [parts[part] for parts in results.values() if part in parts]
        documents = [d for report in reports for d in report.documents]
        if documents:
            mean = sum(d.overall for d in documents) / len(documents)
            print(f"{'all':<12} {part:<9} {len(documents):>4} {mean:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
