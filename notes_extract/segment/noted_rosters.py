"""An attendance label over a note and then the names ("### Voting members of the TAC" over "*Per the
charter, each member has one vote.*" over "- Acme - Ann Lee"): the note explains the roster, the names
below it are still the list the label opens. Without this, the note ends the list before it starts
and the label is read as an agenda item of people's names."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.segment.labels import attendance_label, is_name_list
from notes_extract.segment.state import Context, Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Lines of names, at least, under the note for the label to read as a roster's.
MIN_NOTED_NAMES = 3


def roster_notes(blocks: list[Block]) -> dict[int, int]:
    """{label's index: note's index} for each bare attendance label followed by one note paragraph,
    a sentence, and then at least MIN_NOTED_NAMES list items of names."""
    found: dict[int, int] = {}
    for i, block in enumerate(blocks[:-2]):
        if block.kind is BlockKind.TABLE or block.kind is BlockKind.LIST_ITEM:
            continue
        label = attendance_label(block.text)
        note = blocks[i + 1]
        if label is None or label.rest.strip() or note.kind is not BlockKind.PARAGRAPH or \
                not note.text.rstrip().endswith(".") or is_name_list(note.text, in_list=True):
            continue
        names = 0
        for later in islice(blocks, i + 2, None):
            if later.kind is not BlockKind.LIST_ITEM or not is_name_list(later.text, in_list=True):
                break
            names += 1
        if names >= MIN_NOTED_NAMES:
            found[block.index] = note.index
    return found


def on_roster_note(segmenter: _Segmenter, step: Step) -> bool:
    """The note between a roster's label and its names: loose text; the list stays open."""
    if segmenter.state.context is not Context.ATTENDANCE or step.previous is None or \
            segmenter.roster_notes.get(step.previous.index) != step.block.index:
        return False
    segmenter.seg.loose_blocks.append(step.block)
    return True
