"""The meeting's place where a place label is not the first thing on its line or in the file's body.

- A line of several labelled facts, as Word templates and typed headers write them: "Date: 12 March 2024
  Time: 7pm   Venue: Oak Room", "Date: 12/03/2024 | Location: Oak Room": the place is the value after the
  place label, up to the next label or the line's end. The line must open with a label of the meeting's
  date or time, so a sentence that mentions a place is never read.
- Front matter that names the place ("location: Oak Room" above a Markdown file's body), as event pages of
  static sites keep it.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import PLACE_LABEL_COMPANIONS, PLACE_LABELS, TIME_LABELS

# The line opens with a label of the date or the time ("Date:", "**When**:", "Date & Time -").
_OPENS_WITH_DATE_LABEL = lazy_compile(
    rf"^\W*(?:meeting\s+)?(?:{any_of(PLACE_LABEL_COMPANIONS)}|{any_of(TIME_LABELS)})\W*\s*[:\-–]\s*\S", re.I)
# A place label after other text: set apart by a bar or a semicolon, or written with a capital after a space
# (a text file's run of spaces reads as one), then its colon.
_LATER_PLACE_LABEL = lazy_compile(
    rf"(?:\s*[|;]\s*(?i:{any_of(PLACE_LABELS)})|\s+[*_]*(?=[A-Z])(?i:{any_of(PLACE_LABELS)}))[*_]*\s*:[*_]*\s*"
    r"(?P<loc>.+)$")
# Where the place's value ends: the next label set apart the same way ("   Chair: Ann Lee", "| Minute taker:").
_NEXT_LABEL = lazy_compile(r"\s*[|;]\s*[*_]*[A-Za-z][\w ]{0,25}[*_]*\s*:|\s+[*_]*[A-Z]\w+(?:\s[a-z]\w*)?[*_]*\s*:")
# Front matter keys that hold the place.
_FRONT_MATTER_KEYS = ("location", "venue", "place", "where")
# A place is a name and an address, not a sentence.
PLACE_MAX_WORDS = 12


def place_among_labels(texts: list[str]) -> str | None:
    """The place a line of several labelled facts gives after its date or time, or None."""
    for text in texts:
        if not _OPENS_WITH_DATE_LABEL.match(text) or not (m := _LATER_PLACE_LABEL.search(text)):
            continue
        loc = m["loc"]
        if end := _NEXT_LABEL.search(loc):
            loc = loc[: end.start()]
        loc = loc.strip(" .|,;-–*_")
        if loc and len(loc.split()) <= PLACE_MAX_WORDS:
            return loc
    return None


def front_matter_place(metadata: dict[str, str]) -> str | None:
    """The place the file's front matter gives ("location: Oak Room"), or None."""
    for key in _FRONT_MATTER_KEYS:
        value = (metadata.get(key) or "").strip().strip("\"'")
        if value and len(value.split()) <= PLACE_MAX_WORDS:
            return value
    return None
