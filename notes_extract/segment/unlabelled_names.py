"""A line of names right under the title, with no label ("# 18 Aug 2023" then "Xinhao, Yuchen, Aijing,
Kai"): team and lab logs write who came that way. Three names or more, each one or two capitalised
words, before any item: those present."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people_lists import split_people
from notes_extract.segment.parts import AttendancePart
from notes_extract.segment.state import Step
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import PRESENT
from notes_extract.vocab.people import NAME_PARTICLES

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# A name in such a line: one or two capitalised words ("Kai", "Ann Lee"), the surname perhaps after its
# particles ("Wim van Dijk", "Maria de la Cruz").
_SHORT_NAME = lazy_compile(rf"[A-Z][^\W\d_][\w'’-]*"
                           rf"(?:\s+(?:(?:{any_of(NAME_PARTICLES)})\s+){{0,2}}[A-Z][^\W\d_][\w'’-]*)?")
_ASIDE = lazy_compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
# So many names at least: fewer are as likely a place or a title.
MIN_UNLABELLED_NAMES = 3


def on_unlabelled_names(segmenter: _Segmenter, step: Step) -> bool:
    """The line of names under the title block, before any item or attendance list: those present."""
    seg, block = segmenter.seg, step.block
    if block.kind is not BlockKind.PARAGRAPH or block.all_bold or seg.sections or seg.attendance or \
            segmenter.state.current is not None or not seg.title_blocks or step.previous is not seg.title_blocks[-1]:
        return False
    # "Ann Lee [Acme Corp], Bo Ode – [Foo Trust]": where each is from, in brackets, is no part of the name
    names = [_ASIDE.sub("", name).strip(" -–—") for name in split_people(block.text.strip().rstrip("."))]
    if len(names) < MIN_UNLABELLED_NAMES or "," not in block.text or \
            not all(_SHORT_NAME.fullmatch(name) for name in names):
        return False
    seg.attendance.append(AttendancePart(PRESENT, "", "", [block]))
    segmenter.state.seen_structure = True
    return True
