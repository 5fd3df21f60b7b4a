"""Damaged and unusual files from other projects' test suites (issue 12): same file, same answer.

The files under tests/data/broken/ come from pdf.js, pypdf, Apache POI and
mammoth (file name = their path there, "/" written "__"). Each must give the
outcome in `EXPECTED`, whatever was read before it in the same process and
however a batch is ordered or split across workers.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from notes_extract.api import extract_all
from notes_extract.batch import convert_batch
from notes_extract.document import Document
from notes_extract.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    NotesExtractError,
    UnsafeDocumentError,
)
from notes_extract.limits import Limits, MiB
from notes_extract.loaders import load
from notes_extract.loaders.docx import load as load_docx
from notes_extract.loaders.pdf.forms import field_label
from notes_extract.loaders.pdf.loading import read_document
from notes_extract.loaders.pdf.pages import PageReader, read_pdfium_page, read_plumber_page

from .test_loader_pdf import PAGE_H, Page, build_pdf, pdf_of

BROKEN = Path(__file__).parent / "data" / "broken"
NO_OCR = Limits(ocr="never")  # what the text layer holds, whether or not an OCR engine is installed

# file -> the error code it must end in, or a piece of text its document must hold
EXPECTED: dict[str, tuple[str, str]] = {
    "resources__encrypted-file.pdf": ("error", "encrypted"),
    "resources__encryption__r5-user-password.pdf": ("text", "pdfencryptiontest password:asdfzxcv"),
    "resources__encryption__r6-user-password.pdf": ("text", "pdfencryptiontest password:asdfzxcv"),
    "test__pdfs__bug1782186.pdf": ("error", "encrypted"),
    "test__pdfs__poppler-395-0-fuzzed.pdf": ("error", "corrupt-document"),
    "test__pdfs__bug1513120_reduced.pdf": ("text", "Monday-Friday 7 a.m.-9 p.m."),
    "test__pdfs__annotation-tx3.pdf": ("text", "tx annotation"),
    "test__pdfs__bug1844583.pdf": ("text", "Hello World"),
    "test__pdfs__issue840.pdf": ("text", "Download Festival 2009 Timetable"),
    "test-data__document__bug65649.docx": ("text", "Комитет по информатизации и связи"),
    "test-data__document__ExternalEntityInText.docx": ("error", "unsafe-document"),
    "tests__test-data__strict-format.docx": ("text", "Test"),
}


def read(name: str) -> Document | NotesExtractError:
    path = BROKEN / name
    try:
        return load(path.read_bytes(), source=str(path), limits=NO_OCR)
    except NotesExtractError as exc:
        return exc


def all_text(document: Document) -> str:
    return "\n".join([b.text for b in document.blocks] + [" | ".join(row) for b in document.blocks
                                                          for row in (b.rows or [])])


def test_every_file_is_in_the_table() -> None:
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_gives_its_expected_outcome(name: str) -> None:
    kind, expected = EXPECTED[name]
    result = read(name)
    if kind == "error":
        assert isinstance(result, NotesExtractError) and result.code == expected, result
        assert result.source == str(BROKEN / name)
    else:
        assert isinstance(result, Document), result
        assert expected in all_text(result)


@pytest.mark.parametrize("order", ["encrypted first", "encrypted last"])
def test_a_pdf_result_does_not_depend_on_what_was_read_before(order: str) -> None:
    # PDFium keeps its last error code after a failed open; it must not leak into the next file.
    names = ["test__pdfs__bug1782186.pdf", "test__pdfs__poppler-395-0-fuzzed.pdf", "resources__encrypted-file.pdf",
             "resources__encryption__r6-user-password.pdf"]
    if order == "encrypted last":
        names.reverse()
    codes = {name: getattr(read(name), "code", "read") for name in names}
    assert codes == {
        "test__pdfs__bug1782186.pdf": "encrypted", "test__pdfs__poppler-395-0-fuzzed.pdf": "corrupt-document",
        "resources__encrypted-file.pdf": "encrypted", "resources__encryption__r6-user-password.pdf": "read",
    }


def test_a_pdf_whose_every_page_fails_is_corrupt_with_the_page_error() -> None:
    result = read("test__pdfs__poppler-395-0-fuzzed.pdf")
    assert isinstance(result, CorruptDocumentError)
    assert "page 1 could not be read: Ascii85 overflow" in result.message


def test_pages_that_fail_are_named_and_all_failing_is_corrupt() -> None:
    data = build_pdf([Page().text(72, 100, "Page one."), Page().text(72, 100, "Page two.")])

    def reader(broken: set[int]):
        def failing(page: pdfium.PdfPage, number: int):
            if number in broken:
                raise ValueError(f"bad stream on {number}")
            return read_pdfium_page(page, number)
        return lambda data, password: PageReader(data, password, read_pdfium=failing)

    some = read_document(data, source="m.pdf", open_pages=reader({2}))
    assert some.warnings == ["page 2 could not be read: bad stream on 2"]
    with pytest.raises(CorruptDocumentError, match="none of its 2 pages could be read; page 1 could not be read: "
                                                   "bad stream on 1"):
        read_document(data, source="m.pdf", open_pages=reader({1, 2}))


def test_empty_user_password_opens_aes256_and_a_wrong_password_does_not() -> None:
    data = (BROKEN / "resources__encryption__r6-user-password.pdf").read_bytes()
    assert "pdfencryptiontest" in all_text(load(data, source="r6.pdf", limits=NO_OCR))
    with pytest.raises(EncryptedDocumentError, match="the password does not open"):
        load(data, source="r6.pdf", password="wrong", limits=NO_OCR)


def test_pdfium_refusing_a_file_without_encrypt_is_never_encrypted() -> None:
    def refuse_as_if_encrypted(data: bytes, password: str | None) -> PageReader:
        raise pdfium.PdfiumError("Failed to load document (PDFium: Incorrect password error).", err_code=4)

    data = build_pdf([Page().text(72, 100, "Readable all the same.")])
    doc = read_document(data, source="m.pdf", open_pages=refuse_as_if_encrypted)
    assert [b.text for b in doc.blocks] == ["Readable all the same."]


def test_type3_text_with_a_tiny_nominal_size_is_read_from_the_text_layer() -> None:
    doc = read("test__pdfs__bug1513120_reduced.pdf")
    assert isinstance(doc, Document) and not doc.ocr_pages
    text = all_text(doc)
    assert "Questions about your bill?" in text and "Saturday 8 a.m.-6 p.m." in text
    assert len(text.replace(" ", "").replace("\n", "")) >= 100


# --------------------------------------------------------------------------- crop boxes


def reading_paths(data: bytes) -> tuple[Document, list[str]]:
    read_by: list[str] = []

    def by_pdfium(page: pdfium.PdfPage, number: int):
        read_by.append("pdfium")
        return read_pdfium_page(page, number)

    def by_plumber(page: object, number: int):
        read_by.append("pdfplumber")
        return read_plumber_page(page, number)

    doc = read_document(data, source="m.pdf", limits=NO_OCR,
                        open_pages=lambda d, p: PageReader(d, p, read_pdfium=by_pdfium, read_plumber=by_plumber))
    return doc, read_by


def test_cropped_pages_keep_the_fast_path_and_are_cropped() -> None:
    page = Page().text(72, 100, "Inside the crop box.").text(72, 600, "Outside it, hidden by the crop.")
    data = build_pdf([page], page_attrs=f"/CropBox [50 300 500 {PAGE_H}] ")
    doc, read_by = reading_paths(data)
    assert read_by == ["pdfium"]
    assert [b.text for b in doc.blocks] == ["Inside the crop box."]


def test_issue840_reads_every_page_through_pdfium() -> None:
    doc, read_by = reading_paths((BROKEN / "test__pdfs__issue840.pdf").read_bytes())
    assert read_by == ["pdfium", "pdfium"]
    assert "Faith No More" in all_text(doc)


# --------------------------------------------------------------------------- forms and annotations


def form_pdf() -> bytes:
    printed = b"BT /F1 12 Tf 72 700 Td (Committee minutes) Tj ET BT /F1 12 Tf 72 650 Td (Chair:) Tj ET"
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R 8 0 R] /DA (/Helv 0 Tf 0 g) >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R /Annots [6 0 R 7 0 R 8 0 R 9 0 R] >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(printed), printed),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (Chair) /V (Ann Lee) /Rect [120 645 300 665] /P 3 0 R "
        b"/DA (/Helv 12 Tf 0 g) >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (meeting_date) /V (3 May 2024) /Rect [72 600 300 620] "
        b"/P 3 0 R /DA (/Helv 12 Tf 0 g) >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (Secret) /V (Hidden value) /F 2 /Rect [72 300 300 320] "
        b"/P 3 0 R >>",
        b"<< /Type /Annot /Subtype /FreeText /Contents (Action: Raj to book the hall) /Rect [72 550 400 570] "
        b"/DA (/Helv 12 Tf 0 g) /P 3 0 R >>",
    ])


def test_form_field_values_and_free_text_annotations_are_text_of_their_page() -> None:
    doc = load(form_pdf(), source="form.pdf", limits=NO_OCR)
    texts = [b.text for b in doc.blocks]
    # "Chair" is printed beside its field; "meeting_date" is not, so it leads its value; a hidden field is not read.
    assert texts == ["Committee minutes", "Chair: Ann Lee", "Meeting date: 3 May 2024", "Action: Raj to book the hall"]


def test_pages_read_through_pdfplumber_get_their_fields_too() -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(form_pdf())) as pdf:
        page = read_plumber_page(pdf.pages[0], 1)
    assert [line.text for line in page.lines] == ["Committee minutes", "Chair: Ann Lee", "Meeting date: 3 May 2024",
                                                  "Action: Raj to book the hall"]


def test_generated_field_names_are_not_labels() -> None:
    assert [field_label(n) for n in ("Text2", "Texte2", "Field 3", "undefined", "T1")] == [""] * 5
    assert field_label("form1[0].page1[0].MeetingDate[0]") == "Meeting date"


# --------------------------------------------------------------------------- Word files


def test_a_docx_with_a_dtd_is_unsafe_with_its_own_exit_status(tmp_path: Path) -> None:
    source = BROKEN / "test-data__document__ExternalEntityInText.docx"
    done = subprocess.run([sys.executable, "-m", "notes_extract.cli", "extract", str(source), "-o", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == UnsafeDocumentError.exit_status == 13
    assert done.stderr.strip() == (f"notes-extract: {source}: unsafe-document: part word/document.xml declares a DTD; "
                                   "DTDs are not allowed")
    assert list(tmp_path.iterdir()) == []


def test_strict_open_xml_is_read_like_transitional() -> None:
    doc = load_docx((BROKEN / "tests__test-data__strict-format.docx").read_bytes(), source="strict.docx")
    assert [b.text for b in doc.blocks] == ["Test"]
    assert doc.metadata == {"created": "2018-01-22T14:57:00Z"}


def docx_with_body(body: bytes) -> bytes:
    """A minimal .docx (content types and main part only) whose body is ``body``."""
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = b'<?xml version="1.0"?><w:document ' + ns + b"><w:body>" + body + b"</w:body></w:document>"
    buffer = io.BytesIO()
    out = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)
    out.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    out.writestr("word/document.xml", document)
    out.close()
    return buffer.getvalue()


def para(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def test_the_body_is_held_one_block_at_a_time() -> None:
    # 3 MiB of paragraphs read under a 1 MiB tree limit: only one block is ever a tree ...
    many = b"".join(para(f"Point {i} of the discussion, written out at some length.") for i in range(40_000))
    assert len(many) > 3 * MiB
    doc = load_docx(docx_with_body(many), source="long.docx", limits=Limits(max_xml_tree_bytes=1 * MiB))
    assert len(doc.blocks) == 40_000 and doc.blocks[-1].text.startswith("Point 39999 ")
    # ... while one table of 3 MiB is a tree of its own, refused before it is whole.
    table = b"<w:tbl><w:tr><w:tc>" + many + b"</w:tc></w:tr></w:tbl>"
    with pytest.raises(LimitExceededError, match="max_xml_tree_bytes") as caught:
        load_docx(docx_with_body(table), source="table.docx", limits=Limits(max_xml_tree_bytes=1 * MiB))
    assert caught.value.limit == "max_xml_tree_bytes" and caught.value.value < 2 * MiB


# --------------------------------------------------------------------------- batches: order and workers


def outcome_of_batch(sources: list[Path], out: Path, workers: int) -> tuple[dict[str, str], dict[str, dict]]:
    report = convert_batch(sources, out, workers=workers)
    records = {p.relative_to(out).as_posix(): p.read_text() for p in sorted(out.rglob("*.json"))
               if p.name != "_report.json"}
    entries = {}
    for entry in report.entries:
        facts = entry.to_dict()
        facts.pop("seconds")
        entries[Path(facts.pop("path")).name] = facts
    return records, entries


def test_batch_results_do_not_depend_on_order_or_workers(tmp_path: Path) -> None:
    # Every file but the two slow ones (a 12 MB body, a page of 4,000 ruled cells): order affects the PDFs.
    names = [n for n in sorted(EXPECTED) if n not in {"test-data__document__bug65649.docx", "test__pdfs__issue840.pdf"}]
    src = tmp_path / "src"
    src.mkdir()
    for name in names:
        shutil.copy(BROKEN / name, src / name)
    forward = [src / n for n in names]
    # The encrypted file right before the fuzzed one, in one worker, is the order that used to leak.
    leaky = [src / "test__pdfs__bug1782186.pdf", src / "test__pdfs__poppler-395-0-fuzzed.pdf",
             *[p for p in reversed(forward) if p.name not in {"test__pdfs__bug1782186.pdf",
                                                              "test__pdfs__poppler-395-0-fuzzed.pdf"}]]
    runs = [outcome_of_batch(order, tmp_path / f"out-{i}-{workers}", workers)
            for i, order in enumerate((forward, leaky)) for workers in (1, 2)]
    first_records, first_entries = runs[0]
    for records, entries in runs[1:]:
        assert records == first_records
        assert entries == first_entries
    assert first_entries["test__pdfs__poppler-395-0-fuzzed.pdf"]["error"]["code"] == "corrupt-document"
    assert first_entries["test__pdfs__bug1782186.pdf"]["error"]["code"] == "encrypted"
    assert first_entries["test-data__document__ExternalEntityInText.docx"]["error"]["code"] == "unsafe-document"
    assert json.loads(first_records["resources__encryption__r5-user-password.json"])["source"]["format"] == "pdf"


def test_extract_all_of_the_damaged_docx_files_gives_their_codes() -> None:
    with pytest.raises(UnsafeDocumentError):
        extract_all(BROKEN / "test-data__document__ExternalEntityInText.docx")
    assert extract_all(BROKEN / "tests__test-data__strict-format.docx")[0].meeting.title == "Test"
