"""What kind of block a paragraph is: heading, list item with its visible label, or paragraph.

A paragraph's own properties win over its style's: a direct outline level
over the style's heading level, a direct w:numPr over the style's numbering,
and numId 0 switches a style's numbering off. List labels are counted in
reading order, so paragraphs must be classified in the order they are read.
"""

from __future__ import annotations

from notes_extract.document import BlockKind
from notes_extract.loaders.docx.counters import ListCounters
from notes_extract.loaders.docx.numbering import Numbering
from notes_extract.loaders.docx.styles import Styles
from notes_extract.loaders.docx.wordml import (
    DEEPEST_LIST_LEVEL,
    W_ILVL,
    W_NUMID,
    W_NUMPR,
    W_OUTLINE_LVL,
    Element,
    child_val,
    first_child,
    heading_from_outline,
    parse_int,
)

# What `list_ref` returns for numId 0 (compared by identity).
NUMBERING_OFF: tuple[str, int] = ("0", 0)


class ParagraphClassifier:
    """Kind, level and label of each paragraph, keeping the document's list counters."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self._styles = styles
        self._numbering = numbering
        self._counters = ListCounters(numbering)

    def classify(self, ppr: Element | None, style_id: str | None) -> tuple[BlockKind, int, str | None]:
        """Kind, level and label of a paragraph; advances list counters."""
        heading = heading_level(ppr, style_id, self._styles)
        ref = list_ref(ppr, style_id, self._styles, self._numbering)
        if ref is NUMBERING_OFF:  # numId 0: a list style's numbering switched off
            return (BlockKind.HEADING, heading, None) if heading else (BlockKind.PARAGRAPH, 0, None)
        label: str | None = None
        if ref is not None and self._numbering.level(*ref) is not None:
            label = self._counters.advance(*ref)
        if heading is not None:
            return BlockKind.HEADING, heading, label
        depth = self._styles.list_depth(style_id)
        if ref is not None:
            return BlockKind.LIST_ITEM, max(ref[1], depth or 0), label
        if depth is not None:  # list style without (readable) numbering
            return BlockKind.LIST_ITEM, depth, None
        return BlockKind.PARAGRAPH, 0, None


def heading_level(ppr: Element | None, style_id: str | None, styles: Styles) -> int | None:
    """A paragraph's heading level: its own outline level, else its style's heading level."""
    direct = heading_from_outline(parse_int(child_val(ppr, W_OUTLINE_LVL)))
    if direct is not None:
        return direct
    return styles.heading_level(style_id)


def list_ref(ppr: Element | None, style_id: str | None, styles: Styles,
             numbering: Numbering) -> tuple[str, int] | None:
    """(numId, ilvl) of the list a paragraph belongs to, or None.

    Direct w:numPr wins over the style's. numId 0 switches numbering off
    and comes back as `NUMBERING_OFF`, so a list style cannot turn it on.
    """
    numpr = first_child(ppr, W_NUMPR) if ppr is not None else None
    num_id = child_val(numpr, W_NUMID)
    ilvl = parse_int(child_val(numpr, W_ILVL))
    if num_id is None:
        inherited = styles.numbering(style_id)
        if inherited is None:
            return None
        num_id, style_ilvl, owner = inherited
        if ilvl is None:
            ilvl = style_ilvl
        if ilvl is None and num_id != "0":
            ilvl = numbering.level_for_style(num_id, owner)
    if num_id == "0":
        return NUMBERING_OFF
    if num_id not in numbering.lists:
        return None
    return num_id, max(0, min(ilvl or 0, DEEPEST_LIST_LEVEL))
