"""Render a plain-Word battery source (`tests/data/battery/plain/itemNN.src`) as a .docx typed without styles.

Most Word minutes are typed without heading or list styles: a heading is a Normal paragraph in
bold (sometimes underlined, in capitals, or numbered "1." by hand), a list item a Normal paragraph
opening with a typed "1." / "a)" / "•" / "-". A source is a small markup:

    %% head: bold|bold-underline|underline   how item headings are marked (default bold)
    # Title                  the title line, a bold Normal paragraph
    ## Heading               an item heading, a Normal paragraph marked as %% head says
    | a | b |                table rows (first row bold; a |---| row is dropped)
    **bold** / __under__     bold or underlined runs inside any paragraph
    "  text"                 a paragraph indented by 0.5 cm per two leading spaces
    \\t                       a typed tab ("•\\tItem")
Every other line is a Normal paragraph typed as written.
"""

from __future__ import annotations

import re
from pathlib import Path


def _add_runs(par, text: str, bold: bool = False, underline: bool = False) -> None:  # type: ignore[no-untyped-def]
    for chunk in re.split(r"(\*\*.+?\*\*|__.+?__)", text.replace("\\t", "\t")):
        if not chunk:
            continue
        b, u = bold, underline
        if chunk.startswith("**") and chunk.endswith("**"):
            chunk, b = chunk[2:-2], True
        elif chunk.startswith("__") and chunk.endswith("__"):
            chunk, u = chunk[2:-2], True
        run = par.add_run(chunk)
        run.bold = b or None
        run.underline = u or None


def render_docx(src: str, path: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    opts = dict(re.findall(r"^%%\s*(\w+):\s*(\S+)", src, re.M))
    head = opts.get("head", "bold")
    doc = Document()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells[: len(rows[0])]):
                _add_runs(table.cell(r, c).paragraphs[0], text, bold=(r == 0))
        rows.clear()

    for line in src.splitlines():
        if line.startswith("%%"):
            continue
        if line.startswith("|"):
            if not re.match(r"^\|[-| :]+\|$", line):
                rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("# "):
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(par, line[2:], bold=True)
        elif line.startswith("## "):
            _add_runs(doc.add_paragraph(), line[3:], bold=head != "underline", underline="underline" in head)
        else:
            par = doc.add_paragraph()
            indent = len(line) - len(line.lstrip(" "))
            if indent:
                par.paragraph_format.left_indent = Cm(0.5 * (indent // 2))
            _add_runs(par, line.strip())
    flush_table()
    doc.save(str(path))
    return path
