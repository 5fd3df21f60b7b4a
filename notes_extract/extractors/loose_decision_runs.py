"""Decisions in blocks that belong to no item ("loose" blocks: a title and a flat list, no headings the
segmenter reads as items), listed under a decisions label of their own:

    * Decisions made:                 * decisions made:
        * Jira tickets by the worker  * Fixed maze, only the character moves
        * Stand-up at 10:30           * 800x600 single png
                                      * Assignments:

Each item the label governs is a decision: its nested items, or, when it has none, the items after it
at its own level up to the next label ("Assignments:") or the next block that is no list item."""

from __future__ import annotations

from collections.abc import Callable

from notes_extract.document import Block, BlockKind
from notes_extract.models import Decision
from notes_extract.segment import DECISION_LABELS

# Reads a run of points (each a list of sentences) into decisions: ``decisions_in`` with its roster bound.
ReadRun = Callable[[list[Block], bool], list[tuple[int, Decision]]]


def _label(block: Block) -> bool:
    text = block.text.strip()
    return text.endswith(":") and bool(DECISION_LABELS.match(text))


def _governed(blocks: list[Block], k: int) -> int:
    """How many blocks after the label at ``k`` it governs (only blocks that follow it in the document
    with nothing between: a block another part took, "Assignments:" read as an actions label, ends it)."""
    label = blocks[k]
    following: list[Block] = []
    for block in blocks[k + 1:]:
        if block.index != label.index + 1 + len(following):
            break
        following.append(block)
    if following and following[0].kind is BlockKind.LIST_ITEM and following[0].level > label.level:
        return next((i for i, b in enumerate(following) if b.kind is not BlockKind.LIST_ITEM or
                     b.level <= label.level), len(following))
    return next((i for i, b in enumerate(following) if b.kind is not BlockKind.LIST_ITEM or
                 b.level != label.level or b.text.strip().endswith(":")), len(following))


def loose_decisions(blocks: list[Block], read: ReadRun) -> list[tuple[int, Decision]]:
    """The decisions of the loose blocks: the runs under a decisions label read as all decisions, the other
    blocks read as running text."""
    found: list[tuple[int, Decision]] = []
    plain: list[Block] = []
    k = 0
    while k < len(blocks):
        if blocks[k].kind is BlockKind.LIST_ITEM and _label(blocks[k]) and (count := _governed(blocks, k)):
            found += read(blocks[k + 1:k + 1 + count], True)
            k += 1 + count
            continue
        plain.append(blocks[k])
        k += 1
    return read(plain, False) + found
