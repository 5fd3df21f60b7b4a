"""Lines that close a page or the minutes, read as headings: a running footer with the page number
("Page 2 of 3", "Trust minutes - page 1") and the sign-off ("Signed ......... Chair", a "Signed" heading
over the chair's name). Neither is an agenda item; what a sign-off's lines say is still read as text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.state import Step
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.sections import PAGE_MARKER_LINE, SIGN_OFF_LINE

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

_PAGE_MARKER = TriggeredPattern(lazy_compile(rf"^\W*{PAGE_MARKER_LINE}\W*$", re.I), ("page",))  # (tried on every line)
_SIGN_OFF = lazy_compile(rf"^\W*(?:{SIGN_OFF_LINE})", re.I)
# A sign-off heading holds the signer's name and office and a date, no minuted text: this many lines at most.
MAX_SIGN_OFF_LINES = 3


def page_marker(text: str) -> bool:
    """Whether a line is only a page's number, with the running title before it."""
    return bool(_PAGE_MARKER.match(text.strip()))


def on_page_marker(segmenter: _Segmenter, step: Step) -> bool:
    """A page's footer or header line ("Page 1 of 2") is dropped where it stands: it neither opens an item
    nor ends the one it interrupts."""
    del segmenter  # the line is dropped whatever the segmenter's state
    return not step.is_table and step.block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and \
        page_marker(step.text)


def closes_page_or_minutes(span: SectionSpan) -> bool:
    """Whether a section's heading is a page footer, or the minutes' sign-off over a few short lines."""
    heading = span.heading_text.strip()
    # the whole line is the marker ("Page 6: 2nd paragraph, delete 'wet' ..." corrects a page of the last minutes)
    if page_marker(heading) and (span.heading is None or page_marker(span.heading.text)):
        return True
    return bool(_SIGN_OFF.match(heading)) and len(span.blocks) <= MAX_SIGN_OFF_LINES and \
        not any(block.text.rstrip().endswith((".", "!", "?")) and len(block.text.split()) > MAX_SIGN_OFF_LINES * 2
                for block in span.blocks)
