"""A table cell's bulleted list, read as its items one a line (as the HTML and Word loaders read a
cell's list), from the lines the PDF prints.

A writer's cell list prints each item as a bullet and its text, wrapped onto as many lines as the
cell's width needs. Read line by line, the items ran together ("• Rent rises • Terms agreed") or
the bullet stood on a line of its own (a web page's list bullet is drawn higher than its text).
Here every bullet opens an item, the lines after it up to the next bullet are that item's text
wrapped, and lines before the first bullet (a lead sentence) stay lines of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from notes_extract.loaders.pdf.markers import is_bullet_word

# Between a ruled cell's list items while its text is cleaned (every other line break is a wrap).
ITEM_BREAK = "\u2029"


def list_items(lines: Sequence[tuple[str, str]]) -> list[str] | None:
    """The cell's text as lines, one per list item, from its printed ``(text, font of the first
    character)`` lines in order; None when no line opens with a bullet."""
    out: list[str] = []
    item: int | None = None  # the index in ``out`` of the item being read
    for text, font in lines:
        head, _, rest = text.strip().partition(" ")
        if is_bullet_word(head, font):
            out.append(rest.strip())
            item = len(out) - 1
        elif item is None:
            out.append(text.strip())
        else:
            out[item] = f"{out[item]} {text.strip()}".strip()
    if item is None:
        return None
    return [line for line in out if line]
