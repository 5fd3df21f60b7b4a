"""OCR engines: RapidOCR (pip, models inside its wheel) or Tesseract (a system program).

An engine reads one page image into words with pixel boxes and a confidence
from 0 to 1. Tesseract is used when the ``tesseract`` program is installed
(it splits words reliably); else RapidOCR (``pip install 'notes-extract[ocr]'``),
which installs with pip and ships its ONNX models in the wheel, so nothing
is downloaded at run time. ``NOTES_EXTRACT_OCR_ENGINE`` (rapidocr,
tesseract) picks one when both are there.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import subprocess
from dataclasses import dataclass
from typing import Any, Protocol

from notes_extract.loaders.office.tools import find_tool

# Seconds Tesseract may spend on one page image before it is stopped.
TESSERACT_PAGE_SECONDS = 120.0
# Tesseract words below this confidence (0-100) are noise: specks, ruling lines.
TESSERACT_MIN_CONFIDENCE = 10.0


@dataclass(frozen=True)
class OcrWord:
    """One word read from an image: pixel box (top-left origin) and confidence 0-1."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float


class OcrEngine(Protocol):
    name: str

    def read(self, image: Any) -> list[OcrWord]: ...


class RapidOcrEngine:
    """RapidOCR on ONNX Runtime: finds text lines, which are cut into words by character offsets."""

    name = "rapidocr"

    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self._ocr = RapidOCR()

    def read(self, image: Any) -> list[OcrWord]:
        import numpy

        found, _ = self._ocr(numpy.asarray(image.convert("RGB")))
        words: list[OcrWord] = []
        for box, text, score in found or []:
            xs = [point[0] for point in box]
            ys = [point[1] for point in box]
            words.extend(split_line(str(text), min(xs), max(xs), min(ys), max(ys), float(score)))
        return words


def split_line(text: str, x0: float, x1: float, top: float, bottom: float, confidence: float) -> list[OcrWord]:
    """A line's words, each given the share of the line's width its characters take."""
    per_char = (x1 - x0) / max(len(text), 1)
    words: list[OcrWord] = []
    offset = 0
    for piece in text.split(" "):
        if piece:
            start = x0 + offset * per_char
            words.append(OcrWord(piece, start, start + len(piece) * per_char, top, bottom, confidence))
        offset += len(piece) + 1
    return words


class TesseractEngine:
    """The ``tesseract`` program, asked for its word boxes as TSV."""

    name = "tesseract"

    def __init__(self, program: str) -> None:
        self._program = program

    def read(self, image: Any) -> list[OcrWord]:
        png = io.BytesIO()
        # Lossless either way: the fastest compression halves the encoding cost of a page image
        # (200 dpi, 4 MB of pixels) for a pipe that carries a few more kB.
        image.convert("L").save(png, format="PNG", compress_level=1)
        done = subprocess.run([self._program, "stdin", "stdout", "-l", "eng", "tsv"], input=png.getvalue(),
                              capture_output=True, timeout=TESSERACT_PAGE_SECONDS, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"tesseract failed: {done.stderr.decode('utf-8', 'replace').strip()[:200]}")
        rows = csv.DictReader(io.StringIO(done.stdout.decode("utf-8", "replace")), delimiter="\t",
                              quoting=csv.QUOTE_NONE)
        return tesseract_words(list(rows))


def tesseract_words(rows: list[dict[str, str]]) -> list[OcrWord]:
    """The words of Tesseract's TSV rows, each given its line's top and bottom.

    A word's own box depends on its letters (ascenders, descenders), a line's
    does not, so words measured by their line keep one type size per line.
    """
    line_boxes: dict[tuple[str, ...], tuple[float, float]] = {}
    words = []
    for row in rows:
        key = (row.get("page_num", ""), row.get("block_num", ""), row.get("par_num", ""), row.get("line_num", ""))
        left, top, width, height = (float(row.get(name) or 0) for name in ("left", "top", "width", "height"))
        if row.get("level") == "4":
            line_boxes[key] = (top, top + height)
        text = (row.get("text") or "").strip()
        confidence = float(row.get("conf") or -1)
        if row.get("level") != "5" or not text or confidence < TESSERACT_MIN_CONFIDENCE:
            continue
        line_top, line_bottom = line_boxes.get(key, (top, top + height))
        words.append(OcrWord(text, left, left + width, line_top, line_bottom, confidence / 100))
    return words


def rapidocr_installed() -> bool:
    """Whether the RapidOCR package can be imported (without loading its models)."""
    import importlib.util

    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@functools.cache
def find_engine() -> OcrEngine | None:
    """The OCR engine to use in this process (built once), or None when none is installed."""
    wanted = os.environ.get("NOTES_EXTRACT_OCR_ENGINE", "").lower()
    tesseract = find_tool("tesseract")
    # Tesseract first when both are there: it reads word by word, where RapidOCR's lines
    # often run words together ("MandyRudczenko"), which costs names and owners.
    if tesseract is not None and wanted != "rapidocr":
        return TesseractEngine(tesseract)
    if wanted != "tesseract" and rapidocr_installed():
        return RapidOcrEngine()
    return None
