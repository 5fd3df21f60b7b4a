"""A borderless table printed to PDF keeps a row whose long cell leaves only a word space before the next.

An invented web page's table (names, then "Yes"), converted to PDF by LibreOffice the way
`benchmarks/renderings.py` does (skipped when `soffice` is not installed; `CI=true` runs it). The
longest name fills its cell, so only a word space separates it from "Yes"; "Yes" still starts exactly
on the column the rows above found, and the row, and the rows after it, stay in the table.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from notes_extract.document import BlockKind
from notes_extract.loaders import load

_SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(_SOFFICE is None and os.environ.get("CI") != "true",
                                reason="LibreOffice (soffice) not installed")

NAMES = [("Ines Ortega", "Yes"), ("Bo Lund", "Yes"), ("Kofi Mensah", "Yes"), ("Ruth Abel", "Yes"),
         ("Ana Sofia Villanueva-Rojas", "Yes"), ("Tom Reyes", ""), ("Lia Park", "Yes")]


def test_a_row_whose_long_cell_touches_the_next_column_stays_in_the_table(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td><p>{name}</p></td><td><p>{here}</p></td></tr>" for name, here in NAMES)
    page = tmp_path / "minutes.html"
    page.write_text("<html><body><h1>Water Board minutes</h1><p><b>Members</b></p>"
                    f"<table><tbody>{rows}</tbody></table><p><b>Agenda</b></p><ul><li>Budget</li></ul>"
                    "</body></html>", encoding="utf-8")
    subprocess.run([_SOFFICE or "soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--norestore", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", str(tmp_path), str(page)], check=True, capture_output=True, timeout=300)
    blocks = load((tmp_path / "minutes.pdf").read_bytes(), source="minutes.pdf").blocks
    tables = [b for b in blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1
    assert [tuple(row) for row in tables[0].rows] == NAMES
