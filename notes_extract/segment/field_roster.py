"""A list of who attended under a header line that names its fields: "Attending:" / "Name (pronouns),
Affiliation, Lesson" / "Ann Lee (she/her), Acme University, Python". The header line is no person, and
each line after it is one person, whose name is its first field; the other fields (where they are
from, what they work on) are no names, however they are written."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.segment.parts import AttendancePart
from notes_extract.segment.state import Context, Step
from notes_extract.vocab.labels import ATTENDANCE_NAME_COLUMN
from notes_extract.vocab.people import PRONOUN_TAG

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# "Name (pronouns), Affiliation, Lesson": the name field first, then at least one more field.
_FIELD_HEADER = lazy_compile(rf"^(?:{ATTENDANCE_NAME_COLUMN})(?:\s*\([^()]*\))?\s*,\s*[A-Za-z][^,]*(?:,[^,]+)*$",
                             re.I)
# "Ann Lee (she/her)", "Bo Li she/her": the pronouns after the name.
_PRONOUNS = lazy_compile(rf"\s*\(?\b{PRONOUN_TAG}\b\)?", re.I)


def is_field_header(text: str) -> bool:
    """Whether a line only names the fields of the list's lines ("Name (pronouns), Affiliation, Lesson")."""
    return bool(_FIELD_HEADER.match(text.strip())) and all(len(f.split()) <= 3 for f in text.split(","))


def on_field_roster(segmenter: _Segmenter, step: Step) -> bool:
    """A field header line under an attendance label (set aside), and each line after it: one person,
    their name the first field."""
    state, block = segmenter.state, step.block
    if state.context is not Context.ATTENDANCE or step.is_table:
        return False
    if is_field_header(step.text):
        segmenter.seg.loose_blocks.append(block)
        state.field_roster_line = block
        return True
    above = state.field_roster_line
    if above is None or step.previous is not above or block.kind is not above.kind:
        return False
    name = _PRONOUNS.sub("", step.text.split(",")[0]).strip()
    if not looks_like_name(name):
        return False
    segmenter.seg.attendance.append(AttendancePart(state.attendance_category, state.attendance_written, name))
    state.field_roster_line = block
    return True
