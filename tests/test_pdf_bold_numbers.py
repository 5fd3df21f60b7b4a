"""A number printed in bold before an item's title reads as that title's paragraph in a PDF too.

An invented Word document, built with python-docx and printed to PDF by LibreOffice (skipped when
`soffice` is not installed; `CI=true` runs it, as `.ci/run` installs LibreOffice): "1. Apologies"
typed in bold titles an item, as the Word, HTML and Markdown readers read it; "2. Budget agreed"
in plain type is a numbered list item.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from notes_extract.loaders import load

_SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(_SOFFICE is None and os.environ.get("CI") != "true",
                                reason="LibreOffice (soffice) not installed")


def _pdf(document: docx.document.Document, folder: Path) -> bytes:
    source = folder / "minutes.docx"
    document.save(str(source))
    subprocess.run([_SOFFICE or "soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=300)
    return (folder / "minutes.pdf").read_bytes()


def test_a_bold_number_titles_its_item_and_a_plain_one_is_a_list_item(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Orchard Society committee, 9 April 2025")
    for number, title, text in (("1.", "Apologies", "None received."), ("2.", "Pruning day", "Set for 3 May.")):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{number} {title}").bold = True
        paragraph.add_run(" (5 min)")
        document.add_paragraph(text)
    document.add_paragraph("3. Ladders to be checked before use")
    blocks = load(_pdf(document, tmp_path), source="minutes.pdf").blocks
    shapes = [(b.kind.value, b.label, b.text) for b in blocks]
    assert ("paragraph", None, "1. Apologies (5 min)") in shapes
    assert ("paragraph", None, "2. Pruning day (5 min)") in shapes
    assert ("list_item", "3.", "Ladders to be checked before use") in shapes
