"""Text a page shows outside its content stream: form-field values and free-text annotations.

A filled-in minutes template is often a PDF form: the date, the chair and
the notes are the values of AcroForm text fields, drawn by the viewer from
the field, not by the page's content, so PDFium's text layer never sees
them. Free-text annotations ("typewriter" notes) are the same. Both are read
here as words placed in their box on the page, so layout puts them in
reading order with the printed text. A field's name is put before its value
when it says something a printed label beside the field does not
("meeting_date" -> "Meeting date: 3 May"); generated names ("Text2") never.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.pdf.model import Word, clean_text

# Field kinds whose value is text a reader sees (check boxes and buttons are not).
_TEXT_FIELDS = frozenset({pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX,
                          pdfium_c.FPDF_FORMFIELD_LISTBOX})
_HIDDEN = pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_INVISIBLE
# The size of a field's text when it says "auto" (0), in points.
DEFAULT_FIELD_TEXT_SIZE = 10.0
# Line height and average glyph width of a field's text, in font sizes:
# its words are placed, not measured, so these only need to keep words apart
# and lines in order.
FIELD_LINE_HEIGHT = 1.2
FIELD_GLYPH_WIDTH = 0.5
# Names form editors generate ("Text2", "Texte2", "Field 3", "undefined"), which say nothing.
_GENERATED_NAME = lazy_compile(r"^(?:(?:text(?:e|field|box)?|field|fill|untitled|undefined|check ?box)[\s_.-]*\d*"
                               r"|[a-z]{0,3}[\s_.-]*\d+)$", re.IGNORECASE)
# The same kinds as pdfminer names them (/FT): text fields and choice fields.
_PLUMBER_TEXT_FIELDS = frozenset({"Tx", "Ch"})
# Form fields nest (a parent holds the name, its kids the widgets); deeper than this is a loop.
_MAX_FIELD_DEPTH = 32
_DA_SIZE = lazy_compile(r"(\d+(?:\.\d+)?)\s+Tf")
_NAME_PART = lazy_compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_LAST_COMPONENT = lazy_compile(r"([^.\[\]]+)(?:\[\d+\])?$")


def field_words(page: pdfium.PdfPage, left: float, top: float, page_words: list[Word]) -> list[Word]:
    """Words of the page's visible text-field values and free-text annotations.

    Positions are measured from (``left``, ``top``) of page space, as the
    page's other words (``page_words``, which tell whether a field's name is
    already printed on the page).
    """
    count = pdfium_c.FPDFPage_GetAnnotCount(page.raw)
    if count <= 0:
        return []
    form = page.pdf.formenv.raw if page.pdf.formenv is not None else None
    printed = " ".join(word.text for word in page_words)
    words: list[Word] = []
    for index in range(count):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            text, size = _annotation_text(annot, form, printed)
            if text:
                rect = pdfium_c.FS_RECTF()
                pdfium_c.FPDFAnnot_GetRect(annot, rect)
                words.extend(_placed(text, rect.left - left, top - max(rect.top, rect.bottom), size))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return words


def _annotation_text(annot: Any, form: Any, printed: str) -> tuple[str, float]:
    """The text an annotation shows and its size; "" for hidden or text-less annotations."""
    if pdfium_c.FPDFAnnot_GetFlags(annot) & _HIDDEN:
        return "", 0.0
    subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
    if subtype == pdfium_c.FPDF_ANNOT_FREETEXT:
        return _wide(pdfium_c.FPDFAnnot_GetStringValue, annot, b"Contents").strip(), DEFAULT_FIELD_TEXT_SIZE
    if subtype != pdfium_c.FPDF_ANNOT_WIDGET or form is None:
        return "", 0.0
    if pdfium_c.FPDFAnnot_GetFormFieldType(form, annot) not in _TEXT_FIELDS:
        return "", 0.0
    value = _wide(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot).strip()
    if not value:
        return "", 0.0
    size = ctypes.c_float()
    if not pdfium_c.FPDFAnnot_GetFontSize(form, annot, size) or size.value <= 0:
        size.value = DEFAULT_FIELD_TEXT_SIZE
    label = field_label(_wide(pdfium_c.FPDFAnnot_GetFormFieldName, form, annot))
    if label and label.lower() not in printed.lower():
        value = f"{label}: {value}"
    return value, size.value


def field_label(name: str) -> str:
    """A field's name as words a reader would print ("meeting_date" -> "Meeting date"), or "" when generated."""
    match = _LAST_COMPONENT.search(name.strip())
    last = match.group(1) if match else ""
    if not last or _GENERATED_NAME.match(last):
        return ""
    words = _NAME_PART.findall(last)
    if not words or not any(w.isalpha() and len(w) > 1 for w in words):
        return ""
    text = " ".join(w if w.isupper() else w.lower() for w in words)
    return text[0].upper() + text[1:]


def plumber_field_words(page: Any, page_words: list[Word]) -> list[Word]:
    """The same words for a page read through pdfplumber (a rotated page, a file PDFium refuses)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    try:
        annots = page.annots
    except Exception:  # a broken annotation list loses the fields, not the page
        return []
    words: list[Word] = []
    printed: str | None = None
    for annot in annots:
        data = annot.get("data") or {}
        if int(resolve1(data.get("F")) or 0) & _HIDDEN:
            continue
        subtype = getattr(resolve1(data.get("Subtype")), "name", "")
        if subtype == "FreeText":
            text, label = (annot.get("contents") or "").strip(), ""
        elif subtype == "Widget" and getattr(_inherited(data, "FT"), "name", "") in _PLUMBER_TEXT_FIELDS:
            value = _inherited(data, "V")
            text = (decode_text(value) if isinstance(value, bytes) else str(value or "")).strip()
            name = _inherited(data, "T")
            label = field_label(decode_text(name) if isinstance(name, bytes) else "")
        else:
            continue
        if not text:
            continue
        if label:
            printed = printed if printed is not None else " ".join(word.text for word in page_words).lower()
            if label.lower() not in printed:
                text = f"{label}: {text}"
        size = _da_size(resolve1(data.get("DA")))
        words.extend(_placed(text, float(annot["x0"]), float(annot["top"]), size))
    return words


def _inherited(field: dict[str, Any], key: str) -> Any:
    """A field attribute, looked up the field's /Parent chain as form fields inherit them."""
    from pdfminer.pdftypes import resolve1

    for _ in range(_MAX_FIELD_DEPTH):
        if key in field:
            return resolve1(field[key])
        parent = resolve1(field.get("Parent"))
        if not isinstance(parent, dict):
            return None
        field = parent
    return None


def _da_size(appearance: Any) -> float:
    """The font size a field's default appearance string sets ("/Helv 12 Tf"), or the default."""
    text = appearance.decode("latin-1") if isinstance(appearance, bytes) else str(appearance or "")
    match = _DA_SIZE.search(text)
    size = float(match.group(1)) if match else 0.0
    return size if size > 0 else DEFAULT_FIELD_TEXT_SIZE


def _placed(text: str, x: float, top: float, size: float) -> list[Word]:
    """The words of ``text``, line by line down from (``x``, ``top``), at an estimated glyph width."""
    words: list[Word] = []
    line_top = top
    for line in re.split(r"\r\n|\r|\n", text):
        cursor = x
        for token in line.split():
            token = clean_text(token)
            width = len(token) * size * FIELD_GLYPH_WIDTH
            if token:
                words.append(Word(token, cursor, cursor + width, line_top, line_top + size, size, "", False))
            cursor += width + size * FIELD_GLYPH_WIDTH
        line_top += size * FIELD_LINE_HEIGHT
    return words


def _wide(function: Callable[..., int], *args: Any) -> str:
    """A UTF-16 string from one of PDFium's two-call getters (length first, then the text)."""
    length = function(*args, None, 0)
    if length <= 2:
        return ""
    buffer = ctypes.create_string_buffer(length)
    function(*args, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), length)
    return buffer.raw[: length - 2].decode("utf-16-le", "replace")
