"""The characters of an HTML file: byte-order mark, then the page's own <meta> charset, then detection.

The charset prescan looks only at the first bytes, as browsers do (the
HTML standard's "prescan a byte stream"): a BOM wins; then a
``<meta charset>`` or ``http-equiv`` content type; then strict UTF-8; then
Windows-1252, which is also what browsers read for a page labelled
ISO-8859-1 or ASCII.
"""

from __future__ import annotations

import codecs
import re

from notes_extract.errors import LimitExceededError
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.limits import Limits
from notes_extract.warning_codes import warning

# How far into the file the <meta> charset is looked for (the HTML standard says 1024; pages pad their heads).
PRESCAN_BYTES = 4096
# No encoding takes more than this many bytes a character, so a longer file is refused before decoding.
MAX_BYTES_PER_CHAR = 4
_META_CHARSET = lazy_compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Labels browsers read as Windows-1252 (its superset), per the WHATWG Encoding standard.
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
                                  "l1", "iso_8859-1", "cp819", "ibm819", "windows-1252", "cp1252"})


def decode_html(data: bytes, *, source: str, limits: Limits) -> tuple[str, list[str]]:
    """The text of an HTML file and any decoding warnings; refuses text over ``max_text_chars``."""
    if len(data) > MAX_BYTES_PER_CHAR * limits.max_text_chars:
        at_least = len(data) // MAX_BYTES_PER_CHAR
        raise LimitExceededError(
            f"the page is at least {at_least:,} characters (limit max_text_chars = {limits.max_text_chars:,})",
            source=source, limit="max_text_chars", value=at_least, maximum=limits.max_text_chars)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    declared = declared_charset(data[:PRESCAN_BYTES])
    if declared:
        try:
            return data.decode(declared), []
        except UnicodeDecodeError:
            replaced = warning("invalid-bytes-replaced", f"invalid {declared} bytes replaced")
            return data.decode(declared, errors="replace"), [replaced]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), []


def declared_charset(head: bytes) -> str | None:
    """The Python codec for the charset a page's <meta> declares, or None (none, or unknown)."""
    match = _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page saved as UTF-8 by a tool that kept a "utf-16" meta: the bytes decide.
    return None if name.startswith("utf-16") or name.startswith("utf-32") else name
