"""`benchmarks/docx_plain.py` rewrites a styled .docx as minutes typed without styles (the `docx-plain` rendering)."""

from __future__ import annotations

import sys
from pathlib import Path

import docx

from notes_extract.loaders import load

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from docx_plain import plain_docx  # noqa: E402


def test_headings_become_bold_lines_and_list_items_typed_markers(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Orchard Society committee", 1)
    document.add_paragraph("Apologies", style="List Number")
    document.add_paragraph("Pruning day", style="List Number")
    document.add_paragraph("Ladders checked", style="List Bullet")
    document.save(str(tmp_path / "styled.docx"))
    plain_docx(tmp_path / "styled.docx", tmp_path / "plain.docx")
    rewritten = docx.Document(str(tmp_path / "plain.docx"))
    assert [p.text for p in rewritten.paragraphs] == ["Orchard Society committee", "1. Apologies", "2. Pruning day",
                                                      "\u2022\tLadders checked"]
    assert all(p.style.name == "Normal" for p in rewritten.paragraphs)
    blocks = load((tmp_path / "plain.docx").read_bytes(), source="plain.docx").blocks
    assert blocks[0].kind.value == "paragraph" and blocks[0].all_bold


def test_text_minutes_typed_into_word_keep_their_lines_and_indents(tmp_path: Path) -> None:
    from docx_typed import typed_docx
    (tmp_path / "minutes.txt").write_text("Orchard Society\n\n1. Apologies\n    a) Ann Lee\n\t- Bo Ode\n",
                                          encoding="utf-8")
    typed_docx(tmp_path / "minutes.txt", tmp_path / "minutes.docx")
    rewritten = docx.Document(str(tmp_path / "minutes.docx"))
    assert [p.text for p in rewritten.paragraphs] == ["Orchard Society", "1. Apologies", "a) Ann Lee", "- Bo Ode"]
    assert [p.paragraph_format.left_indent.pt if p.paragraph_format.left_indent else 0
            for p in rewritten.paragraphs] == [0, 0, 24, 24]
