"""Attendance paragraphs that say two things: "Members present: Ann Lee, Bo Ode. Members absent: Cy
Rand." or "Present: Trustees Alexander (Chair), James. Trustee Hayden did not attend." A line break
lost in copying (or a writer's full stop) joins them; each sentence that is an attendance statement
of its own becomes a paragraph of its own, so each list is read under its own label."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from notes_extract.document import Block, BlockKind, numbered
from notes_extract.people import ends_with_abbreviation
from notes_extract.segment.labels import attendance_label
from notes_extract.vocab.labels import CAPITALS_ATTENDANCE_LABELS

# A sentence ends at a full stop after two letters or a bracket ("(CW). In"); "A." and "A.B." are no ends.
_SENTENCE_END = re.compile(r"(?<=[A-Za-z)]{2})\.\s+(?=[A-Z])")
# In a paragraph that opens with an attendance statement, every sentence is cut off ("... Shelly Martin.
# Quorum was declared. Visitors signed in were ..."), an aside in brackets too, but not after a title
# or suffix that takes a full stop ("Dr. Lee", "Larry Sanders, Jr. and").
_ANY_SENTENCE_END = re.compile(r"(?<=[A-Za-z)]{2})\.\)?\s+(?=[A-Z(])")


# "... ON FRIDAY 29 JUNE 2018 PRESENT (Five Councillors):- ...": a label in capitals run on after a title.
_CAPITALS_LABEL = re.compile(rf"(?<=\S)\s+(?=(?:{'|'.join(CAPITALS_ATTENDANCE_LABELS)})\b)")


def split_attendance_sentences(blocks: list[Block]) -> list[Block]:
    """The blocks, an attendance paragraph cut before each later sentence that is an attendance
    statement of its own, and a title line cut before an attendance label in capitals run on after it."""
    out: list[Block] = []
    for block in blocks:
        out += _split(block) if block.kind is BlockKind.PARAGRAPH else [block]
    return numbered(out) if len(out) != len(blocks) else blocks


def _split(block: Block) -> list[Block]:
    text = block.text
    cuts = {m.end() for m in _CAPITALS_LABEL.finditer(text) if attendance_label(text[m.end():])}
    pieces = _pieces(text, cuts)
    for a, b in pieces:
        ends = _sentence_ends(text, a, b)
        # the first sentence alone may be the statement ("Present were A, B. Absent: C.")
        if attendance_label(text[a:b]) or ((first := next(ends, None)) and attendance_label(text[a:first])):
            cuts |= set(_sentence_ends(text, a, b))
    if not cuts:
        return [block]
    return [replace(block, text=text[a:b].strip(), lead_bold="" if a else block.lead_bold)
            for a, b in _pieces(text, cuts)]


def _sentence_ends(text: str, a: int, b: int) -> Iterator[int]:
    """Where each sentence of ``text[a:b]`` after the first begins (lazily: most paragraphs need none)."""
    return (a + m.end() for m in _ANY_SENTENCE_END.finditer(text[a:b])
            if not ends_with_abbreviation(text[a:a + m.start()]))


def _pieces(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    starts = [0, *sorted(cuts)]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))
