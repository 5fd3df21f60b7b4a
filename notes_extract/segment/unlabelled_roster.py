"""A list of people with no label over it, before any item ("The AGM was held on ..." then
"- Ann Lee (Chair, Treasurer)", "- Bo Ode (Secretary)", ..., then "Apologies for Absence"):
society and committee minutes list who came that way. The run is the document's first list,
three items or more, each a person's name; something must say they are people, not topics:
an attendance label right after the run (the apologies that follow those present), or every
item written "Name (...)" with what the person is or does in brackets.

Governors' and trustees' minutes write the same list as lines of several people each, with no label
("Mr C Lee [CL] Chair; Mrs D Ode [DO] Head Teacher"): there every entry's honorific says it is a person."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people_lists import split_people
from notes_extract.segment.labels import attendance_label, is_attendance_group_heading, is_name_list
from notes_extract.segment.parts import AttendancePart
from notes_extract.segment.state import Step
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import PRESENT
from notes_extract.vocab.people import HONORIFICS

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# So many names at least: two bullets of names are as likely two topics.
MIN_ROSTER_ITEMS = 3
# "Ann Lee (Chair, ab123)": two or more capitalised words, then what the person is, in brackets.
_NAME_THEN_BRACKETS = lazy_compile(r"[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){1,3}\s*\([^()]{1,80}\)")


# How near the top the lines of people must start: the title block's few lines come first.
ROSTER_LINES_WITHIN_BLOCKS = 8
# "Mr C Lee", "Dr. S Moss": an entry opening with an honorific.
_HONORIFIC_FIRST = lazy_compile(rf"^(?i:{any_of(HONORIFICS)})\.?\s+[A-Z]")


def _people_line(block: Block) -> bool:
    """A paragraph of two people or more, each written with an honorific, and nothing else."""
    if block.kind is not BlockKind.PARAGRAPH or block.label:
        return False
    entries = split_people(block.text)  # (the honorifics first: the names' own test reads far more)
    return len(entries) >= 2 and all(_HONORIFIC_FIRST.match(entry.strip()) for entry in entries) and \
        is_name_list(block.text)


def _roster_lines(blocks: list[Block]) -> frozenset[int]:
    """The ids of the first run of paragraphs of people near the top, with no label over them."""
    start = next((i for i, block in enumerate(blocks[:ROSTER_LINES_WITHIN_BLOCKS]) if _people_line(block)), None)
    if start is None or any(attendance_label(b.text) is not None or is_attendance_group_heading(b.text)
                            or b.text.rstrip().endswith(":") for b in blocks[:start]):
        return frozenset()
    run = list(takewhile(_people_line, blocks[start:]))
    if sum(len(split_people(block.text)) for block in run) < MIN_ROSTER_ITEMS:
        return frozenset()
    return frozenset(id(block) for block in run)


def find_unlabelled_roster(blocks: list[Block]) -> frozenset[int]:
    """The ids of the blocks of the unlabelled list of those present, or none."""
    if lines := _roster_lines(blocks):
        return lines
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
    seg.attendance.append(AttendancePart(PRESENT, "", "", [block], membership=block.kind is BlockKind.PARAGRAPH))
    segmenter.state.seen_structure = True
    return True
