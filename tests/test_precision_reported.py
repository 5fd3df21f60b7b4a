"""Precision: what is not attendance, not a decision, not a section.

Invented snippets: decisions the minutes only report (an earlier meeting's, another
body's, someone's account), affiliations written as fields or in brackets beside names,
and running text that a line break cut into short lines.
"""

from __future__ import annotations

import pytest

from notes_extract import extract_text
from notes_extract.extractors.decisions import decision_kind

# --- decisions -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "At the last meeting it was agreed to repaint the hut.",
    "At the AGM held 2021-10-04 it was decided that fees would rise.",
    "The county board had decided to close the depot.",
    "Last year the trustees decided to sell the minibus.",
    "The regional league has agreed to most of the fixture changes.",
    "Priya said that the district council agreed to fund the lights.",
])
def test_decisions_reported_from_elsewhere_are_not_decisions(text: str) -> None:
    assert decision_kind(text) is None


@pytest.mark.parametrize("text", [
    "The committee agreed to buy a new urn.",
    "After some discussion the members unanimously voted for the revised rules.",
    "A motion to adopt the budget was made, seconded and passed.",
    "The meeting agreed the cleaning rota.",
    "It has been agreed that the hall opens at six.",
    "The minutes of the last meeting were approved.",
    "The committee decided to carry on from last year's plan.",
])
def test_this_meetings_decisions_still_fire(text: str) -> None:
    assert decision_kind(text) is not None


WRAPPED_HISTORY = """# Minutes of the Rowing Club SGM - 3 March 2022

## Present:

  - Ana Brook
  - Tom Reyes

At the club AGM held 2021-11-02
it was decided a special meeting would be held to review the fees.

After a short debate the members unanimously voted for the
new fee table.

The meeting closed at 8pm.
"""


def test_a_wrapped_line_that_dates_a_decision_and_a_cut_sentence() -> None:
    record = extract_text(WRAPPED_HISTORY, format="markdown")
    texts = [d.text for d in record.decisions]
    assert not any("special meeting" in t for t in texts)  # decided at the AGM, months before
    assert any("unanimously voted" in t for t in texts)
    # neither short line is a heading: one runs on in lower case, the other ends on "the"
    assert [s.title for s in record.sections] == []


# --- sections ------------------------------------------------------------------

PAYMENTS = """Minutes of the Parish Council meeting held on 5 May 2022

Present: Cllr A. Moss, Cllr B. Hale

Finance

The following payments were approved.

J. Carter Hedge cutting (April) £120.00
Village Hall Hire of main room £35.50

Playground

The new swings are installed.
"""


def test_payment_rows_are_not_sections_and_headings_still_are() -> None:
    record = extract_text(PAYMENTS, format="text")
    titles = [s.title for s in record.sections]
    assert "Finance" in titles and "Playground" in titles
    assert not any("£" in t for t in titles)


# --- attendance ----------------------------------------------------------------

FIELDS_ROSTER = """# Data Group Meeting 4

12 May 2022

Attendance

- Ana Brook (AB), NLRC, Data Services
- Tom Reyes (TR), NLRC, Data Services
- Lea Vogt (LV), Kestrel Labs

Apologies

- Ola Berg, HIRC
- Sam Ito, NLRC, Data Services

## 1. Welcome

AB welcomed everyone.
"""


def test_repeated_fields_and_acronyms_are_affiliations_not_people() -> None:
    attendance = extract_text(FIELDS_ROSTER, format="markdown").attendance
    assert [a.name for a in attendance.present] == ["Ana Brook", "Tom Reyes", "Lea Vogt"]
    assert [a.name for a in attendance.apologies] == ["Ola Berg", "Sam Ito"]


BRACKETED_ROSTER = """Roll Call
=========

* Attending:

  * Ana Brook (Kestrel Labs)
  * Tom Reyes (Harbour Bank)
  * Lea Vogt (netwise)
  * Ola Berg (chair)
  * Sam Ito (proxy)

Agenda
======

1. Welcome
"""


def test_a_lower_case_bracket_among_organisations_is_not_a_role() -> None:
    present = {a.name: a.role for a in extract_text(BRACKETED_ROSTER, format="text").attendance.present}
    assert present["Lea Vogt"] is None
    assert present["Ola Berg"] == "chair"
    assert present["Sam Ito"] == "proxy"
