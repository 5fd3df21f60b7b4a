"""The retypings of `benchmarks/retypings.py` change how minutes are typed, never what they say."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from retypings import bracket_numbers, clock_24h, hard_wrapped, label_dashes, plain_markdown  # noqa: E402


def test_each_retyping_keeps_the_words() -> None:
    assert bracket_numbers("3. Budget\n  1. Fees", ".txt") == "3) Budget\n  1) Fees"
    assert label_dashes("Present: Ann Lee\nIn attendance: Bo", ".txt") == "Present - Ann Lee\nIn attendance - Bo"
    assert clock_24h("Opened at 7:10 p.m. Present were Ann and Bo at 2:00 p.m. and then 7.30pm", ".txt") == \
        "Opened at 19:10. Present were Ann and Bo at 14:00 and then 19:30"
    assert plain_markdown("## Budget\n**Agreed:** [fees](http://x) rise 1\\. now", ".md") == \
        "Budget\nAgreed: fees rise 1. now"
    assert plain_markdown("<table><tr><td>x</td></tr></table>", ".md") == "<table><tr><td>x</td></tr></table>"


def test_hard_wrapping_hangs_an_items_later_lines_under_its_text() -> None:
    line = "- " + " ".join(["word"] * 30)
    wrapped = hard_wrapped(line, ".txt").split("\n")
    assert all(len(w) <= 72 for w in wrapped) and all(w.startswith("  word") for w in wrapped[1:])
    assert " ".join(w.strip() for w in wrapped) == line
