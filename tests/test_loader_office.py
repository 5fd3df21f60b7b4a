"""Word-processor files other than .docx: detection, LibreOffice conversion, fallbacks, hostile cases."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from notes_extract import loaders
from notes_extract.document import BlockKind
from notes_extract.errors import ConverterMissingError, LimitExceededError, UnsupportedFormatError
from notes_extract.limits import Limits
from notes_extract.loaders.office import tools
from tests.conftest import require_tool

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MINUTES = (
    rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}"
    rb"\pard\b Parish Council Meeting\b0\par"
    rb"\pard Present: Ann Lee, Bob Marsh\par"
    rb"\pard Apologies: Cy Reed\par"
    rb"\trowd\cellx3000\cellx6000 Action\cell Owner\cell\row"
    rb"\trowd\cellx3000\cellx6000 Mend the gate\cell Bob\cell\row"
    rb"\pard Meeting closed at 9pm.\par}"
)


def without_converters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("notes_extract.loaders.office.find_tool", lambda name: None)


@pytest.mark.parametrize(("data", "fmt"), [
    (RTF_MINUTES, "rtf"),
    (OLE + b"\x00" * 100 + "WordDocument".encode("utf-16-le"), "doc"),
    (b"\xffWPC" + b"\x00" * 20, "wpd"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "image"),
    (b"II*\x00" + b"\x00" * 20, "image"),
])
def test_formats_are_detected_from_the_bytes(data: bytes, fmt: str) -> None:
    assert loaders.detect_format(data, source="x") == fmt


def test_an_ole_file_that_is_not_word_is_refused() -> None:
    with pytest.raises(UnsupportedFormatError, match="not a Word document"):
        loaders.detect_format(OLE + b"\x00" * 100 + "Workbook".encode("utf-16-le"), source="book.xls")


def test_rtf_without_libreoffice_reads_text_and_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    without_converters(monkeypatch)
    document = loaders.load(RTF_MINUTES, source="m.rtf")
    texts = [block.text for block in document.blocks]
    assert document.format == "rtf"
    assert "Present: Ann Lee, Bob Marsh" in texts
    assert any("Mend the gate" in text for text in texts)
    assert "tables and lists may be lost" in document.warnings[0]


def test_rtf_with_deep_groups_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    without_converters(monkeypatch)
    hostile = b"{\\rtf1" + b"{" * 2_000_000 + b"x" + b"}" * 2_000_001
    started = time.monotonic()
    with pytest.raises(LimitExceededError, match="nesting of the RTF") as caught:
        loaders.load(hostile, source="deep.rtf")
    assert caught.value.limit == "max_xml_depth"
    assert time.monotonic() - started < 2


def test_escaped_braces_do_not_count_as_groups() -> None:
    from notes_extract.loaders.office.rtf import check_group_depth

    check_group_depth(b"{\\rtf1 " + b"\\{" * 1000 + b"}", Limits(), source="x.rtf")


def test_doc_without_any_converter_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    without_converters(monkeypatch)
    data = OLE + b"\x00" * 100 + "WordDocument".encode("utf-16-le")
    with pytest.raises(ConverterMissingError, match="apt-get install libreoffice-writer-nogui") as caught:
        loaders.load(data, source="old.doc")
    assert caught.value.code == "converter-missing"


def test_a_hanging_conversion_is_killed_within_its_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hanging = tmp_path / "soffice"
    hanging.write_text("#!/bin/sh\nsleep 60 &\nsleep 60\n")
    hanging.chmod(0o755)
    monkeypatch.setattr("notes_extract.loaders.office.find_tool", lambda name: str(hanging))
    started = time.monotonic()
    with pytest.raises(LimitExceededError, match="LibreOffice conversion ran past 1 s") as caught:
        loaders.load(RTF_MINUTES, source="m.rtf", limits=Limits(max_conversion_seconds=1))
    assert caught.value.limit == "max_conversion_seconds"
    assert time.monotonic() - started < 10


def test_a_converter_that_writes_nothing_is_a_typed_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from notes_extract.errors import ConversionFailedError

    broken = tmp_path / "soffice"
    broken.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\n")
    broken.chmod(0o755)
    monkeypatch.setattr("notes_extract.loaders.office.find_tool", lambda name: str(broken))
    with pytest.raises(ConversionFailedError, match="could not be loaded"):
        loaders.load(RTF_MINUTES, source="m.rtf")


def test_libreoffice_converts_rtf_keeping_its_table() -> None:
    require_tool(tools.find_tool("libreoffice") is not None, "LibreOffice is not installed")
    document = loaders.load(RTF_MINUTES, source="m.rtf")
    assert document.format == "rtf"
    tables = [block for block in document.blocks if block.kind is BlockKind.TABLE]
    assert tables and tables[0].rows[1] == ("Mend the gate", "Bob")


def test_libreoffice_reads_a_doc_and_antiword_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    require_tool(tools.find_tool("libreoffice") is not None, "LibreOffice is not installed")
    from notes_extract.loaders.office.libreoffice import run_isolated

    source = tmp_path / "minutes.rtf"
    filler = b"".join(b"\\pard Item %d was discussed at some length by the members present.\\par" % n
                      for n in range(60))
    source.write_bytes(RTF_MINUTES[:-1] + filler + b"}")  # antiword refuses a very short text stream
    run_isolated([tools.find_tool("libreoffice") or "", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                  "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(source)], tmp_path, 120,
                 source="minutes.rtf")
    data = (tmp_path / "minutes.doc").read_bytes()
    document = loaders.load(data, source="minutes.doc")
    assert document.format == "doc"
    assert "Present: Ann Lee, Bob Marsh" in [block.text for block in document.blocks]
    require_tool(tools.find_tool("antiword") is not None, "antiword is not installed")
    monkeypatch.setattr("notes_extract.loaders.office.find_tool",
                        lambda name: None if name == "libreoffice" else tools.find_tool(name))
    by_antiword = loaders.load(data, source="minutes.doc")
    assert any("Ann Lee" in block.text for block in by_antiword.blocks)
    assert "antiword" in by_antiword.warnings[0]


def test_doctor_lists_every_optional_tool(capsys: pytest.CaptureFixture[str]) -> None:
    from notes_extract.cli import main

    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    for name in ("libreoffice", "antiword", "tesseract", "striprtf", "rapidocr"):
        assert name in out
