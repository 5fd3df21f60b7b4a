"""PDF loader: positioned words from PDFium rebuilt into blocks in reading order.

A PDF holds glyphs at positions, not paragraphs. The loader

1. reads each page's characters once through PDFium's text layer (text,
   origin, font, size) and builds words from them exactly the way
   pdfplumber's ``extract_words`` would (`pdfium_chars`, `pdfium_glyphs`,
   `words`), and finds ruled tables by handing the page's ruling lines (read
   from PDFium's path objects, `pdfium_objects`) and characters to
   pdfplumber's table finder, dropping the words a table already holds
   (`tables`);
2. groups words into rows by vertical overlap, and reads side-by-side
   columns (a letterhead, a two-column page) one after the other (`layout`);
3. removes running headers, footers and page numbers (`margins`);
4. joins a ruled table that runs on to the next page into one table (`tables`);
5. groups lines into paragraphs, list items and headings using vertical
   gaps, font size and weight, bullet glyphs, number labels and indents
   (`spacing`, `markers`, `paragraphs`, `blocks`).

`pages` reads one page and picks the library per page, `loading` reads a
whole file under the limits, `model` holds the words, lines, tables and
pages every stage shares, and `settings` every tuning threshold.

Why PDFium: pdfplumber interprets every content stream in Python (pdfminer)
and is 40-50x slower than PDFium's C++ text layer, which dominated the cost
of a PDF. The geometry reproduces pdfminer's character boxes (origin,
advance width, font descent and size, text matrix), so everything after
step 1 sees the same words as before. pdfplumber is still imported, lazily,
for its table finder (pure Python over a few edges) and for the rare page
PDFium's coordinates do not map one to one (rotated pages, shifted boxes),
or a file PDFium refuses but pdfminer can read.

Everything after the loader sees only the neutral `Document`.
"""

from __future__ import annotations

import logging

from notes_extract.document import Document
from notes_extract.limits import Limits
from notes_extract.loaders.pdf.loading import read_document

__all__ = ["load"]

# pdfminer (under pdfplumber) logs every font it cannot measure ("Could not
# get FontBBox ...") to stderr; those are not the user's problem.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def load(data: bytes, *, source: str, password: str | None = None, limits: Limits | None = None) -> Document:
    """Read PDF bytes into a `Document` of blocks in reading order.

    ``password`` opens an encrypted PDF; ``limits`` bounds the page count and
    the time spent (checked between pages).
    """
    return read_document(data, source=source, password=password, limits=limits)
