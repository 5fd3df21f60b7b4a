"""Item titles without a lettered sub-item's number ("2a.") or a committee's minute reference
("FGP 25/033"). Invented headings."""

from __future__ import annotations

from notes_extract.extractors.item_heads import strip_numbering


def test_lettered_sub_item_numbers() -> None:
    assert strip_numbering("2a. Finance report") == "Finance report"
    assert strip_numbering("3(b) Hall hire") == "Hall hire"


def test_committee_minute_references() -> None:
    assert strip_numbering("FGP 25/033 PAYMENTS SCHEDULE") == "PAYMENTS SCHEDULE"
    assert strip_numbering("P&R 24/12a - Grass cutting contract") == "Grass cutting contract"


def test_titles_that_only_look_numbered() -> None:
    assert strip_numbering("A4 paper order") == "A4 paper order"
    assert strip_numbering("COVID 19 recovery plan") == "COVID 19 recovery plan"
