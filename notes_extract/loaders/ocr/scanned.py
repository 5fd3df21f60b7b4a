"""Scanned PDF pages: the pages without a text layer rendered by PDFium and read through OCR.

``Limits.ocr`` says which pages: "auto" those with no text or table, "always"
every page (a bad text layer under a scan), "never" none. A file whose every
page is a scan ends in `NeedsOcrError` when no engine can read it, rather
than as an empty document; a file with some text keeps it, with a warning
naming the pages left unread.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.ocr import needs_ocr
from notes_extract.loaders.ocr.engines import find_engine
from notes_extract.loaders.ocr.pages import POINTS_PER_INCH, RENDER_DPI, OcrOutcome, _pages_text, read_image
from notes_extract.loaders.office.tools import INSTALL_HINTS
from notes_extract.loaders.pdf.model import Page
from notes_extract.warning_codes import warning


def pages_to_read(pages: list[Page], mode: str) -> list[int]:
    """The numbers of the pages OCR should read under ``mode``."""
    if mode == "always":
        return [page.number for page in pages]
    return [page.number for page in pages if not page.lines and not page.tables]


def read_scanned_pages(data: bytes, password: str | None, pages: list[Page], warnings: list[str], *,
                       source: str, limits: Limits, deadline: Deadline) -> list[int]:
    """Replace in ``pages`` those OCR should read by what it reads; their numbers (empty when none)."""
    wanted = pages_to_read(pages, limits.ocr)
    if not wanted:
        return []
    engine = find_engine() if limits.ocr != "never" else None
    if engine is None:
        if len(wanted) == len(pages):
            raise needs_ocr(source, "the PDF's pages are all")
        warnings.append(warning("pages-need-ocr", f"{_pages_text(wanted)} have no text layer and were not read: "
                                f"install an OCR engine ({INSTALL_HINTS['rapidocr']})"))
        return []
    outcome = OcrOutcome(engine.name)
    by_number = {page.number: i for i, page in enumerate(pages)}
    scale = RENDER_DPI / POINTS_PER_INCH
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        for number in wanted:
            deadline.check(source, f"reading page {number} by OCR")
            page = pdf[number - 1]
            try:
                image = page.render(scale=scale, grayscale=True).to_pil()
            finally:
                page.close()
            pages[by_number[number]] = read_image(engine, image, number, 1 / scale, outcome)
    finally:
        pdf.close()
    if outcome.confidences:  # OCR that found nothing leaves the loader's "no text found" warning
        warnings.append(outcome.warning())
    return outcome.numbers
