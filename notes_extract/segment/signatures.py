"""A signature under the minutes: "Respectfully submitted," over "Donna Ladner, Secretary", or the
name on the signature's own line. It names who wrote the minutes; the attendance extractor reads it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.segment.labels import SUBMITTED, SUBMITTED_INLINE
from notes_extract.segment.parts import RoleMention, RoleSource
from notes_extract.segment.state import Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter


def on_signature(segmenter: _Segmenter, step: Step) -> bool:
    """"Respectfully submitted," over "Donna Ladner, Secretary": the line below
    names who wrote the minutes, and is read as text as well."""
    following = step.following
    if not step.is_table and (inline := SUBMITTED_INLINE.match(step.text.strip())):
        # "Respectfully submitted, Sue Park, Secretary": the name on the signature's own line
        signed = Block(BlockKind.PARAGRAPH, inline["who"], step.block.index, step.block.page)
        segmenter.seg.role_mentions.append(RoleMention(RoleSource.SIGNATURE, signed))
        return True
    if step.is_table or following is None or not SUBMITTED.match(step.text):
        return False
    segmenter.seg.role_mentions.append(RoleMention(RoleSource.SIGNATURE, following))
    return True
