"""Topic lines of dialogue minutes kept as plain text: a short line standing over the speakers'
turns ("Trial conversion" over "NF: conversion is down ..."), as notes typed in a shared document
mark their topics with no numbering, bold or heading style.

In a document whose speakers are known (see `segment/turns.py`), a short plain line that names no
speaker, states nothing (no verb of a sentence, no closing stop) and is followed by the turn of a
speaker the attendance list declares opens an item: the turn under it is what was said on that topic.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import ACTIONS_HEADING, PREVIOUS_ACTIONS, attendance_label, next_meeting_label
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.state import Context, Step
from notes_extract.segment.turns import speaker_turn, turn_prefix

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# A topic line is short.
MAX_TOPIC_LINE_WORDS = 8
# A sentence's verb or a task's "to": a line saying what happened or who does what, not a topic.
_STATES_SOMETHING = lazy_compile(r"\b(?:was|were|is|are|has|have|had|will|would|did|does|agreed|to)\b", re.I)


def on_line_over_turn(segmenter: _Segmenter, step: Step) -> bool:
    """"Trial conversion" over "NF: conversion is down ..." in dialogue minutes: the topic it names."""
    block, following, speakers = step.block, step.following, segmenter.dialogue.speakers
    if not speakers or step.is_table or block.kind is not BlockKind.PARAGRAPH or block.code or following is None \
            or following.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or \
            (turn := speaker_turn(following.text, speakers)) is None:
        return False
    # the turn under it is an attendee's ("NF" of "Nadia Farrow (NF)"): a field's label that recurs
    # ("Applicant: Mr Lee" under each planning reference) is no speaker
    if not all(word in segmenter.dialogue.declared for word in turn.speaker.split()):
        return False
    text = block.text.strip()
    if ":" in text:
        return False  # a labelled line ("Action: X", "Time: 10:00") is read by its label's rule
    if not 0 < len(text.split()) <= MAX_TOPIC_LINE_WORDS or text[-1] in ".,;:!?" or \
            not (text[0].isupper() or text[0].isdigit()) or turn_prefix(text) is not None or \
            _STATES_SOMETHING.search(text) or _structural(text):
        return False
    segmenter.open_section(SectionSpan(block, text, text, level=99))
    segmenter.state.context = Context.NONE
    segmenter.state.seen_structure = True
    return True


def _structural(text: str) -> bool:
    """"Action items", "Apologies", "Next meeting": a part of the minutes' frame, read by its own rules."""
    return bool(ACTIONS_HEADING.match(text) or PREVIOUS_ACTIONS.search(text) or attendance_label(text)) or \
        next_meeting_label(text) is not None
