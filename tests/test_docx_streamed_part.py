"""The main part of a .docx is unpacked as it is parsed (`Package.xml_chunks`): what is looked for in
its bytes (Strict names, a DTD) is found even where it spans two chunks, and reads as before."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from notes_extract.errors import UnsafeDocumentError
from notes_extract.loaders.docx import container, load

SEED = Path(__file__).resolve().parents[1] / "samples" / "allies-group-2025-07-02.docx"
# Transitional names and their Strict spellings (ISO/IEC 29500 Strict).
_STRICT = ((b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
           (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            b"http://purl.oclc.org/ooxml/officeDocument/relationships"))


def _rewritten(edit: Callable[[str, bytes], bytes]) -> bytes:
    """The seed .docx with every XML part passed through ``edit(name, bytes)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(SEED) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, edit(info.filename, data) if info.filename.endswith((".xml", ".rels"))
                            else data)
    return out.getvalue()


def _as_strict(_: str, data: bytes) -> bytes:
    for transitional, strict in _STRICT:
        data = data.replace(transitional, strict)
    return data


@pytest.fixture(params=[container.UNPACK_CHUNK_BYTES, 7], ids=["1 MiB chunks", "7-byte chunks"])
def chunk_bytes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(container, "UNPACK_CHUNK_BYTES", request.param)
    return request.param


def test_a_strict_document_reads_as_its_transitional_self(chunk_bytes: int) -> None:
    plain = load(SEED.read_bytes(), source="seed.docx").blocks
    strict = load(_rewritten(_as_strict), source="strict.docx").blocks
    assert len(plain) > 20
    assert strict == plain


def test_a_dtd_in_the_main_part_is_refused_wherever_the_chunks_end(chunk_bytes: int) -> None:
    data = _rewritten(lambda name, xml: xml.replace(b"?>", b'?><!DOCTYPE w [<!ENTITY a "b">]>', 1)
                      if name == "word/document.xml" else xml)
    with pytest.raises(UnsafeDocumentError, match="declares a DTD"):
        load(data, source="dtd.docx")
