"""Rendering parity: the tuning-part Markdown documents of the blind sets, scored as .md, .html, .docx and .pdf.

The same minutes should give the same record whatever format they come in. This script copies
the tuning part (documents not listed in `HOLDOUT.txt`) of every set under
`benchmarks/accuracy/*/` whose document is Markdown into a temporary folder, renamed
`SET__NAME`, with their gold files, and renders each one:

- `html/`: without its YAML front matter, by markdown-it (the CommonMark preset with tables,
  `breaks=True`, as `rich` installs it);
- `docx/` and `pdf/`: that HTML converted by LibreOffice headless (skipped, with a message,
  when `soffice` is not installed);
- `docx-plain/`: that .docx as minutes are often typed in Word without styles: headings as bold
  Normal paragraphs, list items as Normal paragraphs opening with a typed "1." or "•"
  (`docx_plain.py`).

The tuning part's text documents (most of the formal minutes) are copied to `txt/` and typed into
Word line by line as `txt-docx/` (`docx_typed.py`): one Normal paragraph per line, indents kept.

It then scores each rendering with `notes-extract eval`'s engine and prints the mean per
rendering and the documents whose renderings differ by more than `--gap` (0.05).

    .venv/bin/python benchmarks/renderings.py                 # build, score, print
    .venv/bin/python benchmarks/renderings.py --keep /tmp/rend # keep the renderings
    .venv/bin/python benchmarks/renderings.py --set teams --only md,html
    .venv/bin/python benchmarks/renderings.py --json

Held-out documents are never copied, rendered or scored here.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from notes_extract.api import extract_all
from notes_extract.evaluate import Report, evaluate, find_gold_sets

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import SETS, held_out_names  # noqa: E402
from docx_plain import plain_docx  # noqa: E402
from docx_typed import typed_docx  # noqa: E402

# The Markdown documents' renderings, then the text documents' ("txt-docx": typed into Word line by line).
RENDERINGS = ("md", "html", "docx", "docx-plain", "pdf", "txt", "txt-docx")
# LibreOffice export filters per rendering (the input is read by the Writer HTML import filter).
LIBREOFFICE_FILTERS = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export"}
CONVERSION_SECONDS = 600
HTML_PAGE = "<html><head><meta charset='utf-8'></head><body>{}</body></html>\n"
# YAML front matter ("---" ... "---" at the top): site metadata, not part of the page a reader sees.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", re.S)


def copy_tuning_documents(out: Path, wanted_sets: list[str] | None, suffix: str = ".md") -> list[str]:
    """Copy every tuning-part document with ``suffix`` and its gold files to `out` as SET__NAME; their names."""
    out.mkdir(parents=True, exist_ok=True)
    names = []
    for set_dir in sorted(d for d in SETS.iterdir() if (d / "docs").is_dir()):
        if wanted_sets and set_dir.name not in wanted_sets:
            continue
        held_out = held_out_names(set_dir)
        for doc in sorted((set_dir / "docs").glob(f"*{suffix}")):
            if doc.stem in held_out:
                continue
            name = f"{set_dir.name}__{doc.stem}"
            shutil.copyfile(doc, out / f"{name}{suffix}")
            for gold in sorted((set_dir / "docs").glob(f"{doc.stem}.*gold.json")):
                shutil.copyfile(gold, out / f"{set_dir.name}__{gold.name}")
            names.append(name)
    return names


def copy_golds(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for gold in source.glob("*.gold.json"):
        shutil.copyfile(gold, target / gold.name)


def render_html(md_dir: Path, html_dir: Path) -> None:
    """Each Markdown document rendered to HTML by markdown-it (tables on, line breaks kept)."""
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"breaks": True, "html": True}).enable("table")
    copy_golds(md_dir, html_dir)
    for doc in sorted(md_dir.glob("*.md")):
        text = FRONT_MATTER.sub("", doc.read_text(encoding="utf-8", errors="replace"), count=1)
        body = renderer.render(text)
        (html_dir / f"{doc.stem}.html").write_text(HTML_PAGE.format(body), encoding="utf-8")


def render_office(html_dir: Path, out_dir: Path, kind: str, soffice: str, profile: Path) -> None:
    """Each HTML document converted by LibreOffice headless to `kind` (docx or pdf)."""
    copy_golds(html_dir, out_dir)
    documents = [str(p) for p in sorted(html_dir.glob("*.html"))]
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--infilter=HTML (StarWriter)", "--convert-to", LIBREOFFICE_FILTERS[kind],
               "--outdir", str(out_dir), *documents]
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=CONVERSION_SECONDS)


def render_plain(docx_dir: Path, out_dir: Path) -> None:
    """Each LibreOffice .docx rewritten without heading and list styles (see `docx_plain`)."""
    copy_golds(docx_dir, out_dir)
    for doc in sorted(docx_dir.glob("*.docx")):
        plain_docx(doc, out_dir / doc.name)


def render_typed(txt_dir: Path, out_dir: Path) -> None:
    """Each text document typed into Word line by line (see `docx_typed`)."""
    copy_golds(txt_dir, out_dir)
    for doc in sorted(txt_dir.glob("*.txt")):
        typed_docx(doc, out_dir / f"{doc.stem}.docx")


def build(folder: Path, wanted: list[str], wanted_sets: list[str] | None) -> list[str]:
    """Build the renderings under `folder`; the renderings built."""
    copy_tuning_documents(folder / "md", wanted_sets)
    built = ["md"]
    if {"txt", "txt-docx"} & set(wanted):
        copy_tuning_documents(folder / "txt", wanted_sets, ".txt")
        built.append("txt")
        if "txt-docx" in wanted:
            render_typed(folder / "txt", folder / "txt-docx")
            built.append("txt-docx")
    if {"html", "docx", "docx-plain", "pdf"} & set(wanted):
        render_html(folder / "md", folder / "html")
        built.append("html")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    for kind in ("docx", "pdf"):
        if kind not in wanted and not (kind == "docx" and "docx-plain" in wanted):
            continue
        if not soffice:
            print(f"renderings: LibreOffice (soffice) not installed: {kind} skipped", file=sys.stderr)
            continue
        render_office(folder / "html", folder / kind, kind, soffice, folder / "lo-profile")
        built.append(kind)
    if "docx-plain" in wanted and "docx" in built:
        render_plain(folder / "docx", folder / "docx-plain")
        built.append("docx-plain")
    return [r for r in RENDERINGS if r in built and r in wanted]


def score(folder: Path, renderings: list[str]) -> dict[str, Report]:
    return {r: evaluate(find_gold_sets(folder / r), extract_all) for r in renderings}


def print_table(reports: dict[str, Report], gap: float) -> None:
    print(f"{'rendering':<10} {'docs':>4} {'mean':>7}")
    for rendering, report in reports.items():
        print(f"{rendering:<10} {len(report.documents):>4} {report.overall:>7.3f}")
    per_doc: dict[str, dict[str, float]] = {}
    for rendering, report in reports.items():
        for doc in report.documents:
            per_doc.setdefault(doc.name, {})[rendering] = doc.overall
    wide = {name: scores for name, scores in per_doc.items()
            if len(scores) > 1 and max(scores.values()) - min(scores.values()) > gap}
    print(f"\ndocuments whose renderings differ by more than {gap}: {len(wide)}")
    if wide:
        print(f"{'document':<70} " + " ".join(f"{r:>6}" for r in reports))
        for name in sorted(wide):
            cells = " ".join(f"{wide[name][r]:>6.3f}" if r in wide[name] else f"{'-':>6}" for r in reports)
            print(f"{name[:70]:<70} {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(RENDERINGS),
                        help="renderings to build and score (md,html,docx,docx-plain,pdf,txt,txt-docx)")
    parser.add_argument("--set", action="append", help="only this blind set (repeatable)")
    parser.add_argument("--gap", type=float, default=0.05, help="list documents whose renderings differ by more")
    parser.add_argument("--keep", type=Path, help="build the renderings in this folder and keep them")
    parser.add_argument("--json", action="store_true", help="print the per-document scores as JSON")
    args = parser.parse_args(argv)
    wanted = [r for r in args.only.split(",") if r in RENDERINGS]
    with tempfile.TemporaryDirectory(prefix="notes-extract-renderings-") as temp:
        folder = args.keep or Path(temp)
        reports = score(folder, build(folder, wanted, args.set))
    if args.json:
        print(json.dumps({r: {"mean": rep.overall, "documents": {d.name: d.overall for d in rep.documents}}
                          for r, rep in reports.items()}, indent=2))
    else:
        print_table(reports, args.gap)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
