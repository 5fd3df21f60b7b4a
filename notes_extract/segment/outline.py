"""The segmenter's handlers for minutes kept as one list: an agenda whose top-level
items carry their notes nested below them, and numbered "Item - outcome" lines.

In both, the list items are the agenda items: each top-level item opens a section,
and what is nested under it (or follows its dash) is what was minuted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.segment.labels import (
    ACTIONS_HEADING,
    DECISION_LABELS,
    attendance_label,
    is_date_line,
    is_name_list,
    is_role_line,
    next_meeting_label,
)
from notes_extract.segment.parts import AttendancePart, SectionSpan, Segments
from notes_extract.segment.state import Context, PassState, Step
from notes_extract.segment.turns import turn_prefix
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import NEXT_MEETING as NEXT_MEETING_WORDS
from notes_extract.vocab.people import ROLE_WORDS
from notes_extract.vocab.sections import AGENDA_LISTING_HEADINGS, GROUPING_WORDS, NOTES_CONTAINER_HEADINGS

# "Agenda", "Agenda:", "Agenda items": a label over the list of items.
AGENDA_LABEL = lazy_compile(r"agenda(\s+items)?\s*:?", re.I)
# "The agenda was approved as circulated.", "DM reviewed the agenda for the meeting.": a sentence about the
# agenda itself, under an "Agenda" heading, is that item's minute (an agenda lists titles, not sentences).
AGENDA_MINUTE = lazy_compile(r"^(?=.*\bagenda\b)\S+(\s+\S+){3,}.*[.!]\W*$", re.I)
# "Items to discuss", "Topics for discussion": a label over the meeting's items, when they carry their notes.
_ITEMS_LABEL = lazy_compile(r"((items|topics)\s+(to\s+discuss|for\s+discussion)|discussion\s+items)\s*:?", re.I)
# "* **Topics**", "* Notes": a list item naming only what the items nested under it are (not a group: "* Reports").
_ITEMS_ITEM_LABEL = lazy_compile(rf"(?:agenda|{NOTES_CONTAINER_HEADINGS}|{AGENDA_LISTING_HEADINGS})\s*:?", re.I)
# "Discuss projects a) What is the outcome b) Who leads": sub-items run on into their item's line.
_RUN_ON_SUBITEMS = lazy_compile(r"\s+\(?(?:a|i)[.)]\s+\S.*?\s\(?(?:b|ii)[.)]\s+\S.*$", re.S)


def agenda_item_title(text: str) -> str:
    """An agenda item's own words, without the lettered sub-items a line break ran into it."""
    return _RUN_ON_SUBITEMS.sub("", text).strip() or text


# How many top-level items, at least, must carry nested notes for the agenda to be the minutes.
MIN_ITEMS_WITH_NOTES = 2
# Nested notes are sentences; an agenda's sub-items ("a. Treasurer") are a few words.
MIN_NOTE_WORDS = 5
# Outcomes nested under a "Resolutions" list are terser ("Ann as Chair", "Fees held").
MIN_OUTCOME_NOTE_WORDS = 3
# "Formally elect positions - Completed": an item, a spaced dash, then its outcome.
# ("Park inspection- clerk to get quotes": a hyphen typed against the title, a space after it)
_ITEM_DASH_OUTCOME = TriggeredPattern(lazy_compile(r"^(?P<title>[^–—]{3,150}?)(?:\s+-\s+|(?<=[a-z)])-\s+|\s+[–—]\s*)"
                                                  r"(?P<rest>\S.*)$"), ("-", "–", "—"))
# "Who will run the page? Steve offered to ...": an item asked as a question, then its outcome.
_QUESTION_OUTCOME = lazy_compile(r"^(?P<title>[^?]{3,150}\?)\s+(?P<rest>[A-Z].*)$")
# How many numbered "Item - outcome" lines, at least, make a list of outcomes, and
# the share of the list's items that must be written so.
MIN_OUTCOME_ITEMS = 3
MIN_OUTCOME_SHARE = 0.6
MAX_TITLE_WORDS = 16
_NUMBER_LABEL = lazy_compile(r"\(?\d{1,3}[.)]?")
MAX_SPEAKER_WORDS = 2
MAX_NAME_WORDS = 3
# "Old Business", "New business:": a heading naming a group of items (their lines follow it);
# "Any other business" is an item.
_GROUP_HEADING = lazy_compile(rf"(?<!\bany\sother\s)\b{any_of(GROUPING_WORDS)}$", re.I)
# The word ends the text (a final newline aside), so the search starts that far from its end: from the
# first character, it would try every word at every word of a long paragraph.
_GROUP_WORD_TAIL = 1 + max(len(word) for word in GROUPING_WORDS)


def _names_grouping(text: str) -> bool:
    """Whether a heading or item names a group of items ("Old Business", "New business:" stripped of its colon)."""
    return bool(_GROUP_HEADING.search(text, max(0, len(text) - _GROUP_WORD_TAIL)))
# An item's title before its dash is short ("Roof repair - ...").
MAX_GROUPED_TITLE_WORDS = 6
# A log entry's opening line that is only its date ("19.11", "12/07/23", "2024-03-12", "Tuesday 12th September").
_DATE_ONLY = lazy_compile(r"(?:\w+day,?\s+)?(?:\d{1,2}([./])\d{1,2}(?:\1\d{2}(?:\d{2})?|\.)?|\d{4}-\d{2}-\d{2}"
                          r"|\d{1,2}(?:st|nd|rd|th)?\s+\w+(?:\s+\d{4})?|\w+\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?)")
# A topic's line: no sentence's full stop, and short once its links and brackets are left out.
MAX_TOPIC_WORDS = 16
# ... and shorter when only a heading over the list says the items may be topics.
MAX_HEADED_TOPIC_WORDS = 8
# How many topics with notes, at least, make a heading of any name a group of them.
MIN_GROUPED_TOPICS = 5
# The level of a minutes' title heading ("# Steering group").
TITLE_HEADING_LEVEL = 1
# A heading that names no subject of its own: "Discussion", "Topics", "Project updates", "New business".
_GENERIC_HEADING = lazy_compile(rf"(?:{NOTES_CONTAINER_HEADINGS}|{AGENDA_LISTING_HEADINGS}|agenda|"
                                rf"(?:\w+\s+){{0,2}}{any_of(GROUPING_WORDS)})\s*:?", re.I)
_LINK_OR_BRACKET = lazy_compile(r"https?://\S+|\([^()]*\)|\[[^\]]*\]")
# An item about the next meeting ("Agree on next meeting date"): it goes to the next meeting.
_NEXT_MEETING_ITEM = lazy_compile(rf"\b({NEXT_MEETING_WORDS})\b", re.I)


@dataclass
class ListMinutes:
    """The blocks of the document that its list-kept minutes use, found before the pass."""

    # id of an "Agenda" label over items with notes → the level of those items
    agenda_labels: dict[int, int] = field(default_factory=dict)
    resolution_labels: set[int] = field(default_factory=set)  # those of them that say "Resolutions"
    outcomes: dict[int, tuple[str, str]] = field(default_factory=dict)  # id of an item → (title, outcome)
    outline_starts: set[int] = field(default_factory=set)  # ids of unlabelled lists kept as the minutes
    topic_groups: set[int] = field(default_factory=set)  # ids of items that only name a group of topics


def find_list_minutes(blocks: list[Block]) -> ListMinutes:
    """The agenda labels whose list carries its notes, and the numbered "Item - outcome" lines."""
    found = ListMinutes()
    headings = {b.text.strip().lower() for b in blocks if b.kind is BlockKind.HEADING}
    parts_above = 0  # the headings above block i that open a part of the minutes (see `_opens_a_part`)
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.LIST_ITEM and _labels_item_list(block):
            # "Items to discuss" / "notes of last time are here: <link>" / "1. Budget": one aside may come first
            first = i + 2 if _aside_before_list(blocks, i + 1) else i + 1
            run = _list_run(blocks, first)
            min_words = MIN_OUTCOME_NOTE_WORDS if DECISION_LABELS.match(block.text.strip()) else MIN_NOTE_WORDS
            if _carries_notes(run, min_words) and not _repeated_as_headings(run, headings) and \
                    not _minuted_elsewhere(blocks[i + 1 + len(run):]) and \
                    _noted_headings(blocks[i + 1 + len(run):]) < MIN_NOTED_HEADINGS:
                found.agenda_labels[id(block)] = blocks[first].level
                if DECISION_LABELS.match(block.text.strip()):
                    found.resolution_labels.add(id(block))
        elif block.kind is BlockKind.LIST_ITEM and (topic_level := _item_label_over_topics(blocks, i)) is not None:
            found.agenda_labels[id(block)] = topic_level
        # "## Agenda" over topics with terse notes ("- Grant" then "  - Submitted on Monday.") reads as one too
        if id(block) not in found.agenda_labels and block.kind is BlockKind.HEADING and \
                _heads_topics_with_notes(blocks, i, headings):
            found.agenda_labels[id(block)] = blocks[i + 1].level
        if group_of_topics(blocks, i):
            found.topic_groups.add(id(block))
        starts_run = block.kind is BlockKind.LIST_ITEM and (i == 0 or blocks[i - 1].kind is not BlockKind.LIST_ITEM)
        if starts_run:
            whole = _list_run(blocks, i)
            found.outcomes.update(_outcome_items(whole))
            # "- Attendees: Ann, Bo" over "- Budget" and its notes: the header, written as the list's first items
            header = _attendance_items(whole, blocks[i - 1] if i else None)
            run, before = whole[header:], whole[header - 1] if header else blocks[i - 1] if i else None
            end = i + len(whole)
            # (unnumbered, its items must read as topics: "- Budget" over its notes, "- Website" over its)
            if run and ((_numbered_items(run) or _topics_with_notes(run)) and parts_above <= 1 and
                        _unlabelled_outline(run, before, headings, blocks[end:], header > 0) or
                        _under_entry_date(run, before, headings) or
                        parts_above == 1 and _under_title(run, blocks[i - 1] if i else None, headings, blocks[end:])):
                found.outline_starts.add(id(run[0]))
        parts_above += _opens_a_part(block)
    return found


def _heads_topics_with_notes(blocks: list[Block], i: int, headings: set[str]) -> bool:
    """Whether the heading at ``i`` only groups topics: all under it is one list whose top-level
    items are topics' lines (no sentence), most with notes nested under them ("## Discussion" over
    "- Budget review" and its bullets, "- Website" and its bullets)."""
    run = _list_run(blocks, i + 1)
    after = i + 1 + len(run)
    if len(run) < 2 or after < len(blocks) and blocks[after].kind is not BlockKind.HEADING:
        return False
    if _groups_one_topic(blocks[i], run):
        return True  # "## New business" over "- Annual tournament" and its notes: the one topic is the item
    if not (_GENERIC_HEADING.fullmatch(blocks[i].text.strip()) or _many_topics(run)) or \
            ACTIONS_HEADING.match(blocks[i].text.strip()):
        # "Programs report" over "- Monthly meetings" and its notes: the report is the item;
        # "Action items" over "- Ann" and her tasks: the list of actions, grouped by owner
        return False
    return _topics_with_notes(run) and _carries_notes(run, MIN_OUTCOME_NOTE_WORDS) and \
        not _repeated_as_headings(run, headings) and \
        not (AGENDA_LABEL.fullmatch(blocks[i].text.strip()) and _noted_headings(blocks[after:]) >= MIN_NOTED_HEADINGS)


def _item_label_over_topics(blocks: list[Block], i: int) -> int | None:
    """The level of the topics nested under a list item that only labels them, when they carry their
    notes: notes kept as one outline, "* **Attendees**" over the names, then "* **Topics**" over
    "* Charter review" and its points ("Ann: ...", "**Consensus**: ...") one level deeper."""
    text = blocks[i].text.strip()
    if not _ITEMS_ITEM_LABEL.fullmatch(text) or ACTIONS_HEADING.match(text) or attendance_label(text) is not None:
        return None
    run = list(takewhile(lambda b: b.kind is BlockKind.LIST_ITEM and b.level > blocks[i].level, blocks[i + 1:]))
    return min(b.level for b in run) if _carries_notes(run) else None


def _groups_one_topic(heading: Block, run: list[Block]) -> bool:
    """Whether a heading naming a group ("New business") holds one topic's line with its notes nested below."""
    top = min(b.level for b in run)
    titles = [b for b in run if b.level == top]
    if len(titles) != 1 or run[0] is not titles[0] or not _names_grouping(heading.text.strip(" *_:")):
        return False
    plain = _LINK_OR_BRACKET.sub("", titles[0].text).strip()
    notes = run[1:]
    return not plain.endswith(_title_stops(titles[0])) and len(plain.split()) <= MAX_HEADED_TOPIC_WORDS and \
        not _speaker_point(titles[0].text) and \
        sum(len(b.text.split()) for b in notes) >= MIN_OUTCOME_NOTE_WORDS * len(notes)


def _many_topics(run: list[Block]) -> bool:
    """Whether every one of many top-level items carries notes: a heading over so many topics groups them."""
    top = min(b.level for b in run)
    titles = [b for b in run if b.level == top]
    with_notes = sum(1 for a, b in zip(run, run[1:], strict=False) if a.level == top < b.level)
    return len(titles) >= MIN_GROUPED_TOPICS and with_notes == len(titles)


def _topics_with_notes(run: list[Block]) -> bool:
    """Whether a list's top-level items are topics' lines (no sentence, no label), at least two,
    most with notes nested under them. A group's label ("- Standing items:" over topics with their
    notes) stands for the topics it holds."""
    top = min(b.level for b in run)
    titles = [b for b in run if b.level == top]
    with_notes = sum(1 for a, b in zip(run, run[1:], strict=False) if a.level == top < b.level)
    topics = all(group_of_topics(run, run.index(b)) or
                 not (plain := _LINK_OR_BRACKET.sub("", b.text).strip()).endswith(_title_stops(b)) and
                 len(plain.split()) <= MAX_HEADED_TOPIC_WORDS and not _speaker_point(b.text) for b in titles)
    return len(titles) >= 2 and topics and 2 * with_notes >= len(titles)


def group_of_topics(blocks: list[Block], i: int) -> bool:
    """Whether the list item at ``i`` only names a group ("- Old business", "- Standing items:") over
    topics nested one level below it, each a topic's line with notes nested under it in turn
    ("  - Website" over "    - Moved to a new host."): the topics are the items, the group none."""
    block = blocks[i]
    if block.kind is not BlockKind.LIST_ITEM or not _names_grouping(block.text.strip(" *_:")):
        return False
    topics = [j for j in range(i + 1, len(blocks)) if blocks[j].level == block.level + 1]
    end = next((j for j in range(i + 1, len(blocks)) if blocks[j].kind is not BlockKind.LIST_ITEM or
                blocks[j].level <= block.level), len(blocks))
    topics = [j for j in topics if j < end]
    if not topics or topics[0] != i + 1:
        return False
    with_notes = sum(1 for j in topics if j + 1 < end and blocks[j + 1].level > blocks[j].level)
    titles = all(not (plain := _LINK_OR_BRACKET.sub("", blocks[j].text).strip()).endswith(_title_stops(blocks[j]))
                 and len(plain.split()) <= MAX_HEADED_TOPIC_WORDS for j in topics)
    return titles and with_notes == len(topics)


def _title_stops(item: Block) -> tuple[str, ...]:
    """The ends that make a list item a sentence or a label, not a topic: a bold label's colon
    ("- **Website:**" over its notes) still names a topic."""
    return (".",) if item.all_bold else (".", ":")


def _aside_before_list(blocks: list[Block], i: int) -> bool:
    """Whether the block at ``i`` is one paragraph between a label and the list it labels."""
    return i + 1 < len(blocks) and blocks[i].kind is BlockKind.PARAGRAPH and not blocks[i].all_bold and \
        blocks[i + 1].kind is BlockKind.LIST_ITEM


def _numbered_items(run: list[Block]) -> bool:
    """Whether every top-level item of a list is numbered ("1.", "2)"): an ordered list of items."""
    top = min(b.level for b in run)
    return all(b.label and _NUMBER_LABEL.fullmatch(b.label.strip()) for b in run if b.level == top)


def _opens_a_part(block: Block) -> bool:
    """Whether a heading opens a part a list under it would belong to ("## Discussion" over a list
    is that part's points): a list is the minutes only with no such heading above it beyond the title."""
    return block.kind is BlockKind.HEADING and attendance_label(block.text.strip()) is None


def _under_entry_date(run: list[Block], before: Block | None, headings: set[str]) -> bool:
    """Whether a list right under a log entry's date line ("19.11" / "- Scarce gBZZ (Ann):") is the
    entry's topics: most of its top-level items carry notes, or each is a topic's line, not a sentence."""
    if before is None or before.kind is not BlockKind.PARAGRAPH or not _DATE_ONLY.fullmatch(before.text.strip()):
        return False
    top = min(b.level for b in run)
    titles = [b for b in run if b.level == top]
    with_notes = sum(1 for a, b in zip(run, run[1:], strict=False) if a.level == top < b.level)
    # "Ann proposed that Bo be invited. (5/5)": a sentence, its vote in brackets after it
    topics = all(not (plain := _LINK_OR_BRACKET.sub("", b.text).rstrip()).endswith(".") and
                 len(plain.split()) <= MAX_TOPIC_WORDS for b in titles)
    # "Queried the run times." over "Suggested a second test.": what was said, each line a sentence
    sentences = all(_LINK_OR_BRACKET.sub("", b.text).rstrip().endswith(".") for b in titles)
    if any(b.lead_bold.rstrip().endswith(":") for b in titles):
        return False  # "**Length:** 2 hours", "**To do:**": the entry's fields, not its topics
    if any(attendance_label(b.text.strip()) for b in titles):
        return False  # "- Moderator: Ann" / "- Attendees" over the names: the entry's header, not its topics
    return (with_notes >= 1 and 2 * with_notes >= len(titles) and not sentences or topics) and \
        not _repeated_as_headings(run, headings)


def _unlabelled_outline(run: list[Block], before: Block | None, headings: set[str], later: list[Block],
                        after_attendance_items: bool = False) -> bool:
    """Whether a list with no "Agenda" label, right after the attendance, is the minutes kept as one
    list: most of its top-level items carry sentences nested under them."""
    # right after the attendance ("Present: Ann, Bo" then "1. Budget" with its notes nested; or its first
    # items, "- Present: Ann, Bo"), or after the header's other lines ("Chair: Ann Lee", the date line, "The
    # chair opened the meeting at 7pm.")
    if not after_attendance_items and (before is None or before.kind is not BlockKind.PARAGRAPH or
                                       not _ends_header(before.text.strip())):
        return False
    top = min(b.level for b in run)
    titles = [b for b in run if b.level == top]
    if any(b.text.rstrip().endswith(":") for b in titles):
        return False  # "The Chair asked members to consider the following:": a lead-in, not an item
    with_notes = sum(1 for a, b in zip(run, run[1:], strict=False) if a.level == top < b.level)
    return 2 * with_notes >= len(titles) and _carries_notes(run) and not _repeated_as_headings(run, headings) and \
        not _minuted_elsewhere(later)


def _ends_header(text: str) -> bool:
    """Whether a line is one a minutes' header ends with: the attendance, a role or date line, or an
    opening sentence."""
    if (found := attendance_label(text)) is not None:
        return bool(found.rest.strip())
    return is_role_line(text) or is_date_line(text) or text.endswith(".") and len(text.split()) >= MIN_NOTE_WORDS


def _attendance_items(run: list[Block], before: Block | None) -> int:
    """How many items open a list as its header: top-level attendance lines with their names ("- Attendees:
    Ann Lee, Bo Ode"), each with what is nested under it ("  - Apologies: Cy Park"); under a bare "Attendees:"
    label, the first item naming them ("- Ann Lee, Bo Ode, Cy Park")."""
    top = min(b.level for b in run)
    label = attendance_label(before.text.strip()) if before is not None else None
    count = 0
    for k, block in enumerate(run):
        if block.level == top:
            found = attendance_label(block.text.strip())
            names = k == 0 and label is not None and not label.rest.strip() and is_name_list(block.text.strip())
            if not names and (found is None or not found.rest.strip()):
                break
        count = k + 1
    return count if count < len(run) else 0


def _under_title(run: list[Block], before: Block | None, headings: set[str], later: list[Block]) -> bool:
    """Whether a list right under the minutes' title heading, the only heading above it, is the minutes
    kept as one list ("# Steering group" over "- Budget" and its notes, "- Website" and its)."""
    # (a title is a top-level heading: "### Board Members" over its list is an item with its points)
    return before is not None and before.kind is BlockKind.HEADING and before.level <= TITLE_HEADING_LEVEL and \
        _topics_with_notes(run) and _carries_notes(run, MIN_OUTCOME_NOTE_WORDS) and \
        not _repeated_as_headings(run, headings) and not _minuted_elsewhere(later)


def _labels_item_list(block: Block) -> bool:
    """"Agenda:", or a "Resolutions" / "Decisions" heading: over a list whose top-level
    items are the meeting's items when each carries its outcomes nested below it."""
    text = block.text.strip()
    # a whole-bold line is the heading of a Word file typed without heading styles
    return bool(AGENDA_LABEL.fullmatch(text) or _ITEMS_LABEL.fullmatch(text) or
                (block.kind is BlockKind.HEADING or block.all_bold) and DECISION_LABELS.match(text))


def _list_run(blocks: list[Block], start: int) -> list[Block]:
    """The list items from ``start`` up to the first block that is not one."""
    end = start
    while end < len(blocks) and blocks[end].kind is BlockKind.LIST_ITEM:
        end += 1
    return blocks[start:end]


# "Discussion points:", "Action items:": a short label alone on its line.
_NOTES_LABEL = lazy_compile(r"[A-Z][\w'’ -]{0,30}:")


def _carries_notes(run: list[Block], min_words: int = MIN_NOTE_WORDS) -> bool:
    """Whether several top-level items of a list have sentences nested under them."""
    if not run:
        return False
    top = min(b.level for b in run)
    with_notes = sum(1 for a, b in zip(run, run[1:], strict=False) if a.level == top < b.level)
    # a label over the notes ("Discussion points:") sorts them; it is not one of them
    notes = [b for b in run if b.level > top and not _NOTES_LABEL.fullmatch(b.text.strip())]
    words = sum(len(b.text.split()) for b in notes) / max(len(notes), 1)
    return with_notes >= MIN_ITEMS_WITH_NOTES and words >= min_words


def _repeated_as_headings(run: list[Block], headings: set[str]) -> bool:
    """Whether the minutes give the agenda's items headings of their own later: then it is only an agenda."""
    top = min(b.level for b in run)
    return any(b.text.strip().lower() in headings for b in run if b.level == top)


def _minuted_elsewhere(later: list[Block]) -> bool:
    """Whether a later heading has running text under it: then the minutes are there, and the list is the plan."""
    return any(a.kind is BlockKind.HEADING and b.kind is BlockKind.PARAGRAPH and len(b.text.split()) >= MIN_NOTE_WORDS
               for a, b in zip(later, later[1:], strict=False))


# Topic headings, each over its list of notes, that make the minutes of a meeting whose agenda came first.
MIN_NOTED_HEADINGS = 2


def _noted_headings(later: list[Block]) -> int:
    """How many headings have a list of notes right under them and name no part of the record of their own
    ("### Status" over "- ann: reworked the checker ...", not "### Attendees" or "### Action items")."""
    count = 0
    for i, block in enumerate(later[:-1]):
        text = block.text.strip()
        if block.kind is not BlockKind.HEADING or later[i + 1].kind is not BlockKind.LIST_ITEM or \
                attendance_label(text) or ACTIONS_HEADING.match(text) or next_meeting_label(text) is not None:
            continue
        run = _list_run(later, i + 1)
        count += sum(len(b.text.split()) for b in run) >= MIN_NOTE_WORDS * len(run)
    return count


def _outcome_items(run: list[Block]) -> dict[int, tuple[str, str]]:
    """(title, outcome) of each numbered top-level item, when most of the list writes its items so."""
    items = [b for b in run if b.level == 0 and b.label and _NUMBER_LABEL.fullmatch(b.label.strip())]
    split = {id(b): parts for b in items if (parts := item_outcome(b.text))}
    dashed = sum(1 for b in items if _ITEM_DASH_OUTCOME.match(b.text))
    # "Accounts - signed off": one capitalised word over what was done may be a topic or a person ("Braden -
    # call ..."); it neither makes nor breaks a list of topics ("CDC - Planning Schedule": a letter's sender)
    one_word = sum(1 for b in items if id(b) not in split and (parts := item_outcome(b.text, names_possible=False))
                   and len(parts[0].split()) == 1 and parts[1][:1].islower())
    if dashed < MIN_OUTCOME_ITEMS or len(split) < MIN_OUTCOME_ITEMS or \
            len(split) + one_word < MIN_OUTCOME_SHARE * len(items):
        return {}
    # a list of topics ("Bin update - ...", "Park inspection - ..."): "Footpaths - ..." is one more, no person
    return {id(b): parts for b in items if (parts := item_outcome(b.text, names_possible=False))}


def item_outcome(text: str, *, names_possible: bool = True) -> tuple[str, str] | None:
    """("Decide on the committee size", "We decided not to set a limit") for an item and its
    outcome on one line; None when the line does not split so (``names_possible``: a title of a
    capitalised word or two may be a person's name)."""
    m = _ITEM_DASH_OUTCOME.match(text.strip()) or _QUESTION_OUTCOME.match(text.strip())
    if not m or len(m["title"].split()) > MAX_TITLE_WORDS:
        return None
    if names_possible and _capitalised_words(m["title"]):
        return None  # "Ann Lee - Treasurer", "Braden - call the council": a person, not an item
    return m["title"].strip(), m["rest"].strip()


def officer_outcome(text: str) -> tuple[str, str] | None:
    """("Treasurer", "plot rents were received") for an officer's report under a group of reports
    ("a) Treasurer – plot rents ...", "Site Manager - the hedge ..."): a role is no person's name. The office
    and who holds it ("Treasurer - Ann Lee", as an election's results list them) is no report."""
    parts = item_outcome(text, names_possible=False)
    return parts if parts is not None and _OFFICER.fullmatch(parts[0]) and not looks_like_name(parts[1]) else None


# "Treasurer", "Site Manager", "Vice-Chair": an office, written as a title.
_OFFICER = lazy_compile(rf"(?:[\w'’-]+\s+){{0,2}}{any_of(ROLE_WORDS)}", re.I)


def _capitalised_words(title: str) -> bool:
    """A title of few words, each capitalised, as a person's name is written."""
    words = title.split()
    return len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words)


def _speaker_point(text: str) -> bool:
    """"Pierre: not decided yet ...": a person's remark in the list, not an item."""
    turn = turn_prefix(text)
    return turn is not None and len(turn.speaker.split()) <= MAX_SPEAKER_WORDS and bool(turn.text)


class ListMinutesHandlers:
    """Handlers mixed into the segmenter; they use its state and segments."""

    state: PassState
    seg: Segments
    list_minutes: ListMinutes = ListMinutes()  # replaced by the pass's own (`find_list_minutes`)
    agenda_topic_level: int | None = None  # the list level whose items are the agenda's topics
    topics_resolved: bool = False  # whether the list is labelled "Resolutions": its items' notes are outcomes
    topic_group: tuple[str, int] | None = None  # the open group of topics ("Standing items") and its list level

    def open_section(self, span: SectionSpan) -> None:  # provided by the segmenter
        raise NotImplementedError

    def on_agenda_with_notes(self, step: Step) -> bool:
        """"Agenda" over a list whose items carry their notes: the items are the sections."""
        if id(step.block) not in self.list_minutes.agenda_labels or step.following is None:
            return False
        self.agenda_topic_level = self.list_minutes.agenda_labels[id(step.block)]
        self.topics_resolved = id(step.block) in self.list_minutes.resolution_labels
        self.state.current, self.state.context = None, Context.NONE
        self.state.seen_structure = True
        return True

    def on_agenda_topic(self, step: Step) -> bool:
        """A top-level item of such an agenda opens its section; a remark ("Ann: ...") is a point."""
        block = step.block
        # (an entry's outline under its date line ends the agenda listed above it)
        if self.agenda_topic_level is None and id(block) in self.list_minutes.outline_starts and \
                self.state.context in (Context.NONE, Context.ATTENDANCE, Context.AGENDA):
            self.agenda_topic_level = block.level  # an unlabelled list whose items carry their notes
            self.state.seen_structure = True
        if self.agenda_topic_level is None:
            return False
        if block.kind is not BlockKind.LIST_ITEM:
            before_item = step.following is not None and step.following.kind is BlockKind.LIST_ITEM
            if block.kind is BlockKind.PARAGRAPH and not block.all_bold and before_item and \
                    (self.state.current is None or block.text[:1].islower()):
                return False  # an aside between the label and its first item, or an item's line run on below it
            self.agenda_topic_level = None  # the list has ended
            return False
        if self.topic_group is not None and block.level <= self.topic_group[1]:
            self.agenda_topic_level, self.topic_group = self.topic_group[1], None  # the group has ended
        if block.level < self.agenda_topic_level:
            self.agenda_topic_level = None  # "* Action items" beside the "* Topics" label: the topics have ended
            return False
        if block.level != self.agenda_topic_level or _speaker_point(block.text) and self.state.current:
            return False
        if id(block) in self.list_minutes.topic_groups:
            # "- Standing items:" over its topics: they are the items, one level down, until the group ends
            self.topic_group = (block.text.strip(" *_:"), block.level)
            self.agenda_topic_level = block.level + 1
            self.state.current, self.state.context = None, Context.NONE
            return True
        if next_meeting_label(block.text.strip()) == "":
            self.agenda_topic_level = None  # "Next meeting" closing the list: its items give the next meeting
            return False
        group = self.topic_group[0] if self.topic_group is not None else None
        self.open_section(SectionSpan(block, block.text, None, level=99, parent=group,
                                      resolutions=self.topics_resolved))
        self.state.context = Context.NONE
        return True

    def on_grouped_item_outcome(self, step: Step) -> bool:
        """"Roof repair - Paul will get two more bids" under "Old Business:": each such line is an
        item of the group the heading only names, and what follows its dash is what was minuted."""
        current, block = self.state.current, step.block
        # the group's heading, or the group of the item such a line opened just before
        group = current.parent if current is not None and current.parent and current.title_hint else \
            current.heading_text if current is not None else ""
        if current is None or self.state.context is not Context.NONE or \
                not _names_grouping(group.strip().rstrip(":")) or \
                block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.level > 0 and not block.label or \
                not (parts := item_outcome(step.text) or officer_outcome(step.text)) or \
                len(parts[0].split()) > MAX_GROUPED_TITLE_WORDS or not parts[0][:1].isupper():
            return False
        if group == current.heading_text:
            # the group's first item: a run of such lines follows its heading (one such line under
            # "Subcommittee Reports" may describe the part, over sub-headings of its own)
            following = step.following
            if following is None or following.kind is not block.kind or \
                    not (item_outcome(following.text) or officer_outcome(following.text)):
                return False
            current.grouping = not current.blocks  # it names the group; its lines are the items
        self.open_section(SectionSpan(block, step.text, parts[0], parts[1], level=99, parent=group))
        return True

    def on_item_outcome(self, step: Step) -> bool:
        """"4. Decide on the committee size - We decided not to set a limit": the item, and its outcome."""
        parts = self.list_minutes.outcomes.get(id(step.block))
        # the first item may follow the attendance line straight away ("Present: Ann, Bo" then "(1) Minutes of
        # last meeting - approved"): a title no name could be ends the list of names
        after_names = self.state.context is Context.ATTENDANCE and parts is not None and \
            not _capitalised_words(parts[0])
        if parts is None or self.state.context not in (Context.NONE, Context.AGENDA) and not after_names:
            return False  # "2. Braden - call the council" in a list of actions
        self.state.context = Context.NONE
        self.state.seen_structure = True
        if _NEXT_MEETING_ITEM.search(parts[0]):
            # "Agree the next meeting date - Agreed to target 20 October": not an item, but the
            # next meeting, and what was agreed about it
            self.seg.next_meeting.append(step.block)
            self.seg.loose_blocks.append(Block(BlockKind.PARAGRAPH, parts[1], step.block.index, step.block.page))
            self.state.current = None
            return True
        if (label := attendance_label(f"{parts[0]}: {parts[1]}")) and label.label.strip() == parts[0].strip():
            # "Apologies for absence - none", "Present - Ann Lee, Bo Ode": who came, not an item (GOLD)
            self.seg.attendance.append(AttendancePart(label.category, label.label, label.rest, after_colon=True))
            self.state.current = None
            return True
        self.open_section(SectionSpan(step.block, step.text, parts[0], parts[1], level=99))
        return True
