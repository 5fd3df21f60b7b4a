"""Log entries whose style changes part way: an author writes "Meeting 3" as a heading, then as
a bold line, then as a Title; or dates a meeting by a form table, then by a "Date:" line. Each
style makes a group of its own in `meetings`; together they are the log's entries when they
number or date the meetings in one order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.log_preamble import heading_style
from notes_extract.log_starts import StartT
from notes_extract.log_titles import attendance_follows

# Entries written in two styles make a log when there are at least this many (a meeting's own
# date table and one "Date:" line below it are one meeting).
MIN_RESTYLED_ENTRIES = 3
# A bold line repeated this often under the entries is their sub-heading ("Notes"), not an entry's.
MIN_REPEATED_SUB_HEADINGS = 2


def restyled_entries(groups: list[list[StartT]], blocks: list[Block]) -> list[list[StartT]]:
    """The entries of a log whose author changed the entries' style part way: "Meeting 3" headings,
    then bold lines, then a Title; a form table per meeting, then "Date:" lines. Groups of one kind
    of opening (one entry noun, dated titles, dated info) join when together they number or date
    the meetings in order, as one log's entries do."""
    by_family: dict[object, list[list[StartT]]] = {}
    for group in groups:
        family = _family(group, blocks)
        if family is not None:
            by_family.setdefault(family, []).append(group)
    merged: list[list[StartT]] = []
    for family, family_groups in by_family.items():
        starts = sorted((s for g in family_groups for s in g), key=lambda s: s.index)
        if len(family_groups) < 2 or len(starts) < MIN_RESTYLED_ENTRIES or not _in_order(starts) or \
                _split_by_attendance(family_groups, starts, blocks):
            continue
        split_at = " and ".join(dict.fromkeys(s.split_at for s in starts))
        merged.append([replace(s, shape=("restyled", family), split_at=split_at) for s in starts])
    return merged


def _split_by_attendance(groups: list[list[StartT]], starts: list[StartT], blocks: list[Block]) -> bool:
    """Whether one style's openings each name the attendance and another's never do: dated titles
    of meetings and dated item headings inside them ("2. Plant sale on 18 March 2024"), not one log."""
    ends = {s.index: end for s, end in zip(starts, [*(s.index for s in starts[1:]), len(blocks)], strict=True)}
    attended = [[attendance_follows(blocks, s.index, ends[s.index]) for s in group] for group in groups]
    return any(all(flags) for flags in attended) and any(not any(flags) for flags in attended)


def _family(group: list[StartT], blocks: list[Block]) -> object | None:
    """What kind of opening a group's entries share, whatever their style: an entry noun, a dated
    title (a heading or a line wholly bold), or a meeting's info (a form table or "Date:" lines)."""
    first = group[0]
    if first.shape[-1] in ("info", "form"):
        return "info"
    if not all(blocks[s.index].kind is BlockKind.HEADING or blocks[s.index].all_bold for s in group):
        return None
    return first.shape[3] if first.numbered else first.shape[2]


def _in_order(starts: list[StartT]) -> bool:
    """Whether entries come in one order: numbers that never fall back ("3", "3", "5"), or dates
    all rising or all falling."""
    if starts[0].numbered:
        numbers = [int(s.key) for s in starts]
        return numbers in (sorted(numbers), sorted(numbers, reverse=True))
    dates: list[str] = []
    for start in starts:  # a yearless "12 Mar" is read in the year of the entry before it
        if start.date is None or not start.date.date or not (start.date.has_year or dates):
            return False
        dates.append(start.date.date if start.date.has_year else f"{dates[-1][:4]}-{start.key}")
    return dates in (sorted(dates), sorted(dates, reverse=True))


def mixed_heading_levels(groups: list[list[StartT]], blocks: list[Block]) -> list[list[StartT]]:
    """The entries of a log whose headings change style part way ("## Week 3 Meeting", then
    "## 10/22/23"): the numbered and dated headings of one level together, when they are most of
    that level's headings from the first of them on. Whole-bold lines are a level of their own
    (the headings of a Word file typed without heading styles)."""
    by_style: dict[tuple[BlockKind, int], list[list[StartT]]] = {}
    for group in groups:
        style = heading_style(blocks[group[0].index]) if group else None
        if style is not None and group[0].shape[2] in ("entry", "date"):
            by_style.setdefault(style, []).append(group)
    mixed: list[list[StartT]] = []
    for style, style_groups in by_style.items():
        if len(style_groups) < 2:
            continue
        starts = sorted((s for g in style_groups for s in g), key=lambda s: s.index)
        headings = _level_headings(blocks[starts[0].index:], style)
        if len(starts) * 2 < len(headings):
            continue
        split_at = " and ".join(dict.fromkeys(s.split_at for s in starts))
        mixed.append([replace(s, shape=(*style, "mixed"), split_at=split_at,  # type: ignore[type-var]
                              numbered=True, number=None) for s in starts])
    return mixed


def _level_headings(blocks: list[Block], style: tuple[BlockKind, int]) -> list[Block]:
    """The headings of one style. Bold lines have no levels: there the sub-headings every entry repeats
    ("Agenda", "Notes" under each meeting) are another level, and not counted with the entries'."""
    headings = [b for b in blocks if heading_style(b) == style]
    if style[0] is BlockKind.HEADING:
        return headings
    counts = Counter(" ".join(b.text.casefold().split()) for b in headings)
    return [b for b in headings if counts[" ".join(b.text.casefold().split())] < MIN_REPEATED_SUB_HEADINGS]
