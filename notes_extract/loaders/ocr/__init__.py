"""OCR: scanned PDF pages and page images (.png, .jpg, .tif incl. multi-page) read by an OCR engine.

`engines` finds RapidOCR or Tesseract; `pages` turns their words into the
PDF loader's pages; `scanned` renders the PDF pages that have no text layer
(or every page, with ``Limits.ocr == "always"``) through PDFium. This
module's `load` reads an image file. Without an engine, a document with no
readable text ends in `NeedsOcrError` naming what to install.
"""

from __future__ import annotations

import io

from notes_extract.document import Document, numbered
from notes_extract.errors import CorruptDocumentError, NeedsOcrError
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.ocr.engines import find_engine
from notes_extract.loaders.ocr.pages import OcrOutcome, read_image
from notes_extract.loaders.office.tools import INSTALL_HINTS

__all__ = ["load", "needs_ocr"]

# An image is taken as one page this many points wide (A4) when it says nothing of its resolution.
DEFAULT_PAGE_WIDTH_POINTS = 595.0
# Most pixels one image frame may hold (Pillow's own bomb guard is 89 M; a 600 dpi A3 scan is 70 M).
MAX_IMAGE_PIXELS = 80_000_000


def needs_ocr(source: str, what: str) -> NeedsOcrError:
    """The error for a document whose text is all in images, with no OCR engine (or OCR turned off)."""
    return NeedsOcrError(
        f"{what} scanned images without a text layer; install an OCR engine: {INSTALL_HINTS['rapidocr']} "
        f"or {INSTALL_HINTS['tesseract']} (and do not pass --ocr never)", source=source)


def load(data: bytes, *, source: str, limits: Limits | None = None) -> Document:
    """Read an image file (every frame of a multi-page TIFF) through OCR into a `Document`."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from notes_extract.loaders.pdf.blocks import build_blocks

    limits = limits or Limits()
    deadline = Deadline.start(limits)
    engine = find_engine() if limits.ocr != "never" else None
    if engine is None:
        raise needs_ocr(source, "the image is")
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        picture = Image.open(io.BytesIO(data))
        frames = getattr(picture, "n_frames", 1)
        limits.check("max_pages", frames, limits.max_pages, source=source, what="the image's page count")
        outcome = OcrOutcome(engine.name)
        for number, frame in enumerate(ImageSequence.Iterator(picture), start=1):
            deadline.check(source, f"reading image page {number}")
            read_image(engine, frame, number, _points_per_pixel(frame), outcome)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptDocumentError(f"cannot read the image: {exc}", source=source) from exc
    except Image.DecompressionBombError as exc:
        raise limits_error(source, exc) from exc
    blocks, header = build_blocks(outcome.pages)
    return Document(blocks=numbered(blocks), format="image", pages=frames, warnings=[outcome.warning()],
                    ocr_pages=outcome.numbers, metadata={"page_header": "\n".join(header)} if header else {})


def _points_per_pixel(frame: object) -> float:
    """Points per pixel: from the image's own resolution when it gives a sensible one, else an A4 width."""
    dpi = getattr(frame, "info", {}).get("dpi")
    if dpi and 50 <= float(dpi[0]) <= 1200:
        return 72.0 / float(dpi[0])
    return DEFAULT_PAGE_WIDTH_POINTS / frame.size[0]  # type: ignore[attr-defined]


def limits_error(source: str, exc: Exception) -> Exception:
    from notes_extract.errors import LimitExceededError

    return LimitExceededError(f"the image is too large to read ({exc})", source=source, limit="max_pixels")
