"""notes-extract performance benchmark: parse cost, throughput, memory, start-up, peers.

Run with the project's interpreter (it imports notes_extract and its dependencies):

    .venv/bin/python benchmarks/bench.py            # everything, about 2-4 minutes on 2 cores
    .venv/bin/python benchmarks/bench.py --quick    # fewer runs, about a minute
    .venv/bin/python benchmarks/bench.py --only pdf,memory --runs 10

Why each measurement is shaped the way it is:

- Parse cost is a ratio to the cheapest way the same library stack can read the
  file ("the floor"), measured in the same process, interleaved and as a median,
  so that a busy or slow machine moves both sides alike.
- Throughput, memory and start-up run in fresh subprocesses, because they are
  about process start, imports and workers, which a warm in-process loop hides.
- Every part is guarded: a failure prints its error in its row and the rest runs.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED_DOCX = SAMPLES / "allies-group-2025-07-02.docx"
SEED_PDF = SAMPLES / "allies-group-2025-07-02.pdf"
PARTS = ("docx", "pdf", "formats", "ocr", "throughput", "memory", "startup", "register", "peers")
# Records the register benchmark loads, made by copying and varying real ones, in this many series.
REGISTER_RECORDS = 1000
REGISTER_SERIES = 10
# Apache POI's bug65649.docx (12 MB document.xml): its body repeated makes the huge-XML memory case.
HUGE_XML_DOCX = ROOT / "tests" / "data" / "broken" / "test-data__document__bug65649.docx"
HUGE_XML_COPIES = 10
# Peak RSS promised for that 118 MiB document.xml (README, "Untrusted input"): 1.83 GB before the body was streamed.
HUGE_XML_TARGET_MB = 400
# Modules that make `notes-extract --help` slow when the CLI imports them eagerly.
HEAVY_MODULES = (
    "spacy", "thinc", "numpy", "pdfplumber", "pdfminer", "pypdfium2", "docx", "lxml", "pydantic", "rich",
)  # fmt: skip


# --------------------------------------------------------------------------- output


@dataclass
class Row:
    """One line of the result table."""

    case: str
    ours: str = ""
    floor: str = ""
    ratio: str = ""
    target: str = ""
    status: str = ""
    note: str = ""


class Table:
    """Prints rows as they are measured, so a slow part shows progress."""

    widths = (44, 13, 13, 7, 9, 4)

    def header(self, title: str) -> None:
        print()
        print(f"== {title}")
        cols = ("case", "ours", "floor", "ratio", "target", "")
        print("  ".join(c.ljust(w) for c, w in zip(cols, self.widths, strict=True)).rstrip())
        print("  ".join("-" * w for w in self.widths))
        sys.stdout.flush()

    def row(self, row: Row) -> None:
        cells = (row.case, row.ours, row.floor, row.ratio, row.target, row.status)
        line = "  ".join(c.ljust(w) for c, w in zip(cells, self.widths, strict=True)).rstrip()
        if row.note:
            line += f"  {row.note}"
        print(line)
        sys.stdout.flush()

    def error(self, case: str, exc: BaseException) -> None:
        message = f"{type(exc).__name__}: {exc}".replace("\n", " ")
        self.row(Row(case, "error", note=message[:200]))
        if os.environ.get("BENCH_TRACEBACK"):
            traceback.print_exc()


@contextmanager
def guarded(table: Table, case: str) -> Iterator[None]:
    """Run one measurement; an error becomes that row's text instead of ending the run."""
    try:
        yield
    except Exception as exc:  # a benchmark reports failures, it does not stop on them
        table.error(case, exc)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.2f} s"


def verdict(value: float, target: float, *, below: bool) -> str:
    ok = value <= target if below else value >= target
    return "ok" if ok else "MISS"


# --------------------------------------------------------------------------- timing


def median_time(fn: Callable[[], Any], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def paired_medians(ours: Callable[[], Any], floor: Callable[[], Any], runs: int,
                   before_ours: Callable[[], Any] = lambda: None) -> tuple[float, float]:
    """Medians of ``ours`` and ``floor`` timed alternately (after one warm-up each).

    Alternating puts both under the same background load; the warm-up keeps
    first-call costs (imports, building the spaCy pipeline) out of both.
    ``before_ours`` runs untimed before each timed ``ours`` (emptying caches).
    """
    ours()
    floor()
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        before_ours()
        start = time.perf_counter()
        ours()
        a.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor()
        b.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


def clear_text_caches() -> int:
    """Empty the package's per-text caches, so the next run reads its document as a new one.

    A user extracts each document once; a row that repeats one file would otherwise find every
    sentence's parse, decision kind and content words already worked out. The per-text caches
    are the package's bounded ``lru_cache`` functions (size above 1); the process-wide ones
    (the spaCy pipeline, tool look-ups: size 1 or unbounded) are built once per process anyway.
    Returns how many caches were emptied.
    """
    emptied = 0
    for name, module in list(sys.modules.items()):
        if name != "notes_extract" and not name.startswith("notes_extract."):
            continue
        for value in list(vars(module).values()):
            if hasattr(value, "cache_parameters") and (value.cache_parameters()["maxsize"] or 0) > 1:
                value.cache_clear()
                emptied += 1
    return emptied


# --------------------------------------------------------------------------- test documents


def make_long_pdf(folder: Path, copies: int) -> Path:
    """The seed PDF repeated ``copies`` times (4 pages each), with PDFium."""
    import pypdfium2 as pdfium

    path = folder / f"seed-x{copies}.pdf"
    if path.exists():
        return path
    source = pdfium.PdfDocument(str(SEED_PDF))
    out = pdfium.PdfDocument.new()
    for _ in range(copies):
        out.import_pages(source)
    out.save(str(path))
    out.close()
    source.close()
    return path


_WORDS = [
    "budget", "committee", "report", "volunteers", "event", "funding", "hall", "survey", "members", "project",
    "council", "update", "grant", "meeting", "website", "newsletter", "treasurer", "schedule", "review",
    "partners", "training", "community", "proposal", "minutes", "chair", "secretary", "venue", "workshop", "plan",
    "agreed", "discussed", "noted", "raised", "outstanding", "quarter", "annual", "local",
]  # fmt: skip
_NAMES = ("Ann Lee", "Bob Roe", "Cara Diaz", "Dev Patel", "Eve Stone", "Finn Hall", "Gita Rao", "Hugo Kim")


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(9, 22))
    return f"{rng.choice(_NAMES).split()[0]} {' '.join(words)}."


def make_long_docx(folder: Path, pages: int = 60) -> Path:
    """Realistic minutes of about ``pages`` pages: headings, paragraphs, lists and an action table."""
    import docx

    path = folder / f"minutes-{pages}p.docx"
    if path.exists():
        return path
    rng = random.Random(20250702)
    doc = docx.Document()
    doc.add_heading("Community Allies Group", level=1)
    doc.add_paragraph("Meeting notes: Wednesday 2 July 2025, 10:00-12:00, Town Hall")
    present = doc.add_paragraph()
    present.add_run("Present: ").bold = True
    present.add_run(", ".join(_NAMES) + ".")
    apologies = doc.add_paragraph()
    apologies.add_run("Apologies: ").bold = True
    apologies.add_run("Ivy Chen, Jon Park.")
    for item in range(1, pages + 1):
        doc.add_heading(f"{item}. {rng.choice(_WORDS).title()} {rng.choice(_WORDS)} {rng.choice(_WORDS)}", level=2)
        for _ in range(3):
            doc.add_paragraph(" ".join(_sentence(rng) for _ in range(rng.randint(3, 5))))
        for _ in range(4):
            doc.add_paragraph(_sentence(rng), style="List Bullet")
        doc.add_paragraph(
            f"Action: {rng.choice(_NAMES)} to circulate the {rng.choice(_WORDS)} note.", style="List Number"
        )
        doc.add_paragraph(f"Decision: the group agreed the {rng.choice(_WORDS)} {rng.choice(_WORDS)}.")
        if item % 10 == 0:
            table = doc.add_table(rows=1, cols=3)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ("Action", "Who", "When"), strict=True):
                cell.text = text
            for _ in range(5):
                cells = table.add_row().cells
                cells[0].text = _sentence(rng)
                cells[1].text = rng.choice(_NAMES)
                cells[2].text = f"{rng.randint(1, 28)} August 2025"
        doc.add_page_break()
    doc.add_paragraph("Date of next meeting: Wednesday 3 September 2025.")
    doc.save(str(path))
    return path


# --------------------------------------------------------------------------- floors


def docx_floor(path: Path) -> int:
    """python-docx opening the file and reading every paragraph and every table cell."""
    import docx

    document = docx.Document(str(path))
    chars = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                chars += len(cell.text)
    return chars


def pdfium_text(data: bytes) -> int:
    """PDFium's own text extraction (pypdfium2): every page's text page read in one range."""
    import pypdfium2 as pdfium

    chars = 0
    pdf = pdfium.PdfDocument(data)
    for page in pdf:
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return chars


def pdf_floor(data: bytes) -> int:
    """pdfplumber opening the file and calling extract_text() on every page."""
    import pdfplumber

    chars = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chars += len(page.extract_text() or "")
            page.close()
    return chars


# --------------------------------------------------------------------------- parts


def _parse_rows(table: Table, label: str, path: Path, floor: Callable[[], object], n: int, *,
                target: float, pipeline_target: float | None = None) -> None:
    """Two rows for one file: the whole pipeline (per-text caches emptied before each run, as for
    a document never seen), then the loader alone, each against ``floor``."""
    import notes_extract
    from notes_extract import loaders

    data = path.read_bytes()
    for what, run, goal in (("pipeline", lambda: notes_extract.extract_all(data), pipeline_target or target),
                            ("loader", lambda: loaders.load(data, source=path.name), target)):
        ours, base = paired_medians(run, floor, n, before_ours=clear_text_caches)
        ratio = ours / base
        table.row(Row(f"{label}: {what}", ms(ours), ms(base), f"{ratio:.2f}x", f"<={goal:g}x",
                      verdict(ratio, goal, below=True), f"n={n}"))


def part_docx(table: Table, runs: int, big_runs: int, work: Path) -> None:

    table.header("parse cost, .docx and .txt (same process; floor = python-docx Document() + every paragraph and "
                 "cell; pipeline rows empty the per-text caches before each run)")
    cases: list[tuple[str, Callable[[], Path], int]] = [
        ("seed .docx", lambda: SEED_DOCX, runs),
        ("long .docx (generated, ~60 pages)", lambda: make_long_docx(work), big_runs),
    ]
    for (label, make, n), pipeline_target in zip(cases, (1.5, 2.0), strict=True):
        with guarded(table, label):
            path = make()
            _parse_rows(table, label, path, lambda path=path: docx_floor(path), n, target=1.3,
                        pipeline_target=pipeline_target)
    _txt_row(table, runs)


# The seed .txt through the whole pipeline (issue 13): reading the file is ~0.3 ms, the rest is extraction.
TXT_TARGET_SECONDS = 0.008


def _txt_row(table: Table, runs: int) -> None:
    """The seed .txt, whole pipeline, per-text caches emptied before each run: an absolute target."""
    import notes_extract

    label = "seed .txt: pipeline"
    with guarded(table, label):
        data = (SAMPLES / "allies-group-2025-07-02.txt").read_bytes()
        ours, base = paired_medians(lambda: notes_extract.extract_all(data), lambda: data.decode("utf-8"), runs,
                                    before_ours=clear_text_caches)
        table.row(Row(label, ms(ours), ms(base), "", f"<={ms(TXT_TARGET_SECONDS)}",
                      verdict(ours, TXT_TARGET_SECONDS, below=True), f"n={runs}; floor = decode the file"))


def part_pdf(table: Table, runs: int, big_runs: int, work: Path) -> None:

    table.header("parse cost, .pdf (same process; floor = pdfplumber open + extract_text() on every page)")
    cases: list[tuple[str, Callable[[], Path], int]] = [
        ("seed .pdf (4 pages)", lambda: SEED_PDF, runs),
        ("long .pdf (seed x15, 60 pages)", lambda: make_long_pdf(work, 15), big_runs),
    ]
    for label, make, n in cases:
        with guarded(table, label):
            path = make()
            data = path.read_bytes()
            _parse_rows(table, label, path, lambda data=data: pdf_floor(data), n, target=0.15)
            _pipeline_vs_pdfium(table, label, data, n)


def _pipeline_vs_pdfium(table: Table, label: str, data: bytes, n: int, target: float = 3.0) -> None:
    """The whole pipeline against PDFium's own text extraction: the cost of everything past reading text."""
    import notes_extract

    ours, base = paired_medians(lambda: notes_extract.extract_all(data), lambda: pdfium_text(data), n,
                                before_ours=clear_text_caches)
    ratio = ours / base
    table.row(Row(f"{label}: pipeline vs PDFium text", ms(ours), ms(base), f"{ratio:.2f}x", f"<={target:g}x",
                  verdict(ratio, target, below=True), f"n={n}"))


def _seed_as(fmt: str, work: Path) -> Path:
    """The seed .docx's blocks written out as an HTML page or an .odt, for the new loaders' rows."""
    import zipfile
    from html import escape

    from notes_extract import loaders
    from notes_extract.document import BlockKind

    blocks = loaders.load(SEED_DOCX.read_bytes(), source=SEED_DOCX.name).blocks
    parts: list[str] = []
    for b in blocks:
        text = escape(b.text)
        if b.kind is BlockKind.TABLE:
            cells = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in b.rows)
            odf = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{escape(c)}</text:p>"
                          "</table:table-cell>" for c in row) + "</table:table-row>" for row in b.rows)
            parts.append(f"<table>{cells}</table>" if fmt == "html" else f"<table:table>{odf}</table:table>")
        elif b.kind is BlockKind.HEADING:
            parts.append(f"<h{b.level}>{text}</h{b.level}>" if fmt == "html" else
                         f'<text:h text:outline-level="{b.level}">{text}</text:h>')
        else:
            parts.append(f"<p>{text}</p>" if fmt == "html" else f"<text:p>{text}</text:p>")
    path = work / f"seed.{fmt}"
    if fmt == "html":
        path.write_text(f"<!DOCTYPE html><html><body>{''.join(parts)}</body></html>", encoding="utf-8")
        return path
    ns = " ".join(f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{k}:1.0"'
                  for k in ("office", "text", "table"))
    content = f"<office:document-content {ns}><office:body><office:text>{''.join(parts)}</office:text>" \
              "</office:body></office:document-content>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return path


def format_floor(path: Path) -> int:
    """lxml parsing the page (HTML) or content.xml (ODT) and taking all its text."""
    import zipfile

    from lxml import etree, html

    if path.suffix == ".html":
        return len(html.fromstring(path.read_bytes()).text_content())
    with zipfile.ZipFile(path) as archive:
        return len("".join(etree.fromstring(archive.read("content.xml")).itertext()))


def part_formats(table: Table, runs: int, work: Path) -> None:
    table.header("parse cost, .odt and .html (seed blocks rewritten; floor = lxml parse + all text)")
    for fmt in ("odt", "html"):
        label = f"seed .{fmt}"
        with guarded(table, label):
            path = _seed_as(fmt, work)
            _parse_rows(table, label, path, lambda path=path: format_floor(path), runs, target=3.0)
    _converted_rows(table, max(runs // 5, 1), work)


def _converted_rows(table: Table, runs: int, work: Path) -> None:
    """Reading a .doc and an .rtf (the seed .docx saved by LibreOffice), which goes through a LibreOffice run."""
    from notes_extract import loaders
    from notes_extract.loaders.office.tools import find_tool

    soffice = find_tool("libreoffice")
    for fmt in ("doc", "rtf"):
        label = f"seed .{fmt} (LibreOffice)"
        if soffice is None:
            table.row(Row(label, "skipped", note="LibreOffice is not installed"))
            continue
        with guarded(table, label):
            subprocess.run([soffice, "--headless", "--convert-to", fmt, "--outdir", str(work), str(SEED_DOCX)],
                           capture_output=True, timeout=120, check=True)
            path = work / f"{SEED_DOCX.stem}.{fmt}"
            data = path.read_bytes()
            seconds = median_time(lambda data=data, name=path.name: loaders.load(data, source=name), runs)
            table.row(Row(label, ms(seconds), note=f"loader, median of {runs}"))


def _seed_score(records: list[Any]) -> float:
    import json

    from notes_extract.evaluate import score_record

    gold = json.loads((SAMPLES / "expected" / f"{SEED_PDF.stem}.gold.json").read_text(encoding="utf-8"))
    return score_record(gold, json.loads(records[0].to_json())).overall


def part_ocr(table: Table, work: Path) -> None:
    """The seed PDF scanned at 200 dpi: as a PDF without a text layer, as .png pages and as one .tif."""
    import pypdfium2 as pdfium

    from notes_extract import extract_all
    from notes_extract.loaders.ocr.engines import find_engine

    table.header("OCR: the seed scanned at 200 dpi (ours = seconds per page; note = score against its gold)")
    engine = find_engine()
    if engine is None:
        table.row(Row("scanned seed", "skipped", note="no OCR engine (tesseract or notes-extract[ocr])"))
        return
    pdf = pdfium.PdfDocument(str(SEED_PDF))
    images = [pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    pdf.close()
    pages = len(images)
    scans: dict[str, list[bytes]] = {"pdf": [], "png": [], "tif": []}
    for fmt, options in (("pdf", {"format": "PDF", "resolution": 200}), ("tif", {"format": "TIFF", "dpi": (200, 200)})):
        out = io.BytesIO()
        frames = [image.copy() for image in images]  # saving leaves encoder settings on the frames
        frames[0].save(out, save_all=True, append_images=frames[1:], **options)
        scans[fmt].append(out.getvalue())
    for image in images:
        out = io.BytesIO()
        image.save(out, format="PNG", dpi=(200, 200))
        scans["png"].append(out.getvalue())
    for fmt, files in scans.items():
        label = f"seed .{fmt}, {pages} pages" + {"png": " (a file each)", "tif": " (the .pngs in one)"}.get(fmt, "")
        with guarded(table, label):
            start = time.perf_counter()
            records = [extract_all(data)[0] for data in files]
            per_page = (time.perf_counter() - start) / pages
            score = f"score {_seed_score(records):.3f}" if len(files) == 1 else "one record per page: not scored"
            table.row(Row(label, f"{per_page:.2f} s", target="score >= 0.90", note=f"{engine.name}, {score}"))


# Fresh processes run as on a user's machine, where Python keeps the compiled bytecode of the package:
# a sandbox that sets PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every run.
USER_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def cli_command(*args: str) -> list[str]:
    """The command line for ``notes-extract ARGS`` with this interpreter's install."""
    script = Path(sys.executable).with_name("notes-extract")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "notes_extract.cli", *args]


SAMPLE_SUFFIXES = (".docx", ".pdf", ".txt", ".md")


def part_throughput(table: Table, docs: int, work: Path) -> None:
    table.header(f"throughput: `notes-extract batch` on {docs} mixed documents (copies of samples/*), fresh processes")
    source = work / "corpus"
    with guarded(table, "prepare corpus"):
        inputs = sorted(p for p in SAMPLES.iterdir() if p.suffix in SAMPLE_SUFFIXES)
        if source.exists():
            shutil.rmtree(source)
        source.mkdir(parents=True)
        for i in range(docs):
            sample = inputs[i % len(inputs)]
            shutil.copyfile(sample, source / f"{i:04d}-{sample.name}")
    rates: dict[int, float] = {}
    for workers in (1, 2):
        case = f"{workers} worker{'s' if workers > 1 else ''}"
        with guarded(table, case):
            out = work / f"out-{workers}"
            if workers == 1:  # the first run would otherwise pay for writing the bytecode
                warm_up = sorted(source.iterdir())[:len(SAMPLE_SUFFIXES)]
                subprocess.run(cli_command("extract", *map(str, warm_up), "-o", str(work / "warm")),
                               capture_output=True, env=USER_ENV, timeout=120)
            subreaper = _adopt_orphans()
            cpu_before = _children_cpu()
            load = _load_average()
            start = time.perf_counter()
            done = subprocess.run(
                cli_command("batch", str(source), "-o", str(out), "--workers", str(workers), "--force", "--quiet"),
                capture_output=True,
                text=True,
                env=USER_ENV,
                timeout=600,
            )
            wall = time.perf_counter() - start
            _reap_orphans()
            cpu = _children_cpu() - cpu_before
            if done.returncode != 0:
                raise RuntimeError(f"exit {done.returncode}: {done.stderr.strip()[-300:]}")
            written = sum(1 for p in out.rglob("*.json") if p.name != "_report.json")
            rates[workers] = docs / wall
            table.row(
                Row(
                    case,
                    f"{rates[workers]:.1f} doc/s",
                    "",
                    "",
                    "",
                    "",
                    f"{docs} docs in {wall:.1f} s wall, {cpu:.1f} s CPU (start-up included"
                    f"{'' if subreaper else '; the worker server not counted'}), {written} records; "
                    f"load average before {load}",
                )
            )
    with guarded(table, "2 workers / 1 worker"):
        if 1 in rates and 2 in rates:
            ratio = rates[2] / rates[1]
            cpus = os.cpu_count() or 1
            note = "" if cpus >= 2 else "only 1 CPU: no parallel speed-up possible"
            table.row(
                Row("2 workers / 1 worker", "", "", f"{ratio:.2f}x", ">=1.85x", verdict(ratio, 1.85, below=False),
                    note)
            )


_RSS_SCRIPT = textwrap.dedent(
    """
    import json, resource, sys, time
    import notes_extract
    from notes_extract import extract_all
    def peak_mb():
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    def current_mb():
        try:
            with open("/proc/self/statm") as f:
                return int(f.read().split()[1]) * resource.getpagesize() / (1024 * 1024)
        except OSError:
            return float("nan")
    extract_all(sys.argv[2])  # a small document first: spaCy and the lazy imports are loaded
    base, base_peak = current_mb(), peak_mb()
    start = time.perf_counter()
    records = extract_all(sys.argv[1])
    print(json.dumps({"peak": peak_mb(), "base": base, "base_peak": base_peak,
                      "seconds": time.perf_counter() - start, "records": len(records)}))
    """
)


def _adopt_orphans() -> bool:
    """Become the "subreaper" of the commands this script runs (Linux): the batch command's worker
    server outlives it by a moment, and is then this process's child, so its CPU is counted."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _reap_orphans() -> None:
    """Wait for the adopted processes (the worker server ends as soon as its command has)."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _children_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load_average() -> str:
    """The 1-minute load average: other work on the machine skews wall-clock throughput."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def make_huge_xml_docx(folder: Path, copies: int = HUGE_XML_COPIES) -> tuple[Path, int]:
    """POI's bug65649.docx with its body repeated ``copies`` times; the path and document.xml's size."""
    import zipfile

    with zipfile.ZipFile(HUGE_XML_DOCX) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    xml = parts["word/document.xml"]
    start = xml.index(b"<w:body>") + len(b"<w:body>")
    end = xml.rindex(b"<w:sectPr")  # the last section's properties close the body once
    parts["word/document.xml"] = xml[:start] + xml[start:end] * copies + xml[end:]
    path = folder / f"bug65649-body-x{copies}.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path, len(parts["word/document.xml"])


def _peak_rss(path: Path, warm_up: Path) -> dict[str, Any]:
    """What `_RSS_SCRIPT` reports for converting ``path`` in a fresh process."""
    import json

    done = subprocess.run([sys.executable, "-c", _RSS_SCRIPT, str(path), str(warm_up)],
                          capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-300:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def part_memory(table: Table, work: Path) -> None:
    import json

    table.header("memory: peak RSS converting a long PDF (full pipeline, fresh process)")
    results: dict[int, float] = {}
    for copies in (25, 75):
        pages = copies * 4
        case = f"{pages}-page PDF (seed x{copies})"
        with guarded(table, case):
            path = make_long_pdf(work, copies)
            done = subprocess.run(
                [sys.executable, "-c", _RSS_SCRIPT, str(path), str(SEED_PDF)],
                capture_output=True,
                text=True,
                timeout=900,
            )
            if done.returncode != 0:
                raise RuntimeError(done.stderr.strip()[-300:])
            facts = json.loads(done.stdout.strip().splitlines()[-1])
            results[pages] = facts["peak"]
            target = "<250 MB" if pages == 300 else ""
            status = verdict(facts["peak"], 250, below=True) if pages == 300 else ""
            note = (
                f"in use before: {facts['base']:.0f} MB (peak {facts['base_peak']:.0f} MB); "
                f"{facts['seconds']:.1f} s; {facts['records']} record(s)"
            )
            table.row(Row(case, f"{facts['peak']:.0f} MB", "", "", target, status, note))
    with guarded(table, "growth 100 -> 300 pages"):
        if 100 in results and 300 in results:
            per_page = (results[300] - results[100]) / 200 * 1024
            table.row(
                Row(
                    "growth 100 -> 300 pages",
                    f"{results[300] - results[100]:+.0f} MB",
                    "",
                    "",
                    "",
                    "",
                    f"{per_page:.0f} kB per page",
                )
            )
    table.header("memory: peak RSS converting a .docx with a 118 MiB document.xml (full pipeline, fresh process)")
    case = f"POI bug65649.docx, body x{HUGE_XML_COPIES}"
    with guarded(table, case):
        path, xml_bytes = make_huge_xml_docx(work)
        facts = _peak_rss(path, SEED_DOCX)
        note = (f"document.xml {xml_bytes / (1024 * 1024):.0f} MiB, file {path.stat().st_size / 1e6:.1f} MB; "
                f"in use before: {facts['base']:.0f} MB; {facts['seconds']:.1f} s; {facts['records']} record(s)")
        table.row(Row(case, f"{facts['peak']:.0f} MB", "", "", f"<{HUGE_XML_TARGET_MB} MB",
                      verdict(facts["peak"], HUGE_XML_TARGET_MB, below=True), note))


def _register_records(folder: Path) -> None:
    """REGISTER_RECORDS record files: the samples and the wits log's meetings (actions, points, people),
    each copy given its own source hash, a date a week after the last of its series and a series title."""
    import hashlib
    import json
    from datetime import date, timedelta

    from notes_extract import extract_all

    bases = [r.model_dump(mode="json", by_alias=True) for path in sorted(SAMPLES.glob("*.md")) + sorted(
        SAMPLES.glob("*.txt")) + [ROOT / "tests/data/corpus/university-wits-supervisor-meetings-2017.docx"]
             for r in extract_all(path)]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(REGISTER_RECORDS):
        record = json.loads(json.dumps(bases[n % len(bases)]))
        series = n % REGISTER_SERIES
        record["source"]["sha256"] = hashlib.sha256(f"bench-{n}".encode()).hexdigest()
        record["source"]["path"] = None
        record["meeting"]["title"] = f"Committee {chr(65 + series)} Meeting"
        record["meeting"]["date"] = (date(2000, 1, 5) + timedelta(weeks=n // REGISTER_SERIES)).isoformat()
        (folder / f"record-{n:04d}.json").write_text(json.dumps(record))


def part_register(table: Table, work: Path) -> None:
    """`register` of REGISTER_RECORDS records into a new database, then again with nothing new."""
    table.header(f"register ({REGISTER_RECORDS} records, {REGISTER_SERIES} series)")
    with guarded(table, "register"):
        from notes_extract.register import register

        folder, db = work / "register-records", work / "register.sqlite"
        _register_records(folder)
        db.unlink(missing_ok=True)
        started = time.perf_counter()
        report = register([folder], db)
        first = time.perf_counter() - started
        table.row(Row("register, new database", f"{first:.2f} s", "", "", "<10 s", verdict(first, 10, below=True),
                      f"{report.meetings_added} meetings, {report.threads} threads, "
                      f"{report.linked_mentions} linked mentions"))
        started = time.perf_counter()
        again = register([folder], db)
        second = time.perf_counter() - started
        table.row(Row("register again, nothing new", f"{second:.2f} s", "", "", "<2 s",
                      verdict(second, 2, below=True), f"{again.files_unchanged} files unchanged"))


def part_startup(table: Table, runs: int) -> None:
    table.header("start-up (fresh processes)")
    with guarded(table, "notes-extract --help"):
        command = cli_command("--help")
        subprocess.run(command, capture_output=True, check=True, env=USER_ENV, timeout=60)  # file cache, bytecode
        wall = median_time(lambda: subprocess.run(command, capture_output=True, check=True, env=USER_ENV, timeout=60),
                           runs)
        table.row(Row("notes-extract --help", ms(wall), "", "", "<0.3 s", verdict(wall, 0.3, below=True), f"n={runs}"))
    with guarded(table, "notes-extract extract (seed .txt)"), tempfile.TemporaryDirectory() as out:
        command = cli_command("extract", str(SAMPLES / "allies-group-2025-07-02.txt"), "-o", out)
        spacy_alone = [sys.executable, "-c", SPACY_START_UP]
        wall, floor = paired_medians(
            lambda: subprocess.run(command, capture_output=True, check=True, env=USER_ENV, timeout=60),
            lambda: subprocess.run(spacy_alone, capture_output=True, check=True, env=USER_ENV, timeout=60),
            runs)
        table.row(Row("notes-extract extract (seed .txt)", ms(wall), ms(floor), f"{wall / floor:.2f}x", "<0.5 s",
                      verdict(wall, 0.5, below=True), f"n={runs}; interpreter, imports and spaCy's pipeline included; "
                      "floor = a process that only starts spaCy as a run that parses does (the seed does)"))
    with guarded(table, "import notes_extract.cli"):
        probe = (
            "import sys, time; t = time.perf_counter(); import notes_extract.cli; "
            "t = time.perf_counter() - t; "
            f"print(round(t * 1000, 1), ' '.join(m for m in {HEAVY_MODULES!r} if m in sys.modules) or '-')"
        )
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", probe], capture_output=True, text=True, check=True, timeout=60
        )
        import_ms, heavy = done.stdout.split(maxsplit=1)
        heavy = heavy.strip()
        bad = [m for m in heavy.split() if m in ("spacy", "pdfplumber", "docx")]
        table.row(
            Row(
                "import notes_extract.cli",
                f"{import_ms} ms",
                "",
                "",
                "no heavy",
                "MISS" if bad else "ok",
                f"heavy modules imported: {heavy}",
            )
        )
        slowest = _slowest_imports(done.stderr)
        if slowest:
            table.row(Row("  slowest modules (own import time)", note=slowest))


# What every run that parses a text pays before extracting anything: spaCy imported (as the package
# imports it), the blank English pipeline and the commitment Matcher built, pydantic's BaseModel loaded.
SPACY_START_UP = (
    "from notes_extract.spacy_import import import_spacy; import_spacy(); "
    "from spacy.lang.en import English; from spacy.matcher import Matcher; from pydantic import BaseModel; "
    "from notes_extract.vocab.actions import COMMITMENT_PATTERNS; "
    "nlp = English(); nlp.add_pipe('sentencizer'); Matcher(nlp.vocab).add('COMMITMENT', COMMITMENT_PATTERNS)"
)


def _slowest_imports(importtime: str, top: int = 5) -> str:
    """The modules whose own import code costs most, from ``python -X importtime`` output."""
    costs: list[tuple[int, str]] = []
    for line in importtime.splitlines():
        if not line.startswith("import time:") or line.count("|") != 2:
            continue
        own, _, name = line[len("import time:") :].split("|")
        try:
            costs.append((int(own.strip()), name.strip()))
        except ValueError:
            continue  # the header line
    costs.sort(reverse=True)
    return ", ".join(f"{name} {cost / 1000:.0f} ms" for cost, name in costs[:top])


def part_peers(table: Table, runs: int) -> None:
    import notes_extract

    table.header("peers (optional; pip install -r benchmarks/requirements-peers.txt)")
    peers: list[tuple[str, Callable[[], Callable[[Path], Any]]]] = [
        ("unstructured partition(strategy='fast')", _unstructured),
        ("markitdown MarkItDown().convert()", _markitdown),
    ]
    for name, load in peers:
        try:
            convert = load()
        except ImportError:
            table.row(Row(name, "not installed", note="pip install -r benchmarks/requirements-peers.txt"))
            continue
        for path in (SEED_DOCX, SEED_PDF):
            case = f"{name.split()[0]} on seed {path.suffix}"
            with guarded(table, case):
                ours, theirs = paired_medians(
                    lambda path=path: notes_extract.extract_all(path),
                    lambda path=path, convert=convert: convert(path),
                    runs,
                )
                table.row(
                    Row(
                        case,
                        ms(ours),
                        ms(theirs),
                        f"{ours / theirs:.2f}x",
                        "",
                        "",
                        f"notes-extract is {theirs / ours:.1f}x faster"
                        if ours < theirs
                        else f"notes-extract is {ours / theirs:.1f}x slower",
                    )
                )


def _unstructured() -> Callable[[Path], Any]:
    from unstructured.partition.auto import partition

    return lambda path: partition(filename=str(path), strategy="fast")


def _markitdown() -> Callable[[Path], Any]:
    from markitdown import MarkItDown

    converter = MarkItDown()
    return lambda path: converter.convert(str(path))


# --------------------------------------------------------------------------- main


def machine() -> str:
    uname = platform.uname()
    processor = platform.processor() or uname.machine
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib import metadata

    versions = []
    for package in ("notes-extract", "pypdfium2", "pdfplumber", "python-docx", "spacy"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} -")
    return "\n".join(
        [
            f"machine: {os.cpu_count()} CPUs, {model or processor}, {uname.system} {uname.release} {uname.machine}",
            f"load:    {_load_average()} (1-minute load average before the run; other work skews wall times)",
            f"python:  {platform.python_implementation()} {platform.python_version()} ({sys.executable})",
            f"libs:    {', '.join(versions)}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (about a minute)")
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts: {','.join(PARTS)}")
    parser.add_argument("--runs", type=int, help="runs per small file (default 20, --quick 5)")
    parser.add_argument("--big-runs", type=int, help="runs per long file (default 3, --quick 1)")
    parser.add_argument("--docs", type=int, default=200, help="documents in the throughput folder (default 200)")
    parser.add_argument("--keep", metavar="DIR", help="build the test files in DIR and keep them")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"unknown part(s): {', '.join(unknown)} (choose from {', '.join(PARTS)})")
    runs = args.runs or (5 if args.quick else 20)
    big_runs = args.big_runs or (1 if args.quick else 3)
    print(machine())
    print(f"runs: {runs} per small file, {big_runs} per long file (median); parts: {', '.join(parts)}")
    started = time.perf_counter()
    table = Table()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="notes-extract-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if "docx" in parts:
            part_docx(table, runs, big_runs, work)
        if "pdf" in parts:
            part_pdf(table, runs, big_runs, work)
        if "formats" in parts:
            part_formats(table, runs, work)
        if "ocr" in parts:
            part_ocr(table, work)
        if "throughput" in parts:
            part_throughput(table, args.docs, work)
        if "memory" in parts:
            part_memory(table, work)
        if "startup" in parts:
            part_startup(table, 5 if args.quick else 10)
        if "register" in parts:
            part_register(table, work)
        if "peers" in parts:
            part_peers(table, 3 if args.quick else 5)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
