"""List numbers as an OpenDocument reader shows them, rebuilt from the list style.

ODF rarely stores the visible number. A text:list starts counting afresh
unless it says ``text:continue-numbering="true"`` or names the list it
continues (``text:continue-list``); an item may restart at
``text:start-value``; a level's counter restarts under each new item of the
level above; ``display-levels`` shows the outer counters too ("2.1.").
"""

from __future__ import annotations

from notes_extract.loaders.docx.counters import format_number
from notes_extract.loaders.docx.wordml import Element
from notes_extract.loaders.odf.inline import number_label
from notes_extract.loaders.odf.names import text
from notes_extract.loaders.odf.styles import Styles

_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# ODF number formats mapped to the docx counter formats `format_number` knows.
_NUM_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
                "I": "upperRoman", "": "none"}


class ListCounters:
    """The running counters of every list of one document, by list style."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.values: dict[str, dict[int, int]] = {}  # list style -> ODF level (1-based) -> last value
        self.by_id: dict[str, str] = {}  # xml:id of a list -> its list style, for text:continue-list

    def open(self, element: Element, depth: int, list_style: str | None) -> None:
        """A text:list begins: a top-level list restarts its style's counters unless it continues."""
        key = list_style or ""
        list_id = element.get(_XML_ID)
        if list_id:
            self.by_id[list_id] = key
        if depth > 0:
            return
        continues = element.get(text("continue-numbering")) == "true" or element.get(text("continue-list"))
        if not continues:
            self.values[key] = {}

    def next_label(self, item: Element, paragraph: Element, depth: int, list_style: str | None) -> str | None:
        """Advance the counter of ``depth`` and give the label the item shows ("3.", "b)"), None for bullets."""
        key = list_style or ""
        level = depth + 1
        spec = self.styles.list_level(list_style, level)
        counters = self.values.setdefault(key, {})
        start = item.get(text("start-value"))
        if start and start.isdigit():
            counters[level] = int(start)
        else:
            counters[level] = counters.get(level, spec.start - 1) + 1
        for deeper in [n for n in counters if n > level]:
            del counters[deeper]
        stored = number_label(paragraph)
        if stored:
            return stored
        if not spec.num_format:
            return None
        shown = []
        for outer in range(max(1, level - spec.display_levels + 1), level + 1):
            outer_spec = self.styles.list_level(list_style, outer)
            value = counters.get(outer, outer_spec.start)
            shown.append(format_number(value, _NUM_FORMATS.get(outer_spec.num_format, "decimal")))
        label = f"{spec.prefix}{'.'.join(shown)}{spec.suffix}".strip()
        return label or None
