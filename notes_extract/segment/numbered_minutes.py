"""An agenda listed at the top, then the minutes numbered the same way: "1. Approval of the minutes"
"2. Budget" over "1. Ann moved approval of the minutes. Carried." "2. The budget was discussed. ...".

The numbered paragraphs are the items; the agenda list is not. Each paragraph becomes its item under
a heading that gives the agenda's title of the same number, and the agenda list, said again by those
headings, is left out. Only where both lists run 1, 2, 3, ... alike, the first a list of titles (short,
no sentence) and the second a list of sentences.
"""

from __future__ import annotations

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile

# Items both lists must have, at least.
MIN_ITEMS = 2
# The longest agenda title, in words.
MAX_TITLE_WORDS = 12
# Heading level given to the items.
ITEM_LEVEL = 2

_NUMBER = lazy_compile(r"^\(?(?P<n>\d{1,2})[.)]?$")
# A sentence inside a line ("Carried. Ann then ..."), or one ending it.
_SENTENCE = lazy_compile(r"[a-z]{2}[.!?](\s|$)")


def _number(block: Block) -> int | None:
    if block.kind is not BlockKind.LIST_ITEM or block.level != 0 or not block.label:
        return None
    m = _NUMBER.match(block.label.strip())
    return int(m["n"]) if m else None


def _runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) of each run of top-level items numbered 1, 2, 3, ... (a run restarts at 1)."""
    runs: list[tuple[int, int]] = []
    start, count = None, 0
    for i, block in enumerate(blocks):
        n = _number(block)
        if start is not None and (block.kind is BlockKind.LIST_ITEM and block.level > 0 or n == count + 1):
            count += n is not None  # the run's next item, or a sub-item inside it
            continue
        if start is not None:
            runs.append((start, i))
            start = None
        if n == 1:
            start, count = i, 1
    if start is not None:
        runs.append((start, len(blocks)))
    return runs


def _titles(items: list[Block]) -> bool:
    return all(len(b.text.split()) <= MAX_TITLE_WORDS and not _SENTENCE.search(b.text.strip()) for b in items)


def _sentences(items: list[Block]) -> bool:
    return all(_SENTENCE.search(b.text.strip()) for b in items)


def _agenda_and_minutes(blocks: list[Block]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The agenda's run and the minutes' run, numbered alike, the agenda first."""
    runs = _runs(blocks)
    for (a0, a1), (m0, m1) in zip(runs, runs[1:], strict=False):
        agenda = [b for b in blocks[a0:a1] if _number(b) is not None]
        minutes = [b for b in blocks[m0:m1] if _number(b) is not None]
        if len(agenda) >= MIN_ITEMS and len(agenda) == len(minutes) and a1 == a0 + len(agenda) and \
                _titles(agenda) and _sentences(minutes) and \
                all(b.kind is not BlockKind.HEADING for b in blocks[a1:m0]):
            return (a0, a1), (m0, m1)
    return None


def title_numbered_minutes(blocks: list[Block]) -> list[Block]:
    """The blocks with the numbered minutes titled by the agenda listed above them, that list left out."""
    found = _agenda_and_minutes(blocks)
    if found is None:
        return blocks
    (a0, a1), (m0, m1) = found
    titles = [b.text for b in blocks[a0:a1]]
    out: list[Block] = [*blocks[:a0], *blocks[a1:m0]]
    n = 0
    for block in blocks[m0:m1]:
        if _number(block) is None:
            out.append(block)
            continue
        out.append(make_block(BlockKind.HEADING, f"{n + 1}. {titles[n]}", page=block.page, level=ITEM_LEVEL))
        out.append(make_block(BlockKind.PARAGRAPH, block.text, page=block.page, lead_bold=block.lead_bold))
        n += 1
    return numbered([*out, *blocks[m1:]])

