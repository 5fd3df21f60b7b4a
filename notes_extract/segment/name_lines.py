"""An attendee's name alone on a line, inside an item, over what they said: their turn, not an item.

Secretaries who do not write "Ann Lee: ..." set the speaker's name on a line of its own, as a heading,
a bold line or a plain line ("Zoe Clark" over "Too many meetings on Wednesdays."). The name is one the
attendance list declares (every word of it), so the line names a speaker, never a topic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.document import BlockKind
from notes_extract.segment.headings import STANDARD_ITEMS
from notes_extract.segment.labels import is_name_list
from notes_extract.segment.state import Context, Step
from notes_extract.segment.turns import declared_name, speech_below

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Words of a name alone on its line: a first name and a surname at least (one word is too often a topic).
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4


def on_attendee_line(segmenter: _Segmenter, step: Step) -> bool:
    """A declared attendee's full name alone on a line inside an item, over running text: a speaker's turn."""
    state, block = segmenter.state, step.block
    current = state.current
    if current is None or state.context is not Context.NONE or step.is_table or \
            block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH):
        return False
    who = block.text.strip().strip("*_ ").rstrip(":").strip()
    if who.isupper() or STANDARD_ITEMS.match(who):
        return False  # "MATTERS ARISING": an item in capitals, whatever words the attendance list holds
    if not MIN_NAME_WORDS <= len(who.split()) <= MAX_NAME_WORDS or not is_name_list(who) or \
            not declared_name(who, segmenter.dialogue.declared):
        return False
    if block.kind is BlockKind.HEADING and current.heading.kind is BlockKind.HEADING and \
            block.level < current.level:
        return False  # a name above the open item's level heads a part of its own (a report by that person)
    if not speech_below(step.following):
        return False
    current.blocks.append(block)
    return True
