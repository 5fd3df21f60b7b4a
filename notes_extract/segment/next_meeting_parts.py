"""A heading over only the dates of coming meetings ("## Reminders" over "* Next all-hands: 23 August" and
"* Next Outreach meeting: 31 August at 1200 Pacific"): what the next-meeting item of minutes says, under
another name, and no item of this meeting. Its lines stay text the next meeting is read from."""

from __future__ import annotations

import re

from notes_extract.dates import find_dates
from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan

# "Next Outreach meeting: 31 August", "Next all-hands: ...", "Next call -": a coming meeting's label, then its date.
_COMING_MEETING = lazy_compile(r"^\W*next\s+(?:[\w&'’-]+\s+){0,3}?(?:meeting|call|session|all[- ]hands|sync|"
                               r"get[- ]together)s?\s*[:–—-]\s*(?P<rest>\S.*)$", re.I)


def coming_meetings_only(span: SectionSpan) -> bool:
    """Whether every line under the section's heading dates a coming meeting ("Next X meeting: <date>")."""
    return bool(span.blocks) and not span.rest.strip() and all(
        (m := _COMING_MEETING.match(block.text)) is not None and find_dates(m["rest"]) for block in span.blocks)


def without_coming_meeting_parts(sections: list[SectionSpan], loose: list[Block]) -> list[SectionSpan]:
    """The sections, those holding only coming meetings' dates left out, their lines given to ``loose``."""
    kept = []
    for span in sections:
        if coming_meetings_only(span):
            loose.extend(span.blocks)
        else:
            kept.append(span)
    return kept
