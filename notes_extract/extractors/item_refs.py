"""An action table's item column ("Item | Action | Lead": "3", "Garden project"): the section the row
was raised under, found by the item's number in the headings as written or by its title."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Section

_ITEM_NUMBER = lazy_compile(r"^(?:item\s+)?(?P<n>\d+(?:[./]\d+)*)\.?$", re.I)


def numbered_section(item: str, sections: list[Section]) -> str | None:
    """The title of the section an action table's item cell names by number ("3", "25/07"),
    or by its title; None when no section is so numbered or titled."""
    lowered = item.strip().lower()
    if m := _ITEM_NUMBER.match(lowered):
        number = re.escape(m["n"])
        return next((s.title for s in sections
                     if re.match(rf"^\W*(?:item\s+)?{number}(?![\d/])[.):]?\s", s.heading_text, re.I)), None)
    return next((s.title for s in sections if s.title.lower() == lowered), None)
