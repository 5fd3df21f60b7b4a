"""Build the meeting-facts battery's renderings from its small text sources.

A source (`tests/data/battery/facts/NAME.src`) is the minutes as a secretary would
type them, in a light markup read here:

- a first line `%% fmt=md|txt word=heading|bold` says how the item is written as text
  (`.md` or `.txt`) and whether its Word headings are styled headings or bold Normal
  paragraphs;
- `# X` / `## X` headings; `**X**` a bold paragraph; `- X` a bullet; `| a | b |` rows of a
  table (consecutive rows make one table);
- `[header] X` a line of the Word page header (in the text renderings, a line at the top);
- `[pagebreak]` a page break in Word (a rule `---` in the text renderings);
- ` \\ ` inside a line: a line break inside one paragraph in Word (a new line in text);
- every other non-blank line is a paragraph of its own.

Golds sit beside the sources as `NAME.gold.json` (or `NAME.K.gold.json` for a log).
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

BATTERY = Path(__file__).parent / "data" / "battery" / "facts"

_ROW = re.compile(r"^\|(.*)\|\s*$")


def _options(first: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in first.lstrip("%").split())


def read_source(path: Path) -> tuple[dict[str, str], list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return _options(lines[0]), lines[1:]


def _plain(text: str) -> str:
    return text.replace(" \\\\ ", "\n")


def render_text(opts: dict[str, str], lines: list[str]) -> str:
    """The text rendering: Markdown as written, or plain text without the markup."""
    md = opts.get("fmt", "md") == "md"
    out: list[str] = []
    header = [ln[len("[header] "):] for ln in lines if ln.startswith("[header] ")]
    out.extend(header)
    if header:
        out.append("")
    in_table = False
    for ln in lines:
        if ln.startswith("[header] "):
            continue
        if ln == "[pagebreak]":
            out.extend(["", "---", ""] if md else ["", "\f"])
            in_table = False
            continue
        row = _ROW.match(ln)
        if row:
            cells = [c.strip() for c in row.group(1).split("|")]
            if md:
                out.append("| " + " | ".join(cells) + " |")
                if not in_table:
                    out.append("|" + "---|" * len(cells))
            else:
                out.append("\t".join(cells))
            in_table = True
            continue
        in_table = False
        if not md:
            ln = re.sub(r"^#+\s+", "", ln)
            ln = ln.replace("**", "")  # plain text: bold is not written
        out.append(_plain(ln))
    return "\n".join(out).rstrip() + "\n"


def render_docx(opts: dict[str, str], lines: list[str], target: Path) -> None:
    """The Word rendering, typed the way the source's options say."""
    import docx  # python-docx, a test dependency
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    styled = opts.get("word", "heading") == "heading"
    header_lines = [ln[len("[header] "):] for ln in lines if ln.startswith("[header] ")]
    if header_lines:
        hdr = doc.sections[0].header
        hdr.paragraphs[0].text = header_lines[0]
        for extra in header_lines[1:]:
            hdr.add_paragraph(extra)
    table_rows: list[list[str]] = []

    def flush_table() -> None:
        if not table_rows:
            return
        width = max(len(r) for r in table_rows)
        table = doc.add_table(rows=len(table_rows), cols=width)
        table.style = "Table Grid"
        for i, row in enumerate(table_rows):
            for j, cell in enumerate(row):
                _runs(table.cell(i, j).paragraphs[0], cell)
        table_rows.clear()

    def _runs(par, text: str, bold: bool = False) -> None:
        parts = text.split(" \\\\ ")
        for k, part in enumerate(parts):
            # **label** inside a line: a bold run, as Word types it
            for m, piece in enumerate(re.split(r"\*\*", part)):
                if piece:
                    run = par.add_run(piece)
                    run.bold = (bold or m % 2 == 1) or None
            if k < len(parts) - 1:
                par.runs[-1].add_break()

    for ln in lines:
        row = _ROW.match(ln)
        if row:
            table_rows.append([c.strip() for c in row.group(1).split("|")])
            continue
        flush_table()
        if not ln.strip() or ln.startswith("[header] "):
            continue
        if ln == "[pagebreak]":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        head = re.match(r"^(#+)\s+(.*)$", ln)
        if head:
            if styled:
                doc.add_heading(head.group(2), level=len(head.group(1)))
            else:
                _runs(doc.add_paragraph(), head.group(2), bold=True)
            continue
        bold = re.match(r"^\*\*(.*)\*\*$", ln)
        if bold:
            _runs(doc.add_paragraph(), bold.group(1), bold=True)
            continue
        if ln.startswith("- "):
            _runs(doc.add_paragraph(style="List Bullet"), ln[2:])
            continue
        _runs(doc.add_paragraph(), ln)
    flush_table()
    doc.save(str(target))


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_pdf(docx_path: Path, outdir: Path) -> Path:
    exe = soffice()
    assert exe, "LibreOffice is needed for the PDF rendering"
    subprocess.run([exe, "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    return outdir / (docx_path.stem + ".pdf")


def build(name: str, outdir: Path, formats: tuple[str, ...] = ("text", "docx")) -> dict[str, Path]:
    """Write NAME's renderings into OUTDIR/<format>/ and return their paths."""
    opts, lines = read_source(BATTERY / f"{name}.src")
    paths: dict[str, Path] = {}
    if "text" in formats:
        d = outdir / "text"
        d.mkdir(parents=True, exist_ok=True)
        p = d / f"{name}.{opts.get('fmt', 'md')}"
        p.write_text(render_text(opts, lines), encoding="utf-8")
        paths["text"] = p
    if "docx" in formats or "pdf" in formats:
        d = outdir / "docx"
        d.mkdir(parents=True, exist_ok=True)
        p = d / f"{name}.docx"
        render_docx(opts, lines, p)
        paths["docx"] = p
        if "pdf" in formats:
            d2 = outdir / "pdf"
            d2.mkdir(parents=True, exist_ok=True)
            paths["pdf"] = render_pdf(p, d2)
    return paths


def names() -> list[str]:
    return sorted(p.stem for p in BATTERY.glob("*.src"))
