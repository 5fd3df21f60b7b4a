"""Reading RTF without LibreOffice: its text and paragraphs through striprtf.

striprtf (a small, maintained pure-Python package) turns RTF control words
into text: paragraphs become lines and table cells are joined with "|",
which the plain-text loader then reads as it reads any text. Styles,
numbering and merged cells are lost, so a warning says so. RTF nests
groups in braces without bound; the nesting is measured before anything
parses it, so a file of a million "{" ends in `LimitExceededError`.
"""

from __future__ import annotations

from notes_extract.errors import ConverterMissingError, CorruptDocumentError
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.limits import Limits

# An escaped brace or backslash, or a brace that opens or closes a group.
_BRACE = lazy_compile(rb"\\[\\{}]|[{}]")
# The code page the document declares for its 8-bit characters (\ansicpg1252).
_CODE_PAGE = lazy_compile(rb"\\ansicpg(\d+)")
DEFAULT_CODE_PAGE = "cp1252"


def check_group_depth(data: bytes, limits: Limits, *, source: str) -> None:
    """Refuse RTF whose groups nest deeper than ``max_xml_depth``; stops at the first too-deep group."""
    depth = 0
    for match in _BRACE.finditer(data):
        token = match.group()
        if token == b"{":
            depth += 1
            if depth > limits.max_xml_depth:
                limits.check("max_xml_depth", depth, limits.max_xml_depth, source=source,
                             what="the nesting of the RTF's groups (at least)")
        elif token == b"}":
            depth -= 1


def rtf_text(data: bytes, *, source: str) -> str:
    """The text of an RTF file, one paragraph a line, table cells joined with "|"."""
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError as exc:
        raise ConverterMissingError(
            "reading RTF needs LibreOffice or the striprtf package: apt-get install libreoffice-writer-nogui, "
            "or pip install striprtf", source=source) from exc
    declared = _CODE_PAGE.search(data[:4096])
    encoding = f"cp{int(declared.group(1))}" if declared else DEFAULT_CODE_PAGE
    try:
        "".encode(encoding)
    except LookupError:
        encoding = DEFAULT_CODE_PAGE
    try:
        return rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except (ValueError, IndexError, RecursionError) as exc:
        raise CorruptDocumentError(f"cannot read RTF: {exc}", source=source) from exc
