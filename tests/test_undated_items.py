"""Minutes with no date in their text (dated by the file name, or not at all): the title block must not
swallow the items. Invented documents."""

from __future__ import annotations

from pathlib import Path

from notes_extract import extract, extract_text

UNDATED = """# Orchard Group

## Budget

We went through the accounts and agreed the budget for the year.

## Rota

Ann keeps the rota for another year, as everyone agreed.
"""


def test_repeated_sub_headings_over_text_are_the_items(tmp_path: Path) -> None:
    path = tmp_path / "2024-03-03-orchard.md"
    path.write_text(UNDATED)
    record = extract(path)
    assert [s.title for s in record.sections] == ["Budget", "Rota"]
    assert record.meeting.title == "Orchard Group"
    assert str(record.meeting.date) == "2024-03-03"
    assert any("file name" in w for w in record.warnings)


def test_without_any_date_the_items_are_still_read() -> None:
    assert [s.title for s in extract_text(UNDATED, format="markdown").sections] == ["Budget", "Rota"]


def test_title_lines_over_names_are_not_items() -> None:
    # "## Chair" over a name and "## Members" over names: the page's header, not its items
    text = "# Garden Club\n\n## Chair\n\n[Ann Lee](https://example.org/ann)\n\n## Members\n\n- Bo Chan\n- Cy Dee\n"
    assert extract_text(text, format="markdown").sections == []
