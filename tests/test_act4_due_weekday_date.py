"""Actions round act4: a deadline written as a weekday and a date ("on Tuesday 1st December") is that
date, not the weekday after the meeting. Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

_WEEKDAY_AND_DATE = """Minutes of the Hollowmere Village Hall Committee meeting held on Wednesday 11 November 2009

Present: Mira Castell (Chair), Oswin Pratt, Lena Dowd

1. Footpath survey

Oswin Pratt agreed to walk the bridleway with the surveyor on Tuesday 1st December.
Lena Dowd will meet the insurers on Thursday, 7 January.
Mira Castell to ring the caterer on Friday.
"""


def _dues() -> dict[str, str | None]:
    record = extract_text(_WEEKDAY_AND_DATE)
    return {a.owners[0].name: a.due.date if a.due else None for a in record.actions}


def test_the_date_after_the_weekday_is_the_due_date() -> None:
    dues = _dues()
    assert dues["Oswin Pratt"] == "2009-12-01"
    assert dues["Lena Dowd"] == "2010-01-07"


def test_a_weekday_alone_is_still_the_next_such_day() -> None:
    assert _dues()["Mira Castell"] == "2009-11-13"
