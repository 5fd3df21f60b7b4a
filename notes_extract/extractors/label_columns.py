"""Attendance tables sorted by column: a header row of attendance labels only ("Attending: | Absent:"),
each column listing the people its label sorts; and a roll with a tick or "Yes" beside those who came
and nothing beside the others (`segment.presence_column`)."""

from __future__ import annotations

from notes_extract.document import Block
from notes_extract.people_lists import split_people
from notes_extract.segment import attendance_label
from notes_extract.segment.presence_column import presence_marks

# So many labelled columns at least: one label over one column is the ordinary "Present" table.
MIN_LABEL_COLUMNS = 2


def label_column_entries(block: Block) -> list[tuple[str, str, str | None]] | None:
    """(category, entry, role) of each name under its column's label, or None for another table."""
    if (marked := presence_marks(block)) is not None:
        return [(category, name, None) for category, name in marked]  # "Ann Lee | Yes", "Bo Ode | "
    if not block.rows:
        return None
    labels = [attendance_label(cell.strip()) for cell in block.rows[0]]
    if len(labels) < MIN_LABEL_COLUMNS or any(label is None or label.rest.strip() for label in labels):
        return None
    # a short row leaves the last columns blank
    return [(label.category, entry, None) for row in block.rows[1:]
            for label, cell in zip(labels, row, strict=False) if label is not None
            for entry in split_people(cell) if entry.strip()]
