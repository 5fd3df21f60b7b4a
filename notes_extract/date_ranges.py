"""Date ranges written into a title: a weekly log's "(September 15 - 21, 2025)" or "(Sept 28 - Oct 5)"
says which days the entry covers. The range goes as a whole; taking out its dates one by one
would leave "( - 21, 2025)" in the title."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS

_MONTH = rf"{any_of(MONTHS)}[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "September 15 - 21, 2025", "Sept 28 – Oct 5", "Mar 3 to Mar 9 2024", in brackets or after a dash.
_RANGE = lazy_compile(rf"(?:\(\s*|\[\s*|\s[-–—:]\s*)?\b{_MONTH}\s+{_DAY}\s*(?:[-–—]|\bto\b)\s*(?:{_MONTH}\s+)?{_DAY}\b"
                      r"(?:,?\s+(?:19|20)\d\d)?(?:\s*[)\]])?", re.I)


_SPACES = lazy_compile(r"\s{2,}")


def without_date_range(text: str) -> str:
    """``text`` without the date range it holds (the brackets or dash that set it apart go with it)."""
    return _SPACES.sub(" ", _RANGE.sub(" ", text)).strip()
