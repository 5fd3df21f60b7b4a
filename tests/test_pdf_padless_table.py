"""A table printed without borders or padding (a web page's table saved as PDF by a word processor):
its rows sit as close as a cell's wrapped lines, so each line that fills every column opens a row."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from notes_extract import extract
from tests.conftest import require_tool

_PAGE = """<html><head><meta charset='utf-8'></head><body>
<h1>Project Team Meeting</h1><p>12 March 2025</p><p><b>Attendees:</b> Ann Lee, Bob Hart, Cat Ng</p>
<h2>Action Items</h2>
<table><thead><tr><th>Action Item</th><th>Owner</th></tr></thead><tbody>
<tr><td>Book the hall</td><td>Ann Lee</td></tr>
<tr><td>Write the newsletter</td><td>Bob Hart</td></tr>
<tr><td>Order new chairs</td><td>Cat Ng</td></tr>
<tr><td>Send the survey results to the regional committee office before the end of the month</td>
<td>Ann Lee</td></tr>
</tbody></table>
<h2>Notes</h2><ul><li>The first meeting of the team.</li></ul>
</body></html>
"""


def test_rows_of_a_table_without_padding_are_read_one_by_one(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    require_tool(soffice is not None, "LibreOffice is not installed")
    page = tmp_path / "team.html"
    page.write_text(_PAGE, encoding="utf-8")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--norestore", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", str(tmp_path), str(page)], check=True, capture_output=True, timeout=180)
    actions = extract(tmp_path / "team.pdf").actions
    assert [(a.text, [o.name for o in a.owners]) for a in actions] == [
        ("Book the hall", ["Ann Lee"]),
        ("Write the newsletter", ["Bob Hart"]),
        ("Order new chairs", ["Cat Ng"]),
        ("Send the survey results to the regional committee office before the end of the month", ["Ann Lee"]),
    ]
