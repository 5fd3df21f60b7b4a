"""A label marked in bold with no colon after it ("**Decision** Tasks may be added ...",
"**Action** Ann to book the hall"): the bold ends the label as a colon would, so the line
reads as "Decision: Tasks may be added ..." for every rule that follows."""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import ACTION_LABEL_WORDS
from notes_extract.vocab.labels import DECISION_LABELS

_BOLD_LABEL = lazy_compile(rf"(?:{DECISION_LABELS}|{ACTION_LABEL_WORDS}|agreed|resolved)", re.I)
# The text after the bold label opens a sentence of its own.
_SENTENCE_AFTER = lazy_compile(r"\s+(?=[A-Z@])")


def colon_after_bold_labels(blocks: list[Block]) -> list[Block]:
    """The blocks, each line opening with a bold label and no colon given the colon."""
    return [_with_colon(b) if b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and b.lead_bold else b
            for b in blocks]


def _with_colon(block: Block) -> Block:
    label = block.lead_bold.strip()
    if not _BOLD_LABEL.fullmatch(label) or not block.text.startswith(label) or \
            not _SENTENCE_AFTER.match(block.text, len(label)):
        return block
    return replace(block, text=f"{label}: {block.text[len(label):].strip()}", lead_bold=f"{label}:")
