"""A label in capitals alone on its line over the list of its items ("OLD BUSINESS:" over "- Park day"):
the label titles a group of items, as a heading would."""

from __future__ import annotations

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import NOT_TOPICS, attendance_label, next_meeting_label

# "OLD BUSINESS:" alone on its line: a label in capitals over the list of its items.
_CAPITALS_LABEL = lazy_compile(r"^(?P<title>[A-Z][A-Z'’&/-]*(?:\s+(?:[A-Z][A-Z'’&/.-]*|OF|AND|THE|FOR|&|-)){0,5})"
                               r"\s*:\s*$")


def capitals_label_over_list(block: Block, following: Block | None) -> tuple[str, str] | None:
    """("OLD BUSINESS", "") for a paragraph that is only a label in capitals, with a list under it."""
    m = _CAPITALS_LABEL.match(block.text.strip()) if block.kind is BlockKind.PARAGRAPH else None
    if m is None or following is None or following.kind is not BlockKind.LIST_ITEM or \
            NOT_TOPICS.match(m["title"].split()[0]) or attendance_label(block.text) or \
            next_meeting_label(block.text) is not None:
        return None
    return m["title"], ""
