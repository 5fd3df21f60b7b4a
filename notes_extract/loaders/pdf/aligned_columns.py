"""Where the columns of a borderless, close-set table start, row by row.

Helpers of `aligned`: a column starts where words start on several rows and no
row's word crosses, so a row whose cell in that column is empty ("Peter Grant |
| Apologies", an attendance table with roles for officers only) keeps the
column. Two look-alikes are not columns: the text after a cell's list bullet
("• Spending is ...": the bullet opens the cell, its text is the cell's), and
the second word of a fixed-width cell ("31 August", "14 August": every row's
day ends at the same x, so the month starts at one x too).
"""

from __future__ import annotations

from notes_extract.loaders.pdf.markers import is_bullet_word
from notes_extract.loaders.pdf.model import Word
from notes_extract.loaders.pdf.settings import SETTINGS


def starts_at(words: list[Word], x: float) -> bool:
    """A word of the row starts at ``x``."""
    return any(abs(w.x0 - x) <= SETTINGS.aligned_start_tolerance for w in words)


def crossed(words: list[Word], x: float) -> bool:
    """A word of the row runs across ``x``."""
    tol = SETTINGS.aligned_start_tolerance
    return any(w.x0 < x - tol and w.x1 > x + tol for w in words)


def _word_before(words: list[Word], word: Word) -> Word | None:
    """The word just left of ``word`` on its line, or None."""
    before = [v for v in words if v.x1 <= word.x0 and v.bottom > word.top and v.top < word.bottom]
    return max(before, key=lambda v: v.x1, default=None)


def _close_before(words: list[Word], x: float) -> list[Word | None]:
    """For each word starting at ``x``: the word a space before it on its line, or None."""
    out: list[Word | None] = []
    for word in words:
        if abs(word.x0 - x) > SETTINGS.aligned_start_tolerance:
            continue
        prev = _word_before(words, word)
        out.append(prev if prev is not None and word.x0 - prev.x1 <= SETTINGS.segment_gap * word.size else None)
    return out


def opens_cell(body: list[list[Word]], x: float) -> bool:
    """On some row a word starts at ``x`` with no word closer than a cell's padding before it on its
    line: a cell opens there, not a word after a space ("31 | August", "Any | other")."""
    for words in body:
        for word in words:
            if abs(word.x0 - x) > SETTINGS.aligned_start_tolerance:
                continue
            prev = _word_before(words, word)
            if prev is None or word.x0 - prev.x1 >= SETTINGS.cell_min_gap * word.size:
                return True
    return False


def after_bullet(body: list[list[Word]], x: float) -> bool:
    """Words starting at ``x`` follow a list bullet closely, or no word a space before them (the
    bulleted text wrapped): the text of a bulleted cell, whose column starts at the bullet."""
    bullets = 0
    for words in body:
        for word in words:
            if abs(word.x0 - x) > SETTINGS.aligned_start_tolerance:
                continue
            prev = _word_before(words, word)
            if prev is None or word.x0 - prev.x1 > SETTINGS.segment_gap * word.size:
                continue  # the item wrapped, beside another cell's line or none
            if not is_bullet_word(prev.text, prev.font):
                return False
            bullets += 1
    return bullets > 0


def fixed_lead(body: list[list[Word]], x: float) -> bool:
    """Every word starting at ``x`` follows a word a space before it that ends at one x on every row:
    the second word of same-width cells ("31 August" / "14 August"), not a column of its own."""
    leads = [v for words in body for v in _close_before(words, x)]
    if len(leads) < SETTINGS.borderless_min_rows or any(v is None for v in leads):
        return False
    ends = [v.x1 for v in leads if v is not None]
    return max(ends) - min(ends) <= SETTINGS.aligned_start_tolerance


def _candidates(body: list[list[Word]], left: float) -> list[float]:
    """Every x right of the first column where some row starts a word, near-equal ones merged."""
    xs = sorted(w.x0 for words in body for w in words if w.x0 - left > SETTINGS.indent_tolerance)
    merged: list[float] = []
    for x in xs:
        if not merged or x - merged[-1] > SETTINGS.aligned_start_tolerance:
            merged.append(x)
    return merged


def kept_rows(body: list[list[Word]], left: float) -> tuple[int, list[float]]:
    """How many rows from the first stay on a common grid, and the inner column starts they share.

    A row stays while it starts at ``left`` and a word of it starts on a column that no row so
    far crosses; a column needs words starting on it in at least two rows (one in a one-row table)."""
    columns = _candidates(body, left)
    kept = 0
    for words in body:
        inner = [x for x in columns if not crossed(words, x)]
        if abs(min(w.x0 for w in words) - left) > SETTINGS.aligned_start_tolerance:
            break
        if not any(starts_at(words, x) for x in inner):
            break
        columns = inner
        kept += 1
    need = min(kept, SETTINGS.borderless_min_rows)
    rows = body[:kept]
    return kept, [x for x in columns if sum(starts_at(w, x) for w in rows) >= need and opens_cell(rows, x)
                  and not after_bullet(rows, x)]
