"""A log of decisions laid out as a table ("No. | Decision", "Ref | Decision | Proposed by"): every
row is one decision, its text the decision column's cell, read like a table of motions. Without this
the rows were lines of the item above ("D1 | Version 3.2 ...") and the header a decision of its own."""

from __future__ import annotations

import re

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.tables import MOTION_HEADER
from notes_extract.vocab.labels import DECISION_LOG_COLUMN, DECISION_LOG_OTHER_COLUMNS

_TEXT = lazy_compile(rf"^\W*(?:{DECISION_LOG_COLUMN})\W*$", re.I)
_OTHER = lazy_compile(rf"^\W*(?:{DECISION_LOG_OTHER_COLUMNS})\W*$", re.I)
_DETAIL_ROLES = ("proposer", "seconder", "outcome")


def classify_decision_log(block: Block) -> dict[str, int] | None:
    """Column roles of a decision log: one decision column, the others a row's number, id or date
    or a motion's mover, seconder or result; None for any other table (an "Item" column makes it a
    table of agenda items and their outcomes)."""
    if len(block.rows) < 2 or len(block.rows[0]) < 2:
        return None
    header = [cell.strip() for cell in block.rows[0]]
    text = [i for i, cell in enumerate(header) if _TEXT.match(cell)]
    if len(text) != 1:
        return None
    columns = {"text": text[0]}
    for i, cell in enumerate(header):
        if i == text[0] or not cell or _OTHER.match(cell):
            continue
        role = next((r for r in _DETAIL_ROLES if r not in columns and MOTION_HEADER[r].search(cell)), None)
        if role is None:
            return None  # a column of another kind ("Owner", "Notes"): not a log of decisions
        columns[role] = i
    return columns
