"""Series: the meetings of one body, known by their normalised title."""

from __future__ import annotations

from pathlib import PurePath

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.dates import MONTHS, WEEKDAYS
from notes_extract.vocab.meetings import SERIES_NOISE_WORDS

_NOISE = frozenset(SERIES_NOISE_WORDS) | frozenset(MONTHS) | frozenset(WEEKDAYS)
_WORD = lazy_compile(r"[^\W\d_]+")
# What names a series when the title names nothing ("Minutes – 3 March 2024").
UNTITLED_SERIES = "untitled"


def series_key(title: str | None, source_path: str | None = None) -> str:
    """"MEETING OF THE PARISH COUNCIL" and "Parish Council – Minutes, 3rd May 2002" → "parish council".

    Dates, numbers and the words of `SERIES_NOISE_WORDS` are left out; an untitled meeting is
    put in a series named after its source file's folder and name, less the digits."""
    words = [w for w in _WORD.findall((title or "").lower()) if w not in _NOISE]
    if words:
        return " ".join(words)
    if source_path:
        path = PurePath(source_path)
        named = [w for w in _WORD.findall(f"{path.parent.name} {path.stem}".lower()) if w not in _NOISE]
        if named:
            return " ".join(named)
    return UNTITLED_SERIES
