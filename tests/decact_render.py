"""Render a battery item (a small Markdown-like minutes text) as Word and PDF, the way a
secretary lays minutes out in Word: styled headings in some documents, bold or all-caps
Normal paragraphs in others, Word list styles or typed numbers, real tables, tab-aligned
"Present:" labels. Used by the layout batteries' tests."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

BOLD = re.compile(r"\*\*(.+?)\*\*")


def _runs(par, text: str, bold_all: bool = False) -> None:
    pos = 0
    for m in BOLD.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()]).bold = bold_all or None
        par.add_run(m.group(1)).bold = True
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:]).bold = bold_all or None


def _blocks(src: str) -> list[list[str]]:
    blocks, cur = [], []
    for line in src.splitlines():
        if line.strip():
            cur.append(line.rstrip())
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def build_docx(src: str, path: Path, variant: int) -> Path:
    """variant 0: Word heading and list styles; 1: bold Normal headings, typed numbers and
    bullets; 2: ALL-CAPS bold headings, tab after labels, a block's lines as line breaks."""
    doc = Document()
    for block in _blocks(src):
        first = block[0]
        if first.startswith("|"):
            rows = [_cells(x) for x in block if not re.match(r"^\|[\s|:-]+\|$", x)]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = ""
                    _runs(cell.paragraphs[0], val, bold_all=(r == 0))
            continue
        if first.startswith("#"):
            level = len(first) - len(first.lstrip("#"))
            text = first.lstrip("#").strip()
            if variant == 0:
                doc.add_heading(text, 0 if level == 1 else 2)
            else:
                p = doc.add_paragraph()
                _runs(p, text.upper() if variant == 2 else text, bold_all=True)
            block = block[1:]
            if not block:
                continue
        items = [x for x in block if re.match(r"^\s*(-|\d+\.)\s", x)]
        if items and len(items) == len(block):
            for x in block:
                m = re.match(r"^(\s*)(-|\d+\.)\s+(.*)$", x)
                indent, mark, text = len(m.group(1)) // 2, m.group(2), m.group(3)
                if variant == 0:
                    style = "List Number" if mark[0].isdigit() else "List Bullet"
                    if indent:
                        style += " 2"
                    _runs(doc.add_paragraph(style=style), text)
                else:
                    lead = mark if mark[0].isdigit() else "\u2022"
                    _runs(doc.add_paragraph(), ("\t" * indent) + lead + "\t" + text)
            continue
        if variant == 2:
            p = doc.add_paragraph()
            for i, line in enumerate(block):
                if i:
                    p.runs[-1].add_break(WD_BREAK.LINE)
                _runs(p, re.sub(r"^(\*\*[^*]+:\*\*|[A-Z][\w ]{1,20}:)\s+", r"\1\t", line))
        else:
            for line in block:
                _runs(doc.add_paragraph(), line)
    doc.save(path)
    return path


def to_text(src: str) -> str:
    """The plain-text rendering: Markdown marks dropped, headings as their own lines."""
    out = []
    for line in src.splitlines():
        line = BOLD.sub(r"\1", line)
        out.append(line.lstrip("#").strip() if line.startswith("#") else line)
    return "\n".join(out) + "\n"


def to_pdf(docx_path: Path, outdir: Path) -> Path | None:
    """LibreOffice's PDF of a .docx, or None when soffice is missing."""
    return to_pdfs([docx_path], outdir).get(docx_path)


def to_pdfs(docx_paths: list[Path], outdir: Path) -> dict[Path, Path]:
    """LibreOffice's PDF of each .docx, converted in one run (empty when soffice is missing)."""
    exe = shutil.which("soffice")
    if not exe or not docx_paths:
        return {}
    subprocess.run([exe, "--headless", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_paths)],
                   check=True, capture_output=True, timeout=600)
    return {d: pdf for d in docx_paths if (pdf := outdir / (d.stem + ".pdf")).exists()}
