"""Numbered item titles in capitals ended by a full stop ("3. PUBLIC QUESTIONS."), invented minutes."""

from notes_extract import extract_text

_MINUTES = """Minutes of the Meeting of Upton Parish Council held on 12 March 2024

Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown

1. APOLOGIES FOR ABSENCE.
Cllr D White (work).

2. DECLARATIONS OF INTEREST.
None.

3. PUBLIC QUESTIONS.
No questions had been received.

4. HIGHWAYS.
The potholes on Mill Lane were reported again.
"""


def test_a_stop_after_a_title_in_capitals_ends_the_title() -> None:
    record = extract_text(_MINUTES, format="text")
    assert [s.title for s in record.sections] == ["DECLARATIONS OF INTEREST", "PUBLIC QUESTIONS", "HIGHWAYS"]
    assert [p.name for p in record.attendance.apologies] == ["D White"]


def test_the_last_item_of_a_list_run_as_a_sentence_keeps_its_stop() -> None:
    text = """Notes of the supervision meeting, 13 November 2019

1. Consensus clustering
We looked at the methods to compare:

1. MDI;
2. Bayesian clustering;
3. MOFA.

There are other methods which may be of interest.
"""
    record = extract_text(text, format="text")
    assert "MOFA" not in [s.title for s in record.sections]
