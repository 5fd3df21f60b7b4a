"""A log entry headed by its action list and its date ("## Retro Action Items - 04/04/2023", "Next steps
(12 May)"): the heading titles the entry and opens the list of actions under it at once, where an undated
"Action items" heading would open it in the body."""

from __future__ import annotations

from notes_extract.dates import without_dates
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import ACTIONS_HEADING

# What a date leaves around it once removed: the dash, comma or brackets that set it off.
_DATE_LEFTOVERS = lazy_compile(r"[\s\-–—:,()\[\]]+")


def dated_action_title(text: str) -> bool:
    """Whether ``text`` is an action-list heading with a date in it."""
    undated = without_dates(text)
    if undated == text:
        undated = without_dates(text, day_first=False)  # "03/21/2023": the month first
    return undated != text and bool(ACTIONS_HEADING.match(_DATE_LEFTOVERS.sub(" ", undated).strip()))
