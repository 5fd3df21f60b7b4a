"""benchmarks/loss.py sorts each family's outcome in a meeting by its counts of items."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from loss import failure_way  # noqa: E402


def test_a_family_the_gold_and_the_record_both_leave_empty_is_not_counted_as_a_failure() -> None:
    assert failure_way(0, 0, 0) == "none in the gold, none found"


def test_each_way_a_family_fails() -> None:
    assert failure_way(0, 2, 0) == "items where the gold has none"
    assert failure_way(0, 0, 3) == "none found where the gold has some"
    assert failure_way(0, 1, 1) == "no item right"
    assert failure_way(2, 1, 0) == "partial"
    assert failure_way(2, 0, 0) == "right"
