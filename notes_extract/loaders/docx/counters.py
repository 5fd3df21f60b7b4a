"""List counters as Word advances them, and the labels ("2.a)", "iv.") they show.

Word never stores list numbers: it counts while laying out the body. The
body reader asks `ListCounters.advance` for each numbered paragraph, in
reading order, to rebuild the label a reader sees.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.docx.numbering import ListLevel, Numbering

# %N in a level's text stands for level N's counter (levels 1-9).
_COUNTER_PLACEHOLDER = lazy_compile(r"%([1-9])")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


class ListCounters:
    """List counters per numId, as Word advances them while laying out the body."""

    def __init__(self, numbering: Numbering) -> None:
        self._numbering = numbering
        self._values: dict[str, dict[int, int]] = {}  # numId -> ilvl -> current counter

    def advance(self, num_id: str, ilvl: int) -> str | None:
        """Count one item at ``ilvl`` and return its visible label (None for bullets)."""
        levels = self._numbering.lists[num_id].levels
        level = levels[ilvl]
        values = self._values.setdefault(num_id, {})
        values[ilvl] = values[ilvl] + 1 if ilvl in values else level.start
        for deeper in [k for k in values if k > ilvl]:
            del values[deeper]  # a shallower item restarts the levels under it
        if level.fmt == "bullet":
            return None
        return render_label(level, levels, values)


def render_label(level: ListLevel, levels: dict[int, ListLevel], values: dict[int, int]) -> str | None:
    """The label of an item at ``level``: its text with each %N replaced by level N's counter.

    ``values`` are the current counters by ilvl; a level not counted yet shows its start.
    """

    def counter_text(match: re.Match[str]) -> str:
        k = int(match.group(1)) - 1
        other = levels.get(k)
        value = values.get(k, other.start if other else 1)
        # isLgl ("legal" numbering) shows every level in digits: "2.1", not "II.a".
        fmt = "decimal" if level.legal or other is None else other.fmt
        return format_number(value, fmt)

    label = _COUNTER_PLACEHOLDER.sub(counter_text, level.text).strip()
    return label or None


def format_number(value: int, fmt: str) -> str:
    """One counter in a numbering format; unknown formats fall back to digits."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt == "lowerLetter":
        return letters(value)
    if fmt == "upperLetter":
        return letters(value).upper()
    if fmt == "lowerRoman":
        return roman(value)
    if fmt == "upperRoman":
        return roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        return ordinal(value)
    return str(value)


def roman(value: int) -> str:
    """Lower-case Roman numerals; zero and negative counters stay digits."""
    if value <= 0:
        return str(value)
    out: list[str] = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)


def letters(value: int) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... (not spreadsheet style)."""
    if value <= 0:
        return str(value)
    return _ALPHABET[(value - 1) % len(_ALPHABET)] * ((value - 1) // len(_ALPHABET) + 1)


def ordinal(value: int) -> str:
    """English ordinals: 1st, 2nd, 3rd, 4th, 11th-13th, 21st."""
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"
