"""A list of people with no label over it, before any item ("The AGM was held on ..." then
"- Ann Lee (Chair, Treasurer)", "- Bo Ode (Secretary)", ..., then "Apologies for Absence"):
society and committee minutes list who came that way. The run is the document's first list,
three items or more, each a person's name; something must say they are people, not topics:
an attendance label right after the run (the apologies that follow those present), or every
item written "Name (...)" with what the person is or does in brackets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import attendance_label, is_attendance_group_heading, is_name_list
from notes_extract.segment.parts import AttendancePart
from notes_extract.segment.state import Step
from notes_extract.vocab.labels import PRESENT

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# So many names at least: two bullets of names are as likely two topics.
MIN_ROSTER_ITEMS = 3
# "Ann Lee (Chair, ab123)": two or more capitalised words, then what the person is, in brackets.
_NAME_THEN_BRACKETS = lazy_compile(r"[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){1,3}\s*\([^()]{1,80}\)")


def find_unlabelled_roster(blocks: list[Block]) -> frozenset[int]:
    """The ids of the blocks of the unlabelled list of those present, or none."""
    start = next((i for i, block in enumerate(blocks) if block.kind is BlockKind.LIST_ITEM), None)
    if start is None or start == 0:
        return frozenset()
    before = blocks[start - 1]
    if before.kind is not BlockKind.PARAGRAPH or before.text.rstrip().endswith(":") or before.all_bold:
        return frozenset()  # a heading or label over the list says what it lists
    run: list[Block] = []
    for block in blocks[start:]:
        if block.kind is not BlockKind.LIST_ITEM or block.level != blocks[start].level:
            break
        run.append(block)
    after = blocks[start + len(run)] if start + len(run) < len(blocks) else None
    if len(run) < MIN_ROSTER_ITEMS or not all(is_name_list(block.text) and not block.label for block in run):
        return frozenset()
    labelled_after = after is not None and (attendance_label(after.text) is not None
                                            or is_attendance_group_heading(after.text))
    if not labelled_after and not all(_NAME_THEN_BRACKETS.fullmatch(block.text.strip()) for block in run):
        return frozenset()
    return frozenset(id(block) for block in run)


def on_unlabelled_roster(segmenter: _Segmenter, step: Step) -> bool:
    """An item of the unlabelled list of those present, before any item or attendance list."""
    seg, block = segmenter.seg, step.block
    if id(block) not in segmenter.unlabelled_roster or seg.sections or \
            any(part.category != PRESENT or not part.blocks for part in seg.attendance):
        return False
    seg.attendance.append(AttendancePart(PRESENT, "", "", [block]))
    segmenter.state.seen_structure = True
    return True
