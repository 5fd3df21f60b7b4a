"""A roster kept as a task list under an attendance heading: "- [x] Acme: Ann Lee (Primary)"
(ticked: came) and "- [ ] Bo Li" (not ticked: absent), perhaps split into groups by
sub-headings ("Steering Committee Members", "Foundation Staff"). The lines are attendance,
never open tasks, and the sub-headings are not agenda items."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.segment.parts import AttendancePart
from notes_extract.segment.state import Context, Step
from notes_extract.vocab.labels import ABSENT, ROSTER_GROUP_WORDS

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

CHECKBOX_ITEM = lazy_compile(r"^\[(?P<mark>[ xX✓✔])\]\s+(?P<entry>\S.*)$")
# "Foundation Staff": a few words ending in the group's word.
_GROUP_HEADING = [(category, lazy_compile(rf"^(?:[\w&'’.-]+\s+){{0,4}}(?:{words})\s*:?$", re.I))
                  for category, words in ROSTER_GROUP_WORDS]
# "Acme:" before the people it sends; a comma outside brackets between entries.
_ORGANISATION_PREFIX = lazy_compile(r"^[^:()]{1,40}:\s+")
_ENTRY_COMMA = lazy_compile(r",\s*(?![^(]*\))")
_BRACKETED_ROLE = lazy_compile(r"\s*\((?P<role>[^()]{1,40})\)\s*$")
_INITIALS = lazy_compile(r"[A-Z]{1,4}")
# A note the secretary wrote after a line's people: in italics ("*-- Ann sent regrets*"), after a
# double dash, or plain words after the last bracket ("(Primary) Arrive 15 min late").
_ITALIC_NOTE = lazy_compile(r"\s*\*[^*]+\*\s*$")
_DASHED_NOTE = lazy_compile(r"\s*\\?(?:--|—)\s*\S.*$")
_WORDS_AFTER_BRACKET = lazy_compile(r"(?<=\))\s+(?P<note>[^,()]+)$")


def _without_note(entry: str) -> str:
    """The line's people without the note written after them; words after the last bracket that
    read as a name are a person, not a note."""
    entry = _DASHED_NOTE.sub("", _ITALIC_NOTE.sub("", entry)).strip()
    if (after := _WORDS_AFTER_BRACKET.search(entry)) and not looks_like_name(after["note"].strip()):
        entry = entry[:after.start()].strip()
    return entry


def roster_people(text: str) -> list[tuple[str, str | None]] | None:
    """The people (name, seat or role in brackets) of one checkbox line, or None for another line.
    "Acme: Ann Lee (Primary), Bo Li (Alternate)" gives two; "Cy Dee, Foo Foundation (Elected)" one,
    the organisation after the name dropped."""
    box = CHECKBOX_ITEM.match(text.strip())
    if box is None:
        return None
    entry = _without_note(_ORGANISATION_PREFIX.sub("", box["entry"].strip()))
    people: list[tuple[str, str | None]] = []
    pending: str | None = None  # a name with no bracket yet: an organisation with the role may follow
    for chunk in (c.strip() for c in _ENTRY_COMMA.split(entry) if c.strip()):
        bracket = _BRACKETED_ROLE.search(chunk)
        role = bracket["role"].strip().lower() if bracket else None
        bare = chunk[:bracket.start()].strip() if bracket else chunk
        if pending is not None and role is not None and people and people[-1] == (pending, None):
            people[-1] = (pending, role)  # "Cy Dee, Foo Foundation (Elected)": the role is Cy Dee's
            pending = None
            continue
        if not looks_like_name(bare):
            return None
        if bracket and _INITIALS.fullmatch(bracket["role"].strip()):
            people.append((chunk, None))  # "Todd Jordan (TJ)": his short form, read with the name, not a role
            pending = None
            continue
        people.append((bare, role))
        pending = bare if role is None else None
    return people or None


def _group_category(text: str) -> str | None:
    return next((category for category, pattern in _GROUP_HEADING if pattern.match(text.strip())), None)


def on_checkbox_roster(segmenter: _Segmenter, step: Step) -> bool:
    """Under an attendance heading: a group's sub-heading over checkbox lines, and each checkbox line."""
    state, block = segmenter.state, step.block
    if state.context is not Context.ATTENDANCE:
        return False
    following = step.following
    category = _group_category(step.text) if block.kind is BlockKind.HEADING or block.all_bold else None
    if category and following is not None and roster_people(following.text):
        state.attendance_category, state.attendance_written = category, step.text.strip().rstrip(":")
        state.attendance_list_below = True
        return True
    box = CHECKBOX_ITEM.match(step.text.strip())
    # "[X] Ann Lee" typed as a line of its own, as a plain-text file keeps a task list, is one too
    if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or box is None or roster_people(step.text) is None:
        return False
    listed = state.attendance_category if box["mark"].strip() else ABSENT
    segmenter.seg.attendance.append(AttendancePart(listed, state.attendance_written or "", "", [block]))
    return True
