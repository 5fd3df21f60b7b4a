"""Labels that annotate the item being read: "Procedural Note:", "Post meeting note:", "PS:", "NB:".

A scribe adds such a remark under an item ("Procedural Note: corrections will be made in italics"), or at
the end of the minutes ("PS: check your notification settings"). Written "Label: text" like an item, it
names no subject of its own: it is a point of the item above (or loose text before any item).
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.labels import ANNOTATION_LABEL

_ANNOTATION = lazy_compile(rf"^(?:{ANNOTATION_LABEL})$", re.I)


def annotation_label(label: str) -> bool:
    """Whether a "Label: text" paragraph's label only marks a remark (a note, a PS), not an item."""
    return _ANNOTATION.match(" ".join(label.split())) is not None
