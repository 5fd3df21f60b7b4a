"""A styled .docx rewritten as a secretary types minutes without styles (`renderings.py`'s `docx-plain`).

Many real Word minutes use no heading or list styles at all: a heading is a Normal paragraph
typed in bold, a list item a Normal paragraph that opens with a typed "1." or "•". This takes
the .docx LibreOffice made of a page and rewrites it so, with python-docx:

- every paragraph in a heading style (or with an outline level) becomes a Normal paragraph
  whose runs are bold;
- every paragraph in a Word list loses its numbering and gets the marker Word showed typed
  before its text: "1. ", "a. ", "i. " for numbered levels (counted as Word counts them),
  "•<tab>" for bullets; its indent is kept, so nesting stays visible.
"""

from __future__ import annotations

import copy
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

# The numbering formats a typist would copy, and how each writes a number.
_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50),
          ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))
BULLET = "\u2022\t"


def _roman(n: int) -> str:
    out = ""
    for letters, value in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def number_text(n: int, fmt: str) -> str:
    """The number ``n`` written in the Word format ``fmt``."""
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class _Formats:
    """Each (numId, ilvl)'s number format and start, read from the numbering part."""

    def __init__(self, document: Document) -> None:  # type: ignore[valid-type]
        self.levels: dict[tuple[str, str], tuple[str, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract: dict[str, dict[str, tuple[str, int]]] = {}
        for node in numbering.findall(qn("w:abstractNum")):
            levels = abstract.setdefault(node.get(qn("w:abstractNumId")), {})
            for lvl in node.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                start = lvl.find(qn("w:start"))
                levels[lvl.get(qn("w:ilvl"))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    int(start.get(qn("w:val"))) if start is not None else 1)
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                for ilvl, spec in abstract.get(ref.get(qn("w:val")), {}).items():
                    self.levels[(num.get(qn("w:numId")), ilvl)] = spec


def _heading(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    name = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    return name.startswith(("heading", "title")) or (ppr is not None and ppr.find(qn("w:outlineLvl")) is not None)


def _to_normal(paragraph: Paragraph, normal: object) -> None:
    paragraph.style = normal
    ppr = paragraph._p.pPr
    if ppr is not None:
        for tag in ("w:outlineLvl", "w:numPr"):
            for node in ppr.findall(qn(tag)):
                ppr.remove(node)


def _style_numbering(paragraph: Paragraph) -> object | None:
    """The numbering a paragraph's style (or a style it is based on) gives it, if any."""
    style = paragraph.style
    while style is not None:
        ppr = style.element.pPr
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is not None:
            return numpr
        style = style.base_style
    return None


def _prepend(paragraph: Paragraph, marker: str) -> None:
    """Type ``marker`` before the paragraph's text (a run of its own, first after the properties)."""
    run = paragraph.add_run(marker)._r  # appended; moved to the front
    p = paragraph._p
    p.remove(run)
    ppr = p.pPr
    p.insert(list(p).index(ppr) + 1 if ppr is not None else 0, run)


def _paragraphs(document: Document) -> list[Paragraph]:  # type: ignore[valid-type]
    """Every paragraph of the body in reading order, those in table cells too."""
    body = document.element.body
    return [Paragraph(p, document.part) for p in body.iter(qn("w:p"))]


def plain_docx(source: Path, target: Path) -> None:
    """Write ``source`` to ``target`` with headings typed in bold and list markers typed by hand."""
    document = Document(str(source))
    formats = _Formats(document)
    normal = document.styles["Normal"] if "Normal" in [s.name for s in document.styles] else None
    counters: dict[str, dict[int, int]] = {}
    for paragraph in _paragraphs(document):
        ppr = paragraph._p.get_or_add_pPr()
        numpr = ppr.find(qn("w:numPr"))
        if numpr is None:
            numpr = _style_numbering(paragraph)
            if numpr is not None:  # typed on the paragraph, so the rewrite below removes it
                ppr.append(copy.deepcopy(numpr))
                numpr = ppr.find(qn("w:numPr"))
        if _heading(paragraph):
            _to_normal(paragraph, normal)
            for run in paragraph._p.iter(qn("w:r")):  # runs inside hyperlinks too
                Run(run, paragraph).bold = True
            continue
        if numpr is None:
            continue
        num_id_node, ilvl_node = numpr.find(qn("w:numId")), numpr.find(qn("w:ilvl"))
        num_id = num_id_node.get(qn("w:val")) if num_id_node is not None else "0"
        ilvl = ilvl_node.get(qn("w:val")) if ilvl_node is not None else "0"
        if num_id == "0":
            continue
        fmt, start = formats.levels.get((num_id, ilvl), ("bullet", 1))
        level = int(ilvl)
        counts = counters.setdefault(num_id, {})
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        marker = BULLET if fmt in ("bullet", "none") else f"{number_text(counts[level], fmt)}. "
        _to_normal(paragraph, normal)  # a list style would number it again
        _prepend(paragraph, marker)
    document.save(str(target))
