"""A role line's value that names a body or a meeting, not a person.

"Minutes: Steering Group Meeting" and "Minutes – Parent Teacher Association" title the minutes (whose
minutes they are); "Minutes: Bo Ode" names who took them.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import BODIES_BEFORE_OFFICE

_NAMES_A_MEETING = lazy_compile(rf"\b(?:meeting|minutes|agenda|{any_of(BODIES_BEFORE_OFFICE)})\W*$", re.I)
_BRACKETED = lazy_compile(r"\([^()]*\)")


def names_a_meeting(text: str) -> bool:
    """Whether ``text`` ends on a body or meeting word ("Steering Group Meeting"), brackets aside."""
    return bool(_NAMES_A_MEETING.search(_BRACKETED.sub(" ", text)))
