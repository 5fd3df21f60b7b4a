"""Names typed one a line in a table cell beside "Present" (Word paragraphs, or the lines of a PDF cell
broken by hand) are a list of people, never one long name."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from notes_extract import extract
from notes_extract.loaders.cell_names import name_like, names_one_a_line
from tests.conftest import require_tool


def _minutes(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Parks Committee", 1)
    document.add_paragraph("Minutes of the meeting held on 4 March 2025")
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Present"
    cell = table.cell(0, 1)
    cell.text = "Ann Lee (Chair)"
    cell.add_paragraph("Bob Hart")
    cell.add_paragraph("Cat Ng")
    table.cell(1, 0).text = "Apologies"
    cell = table.cell(1, 1)
    cell.text = "Dan Ode"
    cell.add_paragraph("Eve Fox")
    document.add_heading("1. Budget", 2)
    document.add_paragraph("The budget was agreed.")
    document.save(path)
    return path


def _people(path: Path) -> tuple[list[tuple[str, str | None]], list[str]]:
    record = extract(path)
    return [(p.name, p.role) for p in record.attendance.present], [p.name for p in record.attendance.apologies]


_WANTED = ([("Ann Lee", "chair"), ("Bob Hart", None), ("Cat Ng", None)], ["Dan Ode", "Eve Fox"])


def test_names_one_a_paragraph_in_a_word_cell(tmp_path: Path) -> None:
    assert _people(_minutes(tmp_path / "parks.docx")) == _WANTED


def test_names_one_a_line_in_a_pdf_cell(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    require_tool(soffice is not None, "LibreOffice is not installed")
    source = _minutes(tmp_path / "parks.docx")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    assert _people(tmp_path / "parks.pdf") == _WANTED


@pytest.mark.parametrize(("line", "wanted"), [("Ann Lee (Chair)", True), ("Bob Hart – Treasurer", True),
                                              ("Kwan Li Hua, Bella", True), ("The budget was agreed.", False),
                                              ("see the report (attached)", False)])
def test_name_like_lines(line: str, wanted: bool) -> None:
    assert name_like(line) is wanted


def test_a_sentence_among_the_lines_keeps_the_cell_as_text() -> None:
    assert names_one_a_line(["Ann Lee", "Apologies were received."]) is None


def test_names_one_a_line_in_a_markdown_table_cell() -> None:
    from notes_extract import extract_text

    text = ("# Parks Committee\n\n4 March 2025\n\n| Present | Ann Lee<br>Bob Hart<br>Cat Ng |\n"
            "|---|---|\n| Apologies | Dan Ode |\n\n## Budget\n\nThe budget was agreed.\n")
    record = extract_text(text, format="markdown")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bob Hart", "Cat Ng"]
