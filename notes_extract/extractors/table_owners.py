"""Whoever an action table names as an owner, for the names the extractors may trust."""

from __future__ import annotations

from notes_extract.extractors.actions import split_owners
from notes_extract.segment import Segments


def action_owner_names(segments: Segments) -> set[str]:
    """Whoever an action table names as an owner: a name, known or not."""
    return {name for table in segments.action_tables if "owner" in table.columns
            for row in table.table.rows[1:] if len(row) > table.columns["owner"]
            for name in split_owners(row[table.columns["owner"]])}
