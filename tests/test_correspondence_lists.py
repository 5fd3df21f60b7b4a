"""Known gaps, kept so a fix shows: a correspondence item's letters ("CDC – Planning Schedule") are its
points, not items of their own (the shared corpus's parish golds read them so), and a numbered item in
capitals over bullets typed flush under it keeps its bullets. Nesting flush bullets under their numbered
item in the text loader (as `loaders/list_runs` does for HTML, Word and PDF) fixed both, but turned the
numbered sub-items under Markdown headings into items of their own (a club's AGM lost its three sections)."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_HEAD = "Oakley Parish Council\nMinutes of the meeting held on 5 May 2024\n\n"


@pytest.mark.xfail(strict=True, reason="numbered letters under CORRESPONDENCE become items of their own")
def test_numbered_letters_are_points_of_the_correspondence_item() -> None:
    text = _HEAD + ("CORRESPONDENCE\n1. CDC – Planning Schedule\n2. GCC – Mobile Library Schedule\n"
                    "3. NALC – Media Update\n\nFINANCE\nThe accounts were approved.\n")
    assert [s.title for s in extract_text(text, format="text").sections] == ["CORRESPONDENCE", "FINANCE"]


@pytest.mark.xfail(strict=True, reason="a numbered item in capitals over flush bullets is lost")
def test_a_numbered_item_over_flush_bullets_keeps_them() -> None:
    text = _HEAD + ("5. CORRESPONDENCE\n- CDC – Planning Schedule\n- GCC – Mobile Library Schedule\n\n"
                    "6. FINANCE\nThe accounts were approved.\n")
    sections = extract_text(text, format="text").sections
    assert [(s.title, len(s.points)) for s in sections] == [("CORRESPONDENCE", 2), ("FINANCE", 1)]
