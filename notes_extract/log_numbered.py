"""Numbered log entries whose heading runs long, found once the log's entries are known.

`meetings` reads "Meeting 3 - 23rd May 2018" as an entry heading only when it is short and
ends no sentence, so that a line of running text ("Meeting 3 was cancelled.") opens nothing.
Writers often title an entry after its number and date ("## Meeting 6 - 4th Oct 2018 - biomass
models, main text figure, introduction", "### Meeting 4 - Review of checklist and delivery 1.");
left out, that meeting's notes merge silently into the one before it. Among the log's own
numbered entry headings, a heading of the same kind, level and noun whose number falls in its
place in the log's numbering is an entry too, however long its title.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.log_starts import StartT


def _number(start: StartT) -> int | None:
    return int(start.key) if start.key.isdigit() else None


def _in_place(number: int, before: list[int], after: list[int], rising: bool) -> bool:
    """Whether ``number`` falls strictly between the numbers of the entries around it."""
    low, high = (before[-1] if before else None, after[0] if after else None)
    if not rising:
        low, high = high, low
    return (low is None or low < number) and (high is None or number < high)


def numbered_strays(blocks: list[Block], starts: list[StartT],
                    recognise: Callable[[Block, int], StartT | None]) -> list[StartT]:
    """The log's numbered entries with those whose long heading kept them out: ``recognise``
    reads a block as a numbered entry heading without the length and sentence guards. Only
    blocks of the first entry's kind, level and noun (plain lines only with a date of their own), in a log
    whose numbers run one way without repeating, each with its number in sequence."""
    if len(starts) < 2 or not starts[0].numbered:
        return starts
    numbers = [_number(s) for s in starts]
    if any(n is None for n in numbers):
        return starts
    known_numbers = [n for n in numbers if n is not None]
    rising = known_numbers == sorted(known_numbers)
    if len(set(known_numbers)) != len(known_numbers) or not rising and known_numbers != sorted(known_numbers,
                                                                                             reverse=True):
        return starts  # "Week 3" twice, or numbers out of order: no sequence to place a heading in
    first = blocks[starts[0].index]
    # plain lines too, when each stray also dates its entry ("Meeting 6 - 4th Oct 2018 - biomass models, main
    # text Figure, introduction" among "Meeting 5 - 21st Sept 2018 - biomass models")
    dated_only = first.kind is not BlockKind.HEADING and not first.all_bold
    known = {s.index for s in starts}
    found: list[StartT] = []
    for i, block in enumerate(blocks):
        if i in known or block.kind is not first.kind or block.level != first.level or \
                block.all_bold != first.all_bold:
            continue
        start = recognise(block, i)
        if start is None or start.shape != starts[0].shape or (number := _number(start)) is None or \
                dated_only and start.date is None:
            continue
        before = [n for s, n in zip(starts, known_numbers, strict=True) if s.index < i]
        after = [n for s, n in zip(starts, known_numbers, strict=True) if s.index > i]
        if number not in known_numbers and _in_place(number, before, after, rising):
            found.append(replace(start, split_at=starts[0].split_at))  # type: ignore[type-var]
    return sorted([*starts, *found], key=lambda s: s.index)
