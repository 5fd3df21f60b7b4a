"""Word-processor files other than .docx: .doc, .dot, .wps, .rtf and .wpd.

With LibreOffice installed, each is converted to .docx headless (a private
profile and folder per conversion, a time limit, no network, output
size-checked; `libreoffice`) and read by the .docx loader, so it keeps its
headings, lists and tables. Without it, RTF is read by a pure-Python reader
(`rtf`: text and paragraphs, tables may be lost) and .doc by antiword when
that is installed (`antiword`); anything else ends in `ConverterMissingError`
naming what to install. Either way the `Document`'s format says what the
file was ("doc", "rtf", "wpd").
"""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import Document
from notes_extract.errors import ConverterMissingError
from notes_extract.limits import Limits
from notes_extract.loaders.office.tools import INSTALL_HINTS, find_tool
from notes_extract.warning_codes import warning as coded_warning

__all__ = ["load"]

KIND_NAMES = {"doc": "Word 97-2003 (.doc)", "rtf": "RTF", "wpd": "WordPerfect"}


def load(data: bytes, *, source: str, kind: str, limits: Limits | None = None) -> Document:
    """Read a ``kind`` file ("doc", "rtf", "wpd") into a `Document`."""
    limits = limits or Limits()
    if kind == "rtf":
        from notes_extract.loaders.office.rtf import check_group_depth

        check_group_depth(data, limits, source=source)
    soffice = find_tool("libreoffice")
    if soffice is not None:
        from notes_extract.loaders import docx
        from notes_extract.loaders.office.libreoffice import convert_to_docx

        converted = convert_to_docx(soffice, data, kind, source=source, limits=limits)
        document = docx.load(converted, source=source, limits=limits)
        return replace(document, format=kind)
    if kind == "rtf":
        from notes_extract.loaders.office.rtf import rtf_text

        return _from_text(rtf_text(data, source=source), kind, source, limits,
                          "read without LibreOffice: text and paragraphs only, tables and lists may be lost")
    antiword = find_tool("antiword")
    if kind == "doc" and antiword is not None:
        from notes_extract.loaders.office.antiword import antiword_text

        return _from_text(antiword_text(antiword, data, source=source, limits=limits), kind, source, limits,
                          "read by antiword without LibreOffice: text only, tables may be lost")
    raise ConverterMissingError(
        f"reading a {KIND_NAMES.get(kind, kind)} file needs LibreOffice: {INSTALL_HINTS['libreoffice']}",
        source=source)


def _from_text(text: str, kind: str, source: str, limits: Limits, warning: str) -> Document:
    """The text a fallback reader got, read by the plain-text loader."""
    from notes_extract.loaders import text as text_loader

    document = text_loader.load(text.encode("utf-8"), source=source, markdown=False, limits=limits)
    return replace(document, format=kind, warnings=[coded_warning("text-only-conversion", warning),
                                                    *document.warnings])
