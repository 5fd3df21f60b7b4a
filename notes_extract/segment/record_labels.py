"""Numbered labels of what an item records: "Decision 1:", "Action 3:", "Resolution 2025-04".

Minutes number the decisions, actions and resolutions they record, and some set each number on a line
of its own, styled like a heading, over the text it labels ("### Decision 1:" over "Trial card-only
payments."), or head a summary with one such line per decision ("Decision 2: Volunteer budget" under
"Decisions Made"). Such a line labels a part of the item it sits in, never an agenda item of its own.
"""

from __future__ import annotations

import re

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import CAPTIONED_ITEM_LABELS, NUMBERED_RECORD_LABELS

# A reference after the label: "1", "3.2", "2025-04", "25/034a", "No. 4", "#2", "A".
_REF = r"(?:no\.?\s*|#\s*)?(?:\d[\w./-]*|[A-Z])"
# The whole line is the label and its reference ("Decision 1:", "Resolution 2025-04").
_LABEL_ONLY = lazy_compile(rf"^\W*{any_of(NUMBERED_RECORD_LABELS)}\s+{_REF}\s*[:.)–—-]?\W*$", re.I)
# The label and its reference, then a caption ("Decision 2: Volunteer budget"); the label word captured.
_LABEL_CAPTION = lazy_compile(rf"^\W*(?P<word>{any_of(NUMBERED_RECORD_LABELS)})\s+{_REF}\s*[:.)–—-]\s*\S", re.I)


def record_label(text: str) -> bool:
    """Whether a line is only a numbered record label ("Action 3:", "Resolution 2025-04")."""
    return bool(_LABEL_ONLY.match(text.strip()))


def labels_a_record(text: str, item_blocks: list[Block]) -> bool:
    """Whether a heading-like line inside an item is one of its numbered record labels: the label alone,
    or "Decision 2: Volunteer budget" where the item already holds a line with the same numbered label."""
    if record_label(text):
        return True
    m = _LABEL_CAPTION.match(text.strip())
    if m is None:
        return False
    word = m["word"].casefold()
    if word in CAPTIONED_ITEM_LABELS:
        return False  # "Motion 2: Library hours" heads an item of its own in minutes that number motions
    return any((n := _LABEL_CAPTION.match(b.text.strip()) or _LABEL_ONLY.match(b.text.strip())) is not None
               and n.group(0).strip(" #*_").casefold().startswith(word) for b in item_blocks)
