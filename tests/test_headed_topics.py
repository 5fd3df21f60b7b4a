"""A generic heading over topics that carry their notes: the topics are the items. Invented documents."""

from __future__ import annotations

from notes_extract import extract_text

GROUPED = """# Team meeting 3 March 2024

## Discussion

- Budget review
  - Spend is on track.
  - Travel costs rose again.
- Website migration
  - The new host is ready for us.
- Volunteer rota
  - Two gaps remain in April.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in extract_text(text, format="markdown").sections]


def test_generic_heading_over_topics_with_notes_gives_the_topics() -> None:
    assert _titles(GROUPED) == ["Budget review", "Website migration", "Volunteer rota"]


def test_grouping_word_heading_counts_too() -> None:
    assert _titles(GROUPED.replace("## Discussion", "## Project updates")) == [
        "Budget review", "Website migration", "Volunteer rota"]


def test_a_subject_heading_keeps_its_list_as_points() -> None:
    # "Programs report" names its own subject: its bullets are what the report covered
    assert _titles(GROUPED.replace("## Discussion", "## Programs report")) == ["Programs report"]


def test_sentences_at_the_top_level_are_points() -> None:
    sentences = GROUPED.replace("- Budget review", "- We reviewed the budget.").replace(
        "- Website migration", "- The website moved.").replace("- Volunteer rota", "- Rota gaps were found.")
    assert _titles(sentences) == ["Discussion"]
