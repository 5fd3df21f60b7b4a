"""An attendance table whose header row is only attendance labels ("Attending: | Absent:"): each
column lists the people its label sorts, one a cell, blank cells where one column runs longer."""

from __future__ import annotations

from notes_extract.document import Block
from notes_extract.people_lists import split_people
from notes_extract.segment import attendance_label

# So many labelled columns at least: one label over one column is the ordinary "Present" table.
MIN_LABEL_COLUMNS = 2


def label_column_entries(block: Block) -> list[tuple[str, str, str | None]] | None:
    """(category, entry, role) of each name under its column's label, or None for another table."""
    if not block.rows:
        return None
    labels = [attendance_label(cell.strip()) for cell in block.rows[0]]
    if len(labels) < MIN_LABEL_COLUMNS or any(label is None or label.rest.strip() for label in labels):
        return None
    # a short row leaves the last columns blank
    return [(label.category, entry, None) for row in block.rows[1:]
            for label, cell in zip(labels, row, strict=False) if label is not None
            for entry in split_people(cell) if entry.strip()]
