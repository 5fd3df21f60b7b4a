"""A form's ticked choices: "Result:" over "[X] PASSED" and "[ ] FAILED", "Quorum Met:" over "[X] Yes"
and "[ ] No". The choices are the field's value and the label is the field: neither is an item's heading,
however short or capitalised ("[ ] FAILED")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import CHECKBOX_CHOICES
from notes_extract.vocab.build import any_of

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter
    from notes_extract.segment.state import Step

_CHOICE_LINE = lazy_compile(rf"^\[[ xX✓✔]\]\s*{any_of(CHECKBOX_CHOICES)}\W*$", re.I)


def checkbox_choice(block: Block | None) -> bool:
    """Whether a line is one ticked or unticked choice of a form's field ("[ ] FAILED")."""
    return block is not None and bool(_CHOICE_LINE.match(block.text.strip()))


def form_choice_or_field(block: Block, following: Block | None) -> bool:
    """Whether a line is a checkbox choice, or the label its choices follow ("Quorum Met:")."""
    return checkbox_choice(block) or block.text.rstrip().endswith(":") and checkbox_choice(following)


_UNTICKED = lazy_compile(r"^\[\s\]")


def on_unticked_choice(segmenter: _Segmenter, step: Step) -> bool:
    """"[ ] FAILED" beside "[X] PASSED": the choice not taken says nothing of the item; loose text."""
    if not checkbox_choice(step.block) or not _UNTICKED.match(step.text.strip()):
        return False
    segmenter.seg.loose_blocks.append(step.block)
    return True
