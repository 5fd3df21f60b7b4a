"""A meeting's field under a to-do heading: "## Next Week" over "- Time: 10 June, 6pm", "- Location: the shed"
and "- Cy to bring seeds". The fields say when and where the next meeting is, not a task."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.labels import MEETING_DATE_LABELS

# "Time:", "Location:", "Venue:", "Where:", "Date & time:": the labels of when and where a meeting is.
_MEETING_FIELD = lazy_compile(rf"^\W*(?:{MEETING_DATE_LABELS}|time|location|venue|place|where|room)\s*:\s*\S", re.I)


def meeting_field(text: str) -> bool:
    """Whether ``text`` is a labelled field of when or where a meeting is."""
    return bool(_MEETING_FIELD.match(text))
