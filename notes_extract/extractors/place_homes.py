"""A member's home as the meeting's place: "The meeting was held in the home of Alex Thomson, Unit 8,
1602 Morey Road", "Six members met on Tuesday, February 23, at the home of Ursula Fuller for ...".
The place is the home word, "of" and the host's capitalised name, with the address's parts after commas
("Unit 8", "1602 Morey Road"); what follows in lower case ("for the Garden Club") is no part of it."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import HOME_WORDS, ROOM_WORDS

# How far down the minutes the sentence that places the meeting stands.
HOME_PLACE_WITHIN_BLOCKS = 12

# "Unit 8", "Flat 2b", "1602 Morey Road": an address's part after the host's name.
_ADDRESS_PART = (rf"(?:(?i:{any_of(ROOM_WORDS)}|flat|apt|apartment)\.?\s+\d+[A-Za-z]?"
                 r"|\d{1,5}[A-Za-z]?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
# "Alex Thomson", "Mr and Mrs Lee", "Greg & Wendy Mills": the host's name in capitals, a couple joined.
_HOST = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:&|and)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*)?" \
        r"(?:\s+[A-Z][\w'’-]*){0,3}"
_HOME_OF = lazy_compile(
    r"\b(?:held|met|took\s+place|convened|meeting)\b[^.;]{0,80}?\b(?:at|in)\s+(?:the\s+)?"
    rf"(?P<loc>(?i:{any_of(HOME_WORDS)})\s+of\s+{_HOST}(?:,\s*{_ADDRESS_PART})*)")
# "The next meeting will be held at the home of ...": another meeting's place.
_ANOTHER_MEETING = lazy_compile(r"\b(?:next|will\s+be|to\s+be|shall\s+be|would\s+be)\b", re.I)


def home_place(texts: list[str]) -> str | None:
    """The home a sentence near the top says this meeting was held in ("held in the home of X, Unit 8"), or None."""
    for text in texts[:HOME_PLACE_WITHIN_BLOCKS]:
        m = _HOME_OF.search(text)
        if m and not _ANOTHER_MEETING.search(text[: m.start("loc")]):
            return m["loc"].strip(" ,")
    return None
