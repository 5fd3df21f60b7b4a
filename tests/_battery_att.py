"""Render the attendance battery's text sources as a secretary would type them in Word.

Each source is Markdown-ish text (``#``/``##`` headings, ``**bold**`` runs, ``- `` bullets,
``1. `` numbered lines, ``|`` tables, tabs); options from ``manifest.json`` choose how
headings are typed (Word heading styles, bold Normal paragraphs, or bold capitals), whether
lists use Word list styles, and whether the lines of one paragraph are kept together with
line breaks. Used by ``test_attendance_battery_att.py`` and to render the PDFs."""

from __future__ import annotations

import json
import re
from pathlib import Path

BATTERY = Path(__file__).parent / "data" / "battery" / "attendance"


def manifest() -> dict[str, dict]:
    return json.loads((BATTERY / "manifest.json").read_text(encoding="utf-8"))


def _runs(paragraph, text: str, bold: bool = False, caps: bool = False) -> None:
    # "**Label:** rest" keeps the label bold, as typed in Word.
    for i, part in enumerate(re.split(r"\*\*", text)):
        if not part:
            continue
        run = paragraph.add_run(part.upper() if caps else part)
        run.bold = bold or i % 2 == 1


def _table(document, rows: list[str], labels_left: bool = False) -> None:
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows
             if not re.fullmatch(r"\|?[\s:|-]+\|?", row.strip())]
    table = document.add_table(rows=len(cells), cols=max(len(r) for r in cells))
    table.style = "Table Grid"
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            # a line break in the cell; bold the header row, or the label column of a form-like table
            _runs(cell.paragraphs[0], value.replace("<br>", "\n"), bold=c == 0 if labels_left else r == 0)


def build_docx(source: str, options: dict, path: Path) -> Path:
    import docx

    document = docx.Document()
    headings = options.get("headings", "bold")
    lists = options.get("lists", "typed")
    blocks = re.split(r"\n\s*\n", source.strip("\n"))
    for block in blocks:
        lines = block.split("\n")
        if lines[0].startswith("|"):
            _table(document, lines, options.get("table") == "labels-left")
            continue
        if options.get("breaks") and not any(re.match(r"#|- |\d+\. ", ln) for ln in lines):
            lines = ["\n".join(lines)]
        for line in lines:
            heading = re.match(r"(#+) (.*)", line)
            if heading:
                level, text = len(heading.group(1)), heading.group(2)
                if headings == "style":
                    _runs(document.add_paragraph(style=f"Heading {level}"), text)
                else:
                    _runs(document.add_paragraph(), text, bold=True, caps=headings == "caps")
                continue
            bullet = re.match(r"- (.*)", line)
            if bullet:
                if lists == "style":
                    _runs(document.add_paragraph(style="List Bullet"), bullet.group(1))
                else:
                    _runs(document.add_paragraph(), "\u2013 " + bullet.group(1))
                continue
            number = re.match(r"(\d+)\. (.*)", line)
            if number and lists == "style":
                _runs(document.add_paragraph(style="List Number"), number.group(2))
                continue
            paragraph = document.add_paragraph()
            if line.startswith("   "):
                paragraph.paragraph_format.left_indent = docx.shared.Cm(1)
            _runs(paragraph, line.strip(" "))
    document.save(path)
    return path
