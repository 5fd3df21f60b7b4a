"""Where the score is lost on a part of the blind sets, in counts only (no document, no text).

    .venv/bin/python benchmarks/loss.py                 # the held-out parts of every set
    .venv/bin/python benchmarks/loss.py --part tuning   # the tuning parts
    .venv/bin/python benchmarks/loss.py --set teams2

The held-out parts are for measuring: their misses are not read. This report keeps them so:
it prints how many points of the mean score each family and each kind of check costs, and
how often a family fails in each of a few ways (items where the gold has none, none where the
gold has some, partial), pooled over every meeting of the part. It names no document and
shows no text, so it can say which mechanism to work on without showing what to fit.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from accuracy import SETS, held_out_names, split_sets

from notes_extract.api import extract_all
from notes_extract.evaluate import FAMILIES, Score, _load_gold, _record_for, find_gold_sets, record_data, score_record

_ITEM_LABEL = re.compile(r"^(action|decision|section)\[.*\]\.")


def check_kind(label: str) -> str:
    """A check's label without the item it names: ``action[3].owners`` → ``action.owners``."""
    return _ITEM_LABEL.sub(r"\1.", label)


def failure_way(tp: int, fp: int, fn: int) -> str:
    """How a family fared in one meeting."""
    if not (tp or fp or fn):
        return "none in the gold, none found"  # right, but not "no item right"
    if fp and not tp and not fn:
        return "items where the gold has none"
    if fn and not tp and not fp:
        return "none found where the gold has some"
    if not tp:
        return "no item right"
    return "partial" if fp or fn else "right"


def meeting_scores(set_dirs: list[Path], part: str, counts: Counter[str]) -> list[tuple[float, Score | None]]:
    """(weight, score) of every meeting of ``part``; weight is its share of the mean over
    documents; score is None where the meeting got no record (it scores 0). ``counts`` gains
    how many documents got fewer, as many or more records than they hold meetings."""
    out: list[tuple[float, Score | None]] = []
    parts = [split_sets(find_gold_sets(d / "docs"), held_out_names(d)).get(part, []) for d in set_dirs]
    documents = [gold_set for sets in parts for gold_set in sets]
    for gold_set in documents:
        try:
            records = [record_data(r) for r in extract_all(gold_set.document)] if gold_set.document else []
        except Exception:  # noqa: BLE001 - a failed document scores 0 like a missing record
            records = []
        meetings = len(gold_set.golds)
        found = "fewer" if len(records) < meetings else "more" if len(records) > meetings else "as many"
        counts[f"{'one meeting' if meetings == 1 else 'a log'}, {found} records"] += 1
        weight = 1 / len(documents) / meetings
        for gold_file in gold_set.golds:
            got = _record_for(gold_file, gold_set.name, records)
            out.append((weight, score_record(_load_gold(gold_file.path), got) if got is not None else None))
    return out


def report(meetings: list[tuple[float, Score | None]]) -> None:
    lost: Counter[str] = Counter()
    ways: dict[str, Counter[str]] = {family: Counter() for family in FAMILIES}
    kinds: Counter[str] = Counter()
    kind_totals: Counter[str] = Counter()
    for weight, score in meetings:
        if score is None:
            lost["meeting without a record"] += weight
            continue
        components = len(score.sets) + (1 if score.checks else 0)
        for family, (tp, fp, fn) in score.sets.items():
            lost[family] += weight * (1 - score.prf(family)[2]) / components
            ways[family][failure_way(tp, fp, fn)] += 1
        if score.checks:
            share = weight / components / len(score.checks)
            for check in score.checks:
                kind_totals[check_kind(check.label)] += 1
                if not check.ok:
                    kinds[check_kind(check.label)] += 1
                    lost["checks: " + check_kind(check.label)] += share
    total = sum(lost.values())
    print(f"meetings: {len(meetings)}; mean score {1 - total:.3f}; points lost {total:.3f}")
    print("\npoints of the mean lost, by family and check kind:")
    for name, points in lost.most_common():
        if points >= 0.002:
            print(f"  {points:6.3f}  {name}")
    print("\nhow each family fared, in meetings:")
    for family, counter in ways.items():
        print(f"  {family:<11} " + "; ".join(f"{way} {n}" for way, n in counter.most_common()))
    print("\nfailed checks by kind (failed / all):")
    for kind, n in kinds.most_common(25):
        print(f"  {n:4d} / {kind_totals[kind]:4d}  {kind}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", help="only this set (repeatable)")
    parser.add_argument("--part", choices=("held-out", "tuning"), default="held-out")
    args = parser.parse_args(argv)
    set_dirs = sorted(d for d in SETS.iterdir() if (d / "docs").is_dir())
    if args.set:
        set_dirs = [d for d in set_dirs if d.name in args.set]
    if not set_dirs:
        print(f"loss: no sets under {SETS}", file=sys.stderr)
        return 1
    counts: Counter[str] = Counter()
    report(meeting_scores(set_dirs, args.part, counts))
    print("\ndocuments by records found against meetings held:")
    for kind, n in sorted(counts.items()):
        print(f"  {n:4d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
