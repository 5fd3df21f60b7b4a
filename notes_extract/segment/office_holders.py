"""An attendance list written as offices and their holders, one to a line: "President: Ann Lee",
"Equipment Manager: Bo Ode", "Vice President/Website: Cy Ray". Under an attendance label each line
names one person who came, and the office is their role. Outside one, a "Chair: Ann Lee" line is a
role line (see `on_role_line`) and says nothing of who else came."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role, looks_like_name, role_phrase
from notes_extract.segment.labels import attendance_label, is_role_line
from notes_extract.segment.parts import AttendancePart, RoleMention, RoleSource
from notes_extract.segment.state import Context, Step
from notes_extract.vocab.people import PARTICIPANT_ROLES, TITLE_HEAD_WORDS

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# "Vice President/Website: Mike Ward": an office of up to four capitalised words (a second one after a
# slash), a colon or a spaced dash ("Secretary - Bo Ode"), then the holder's name, perhaps with where
# they are from in brackets ("Treasurer: Bo Ode (Acme)").
_OFFICE_THEN_HOLDER = lazy_compile(
    r"^(?P<office>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})(?:\s*/\s*[\w'’ -]{1,30})?(?:\s*:|\s+[-–—])\s*"
    r"(?P<holder>[^:,;()–—]+?)"
    r"(?:\s*\([^()]{1,60}\))?\W*$")
_OFFICE_WORDS = (*PARTICIPANT_ROLES, *TITLE_HEAD_WORDS)


def is_office(text: str) -> bool:
    """"President", "Equipment Manager", "Coach": an office someone holds, not a group or a place."""
    return is_known_role(text) or role_phrase(text) and not text.islower() or text.lower() in _OFFICE_WORDS


def office_holder(text: str) -> tuple[str, str] | None:
    """(holder, office) for "President: Ann Lee"; None unless the line names one office and one person."""
    m = _OFFICE_THEN_HOLDER.match(text.strip())
    if m is None or not is_office(m["office"]) or attendance_label(text):
        return None
    holder = m["holder"].strip()
    if not (2 <= len(holder.split()) <= 4 and looks_like_name(holder)) or re.search(r"\d", holder):
        return None
    return holder, m["office"]


def on_office_holder(segmenter: _Segmenter, step: Step) -> bool:
    """"President: Ann Lee" in an attendance list: Ann Lee came, as president. A line that is also a
    role line ("Chair: Ann Lee") still says who held the meeting's roles."""
    state, block = segmenter.state, step.block
    # "Absent: None" then "Recorder: Bo Ode": a label with its answer beside it has no list below
    if state.context is not Context.ATTENDANCE or not state.attendance_list_below or step.is_table \
            or block.kind is BlockKind.HEADING:
        return False
    if (held := office_holder(step.text)) is None or _past_bulleted_list(segmenter, block):
        return False
    holder, office = held
    segmenter.seg.attendance.append(AttendancePart(state.attendance_category, state.attendance_written,
                                                   f"{holder} ({office.lower()})"))
    if is_role_line(step.text):
        segmenter.seg.role_mentions.append(RoleMention(RoleSource.LINE, block))
    return True


def _past_bulleted_list(segmenter: _Segmenter, block: Block) -> bool:
    """"Regrets" over an indented "Owen Falk", then "Chair: Ann Lee" back at the margin: the list was
    its indented lines, and the plain line after it is the next field of the head, not one of them."""
    parts = segmenter.seg.attendance
    above = parts[-1].blocks if parts else []
    return block.kind is BlockKind.PARAGRAPH and bool(above) and all(b.kind is BlockKind.LIST_ITEM for b in above)
