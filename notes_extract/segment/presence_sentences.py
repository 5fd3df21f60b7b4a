"""Sentences that name people and then say they were present: "Ann Lee, Bo Ode and Cy Park were present.",
"Ed Hall also attended.", and with how they took part: "Ann Lee and Bo Ode were present in person, with Dee
Fox online." (everyone named there was present, whichever way they joined)."""

from __future__ import annotations

import re
from typing import NamedTuple

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.labels import ATTENDANCE_MODES

# "..., with Dee Fox online", "and Dee Fox joining by phone", "; Dee Fox joined online": more names present
# after the verb, by another way.
_MORE_BY_MODE = (rf"(?:(?:\s*,?\s+(?:with|and|plus)|\s*;)\s+(?P<more>[A-Z][^.;:,]+?)\s+(?:(?:was|were)\s+)?"
                 rf"(?:(?:present|attending|attended|joining|joined)\s+)?(?:{ATTENDANCE_MODES}))?")
NAMES_THEN_PRESENT = TriggeredPattern(lazy_compile(
    r"^(?P<rest>.+?)\s+(?:(?:were|was)\s+(?P<also>also\s+)?(?:present|in attendance|attending)(?:\s+at the meeting)?"
    r"|(?P<also_came>also\s+)?(?P<attended>attended)(?:\s+the meeting)?"
    # "Chair Ames and Commissioners Lee, Ode and Park answered the roll.": a roll call told in a sentence
    r"|answered\s+(?:the\s+)?roll(?:\s+call)?)"
    rf"(?:\s+(?:{ATTENDANCE_MODES}))?{_MORE_BY_MODE}\s*\.?$", re.I), ("present", "attend", "roll"))


class NamesPresent(NamedTuple):
    """The names a presence sentence gives (all of them, those after "with" too), and how it says it."""

    names: str
    also: bool  # "also present", "also attended": came without being members
    attended: bool  # "attended", not "were present"


def names_then_present(sentence: str) -> NamesPresent | None:
    """The names of a sentence that names people and then says they were present, or None."""
    if (m := NAMES_THEN_PRESENT.match(sentence)) is None:
        return None
    names = f"{m['rest']}, {m['more']}" if m["more"] else m["rest"]
    return NamesPresent(names, bool(m["also"] or m["also_came"]), bool(m["attended"]))
