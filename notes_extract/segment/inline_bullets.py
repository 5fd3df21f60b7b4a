"""Attendance lists whose bullets were run into one paragraph, as a Word or PDF file copied into
text leaves them: "Members in attendance ● Ann Lee – Director ● Bo Ode – Chair Apologies ● Cy Rand".
The paragraph is cut into the label, one list item a bullet, and each later label its own line, so
the lists read as if typed one item a line."""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import Block, BlockKind, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.attendance_sentences import mentions_attendance
from notes_extract.segment.labels import attendance_label

# A bullet glyph set between words, with a space on each side.
_INLINE_BULLET = lazy_compile(r"\s+[●•▪◦■]\s+")
_BULLET_GLYPH = lazy_compile(r"[●•▪◦■]")
# The fewest bullets in one paragraph that make it a run-in list.
MIN_INLINE_BULLETS = 3
# What comes before a role after a name ("Bo Ode – Guest", "Bo Ode, Observer", "Bo Ode (Staff)").
_BEFORE_A_ROLE = ("-", "–", "—", ",", "(")
# Where a word starts: a label may open at any of them.
_WORD_START = lazy_compile(r"(?<!\S)\S")


def cut_inline_bullets(blocks: list[Block]) -> list[Block]:
    """The blocks, each attendance paragraph with its bullets run in cut into the label and its items."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH and _runs_in_bullets(block.text):
            out += _cut(block)
        else:
            out.append(block)
    return numbered(out) if len(out) != len(blocks) else blocks


def _runs_in_bullets(text: str) -> bool:
    # (a glyph first, found in one scan: most paragraphs have none to look around)
    return _BULLET_GLYPH.search(text) is not None and len(_INLINE_BULLET.findall(text)) >= MIN_INLINE_BULLETS and \
        mentions_attendance(text)


def _cut(block: Block) -> list[Block]:
    """The paragraph's text before its first bullet (the label last, on its own line, when the label
    closes it), then each bullet's item, a label closing an item set on its own line."""
    head, *items = _INLINE_BULLET.split(block.text)
    if not any(attendance_label(label) for label in _closing_labels(head)):
        return [block]
    out: list[Block] = []
    for piece, is_item in ((head, False), *((item, True) for item in items)):
        text, label = _label_at_end(piece)
        if text:
            out.append(replace(block, text=text, kind=BlockKind.LIST_ITEM, level=0, label=None, lead_bold="")
                       if is_item else replace(block, text=text))
        if label:
            out.append(replace(block, text=label, kind=BlockKind.PARAGRAPH, level=0, label=None, lead_bold=""))
    return out


def _closing_labels(text: str) -> list[str]:
    """Each run of words that closes ``text``, longest first."""
    return [text[m.start():].strip() for m in _WORD_START.finditer(text)]


def _label_at_end(piece: str) -> tuple[str, str]:
    """(the piece before a label closing it, that label); the label alone has nothing after it."""
    for start in (m.start() for m in _WORD_START.finditer(piece)):
        if piece[:start].rstrip().endswith(_BEFORE_A_ROLE):
            continue  # "Bo Ode – Guest": the person's role, no label
        label = attendance_label(piece[start:].strip())
        if label is not None and not label.rest.strip():
            return piece[:start].strip(), piece[start:].strip()
    return piece.strip(), ""
