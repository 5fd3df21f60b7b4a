"""Bold organisation names over what that organisation said.

"**Acme**" alone on its line, or "**Acme** Wants a flat fee", where the attendance list gives Acme as
members' affiliation ("Ann Lee (Acme)"): the organisation's turn, a part of the open item, not an item
of its own, just as a heading naming only a speaker is a turn.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role
from notes_extract.segment.parts import Segments
from notes_extract.segment.state import Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# "(Acme)" after a name in an attendance entry: the member's affiliation (or role, set aside).
_BRACKETED = lazy_compile(r"\(([^()]{2,40})\)")
# An organisation's name is a few words; a longer bold lead-in is a title.
MAX_AFFILIATION_WORDS = 4


def _key(text: str) -> str:
    """A name compared without case, spaces or punctuation ("Red Hat" is "RedHat")."""
    return re.sub(r"[\W_]+", "", text).casefold()


def affiliations(seg: Segments) -> set[str]:
    """The organisations the attendance lists name in brackets after members' names."""
    found: set[str] = set()
    for part in seg.attendance:
        for text in (part.text, *(block.text for block in part.blocks)):
            for match in _BRACKETED.finditer(text):
                inside = match[1].strip()
                if inside and not is_known_role(inside) and not any(ch.isdigit() for ch in inside):
                    found.add(_key(inside))
    found.discard("")
    return found


def on_affiliation_turn(segmenter: _Segmenter, step: Step) -> bool:
    """A bold paragraph, or bold lead-in, naming only an attendee's organisation: a turn of the open item."""
    block, current = step.block, segmenter.state.current
    if block.kind is not BlockKind.PARAGRAPH or current is None or not segmenter.seg.attendance:
        return False
    who = block.lead_bold.strip().rstrip(":").strip()
    if not who or len(who.split()) > MAX_AFFILIATION_WORDS or _key(who) not in affiliations(segmenter.seg):
        return False
    current.blocks.append(block)
    return True
