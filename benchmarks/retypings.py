"""Retyping parity: the tuning documents retyped in ways that should not change their records, scored.

Minutes come typed in many small styles. Each retyping below changes only how the same minutes are
typed ("1)" for "1.", a dash for a label's colon, a 24-hour clock, lines wrapped at 72 columns,
Markdown's marks removed); the record should stay the same, so its score against the same gold
should too. A retyping whose mean falls below the original's shows a form the extractor reads in one
style only: find the documents that fell (printed below the table) and fix the general cause.

This script copies the tuning part (documents not listed in `HOLDOUT.txt`) of every set's text and
Markdown documents into a temporary folder, as `renderings.py` does, retypes each, and scores every
retyping with `notes-extract eval`'s engine.

    .venv/bin/python benchmarks/retypings.py                  # about 2 minutes per retyping
    .venv/bin/python benchmarks/retypings.py --only bracket_numbers,label_dashes
    .venv/bin/python benchmarks/retypings.py --keep /tmp/retyped

Held-out documents are never copied, retyped or scored here.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from notes_extract.api import extract_all
from notes_extract.evaluate import Report, evaluate, find_gold_sets

sys.path.insert(0, str(Path(__file__).resolve().parent))
from renderings import copy_golds, copy_tuning_documents  # noqa: E402

WRAP_COLUMNS = 72
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# Markdown documents carrying HTML blocks are no plain text once their marks go: left out of `plain_markdown`.
_HTML_BLOCK = re.compile(r"<(?:table|p|section|div|ul|ol|li|br|h\d)\b", re.I)


def bracket_numbers(text: str, suffix: str) -> str:
    """"3. Budget" typed "3) Budget"."""
    return re.sub(r"(?m)^(\s*\d{1,2})\.(\s+\S)", r"\1)\2", text)


def label_dashes(text: str, suffix: str) -> str:
    """"Present: Ann Lee" typed "Present - Ann Lee" (a label of one or two words opening its line)."""
    return re.sub(r"(?m)^(\s*)([A-Z][a-z]+(?: [a-z]+)?):[ \t]+(?=\S)", r"\1\2 - ", text)


def clock_24h(text: str, suffix: str) -> str:
    """"7.30pm", "7:30 p.m." typed "19:30" ("... at 7:10 p.m. Present" keeps its sentence's full stop)."""
    def retype(m: re.Match[str]) -> str:
        hour = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)
        return f"{hour:02d}:{m[2] or '00'}{'.' if m[4] else ''}"
    return re.sub(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m(?:\.(?=(\s+(?-i:[A-Z])|\s*$))|\.)?(?![a-z])", retype, text,
                  flags=re.I | re.M)


def month_first_dates(text: str, suffix: str) -> str:
    """"5 March 2024" typed "March 5, 2024"."""
    return re.sub(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({'|'.join(MONTHS)})\s+(\d{{4}})\b", r"\2 \1, \3", text)


def hard_wrapped(text: str, suffix: str) -> str:
    """Every line longer than 72 columns wrapped, its later lines under its text (as editors indent them);
    table rows and tabbed lines kept."""
    lines = []
    for line in text.split("\n"):
        if len(line) <= WRAP_COLUMNS or "|" in line or "\t" in line:
            lines.append(line)
            continue
        marker = re.match(r"^(\s*)((?:[-*•]|\(?[0-9a-zA-Z]{1,3}[.)]|\d+(?:\.\d+)+\.?)\s+)?", line)
        lead = marker[1] if marker else ""
        hang = lead + " " * len(marker[2] or "") if marker else ""
        lines += textwrap.wrap(line.strip(), WRAP_COLUMNS, initial_indent=lead, subsequent_indent=hang,
                               break_on_hyphens=False)
    return "\n".join(lines)


def no_blank_lines(text: str, suffix: str) -> str:
    """A text document without its blank lines (as text copied out of a PDF often is); Markdown, whose blank
    lines are its syntax, kept."""
    return text if suffix == ".md" else re.sub(r"\n[ \t]*\n+", "\n", text)


def plain_markdown(text: str, suffix: str) -> str:
    """A Markdown document as plain text: heading marks, bold and links' targets gone, escapes undone."""
    if suffix != ".md" or _HTML_BLOCK.search(text):
        return text
    text = re.sub(r"(?m)^#{1,6}\s+(.*?)\s*#*\s*$", r"\1", text)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m[1] or m[2], text)
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", text)


RETYPINGS: dict[str, Callable[[str, str], str]] = {
    "bracket_numbers": bracket_numbers, "label_dashes": label_dashes, "clock_24h": clock_24h,
    "month_first_dates": month_first_dates, "hard_wrapped": hard_wrapped, "no_blank_lines": no_blank_lines,
    "plain_markdown": plain_markdown,
}


def build(folder: Path, wanted: list[str]) -> None:
    """The original documents under `folder`/original and each retyping beside them."""
    original = folder / "original"
    copy_tuning_documents(original, None, ".md")
    copy_tuning_documents(original, None, ".txt")
    for name in wanted:
        target = folder / name
        copy_golds(original, target)
        for doc in sorted(p for p in original.iterdir() if p.suffix in (".md", ".txt")):
            text = doc.read_text(encoding="utf-8", errors="replace")
            # (plain Markdown is saved as .txt: read as a text file, as a user's export would be)
            plain = name == "plain_markdown" and doc.suffix == ".md" and not _HTML_BLOCK.search(text)
            out = target / (f"{doc.stem}.txt" if plain else doc.name)
            out.write_text(RETYPINGS[name](text, doc.suffix), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(RETYPINGS), help=f"retypings to score ({','.join(RETYPINGS)})")
    parser.add_argument("--keep", type=Path, help="build the retyped documents in this folder and keep them")
    parser.add_argument("--worst", type=int, default=5, help="documents listed per retyping, largest fall first")
    args = parser.parse_args(argv)
    wanted = [r for r in args.only.split(",") if r in RETYPINGS]
    with tempfile.TemporaryDirectory(prefix="notes-extract-retypings-") as temp:
        folder = args.keep or Path(temp)
        build(folder, wanted)
        reports: dict[str, Report] = {r: evaluate(find_gold_sets(folder / r), extract_all)
                                      for r in ["original", *wanted]}
    base = {d.name: d.overall for d in reports["original"].documents}
    print(f"{'retyping':<18} {'docs':>4} {'mean':>7} {'original':>9}")
    for name, report in reports.items():
        print(f"{name:<18} {len(report.documents):>4} {report.overall:>7.3f} {reports['original'].overall:>9.3f}")
    for name in wanted:
        falls = sorted((d.overall - base.get(d.name, d.overall), d.name) for d in reports[name].documents)
        falls = [(fall, doc) for fall, doc in falls[:args.worst] if fall < 0]
        if falls:
            print(f"\n{name}: largest falls")
            for fall, doc in falls:
                print(f"  {fall:+.3f}  {doc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
