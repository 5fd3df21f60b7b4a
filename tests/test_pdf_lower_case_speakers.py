"""Scribe notes whose speakers are chat handles in lower case keep one turn a paragraph in a PDF.

An invented page of turns ("kwame: ...", "Ilse: ...") set apart only by line breaks, printed to PDF by
LibreOffice (skipped when `soffice` is not installed; `CI=true` runs it). A line opening in lower
case usually carries on the sentence above; one that opens with a lower-case handle and its colon,
after a line that ended a sentence, is the next speaker's turn.
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

TURNS = [
    "Ilse: The runner pool ran out of disk twice this week. We cleared the caches on every machine and moved "
    "the nightly job to the larger hosts.",
    "kwame: If the clean-up lands we can drop the manual step.",
    "Ilse: Should we write down the on-call channel?",
    "kwame: I can write that up, and link it from the dashboard.",
]
# Each turn after the first ends well short of the right margin in any serif font LibreOffice may pick
# (DejaVu Serif sets wider than Liberation Serif): a line that fills the width carries on the paragraph
# whatever opens the next one, which is not what this test is about.


def test_a_lower_case_handle_after_a_full_stop_opens_the_next_turn(tmp_path: Path) -> None:
    page = tmp_path / "notes.html"
    page.write_text("<html><body><h1>Build infra sync</h1><p>" + "<br>".join(TURNS) + "</p></body></html>",
                    encoding="utf-8")
    subprocess.run([_SOFFICE or "soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--norestore", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", str(tmp_path), str(page)], check=True, capture_output=True, timeout=300)
    blocks = load((tmp_path / "notes.pdf").read_bytes(), source="notes.pdf").blocks
    assert [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH] == TURNS
