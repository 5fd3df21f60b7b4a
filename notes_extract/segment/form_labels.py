"""A form's fields typed one under the other, each label on its own line and its value on the
next ("Meeting Title:" / "REVITALISING THE GROUP", "Note-taker:" / "Rosa Dunn"), as Word forms
and their PDF or text copies come out: the pair reads as the one labelled line
("Note-taker: Rosa Dunn") every rule after this one knows."""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import MEETING_DATE_LABELS, SCRIBE_HEAD_ROLES
from notes_extract.vocab.meetings import PLACE_LABELS, TIME_LABELS, TITLE_LABELS
from notes_extract.vocab.people import ROLE_LINE_LABELS

# How far down the document a form's fields stand (its head, before the minutes proper).
FORM_FIELDS_WITHIN_BLOCKS = 40
# A field's value is a short line.
MAX_VALUE_WORDS = 12

# "Minutes:" or "Notes:" alone heads the minutes themselves, no field.
_FIELD_LABEL = lazy_compile(
    rf"^\W*(?!(?:minutes|notes)\s*:\s*$)(?:meeting\s+)?(?:{any_of(TITLE_LABELS)}|{MEETING_DATE_LABELS}|{any_of(TIME_LABELS)}|"
    rf"{any_of(PLACE_LABELS)}|{ROLE_LINE_LABELS})\s*:\s*$", re.I)
# "Chair" / "Scribe" with no colon, as W3C's minutes pages print their head ("Chair" over an indented
# "Ann Lee"): a role label alone is a field only over the names it gives.
# (an office alone, "Secretary" or "Treasurer", more often heads the officer's report)
_BARE_ROLE_LABEL = lazy_compile(rf"^\s*(?:{SCRIBE_HEAD_ROLES})\s*$", re.I)
# "tkrell", "ann_b": a chat nick standing for a person.
_NICK = lazy_compile(r"^[a-z][\w.|-]{1,29}$")
# A value that is itself a label ("Date:") or a labelled line ("Time: 1pm"): the field above was left empty.
_LABELLED = lazy_compile(r"^[^:]{1,40}:(\s|$)")
# "1.Made a circuit": the first item of a list, typed, not a field's value.
_NUMBERED = lazy_compile(r"^\d{1,2}[.)]\s*[A-Za-z]")


def values_under_form_labels(blocks: list[Block]) -> list[Block]:
    """The blocks, each form label alone on its line joined to the value on the line under it."""
    out: list[Block] = []
    skip = False
    for i, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        value = blocks[i + 1] if i + 1 < len(blocks) else None
        if i < FORM_FIELDS_WITHIN_BLOCKS and value is not None and \
                (_is_field_label(block) and _is_value(value) or _is_bare_role_label(block) and _names_people(value)):
            label = block.text.strip() if _is_field_label(block) else f"{block.text.strip()}:"
            out.append(replace(block, text=f"{label} {value.text.strip()}"))
            skip = True
        else:
            out.append(block)
    return out


def _is_field_label(block: Block) -> bool:
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and bool(_FIELD_LABEL.match(block.text))


def _is_bare_role_label(block: Block) -> bool:
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and bool(_BARE_ROLE_LABEL.match(block.text))


def _names_people(block: Block) -> bool:
    """"Ann Lee", "tkrell", "Ann Lee, Bo Day": names or nicks, and nothing else, on a plain or
    indented line (a text copy of the page indents the value under its label)."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.label or _LABELLED.match(block.text):
        return False
    text = block.text
    parts = [p.strip() for p in re.split(r",|\band\b", text) if p.strip()]
    return bool(parts) and all(looks_like_name(p) or _NICK.match(p) for p in parts)


def _is_value(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and not block.label and \
        len(block.text.split()) <= MAX_VALUE_WORDS and not _LABELLED.match(block.text) and \
        not _NUMBERED.match(block.text)
