"""Presenters written after an item's title as a lone first name, the same way through the minutes
(extractors/name_suffixes.py), and an "Introduced by:" line. Invented minutes."""

from notes_extract.api import extract_text
from notes_extract.extractors.name_suffixes import name_suffixes

SUFFIXED = """Friends of the Orchard - Meeting Minutes - 9 March 2026

REPORTS

Pruning Team-Olwen

-Forty trees were pruned in February.

Grants Committee-Priya

-The lottery bid was submitted on time.

Website Group-Tomasz/Priya

-The new booking page is live.

Harvest Festival (Olwen)

-Date fixed for the last Saturday in September.
"""


def test_a_first_name_ending_several_headings_is_their_presenter() -> None:
    got = {s.title: s.presenter for s in extract_text(SUFFIXED).sections}
    assert got["Pruning Team"] == "Olwen" and got["Grants Committee"] == "Priya"
    assert got["Website Group"] == "Tomasz" and got["Harvest Festival"] == "Olwen"


def test_one_such_ending_is_no_presenter() -> None:
    assert name_suffixes(["Summer Fun-Day", "Budget", "Roof repairs"]) == frozenset()
    assert name_suffixes(["Plans - March", "Report - Chair", "Hall - Main", "Ideas (Board)"]) == frozenset()


INTRODUCED = """# Robotics team weekly meeting, 4 May 2026

Present: Yusuf Demir, Ines Carvalho, Ana Pope

## Items

### Motor controller choice
- **Introduced by:** Yusuf Demir
- **Discussion:** Two boards were compared on price and weight.

### Competition travel
- **Introduced by:** Ines Carvalho
- **Discussion:** The coach will book the minibus.
"""


def test_introduced_by_names_the_presenter() -> None:
    got = {s.title: s.presenter for s in extract_text(INTRODUCED).sections}
    assert got == {"Motor controller choice": "Yusuf Demir", "Competition travel": "Ines Carvalho"}
