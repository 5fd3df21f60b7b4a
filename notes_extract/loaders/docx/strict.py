"""Strict Open XML parts read as transitional ones, by their namespaces.

ISO/IEC 29500 Strict (Word's "Strict Open XML Document") writes the same
elements as the transitional .docx every other module reads, under other
namespace names (``http://purl.oclc.org/ooxml/wordprocessingml/main`` for
``http://schemas.openxmlformats.org/wordprocessingml/2006/main``) and other
relationship types. Renaming the namespaces in a part's bytes, before it is
parsed, lets the loader read both with one set of names.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile

STRICT_MARKER = b"http://purl.oclc.org/ooxml/"
# http://purl.oclc.org/ooxml/AREA/NAME -> http://schemas.openxmlformats.org/AREA/2006/NAME, where
# AREA is wordprocessingml, drawingml, officeDocument, schemaLibrary, ... (ECMA-376 Part 1, annex A).
_STRICT_NAME = lazy_compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/([A-Za-z]+)")
# The few names spelled differently in the two, beyond the pattern above.
_RENAMED = {
    b"extendedProperties": b"extended-properties",
    b"customProperties": b"custom-properties",
}


def _transitional(match: re.Match[bytes]) -> bytes:
    area, name = match.group(1), match.group(2)
    return b"http://schemas.openxmlformats.org/" + area + b"/2006/" + _RENAMED.get(name, name)


def to_transitional(data: bytes) -> bytes:
    """A part's bytes with Strict namespace names and relationship types renamed to transitional ones.

    Parts without Strict names (nearly all) come back unchanged and uncopied.
    """
    if STRICT_MARKER not in data:
        return data
    return _STRICT_NAME.sub(_transitional, data)
