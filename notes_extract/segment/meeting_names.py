"""A role line's value that names a body, a meeting or the month of the minutes, not a person.

"Minutes: Steering Group Meeting", "Minutes – Parent Teacher Association" and "Minutes – March 2024" title
the minutes (whose minutes they are, or which month's); "Minutes: Bo Ode" names who took them.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS
from notes_extract.vocab.people import BODIES_BEFORE_OFFICE

_NAMES_A_MEETING = lazy_compile(rf"\b(?:meeting|minutes|agenda|{any_of(BODIES_BEFORE_OFFICE)})\W*$", re.I)
_BRACKETED = lazy_compile(r"\([^()]*\)")
# "March 2024", "Sept. 2023", "2024": a month and its year (a full date is read as a date before this)
_MONTH_OR_YEAR = lazy_compile(rf"^\W*(?:{any_of(MONTHS)}\.?,?\s*)?(?:(?:19|20)\d\d)?\W*$", re.I)


def names_a_meeting(text: str) -> bool:
    """Whether ``text`` ends on a body or meeting word ("Steering Group Meeting"), brackets aside, or is
    only a month and its year."""
    text = _BRACKETED.sub(" ", text)
    return bool(_NAMES_A_MEETING.search(text)) or bool(text.strip(" .,-–—|")) and bool(_MONTH_OR_YEAR.match(text))
