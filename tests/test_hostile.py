"""Hostile and broken input: every bad file ends in one clear error, fast, in bounded memory.

Every case is built here in code (nothing is read from outside the
repository but the samples). Each case is checked three ways:

- through the API: the error class and code (or a record and its warning),
  within a 10 s safety bound (not a benchmark);
- through the command line with ``-o DIR``: one line on stderr, the error
  class's exit status, no traceback, and an existing NAME.json untouched;
- the worst cases again in a subprocess, whose peak RSS must stay under 500 MB.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import re
import signal
import socket
import struct
import subprocess
import sys
import textwrap
import time
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from lxml import etree

from notes_extract import cli
from notes_extract.api import extract, extract_all
from notes_extract.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    NotesExtractError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from notes_extract.limits import Deadline, Limits, alarm, parse_size
from notes_extract.loaders.docx.safexml import xml_parser
from notes_extract.models import MinutesRecord

from .conftest import SAMPLES, SEED

# A hang guard, not a speed target (those live in benchmarks/): a blow-up in a hostile input runs
# for minutes, while a loaded 2-core CI machine may take several times the usual few seconds.
SAFETY_SECONDS = 60.0
MAX_RSS_MB = 500
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOC_XML = "word/document.xml"


# --------------------------------------------------------------------------- builders


def sample(suffix: str) -> bytes:
    return (SAMPLES / f"{SEED}.{suffix}").read_bytes()


def rezip(data: bytes, edits: dict[str, bytes] | None = None, *, drop: tuple[str, ...] = (),
          add: dict[str, bytes] | None = None) -> bytes:
    """A copy of a zip with members replaced, dropped or added (deflated, like Word)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst, \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": on purpose in one case
        for name in src.namelist():
            if name not in drop:
                dst.writestr(name, (edits or {}).get(name, src.read(name)))
        for name, content in (add or {}).items():
            dst.writestr(name, content)
    return out.getvalue()


def patch_entry(data: bytes, name: str, *, file_size: int | None = None, flag_bits: int | None = None) -> bytes:
    """The zip with ``name``'s central-directory entry changed: the header lies."""
    buf = bytearray(data)
    eocd = data.rfind(b"PK\x05\x06")
    count, _size, offset = struct.unpack_from("<HII", data, eocd + 10)
    pos = offset
    for _ in range(count):
        assert buf[pos:pos + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", buf, pos + 28)
        if buf[pos + 46:pos + 46 + name_len].decode() == name:
            if flag_bits is not None:
                struct.pack_into("<H", buf, pos + 8, flag_bits)
            if file_size is not None:
                struct.pack_into("<I", buf, pos + 24, file_size)
            return bytes(buf)
        pos += 46 + name_len + extra_len + comment_len
    raise AssertionError(f"{name} not in the zip")


def document_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>').encode()


def para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def with_body(body: str) -> bytes:
    return rezip(sample("docx"), {DOC_XML: document_xml(body)})


BILLION_LAUGHS = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
) + "]>"


def xxe_prolog(port: int, secret: str = "/etc/hostname") -> str:
    """A DTD whose entities would read a local file and fetch from a local port."""
    return (f'<!DOCTYPE w:document [<!ENTITY host SYSTEM "file://{secret}">'
            f'<!ENTITY net SYSTEM "http://127.0.0.1:{port}/x">'
            f'<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/evil.dtd"> %remote;]>')


def zip_bomb(size: int = 20_000_000) -> bytes:
    """document.xml of ``size`` bytes of spaces: a few KB packed, ratio about 1000.

    Written in chunks, so building a big one does not make this process big.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(sample("docx"))) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name != DOC_XML:
                dst.writestr(name, src.read(name))
        with dst.open(DOC_XML, "w") as part:
            part.write(document_xml(para("x")))
            chunk = b" " * (1 << 20)
            for start in range(0, size, len(chunk)):
                part.write(chunk[: size - start])
    return out.getvalue()


def lying_bomb(size: int = 20_000_000) -> bytes:
    """A bomb whose central directory says the part is 10 kB: the ratio check cannot see it."""
    return patch_entry(zip_bomb(size), DOC_XML, file_size=10_000)


def declared_bomb() -> bytes:
    """A small part whose central directory claims 3 GB."""
    return patch_entry(sample("docx"), DOC_XML, file_size=3_000_000_000)


def many_entries(count: int = 6000) -> bytes:
    return rezip(sample("docx"), add={f"customXml/x{n}.xml": b"" for n in range(count)})


def blank_docx() -> bytes:
    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def table_docx(rows: int = 10_000) -> bytes:
    """A Word table of ``rows`` rows (XML written directly: python-docx takes minutes for this)."""
    cells = "".join(
        f"<w:tr><w:tc>{para(f'Task {n}')}</w:tc><w:tc>{para(f'Person {n % 37}')}</w:tc>"
        f"<w:tc>{para(f'2025-0{1 + n % 9}-1{n % 9}')}</w:tc></w:tr>"
        for n in range(rows)
    )
    return with_body(para("Minutes of the meeting held on 2 July 2025") + f"<w:tbl>{cells}</w:tbl>")


def deep_docx(depth: int = 300) -> bytes:
    return with_body("<w:sdt><w:sdtContent>" * depth + para("deep") + "</w:sdtContent></w:sdt>" * depth)


def table_markdown(rows: int = 10_000) -> bytes:
    lines = ["# Minutes 2 July 2025", "", "| Action | Owner | Due |", "|---|---|---|"]
    lines += [f"| Task {n} | Person {n % 37} | 2025-0{1 + n % 9}-1{n % 9} |" for n in range(rows)]
    return "\n".join(lines).encode()


def nested_list_markdown(depth: int = 200) -> bytes:
    return ("# Minutes\n\n" + "\n".join("  " * n + f"- item {n}" for n in range(depth)) + "\n").encode()


def nested_quote_markdown(depth: int = 1000) -> bytes:
    return ("# Minutes\n\n" + "> " * depth + "deep quote\n").encode()


def single_line(size: int, *, sentences: bool = False) -> bytes:
    """One line of ``size`` bytes of minutes-like words, no line break."""
    words = ["Nicc", "will", "write", "to", "the", "council", "about", "the", "hall", "and", "agreed", "to"]
    rnd = random.Random(size)
    text = " ".join(rnd.choice(words) + ("." if sentences and rnd.random() < 0.05 else "") for _ in range(size // 4))
    return text.encode()[:size]


def prose(size: int) -> str:
    """``size`` characters of plain sentences (no commitments: quick to extract, compresses like text)."""
    words = ["the", "committee", "discussed", "hall", "roof", "budget", "paint", "members", "noted", "report",
             "garden", "repairs", "summer", "fair", "grant", "village", "windows", "heating", "quotes", "insurance"]
    rnd = random.Random(size)
    text = " ".join(rnd.choice(words) + ("." if rnd.random() < 0.08 else "") for _ in range(size // 5))
    return text[:size]


def utf16(text: str, codec: str) -> bytes:
    return ("\ufeff" + text).encode(codec)


def encrypted_pdf() -> bytes:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(sample("pdf")))
    writer.encrypt(user_password="secret", owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def fake_encrypted_office() -> bytes:
    """The shape of a password-protected .docx: an OLE2 file holding an EncryptedPackage stream."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(512)


# --------------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Case:
    id: str
    name: str  # the file name it is saved under
    build: Callable[[], bytes]
    error: type[NotesExtractError]


ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + bytes(200)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)

ERROR_CASES = [
    Case("empty", "minutes.txt", lambda: b"", EmptyDocumentError),
    Case("whitespace", "minutes.txt", lambda: b" \n\t\r\n  \n", EmptyDocumentError),
    Case("docx-no-text", "minutes.docx", blank_docx, EmptyDocumentError),
    Case("truncated-zip", "minutes.docx", lambda: sample("docx")[: len(sample("docx")) * 6 // 10],
         CorruptDocumentError),
    Case("zip-of-junk", "minutes.docx", lambda: rezip(sample("docx"), drop=tuple(
        n for n in zipfile.ZipFile(io.BytesIO(sample("docx"))).namelist()), add={"junk.bin": os.urandom(2000)}),
        UnsupportedFormatError),
    Case("missing-document-part", "minutes.docx", lambda: rezip(sample("docx"), drop=(DOC_XML,)),
         CorruptDocumentError),
    Case("broken-xml", "minutes.docx", lambda: rezip(sample("docx"), {DOC_XML: b"<w:document><w:body>"}),
         CorruptDocumentError),
    Case("zip-bomb-ratio", "minutes.docx", zip_bomb, LimitExceededError),
    Case("zip-bomb-declared-3GB", "minutes.docx", declared_bomb, LimitExceededError),
    Case("zip-bomb-lying-directory", "minutes.docx", lying_bomb, LimitExceededError),
    Case("zip-6000-entries", "minutes.docx", many_entries, LimitExceededError),
    Case("billion-laughs", "minutes.docx", lambda: rezip(sample("docx"), {
        DOC_XML: document_xml(para("&lol9;"), BILLION_LAUGHS)}), UnsafeDocumentError),
    Case("billion-laughs-utf16", "minutes.docx", lambda: rezip(sample("docx"), {
        DOC_XML: document_xml(para("&lol9;"), BILLION_LAUGHS).decode()
        .replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")}), UnsafeDocumentError),
    Case("external-entity", "minutes.docx", lambda: rezip(sample("docx"), {
        DOC_XML: document_xml(para("&host;") + para("&net;"), xxe_prolog(9))}), UnsafeDocumentError),
    Case("xml-nested-300-deep", "minutes.docx", deep_docx, LimitExceededError),
    Case("encrypted-zip-entry", "minutes.docx", lambda: patch_entry(sample("docx"), DOC_XML, flag_bits=0x1),
         EncryptedDocumentError),
    Case("encrypted-office-file", "minutes.docx", fake_encrypted_office, EncryptedDocumentError),
    Case("path-traversal-name", "minutes.docx", lambda: rezip(sample("docx"), add={"../../evil.xml": b"<x/>"}),
         CorruptDocumentError),
    Case("absolute-name", "minutes.docx", lambda: rezip(sample("docx"), add={"/etc/evil.xml": b"<x/>"}),
         CorruptDocumentError),
    Case("backslash-name", "minutes.docx", lambda: rezip(sample("docx"), add={"word\\..\\..\\evil.xml": b"<x/>"}),
         CorruptDocumentError),
    Case("drive-letter-name", "minutes.docx", lambda: rezip(sample("docx"), add={"C:/evil.xml": b"<x/>"}),
         CorruptDocumentError),
    Case("duplicate-names", "minutes.docx", lambda: rezip(sample("docx"), add={DOC_XML: document_xml(para("x"))}),
         CorruptDocumentError),
    Case("random-bytes.txt", "minutes.txt", lambda: random.Random(7).randbytes(50_000), UnsupportedFormatError),
    Case("png.txt", "minutes.txt", lambda: PNG, CorruptDocumentError),  # an image is read by OCR: this one is broken
    Case("gzip.txt", "minutes.txt", lambda: gzip.compress(b"minutes " * 1000, mtime=0), UnsupportedFormatError),
    Case("elf.txt", "minutes.txt", lambda: ELF, UnsupportedFormatError),
    Case("20MB-single-line", "minutes.txt", lambda: single_line(20_000_000), LimitExceededError),
    Case("50MB-text", "minutes.txt", lambda: (b"Present: Ann, Bob. Nicc will write to the council.\n" * 1_000_000),
         LimitExceededError),
]


def outcome(data: bytes, name: str, **kwargs: object) -> tuple[MinutesRecord | NotesExtractError, float]:
    """What extract() gives for ``data`` saved as ``name`` (a record or the error), and the seconds it took."""
    handle = io.BytesIO(data)
    handle.name = name
    started = time.monotonic()
    try:
        result: MinutesRecord | NotesExtractError = extract(handle, **kwargs)  # type: ignore[arg-type]
    except NotesExtractError as exc:
        result = exc
    return result, time.monotonic() - started


@pytest.mark.parametrize("case", ERROR_CASES, ids=lambda c: c.id)
def test_bad_input_is_one_typed_error(case: Case) -> None:
    result, seconds = outcome(case.build(), case.name)
    assert type(result) is case.error, result
    assert result.code == case.error.code and result.message and result.source == case.name
    assert seconds < SAFETY_SECONDS


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "notes_extract.cli", *args], capture_output=True, text=True,
                          timeout=120)


def assert_cli_refuses(tmp_path: Path, name: str, data: bytes, error: type[NotesExtractError],
                       *options: str) -> str:
    """Run ``extract FILE -o OUT`` and check the one-line failure; return its message."""
    source = tmp_path / "in" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(data)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    earlier = out / f"{Path(name).stem}.json"
    earlier.write_text("earlier record")
    started = time.monotonic()
    result = run_cli("extract", str(source), "-o", str(out), *options)
    assert time.monotonic() - started < SAFETY_SECONDS + 5  # interpreter start-up on top
    assert result.returncode == error.exit_status, result.stderr
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert "\n" not in line
    match = re.fullmatch(rf"notes-extract: (.+): {re.escape(error.code)}: (.+)", line)
    assert match and match.group(1) == str(source), line
    assert earlier.read_text() == "earlier record"
    assert sorted(p.name for p in out.iterdir()) == [earlier.name]  # no temp files either
    return match.group(2)


CLI_CASES = [c for c in ERROR_CASES if c.id in {
    "empty", "truncated-zip", "zip-of-junk", "zip-bomb-lying-directory", "billion-laughs", "encrypted-zip-entry",
    "path-traversal-name", "elf.txt", "20MB-single-line", "docx-no-text",
}]


@pytest.mark.parametrize("case", CLI_CASES, ids=lambda c: c.id)
def test_cli_reports_bad_input_in_one_line_and_writes_nothing(tmp_path: Path, case: Case) -> None:
    assert_cli_refuses(tmp_path, case.name, case.build(), case.error)


def test_exit_statuses_are_distinct_per_class() -> None:
    classes = [EmptyDocumentError, CorruptDocumentError, EncryptedDocumentError, LimitExceededError,
               UnsupportedFormatError, *NotesExtractError.__subclasses__()]
    statuses = {cls.code: cls.exit_status for cls in classes}
    assert len(set(statuses.values())) == len(statuses)
    assert EncryptedDocumentError.code == "encrypted" and LimitExceededError.code == "limit-exceeded"


# --------------------------------------------------------------------------- limits, one by one


def test_limit_messages_name_the_limit_the_value_and_the_maximum() -> None:
    result, _ = outcome(zip_bomb(), "minutes.docx")
    assert isinstance(result, LimitExceededError) and result.limit == "max_compression_ratio"
    assert "word/document.xml" in result.message and "200" in result.message
    result, _ = outcome(declared_bomb(), "minutes.docx")
    assert isinstance(result, LimitExceededError) and result.limit == "max_member_bytes"
    assert "3,000,000,000" in result.message and "134,217,728" in result.message
    result, _ = outcome(lying_bomb(), "minutes.docx")
    assert isinstance(result, LimitExceededError) and "declared 10,000 bytes" in result.message
    result, _ = outcome(many_entries(), "minutes.docx")
    assert isinstance(result, LimitExceededError) and result.limit == "max_zip_entries"
    result, _ = outcome(deep_docx(), "minutes.docx")
    assert isinstance(result, LimitExceededError) and result.limit == "max_xml_depth"


def test_total_unpacked_bytes_limit() -> None:
    result, _ = outcome(sample("docx"), "minutes.docx", limits=Limits(max_decompressed_bytes=100_000))
    assert isinstance(result, LimitExceededError) and result.limit == "max_decompressed_bytes"


def test_real_unpacked_bytes_are_capped_even_when_every_declared_size_fits() -> None:
    # The directory says 100 kB; the cap is 1 MB; the part really holds 20 MB.
    limits = Limits(max_member_bytes=1_000_000)
    result, seconds = outcome(patch_entry(zip_bomb(), DOC_XML, file_size=100_000), "m.docx", limits=limits)
    assert isinstance(result, LimitExceededError) and seconds < SAFETY_SECONDS


def test_xml_depth_limit_is_configurable() -> None:
    assert isinstance(outcome(sample("docx"), "m.docx", limits=Limits(max_xml_depth=4))[0], LimitExceededError)
    assert isinstance(outcome(with_body("<w:sdt><w:sdtContent>" * 40 + para("Minutes of the meeting")
                                        + "</w:sdtContent></w:sdt>" * 40), "m.docx")[0], MinutesRecord)


def test_max_bytes_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Minutes\n" * 1000)
    with pytest.raises(LimitExceededError) as caught:
        extract(path, limits=Limits(max_bytes=1000))
    assert caught.value.limit == "max_bytes" and "8,000 bytes" in caught.value.message
    with pytest.raises(LimitExceededError):
        extract(b"Minutes\n" * 1000, limits=Limits(max_bytes=1000))
    message = assert_cli_refuses(tmp_path, "big.txt", path.read_bytes(), LimitExceededError, "--max-bytes", "1KB")
    assert "max_bytes = 1,000 bytes" in message


def test_max_pages(tmp_path: Path) -> None:
    result, _ = outcome(sample("pdf"), "minutes.pdf", limits=Limits(max_pages=1))
    assert isinstance(result, LimitExceededError) and result.limit == "max_pages"
    assert_cli_refuses(tmp_path, "minutes.pdf", sample("pdf"), LimitExceededError, "--max-pages", "1")


def test_timeout_stops_a_document_cooperatively() -> None:
    result, seconds = outcome(sample("docx"), "minutes.docx", limits=Limits(timeout=1e-6))
    assert isinstance(result, LimitExceededError) and result.limit == "timeout"
    assert "took longer than" in result.message and seconds < SAFETY_SECONDS


def test_cli_timeout_is_a_hard_stop(tmp_path: Path) -> None:
    # About 15 s of extraction work with no cooperative check inside it: only the alarm stops it early.
    started = time.monotonic()
    message = assert_cli_refuses(tmp_path, "minutes.txt", single_line(1_000_000), LimitExceededError,
                                 "--timeout", "0.5")
    assert "took longer than 0.5 s" in message and time.monotonic() - started < 6


def test_alarm_restores_the_previous_handler_and_timer() -> None:
    if not hasattr(signal, "setitimer"):
        pytest.skip("no SIGALRM here")
    previous = signal.signal(signal.SIGALRM, signal.SIG_IGN)
    try:
        with pytest.raises(LimitExceededError), alarm(0.05, source="slow"):
            time.sleep(2)
        assert signal.getsignal(signal.SIGALRM) == signal.SIG_IGN
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        with alarm(5, source="fast"):
            pass
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_in_process_cli_leaves_no_alarm_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = signal.getsignal(signal.SIGALRM)
    assert cli.main(["extract", str(SAMPLES / f"{SEED}.md"), "-o", str(tmp_path), "--timeout", "60"]) == 0
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert json.loads((tmp_path / f"{SEED}.json").read_text())["meeting"]["date"] == "2025-07-02"


def test_deadline() -> None:
    assert not Deadline.start(Limits()).expired()
    Deadline.start(None).check("x", "anything")
    with pytest.raises(LimitExceededError, match="while parsing"):
        Deadline(0.5, time.monotonic() - 1).check("x", "parsing")


@pytest.mark.parametrize(("text", "size"), [
    ("50MB", 50_000_000), ("50M", 50_000_000), ("1.5GB", 1_500_000_000), ("512KiB", 524_288),
    ("2 MiB", 2_097_152), ("1000", 1000), ("10kb", 10_000),
])
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "MB", "5 XB", "-1MB", "1i"])
def test_parse_size_refuses_junk(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


def test_cli_refuses_a_bad_size_option(tmp_path: Path) -> None:
    result = run_cli("extract", str(SAMPLES / f"{SEED}.txt"), "--max-bytes", "lots")
    assert result.returncode == 2 and "--max-bytes" in result.stderr


# --------------------------------------------------------------------------- XML: no entities, no DTD, no network


@pytest.fixture
def listener() -> socket.socket:
    """A local TCP port that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.setblocking(False)
    yield server
    server.close()


SECRET = "s3cr3t-file-content-7f2c"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A local file an external entity would read; its content must never reach a record."""
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def connected(server: socket.socket) -> bool:
    try:
        server.accept()[0].close()
    except BlockingIOError:
        return False
    return True


def test_the_xml_parser_never_expands_or_fetches(listener: socket.socket, secret: Path) -> None:
    """What lxml itself does with the loader's parser settings, before the DTD check refuses the part."""
    port = listener.getsockname()[1]
    parser = xml_parser()
    started = time.monotonic()
    try:  # libxml2 refuses the amplification outright ...
        root = etree.fromstring(document_xml(para("&lol9;"), BILLION_LAUGHS), parser)
    except etree.XMLSyntaxError as exc:
        assert "amplification" in str(exc) or "entity" in str(exc).lower()
    else:  # ... or keeps the reference unexpanded
        assert len(etree.tostring(root)) < 10_000
    assert time.monotonic() - started < 1
    root = etree.fromstring(document_xml(para("&host;") + para("&net;"), xxe_prolog(port, str(secret))), parser)
    assert SECRET not in "".join(t.text or "" for t in root.iter(f"{{{W}}}t"))
    assert SECRET not in etree.tostring(root).decode()
    assert not connected(listener)


def test_external_entities_are_refused_and_nothing_is_fetched(listener: socket.socket, secret: Path) -> None:
    port = listener.getsockname()[1]
    data = rezip(sample("docx"), {DOC_XML: document_xml(para("&host;") + para("&net;"),
                                                         xxe_prolog(port, str(secret)))})
    result, _ = outcome(data, "minutes.docx")
    assert isinstance(result, UnsafeDocumentError) and "DTDs are not allowed" in result.message
    assert not connected(listener)


def test_entities_in_a_minor_part_lose_only_that_part(listener: socket.socket, secret: Path) -> None:
    port = listener.getsockname()[1]
    core = (f'<?xml version="1.0"?>{xxe_prolog(port, str(secret))}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<dc:title>&host;</dc:title></cp:coreProperties>').encode()
    result, _ = outcome(rezip(sample("docx"), {"docProps/core.xml": core}), "minutes.docx")
    assert isinstance(result, MinutesRecord)
    assert any("DTDs are not allowed" in w for w in result.warnings)
    assert SECRET not in result.to_json()
    assert not connected(listener)


# --------------------------------------------------------------------------- inputs that must still be read


def test_utf16_text_with_bom_is_read() -> None:
    text = sample("txt").decode("utf-8")
    expected = extract(sample("txt"))
    for codec in ("utf-16-le", "utf-16-be"):
        result, seconds = outcome(utf16(text, codec), "minutes.txt")
        assert isinstance(result, MinutesRecord), result
        assert result.meeting.date == expected.meeting.date == "2025-07-02"
        assert [p.name for p in result.attendance.present] == [p.name for p in expected.attendance.present]
        assert seconds < SAFETY_SECONDS


def test_undecodable_bytes_are_replaced_with_a_warning() -> None:
    result, _ = outcome(sample("txt").replace(b"Present", b"Pr\x81\x8d\x90sent", 1), "minutes.txt")
    assert isinstance(result, MinutesRecord)
    assert any("Latin-1" in w or "Windows-1252" in w for w in result.warnings)


def test_a_long_single_line_is_split_with_a_warning() -> None:
    result, seconds = outcome(single_line(120_000), "minutes.txt")
    assert isinstance(result, MinutesRecord)
    assert any("split into paragraphs" in w for w in result.warnings)
    assert seconds < SAFETY_SECONDS


def test_a_paragraph_over_a_million_characters_is_split_in_any_format() -> None:
    # spaCy refuses texts over 1,000,000 characters: such a paragraph used to end in a ValueError.
    data = with_body(para("Minutes of the meeting held on 2 July 2025") + para(prose(1_100_000)))
    result, seconds = outcome(data, "minutes.docx")
    assert isinstance(result, MinutesRecord), result
    assert any(re.match(r"a paragraph of 1,(09\d|100),\d{3} characters was split", w) for w in result.warnings)
    assert seconds < SAFETY_SECONDS


@pytest.mark.parametrize(("build", "name"), [
    (table_markdown, "minutes.md"), (table_docx, "minutes.docx"), (nested_list_markdown, "minutes.md"),
    (nested_quote_markdown, "minutes.md"),
], ids=["10k-row-markdown-table", "10k-row-docx-table", "200-level-list", "1000-level-quote"])
def test_big_structures_are_read_in_time(build: Callable[[], bytes], name: str) -> None:
    result, seconds = outcome(build(), name)
    assert isinstance(result, MinutesRecord), result
    assert seconds < SAFETY_SECONDS


def test_ten_thousand_rows_are_all_read() -> None:
    from notes_extract.loaders import load

    for data, name in ((table_markdown(), "t.md"), (table_docx(), "t.docx")):
        tables = [b for b in load(data, source=name).blocks if b.rows]
        assert len(tables) == 1 and len(tables[0].rows) >= 10_000


@pytest.mark.parametrize(("name", "suffix", "says"), [
    ("pdf-named-docx", "pdf", ".docx"), ("docx-named-pdf", "docx", ".pdf"), ("docx-named-txt", "docx", ".txt"),
    ("text-named-pdf", "txt", ".pdf"),
])
def test_a_lying_extension_is_read_by_content_with_a_warning(tmp_path: Path, name: str, suffix: str,
                                                             says: str) -> None:
    path = tmp_path / f"minutes{says}"
    path.write_bytes(sample(suffix))
    started = time.monotonic()
    record = extract(path)
    assert time.monotonic() - started < SAFETY_SECONDS
    shown = {"pdf": "PDF", "docx": "Word (.docx)", "txt": "plain text"}[suffix]
    assert record.warnings[0] == f"read as {shown}: the file name says {says}"
    assert record.meeting.date == "2025-07-02"
    assert not any("the file name says" in w for w in extract(SAMPLES / f"{SEED}.{suffix}").warnings)


def test_mislabelled_file_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    path.write_bytes(sample("pdf"))
    result = run_cli("extract", str(path), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "out" / "minutes.json").read_text())
    assert "read as PDF: the file name says .docx" in record["warnings"]


# --------------------------------------------------------------------------- PDFs


def pdf_outcome_ok(result: MinutesRecord | NotesExtractError) -> bool:
    """A typed error the PDF loader gives today, or a record that says what went wrong."""
    if isinstance(result, MinutesRecord):
        return bool(result.warnings)
    return type(result) in (CorruptDocumentError, EncryptedDocumentError)


def test_encrypted_pdf(tmp_path: Path) -> None:
    data = encrypted_pdf()
    result, seconds = outcome(data, "minutes.pdf")
    assert isinstance(result, EncryptedDocumentError), result
    assert "password" in result.message and seconds < SAFETY_SECONDS
    assert_cli_refuses(tmp_path, "minutes.pdf", data, type(result))
    wrong, _ = outcome(data, "minutes.pdf", password="not it")
    assert isinstance(wrong, EncryptedDocumentError) and "does not open" in wrong.message
    opened, _ = outcome(data, "minutes.pdf", password="secret")
    assert isinstance(opened, MinutesRecord)
    assert opened.meeting.date == "2025-07-02"


def test_password_and_limits_reach_a_pdf_loader_that_takes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from notes_extract import loaders
    from notes_extract.document import Document
    from notes_extract.loaders import pdf

    seen: dict[str, object] = {}

    def new_load(data: bytes, *, source: str, password: str | None = None, limits: Limits | None = None) -> Document:
        seen.update(password=password, limits=limits)
        return Document(blocks=[], format="pdf", pages=1)

    def old_load(data: bytes, *, source: str) -> Document:
        seen.update(old=True)
        return Document(blocks=[], format="pdf", pages=1)

    limits = Limits(max_pages=7)
    monkeypatch.setattr(pdf, "load", new_load)
    loaders.load(b"%PDF-1.7", source="x.pdf", password="pw", limits=limits)
    assert seen == {"password": "pw", "limits": limits}
    monkeypatch.setattr(pdf, "load", old_load)
    loaders.load(b"%PDF-1.7", source="x.pdf", password="pw", limits=limits)
    assert seen["old"] is True


def test_truncated_pdf(tmp_path: Path) -> None:
    data = sample("pdf")[: len(sample("pdf")) * 6 // 10]
    result, seconds = outcome(data, "minutes.pdf")
    assert pdf_outcome_ok(result), result
    assert seconds < SAFETY_SECONDS


# --------------------------------------------------------------------------- memory, in a subprocess

_CHILD = textwrap.dedent("""
    import json, sys, time
    from notes_extract.api import extract
    from notes_extract.errors import NotesExtractError
    started = time.monotonic()
    try:
        outcome = "record: " + "; ".join(extract(sys.argv[1]).warnings[:1])
    except NotesExtractError as exc:
        outcome = exc.code + ": " + exc.message
    print(json.dumps({"outcome": outcome, "seconds": time.monotonic() - started}))
""")
# Linux carries a process's peak RSS across fork and exec, so a child of this
# (big) pytest process would report this process's peak as its own. A fresh,
# small interpreter in between starts the child and reads RUSAGE_CHILDREN.
_LAUNCHER = textwrap.dedent("""
    import json, resource, subprocess, sys
    run = subprocess.run([sys.executable, "-c", sys.argv[1], sys.argv[2]], capture_output=True, text=True)
    sys.stderr.write(run.stderr)
    report = json.loads(run.stdout) if run.returncode == 0 else {}
    report["peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(report))
    sys.exit(run.returncode)
""")


def peak_rss(path: Path) -> dict[str, float | str]:
    """Extract ``path`` in a fresh interpreter: its outcome, seconds and peak RSS in MB."""
    result = subprocess.run([sys.executable, "-c", _LAUNCHER, _CHILD, str(path)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("build", "name", "expected"), [
    (zip_bomb, "bomb.docx", "limit-exceeded"),
    (lambda: lying_bomb(200_000_000), "lying-bomb.docx", "limit-exceeded"),
    (lambda: single_line(20_000_000), "line.txt", "limit-exceeded"),
    (lambda: b"Present: Ann, Bob. Nicc will write to the council.\n" * 1_000_000, "50MB.txt", "limit-exceeded"),
    (table_docx, "table.docx", "record"),
    (table_markdown, "table.md", "record"),
], ids=["zip-bomb", "lying-zip-bomb-200MB", "20MB-single-line", "50MB-text", "10k-row-docx", "10k-row-markdown"])
def test_worst_cases_stay_in_bounded_memory(tmp_path: Path, build: Callable[[], bytes], name: str,
                                            expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(build())
    report = peak_rss(path)
    assert str(report["outcome"]).startswith(expected), report
    assert float(report["peak_mb"]) < MAX_RSS_MB, report
    assert float(report["seconds"]) < SAFETY_SECONDS, report


def test_api_also_accepts_limits_and_password_in_extract_all() -> None:
    records = extract_all(sample("md"), limits=Limits(timeout=60), password=None)
    assert records and records[0].meeting.date == "2025-07-02"
