"""The DTD scan skips the UTF-16 spellings in parts without zero bytes: it must still find each spelling."""

from __future__ import annotations

import pytest

from notes_extract.loaders.docx.safexml import has_doctype

_PART = '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY x "y">]>\n<w:document/>'


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be", "utf-16"])
def test_a_dtd_is_found_in_every_encoding(codec: str) -> None:
    assert has_doctype(_PART.encode(codec))


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be"])
def test_a_part_without_a_dtd_passes(codec: str) -> None:
    assert not has_doctype(_PART.replace("<!DOCTYPE", "<!-- DOC -->").encode(codec))
