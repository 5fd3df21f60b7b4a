"""The text of a Word file's page headers: what every printed page repeats at its top.

Minutes often carry the body's name and the meeting's date only there ("Parish Council –
Minutes of 3 March 2020" above each page). The lines go to the document's metadata as
``page_header``, a fallback the meeting extractor reads only when the body lacks a title or
a date; they are never blocks of the body.
"""

from __future__ import annotations

from notes_extract.errors import CorruptDocumentError, UnsafeDocumentError
from notes_extract.loaders.docx.package import Package, Relationship
from notes_extract.loaders.docx.wordml import W_P, W_T

REL_HEADER = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/header",
)
# A header is a few lines; more is a letterhead's address block, kept short.
MAX_HEADER_LINES = 4


def read_page_header(package: Package, related: list[Relationship]) -> str:
    """The distinct non-empty lines of the main part's headers, in the package's order."""
    lines: list[str] = []
    for rel_type, target in related:
        if rel_type not in REL_HEADER:
            continue
        try:
            root = package.xml_if_present(target)
        except (CorruptDocumentError, UnsafeDocumentError):
            continue  # a broken header loses only the header
        for paragraph in root.iter(W_P) if root is not None else ():
            text = " ".join("".join(t.text or "" for t in paragraph.iter(W_T)).split())
            if text and text not in lines:
                lines.append(text)
    return "\n".join(lines[:MAX_HEADER_LINES])
