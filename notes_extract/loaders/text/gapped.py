"""A minute book transcribed onto one long line, its items set apart by runs of spaces.

"PRESENT : ...      The Minutes of the previous meeting were read and confirmed.       Ranger   Concerning
the appointment ..." keeps a meeting's items on one line: a wide gap ends an item, and a short title is set
off from its text by a narrower one. Such a line is cut back into the lines a typed copy would have: each item
a paragraph of its own, its title a line above its text. A table row also spaces its cells apart, so only a
line far longer than any row, with several wide gaps, is cut.
"""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile

# A line shorter than this is never a whole minute book (a table row, a spaced-out heading).
MIN_GAPPED_LINE_CHARS = 400
# Wide gaps a line needs before it is read as items run together.
MIN_ITEM_GAPS = 3
# The fewest spaces in a gap that ends an item.
ITEM_GAP_SPACES = 5
# The fewest spaces that set a title off from its text.
TITLE_GAP_SPACES = 3
# The longest title set off before its text, in words.
MAX_TITLE_WORDS = 6

_ITEM_GAP = lazy_compile(rf"[ \t]{{{ITEM_GAP_SPACES},}}")
_TITLE_GAP = lazy_compile(rf"[ \t]{{{TITLE_GAP_SPACES},}}")


def _title_and_text(item: str) -> list[str]:
    """``item`` as its title line and its text when it opens with a short title set off by a gap."""
    gap = _TITLE_GAP.search(item)
    if not gap:
        return [item]
    head, rest = item[:gap.start()].strip(), item[gap.end():].strip()
    words = head.split()
    is_title = (0 < len(words) <= MAX_TITLE_WORDS and head[0].isupper() and head[-1].isalnum()
                and rest[:1].isupper())
    # underlined, as a typed copy marks a heading, so the plain reader reads it as one
    return [head, "-" * len(head), rest] if is_title else [item]


def _cut(line: str) -> list[str]:
    out: list[str] = []
    for item in _ITEM_GAP.split(line.strip()):
        if item.strip():
            out += [*_title_and_text(item.strip()), ""]
    return out


def ungap_lines(lines: list[str]) -> list[str]:
    """``lines`` with each long line of space-separated items cut into its items' lines."""
    out: list[str] = []
    for line in lines:
        if len(line) >= MIN_GAPPED_LINE_CHARS and len(_ITEM_GAP.findall(line.strip())) >= MIN_ITEM_GAPS:
            out += ["", *_cut(line)]
        else:
            out.append(line)
    return out
