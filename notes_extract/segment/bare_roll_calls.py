"""A roll call typed in two columns, the name and the word that sorts it, whose gap the text reader kept as one
space ("Ann Lee       Present" read as "Ann Lee Present"): the last word sorts the entry when it is one of the
roll call's words, capitalised, after a name of two words at least."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.vocab.labels import BARE_ROLL_CALL_WORDS

_BARE_ROLL_CALL = [(category, lazy_compile(rf"^(?P<name>.+?)\s+(?:{words})\s*\.?$"))
                   for category, words in BARE_ROLL_CALL_WORDS]
# The fewest words of the name before the word ("Ann Lee"): one word and a status may be a label ("Staff Absent").
MIN_NAME_WORDS = 2


def bare_roll_call(entry: str) -> tuple[str, str] | None:
    """(list, name) of "Ann Lee Present", "Bo Ode Absent"; None for a line of another shape."""
    for category, pattern in _BARE_ROLL_CALL:
        if (m := pattern.match(entry.strip())) and len(m["name"].split()) >= MIN_NAME_WORDS and \
                looks_like_name(m["name"]):
            return category, m["name"]
    return None
