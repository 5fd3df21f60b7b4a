"""Render a battery source (`tests/data/battery/*/NN-name.src`) as text, Markdown, .docx and .pdf.

A source is a short invented minutes document in a small markup, so that one layout can be
rendered the way secretaries type it in each format:

    %% text: txt|md          the text rendering's format (written as the text would be)
    %% docx: heading|bold|underline|plain|numbered
                             how the .docx marks the item headings: Word heading styles, bold
                             Normal paragraphs, underlined Normal paragraphs, plain Normal
                             paragraphs (the text carries numbers or capitals), or Word's own
                             list numbering (typed numbers dropped, "List Number" style, bold)
    # Title                  the minutes' title line
    ## Heading / ### Sub     an item heading, a sub-item heading
    - bullet / "  - nested"  bullets
    | a | b |                table rows (the |---| row is dropped outside Markdown)
    **bold** inline          bold runs in .docx, kept in Markdown, dropped in text
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

_NUM = re.compile(r"^(?:\(?\d+[.)]?\d*\)?|[A-Z]\.|[IVX]+\.)\s+")


def _directives(src: str) -> tuple[dict[str, str], list[str]]:
    opts: dict[str, str] = {}
    lines: list[str] = []
    for line in src.splitlines():
        m = re.match(r"^%%\s*(\w+):\s*(\S+)", line)
        if m:
            opts[m[1]] = m[2]
        else:
            lines.append(line)
    return opts, lines


def render_text(src: str) -> tuple[str, str]:
    """(extension, text) of the text rendering."""
    opts, lines = _directives(src)
    fmt = opts.get("text", "txt")
    out: list[str] = []
    for line in lines:
        m = re.match(r"^(#+)\s+(.*)$", line)
        if fmt == "md":
            if m and len(m[1]) > 1 and opts.get("docx") == "bold":
                out.append(f"**{m[2]}**")
            else:
                out.append(line)
            continue
        if m:
            line = m[2]
        if re.match(r"^\|[-| :]+\|$", line):
            continue
        out.append(line.replace("**", ""))
    return fmt, "\n".join(out).strip() + "\n"


def _add_runs(par, text: str, bold: bool = False, underline: bool = False) -> None:
    for i, chunk in enumerate(re.split(r"\*\*", text)):
        if not chunk:
            continue
        run = par.add_run(chunk)
        run.bold = bold or (i % 2 == 1)
        if underline:
            run.underline = True


def render_docx(src: str, path: Path) -> None:
    from docx import Document

    opts, lines = _directives(src)
    mode = opts.get("docx", "heading")
    doc = Document()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells[: len(rows[0])]):
                table.cell(r, c).text = ""
                _add_runs(table.cell(r, c).paragraphs[0], text, bold=(r == 0))
        rows.clear()

    pending: str | None = None  # a paragraph continued by a trailing "  " (Markdown line break)
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("|"):
            if not re.match(r"^\|[-| :]+\|$", line):
                rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            continue
        m = re.match(r"^(#+)\s+(.*)$", line)
        if m and len(m[1]) == 1:
            if mode == "heading":
                doc.add_heading(m[2], level=0)
            else:
                _add_runs(doc.add_paragraph(), m[2], bold=True)
            continue
        if m:
            level, text = len(m[1]) - 1, m[2]
            if mode == "heading":
                doc.add_heading(text.replace("**", ""), level=level)
            elif mode == "numbered" and level == 1:
                _add_runs(doc.add_paragraph(style="List Number"), _NUM.sub("", text), bold=True)
            elif mode in ("bold", "numbered"):
                _add_runs(doc.add_paragraph(), text, bold=True)
            elif mode == "underline":
                _add_runs(doc.add_paragraph(), text, underline=True)
            else:
                _add_runs(doc.add_paragraph(), text)
            continue
        b = re.match(r"^(\s*)[-*]\s+(.*)$", line)
        if b:
            style = "List Bullet 2" if len(b[1]) >= 2 else "List Bullet"
            _add_runs(doc.add_paragraph(style=style), b[2])
            continue
        if pending is not None:
            par = pending
            par.add_run().add_break()
        else:
            par = doc.add_paragraph()
        _add_runs(par, line.rstrip())
        pending = par if line.endswith("  ") else None
    flush_table()
    doc.save(str(path))


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_pdf(docx_path: Path, outdir: Path) -> Path:
    exe = soffice()
    assert exe, "LibreOffice is not installed"
    # A profile of our own: LibreOffice refuses to start while another process holds the default one.
    profile = f"-env:UserInstallation=file://{outdir.resolve()}/.lo-profile"
    for _ in range(3):
        done = subprocess.run([exe, profile, "--headless", "--convert-to", "pdf", "--outdir", str(outdir),
                               str(docx_path)], capture_output=True, timeout=180)
        if done.returncode == 0:
            break
    done.check_returncode()
    return outdir / (docx_path.stem + ".pdf")


def render_all(src_path: Path, outdir: Path, pdf: bool = True) -> dict[str, Path]:
    """Write every rendering of one source into outdir; {rendering: path}."""
    src = src_path.read_text(encoding="utf-8")
    outdir.mkdir(parents=True, exist_ok=True)
    fmt, text = render_text(src)
    paths: dict[str, Path] = {}
    tp = outdir / f"{src_path.stem}.{fmt}"
    tp.write_text(text, encoding="utf-8")
    paths[fmt] = tp
    dp = outdir / f"{src_path.stem}.docx"
    render_docx(src, dp)
    paths["docx"] = dp
    if pdf and soffice():
        paths["pdf"] = render_pdf(dp, outdir)
    return paths
