"""A signature under the minutes: "Respectfully submitted," over "Donna Ladner, Secretary", or the
name on the signature's own line. It names who wrote the minutes; the attendance extractor reads it.
The short lines right under the name ("Secretary", "Association of Members") are the signer's office,
not text of the last item."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import SUBMITTED, SUBMITTED_INLINE
from notes_extract.segment.parts import RoleMention, RoleSource
from notes_extract.segment.state import Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Lines under the signed name that give the signer's office or body: a few words, no sentence.
MAX_OFFICE_LINES = 2
MAX_OFFICE_WORDS = 4
_OFFICE_LINE = lazy_compile(r"^[A-Z][^\d.!?:;]*$")


# "Respectfully submitted by Sara Khan.": the sentence's full stop after a word (not "Jr." or an initial).
_SENTENCE_STOP = lazy_compile(r"(?<=[a-z]{3})\.$")


def on_signature(segmenter: _Segmenter, step: Step) -> bool:
    """"Respectfully submitted," over "Donna Ladner, Secretary": the line below
    names who wrote the minutes, and is read as text as well."""
    following = step.following
    if not step.is_table and (inline := SUBMITTED_INLINE.match(step.text.strip())):
        # "Respectfully submitted, Sue Park, Secretary": the name on the signature's own line
        who = inline["who"][:-1] if _SENTENCE_STOP.search(inline["who"]) else inline["who"]
        signed = Block(BlockKind.PARAGRAPH, who, step.block.index, step.block.page)
        segmenter.seg.role_mentions.append(RoleMention(RoleSource.SIGNATURE, signed))
        return True
    if step.is_table or following is None or not SUBMITTED.match(step.text):
        return False
    segmenter.seg.role_mentions.append(RoleMention(RoleSource.SIGNATURE, following))
    segmenter.signature_lines = (following.index, MAX_OFFICE_LINES)
    return True


def on_signature_line(segmenter: _Segmenter, step: Step) -> bool:
    """The office lines under the signed name ("Secretary", "Association of Alumni"): loose text. The
    name's own line is still read as text of the last item."""
    if segmenter.signature_lines is None:
        return False
    name_index, offices = segmenter.signature_lines
    block = step.block
    if block.index == name_index:
        return False
    if block.index == name_index + 1 and offices > 0 and block.kind is BlockKind.PARAGRAPH and \
            len(block.text.split()) <= MAX_OFFICE_WORDS and _OFFICE_LINE.match(block.text.strip()):
        segmenter.signature_lines = (block.index, offices - 1)
        segmenter.seg.loose_blocks.append(block)
        return True
    segmenter.signature_lines = None
    return False
