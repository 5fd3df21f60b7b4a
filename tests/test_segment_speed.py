"""Speed-ups in the segmenter and its label tests that must not change what they decide."""

from __future__ import annotations

import re

import pytest

from notes_extract.segment.labels import _PERSON_ENTRY, is_name_list
from notes_extract.vocab.people import NAME_CAPITALS, NAME_PARTICLES

_BRACKETED = r"\((?:[^()]|\([^()]*\))*\)"
# The person entry as it was before a word was kept from ending right before a capital.
_PERSON_ENTRY_BEFORE = re.compile(
    rf"(?:(?:[{NAME_CAPITALS}][\w'’.-]*|[a-z]['’][A-Z][\w'’-]*|{'|'.join(NAME_PARTICLES)}|@[\w.-]+)\s*){{1,8}}"
    rf"(?:{_BRACKETED}\s*){{0,2}}(?:@[\w.-]+\s*)?"
    rf"(?:\s*[-–—]\s*(?:{_BRACKETED}|[A-Za-z][\w /&'’.-]{{0,30}}(?:{_BRACKETED}[\w ]{{0,20}})?))?")


@pytest.mark.parametrize("text", [
    "Ann Lee", "McDonald", "A. DAWOOD", "DAWOOD", "AnnLee", "Jean-Luc Picard", "O'Neil", "d'Arcy Brown",
    "Antoine du Hamel @aduh95", "Ann Lee-Chair", "Ann Lee-treasurer of the club", "Bo Li - Student/Researcher",
    "Cy Ode - (Acme (Europe))", "Ann Lee (Chair) (AL)", "ÉLODIE ŽÁK", "Councillor V Adams Councillor M Andrews",
    "A B C D E F G H I", "ABCDEFGHIJ", "Ab Cd Ef Gh Ij Kl Mn Op", "Ab Cd Ef Gh Ij Kl Mn OpQr", "Ande", "Vande Berg",
    "SOUTH CERNEY ON WEDNESDAY 16th MAY 2001", "DISCUSSION TOPIC 2 – Understanding of co-production",
    "IncreaseDecreaseInCashAndCashEquivalents", "ann lee", "", "(Acme)",
])
def test_person_entry_matches_as_before(text: str) -> None:
    assert (_PERSON_ENTRY.fullmatch(text) is None) == (_PERSON_ENTRY_BEFORE.fullmatch(text) is None)


def test_line_in_capitals_is_no_name_list() -> None:
    # each cut of its words into capitalised pieces was tried once: seconds for a line such as this
    assert not is_name_list("MINUTES OF THE ANNUAL PARISH MEETING HELD IN SOUTH CERNEY ON WEDNESDAY 16th MAY 2001")
    assert is_name_list("A. DAWOOD, B. BUCHANAN")
