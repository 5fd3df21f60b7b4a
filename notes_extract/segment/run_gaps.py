"""Numbered items left as list items between numbered items that are headings already.

Earlier passes make a heading of a numbered line that titles its item in a shape they know ("3. Minutes
of last meeting:", "5 Worship" over its paragraph), and leave the others as list items: a sentence
("1. Everyone was welcomed and the meeting opened with a prayer"), a title run into its text without a
separator they read ("2. Welcome - by the Chair ..."), an item with nothing under it. Where one unbroken
run of numbers ("1" ... "6") is the agenda and most of its numbers are headings already, the numbers in
between are items of that agenda as well: the document's own numbering says so, whatever the shape of
their text. `numbered_body` leaves such runs alone (the segmenter reads their headings as they are), so
this pass gives the gaps a heading each: the title before a separator when there is one, else the
whole sentence, which is also the item's text. Attendance lines, the next meeting's date and sentences
about when a meeting will be held stay where the segmenter reads them.

A numbered line the segmenter will read as a heading on its own ("4. Open discussion for residents"
over its sub-items) counts with the headings. The share is taken over the items with something written
under them before the next number (an item minuted with no text says nothing of how items are written),
and there must be several such items: numbered lines one under another are an agenda listed, not minutes.
Minutes numbered with the year after the running number ("43.15 Apologies", "44.15 Declarations", one
year part throughout) are numbered so as well.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import is_heading_like
from notes_extract.segment.labels import ACTIONS_HEADING, attendance_label, next_meeting_label
from notes_extract.segment.numbered_body import AGENDA_LINE, item_title, undated
from notes_extract.vocab.labels import APOLOGY_WORDS

# A run needs this many numbers, and at least this share of them headings, before its gaps are items.
MIN_RUN_ITEMS = 4
MIN_HEADING_SHARE = 0.5
# The document's own title lines, which may be headings above the run.
TITLE_BLOCK_LINES = 3
# The heading level given to an item (as the other numbered-item passes give it).
ITEM_LEVEL = 2

_LIST_LABEL = lazy_compile(r"(?P<number>\d{1,2})[.)]?")  # "3.", "3)", "3"
# "43.15": the minute's running number, then the year (the same year part on every minute).
_YEAR_LABEL = lazy_compile(r"(?P<number>\d{1,3})\.(?P<year>\d{2})\.?")
# "3 Minutes of last meeting": a heading an earlier pass made of a numbered line, its number kept.
_NUMBERED_HEADING = lazy_compile(r"^(?P<number>\d{1,2})\.?\s+(?P<text>\S.*)$", re.S)
# "The next meeting will be ...", "May meeting will be in person": when and where a meeting will be
# held is the next meeting's item, not a discussion.
_MEETING_TO_COME = lazy_compile(r"\bnext\b.*\bmeetings?\b|\bmeetings?\b.*\bwill\s+be\b", re.I)
# "No apologies", "Apologies from Kate and Mary": a line about who could not come is attendance.
_ABSENCE = lazy_compile(rf"\b(?:{APOLOGY_WORDS})\b|\babsen(ce|t)\b", re.I)
# "Austin R. Pringle", "R. Irving": a person's name with an initial heads that person's tasks, not an item.
_NAME_WITH_INITIAL = lazy_compile(r"^(?:[A-Z][a-z'’-]+\s+)?(?:[A-Z]\.\s*)+[A-Z][a-z'’-]+$")
# Items of the run with something under them before the next number, for a run of headed list items.
MIN_ITEMS_WITH_TEXT = 2
# "Apologies – Ann Lee", "Present: ...": the head of a labelled attendance line.
_HEAD = lazy_compile(r"\s+[-–—]\s+|:")


def _number(block: Block, year: str | None = None) -> int | None:
    """The number of a top-level numbered list item or of a numbered heading, else None; with ``year``,
    of a list item numbered "43.15" in minutes numbered with that year part."""
    if block.kind is BlockKind.LIST_ITEM and block.level == 0 and block.label:
        if year is not None:
            m = _YEAR_LABEL.fullmatch(block.label.strip())
            return int(m["number"]) if m and m["year"] == year else None
        m = _LIST_LABEL.fullmatch(block.label.strip())
        return int(m["number"]) if m else None
    if block.kind is BlockKind.HEADING and (m := _NUMBERED_HEADING.match(block.text.strip())):
        return int(m["number"])
    return None


def _year_part(blocks: list[Block]) -> str | None:
    """The year part of minutes numbered "43.15", "44.15" ... (every top-level label so, one year), else None."""
    labels = [b.label.strip() for b in blocks if b.kind is BlockKind.LIST_ITEM and b.level == 0 and b.label]
    years = {m["year"] for label in labels if (m := _YEAR_LABEL.fullmatch(label))}
    if len(years) != 1 or any(_LIST_LABEL.fullmatch(label) for label in labels):
        return None
    return years.pop()


def _run(blocks: list[Block], year: str | None) -> list[int]:
    """The indexes of the numbers that follow on from the first one ("1" ... "6"), or [] when the
    numbering breaks off before the last number (a second list restarting at "1" is another's)."""
    numbers = {i: n for i, block in enumerate(blocks) if (n := _number(block, year)) is not None}
    tops = list(numbers)
    run = tops[:1]
    for i in tops[1:]:
        if numbers[i] != numbers[run[-1]] + 1:
            break
        run.append(i)
    return run if len(run) == len(tops) or numbers[tops[len(run)]] == 1 else []


def _names_a_person(block: Block) -> bool:
    """Whether a numbered heading's title is only a person's name with an initial ("4 Austin R. Pringle")."""
    m = _NUMBERED_HEADING.match(block.text.strip()) if block.kind is BlockKind.HEADING else None
    return bool(_NAME_WITH_INITIAL.match((m["text"] if m else block.text).strip()))


def _read_elsewhere(text: str) -> bool:
    """Attendance, the next meeting: parts the segmenter reads from the list item as it is."""
    head = _HEAD.split(text, maxsplit=1)[0]
    return attendance_label(head) is not None or attendance_label(text) is not None or \
        next_meeting_label(head) is not None or next_meeting_label(text) is not None or \
        bool(_MEETING_TO_COME.search(text) or _ABSENCE.search(head))


def title_run_gaps(blocks: list[Block]) -> list[Block]:
    """The blocks with each list item in the gaps of a mostly-headed numbered run made a heading."""
    year = _year_part(blocks)
    run = _run(blocks, year)
    if len(run) < MIN_RUN_ITEMS:
        return blocks
    following = [*blocks[1:], None]
    headed = {i for i in run if (blocks[i].kind is BlockKind.HEADING or is_heading_like(blocks[i], following[i]))
              and not _names_a_person(blocks[i])}
    # the share is of the items with text under them; attendance and the next meeting are read where they stand
    ends = [*run[1:], len(blocks)]
    written = [i for i, end in zip(run, ends, strict=True) if end > i + 1 and
               (i in headed or not _read_elsewhere(blocks[i].text.strip()))]
    if len(written) < MIN_ITEMS_WITH_TEXT or \
            sum(i in headed for i in written) < MIN_HEADING_SHARE * len(written) or headed.issuperset(run):
        return blocks
    members = set(run)
    if any((b.kind is BlockKind.HEADING or b.all_bold) and i not in members
           for i, b in enumerate(blocks) if i >= TITLE_BLOCK_LINES):
        return blocks  # under headings of its own making, a numbered list is a part of an item
    above = [b for b in blocks[:run[0]] if b.kind is BlockKind.HEADING or b.all_bold or b.kind is BlockKind.PARAGRAPH]
    if any(AGENDA_LINE.match(b.text) or ACTIONS_HEADING.match(undated(b.text)) for b in above[-TITLE_BLOCK_LINES:]):
        return blocks  # "Retro Action Items - 01/25/2022" / "Agenda" over the list: tasks or the agenda, no items
    out: list[Block] = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        # every number of the run is an item: one read as a heading already becomes one too, so that the
        # headings made here do not leave it a point of the item above
        if i not in members or block.kind is not BlockKind.LIST_ITEM or _read_elsewhere(text):
            out.append(block)
            continue
        title, rest = item_title(text) or (text, text)  # a sentence item: its sentence titles it and is its text
        out.append(make_block(BlockKind.HEADING, f"{_number(block, year)} {title}", level=ITEM_LEVEL, page=block.page))
        if rest:
            out.append(make_block(BlockKind.PARAGRAPH, rest, page=block.page))
    return numbered(out)
