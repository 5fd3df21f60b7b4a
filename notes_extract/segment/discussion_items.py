"""Numbered topics under a "Discussion:" heading, each with its notes nested below it.

"### Discussion:" names a part of the item above it when text follows; when numbered items follow,
each with bullets nested under it ("1. Can guests read the channels?" over "* Why should ..."), the
numbered items are the topics discussed, one section each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import FIELD_LABELS
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.state import Context, Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

_ITEM_NUMBER = lazy_compile(r"\(?\d{1,2}[.)]")


def on_discussion_item(segmenter: _Segmenter, step: Step) -> bool:
    """A top-level numbered item with notes nested under it, right under a "Discussion:" heading or after
    another such item, opens a section."""
    block, current, following = step.block, segmenter.state.current, step.following
    if current is None or segmenter.state.context is not Context.NONE or block.kind is not BlockKind.LIST_ITEM \
            or block.level or not _ITEM_NUMBER.fullmatch(block.label or "") or following is None \
            or following.kind is not BlockKind.LIST_ITEM or following.level <= block.level:
        return False
    above = step.previous
    label_above = above is not None and (above.kind is BlockKind.HEADING or above.all_bold) and \
        bool(FIELD_LABELS.match(above.text)) \
        and current.blocks[-1:] == [above]
    # "Discussion" as a heading of its own, the numbered topics straight under it
    under_label = not current.blocks and above is current.heading and \
        (current.heading.kind is BlockKind.HEADING or current.heading.all_bold) \
        and bool(FIELD_LABELS.match(current.heading_text))
    if not label_above and not under_label and not (
            current.heading.kind is BlockKind.LIST_ITEM and current.parent is not None
            and current.title_hint == current.heading_text):
        return False
    # one level below the label, so the headings around them keep their place in the hierarchy
    if label_above and above is not None:
        parent, level = above.text.rstrip(" :"), above.level + 1
    elif under_label:
        parent, level = current.heading_text.rstrip(" :"), current.level + 1
    else:
        parent, level = current.parent, current.level
    segmenter.open_section(SectionSpan(block, block.text, block.text, "", level=level, parent=parent))
    return True
