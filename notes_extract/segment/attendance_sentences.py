"""Attendance paragraphs that say two things: "Members present: Ann Lee, Bo Ode. Members absent: Cy
Rand." or "Present: Trustees Alexander (Chair), James. Trustee Hayden did not attend." A line break
lost in copying (or a writer's full stop) joins them; each sentence that is an attendance statement
of its own becomes a paragraph of its own, so each list is read under its own label."""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind, numbered
from notes_extract.segment.labels import attendance_label

# A sentence ends at a full stop after a word of two letters or more ("Cllr." and "A." are no ends).
_SENTENCE_END = re.compile(r"(?<=[a-z)]{2})\.\s+(?=[A-Z])")


def split_attendance_sentences(blocks: list[Block]) -> list[Block]:
    """The blocks, an attendance paragraph cut before each later sentence that is an attendance
    statement of its own."""
    out: list[Block] = []
    for block in blocks:
        out += _split(block) if block.kind is BlockKind.PARAGRAPH and attendance_label(block.text) else [block]
    return numbered(out) if len(out) != len(blocks) else blocks


def _split(block: Block) -> list[Block]:
    cuts = [m.end() for m in _SENTENCE_END.finditer(block.text) if attendance_label(block.text[m.end():])]
    if not cuts:
        return [block]
    starts = [0, *cuts]
    ends = [*cuts, len(block.text)]
    return [replace(block, text=block.text[a:b].strip(), lead_bold="" if a else block.lead_bold)
            for a, b in zip(starts, ends, strict=True)]
