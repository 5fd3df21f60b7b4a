"""Plain-text minutes typed into Word line by line (`renderings.py`'s `txt-docx`).

Most of the formal minutes in the accuracy sets are saved as text, while the minutes users bring
are mostly Word files typed without styles. This writes a .txt document as such a file, with
python-docx: one Normal paragraph per line that holds text (blank lines dropped: Word's paragraph
spacing stands in for them), its leading spaces or tabs as the paragraph's left indent (six
points a column, about a space at 11-12 pt), typed markers ("1.", "-", "a)") kept as typed.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

# Points of left indent per column of leading white space (a tab counts TAB_COLUMNS columns).
POINTS_PER_COLUMN = 6
TAB_COLUMNS = 4


def typed_docx(text_path: Path, out_path: Path) -> None:
    """Write ``text_path``'s lines to ``out_path`` as Normal paragraphs, indents kept."""
    document = Document()
    for line in text_path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        expanded = line.expandtabs(TAB_COLUMNS)
        paragraph = document.add_paragraph(line.strip())
        if columns := len(expanded) - len(expanded.lstrip()):
            paragraph.paragraph_format.left_indent = Pt(columns * POINTS_PER_COLUMN)
    document.save(str(out_path))
