"""The hierarchy pass after segmentation: sections as agenda items.

Issue-tracker items become items of their own, a heading that only groups the
items below it gives way to them, sub-items of numbered items join them, and
headings that are meeting furniture ("Venue", "Links") are dropped.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.contents import heading_positions, lists_headings_below, without_contents_listing
from notes_extract.segment.dated_events import lists_coming_events
from notes_extract.segment.heading_lists import fold_introduced_lists
from notes_extract.segment.headings import NUMBERED, OUTLINE_SEPARATOR, STANDARD_ITEMS
from notes_extract.segment.labels import is_date_line
from notes_extract.segment.lettered_items import split_lettered_items
from notes_extract.segment.minutes_items import minutes_item
from notes_extract.segment.minutes_titles import without_minutes_title
from notes_extract.segment.number_gaps import fill_number_gaps
from notes_extract.segment.outline import AGENDA_LABEL, AGENDA_MINUTE
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.payment_lists import fold_payment_captions
from notes_extract.segment.reference_headings import title_reference_headings
from notes_extract.segment.result_titles import title_with_result
from notes_extract.segment.sign_offs import closes_page_or_minutes
from notes_extract.vocab.build import any_of
from notes_extract.vocab.sections import (
    AGENDA_LISTING_HEADINGS,
    FURNITURE_HEADINGS,
    GROUPING_WORDS,
    NOTES_HEADINGS,
    TABLE_OF_CONTENTS_HEADING,
    WEB_PAGE_FURNITURE,
)

# Headings that are meeting furniture, not agenda items.
_NOT_SECTIONS = lazy_compile(rf"^{FURNITURE_HEADINGS}\s*:?\s*$", re.I)
# Furniture headings that an organising committee also discusses as items ("### Venue" over
# "- Hall confirmed for 22-23 March."): such a heading over minuted sentences is a topic.
_DISCUSSED_FURNITURE = lazy_compile(r"^(?:venue|location|logistics|registration)\s*:?\s*$", re.I)
# A minuted sentence: this many words at least, and a full stop at its end.
MIN_MINUTED_SENTENCE_WORDS = 5


def _minuted_topic(span: SectionSpan) -> bool:
    """Whether a venue or logistics heading holds the meeting's discussion of it, not the meeting's place, or
    an "Agenda" heading its minute ("The agenda was approved.")."""
    if AGENDA_LABEL.fullmatch(span.heading_text.strip(" #*_")):
        return any(block.kind is BlockKind.PARAGRAPH and AGENDA_MINUTE.match(block.text.strip())
                   for block in span.blocks)
    return bool(_DISCUSSED_FURNITURE.match(span.heading_text.strip(" #*_"))) and any(
        block.kind is BlockKind.LIST_ITEM and len(block.text.split()) >= MIN_MINUTED_SENTENCE_WORDS and
        block.text.rstrip().endswith((".", "!", "?")) for block in span.blocks)


_CONTENTS = lazy_compile(rf"^{TABLE_OF_CONTENTS_HEADING}\s*:?\s*$", re.I)
_WEB_PAGE_FURNITURE = lazy_compile(rf"^(?:{WEB_PAGE_FURNITURE})$", re.I)

# An issue tracker item used as an agenda item ("Interim TSC Election #1763", "... (#1763)", or
# "... https://github.com/org/repo/pull/1763": the item's link written out).
_TRACKER_ITEM = lazy_compile(r"^(?P<title>.{3,200}?)\s+(?:\[?#\d+\]?|\(#\d+\)|"
                             r"\(?https?://\S+/(?:issues|pull|pulls|merge_requests)/\d+/?\)?)\s*$")

# A heading naming one report, whose sub-headings are its parts, and one
# naming a group of items, whose sub-headings are the items.
# ("Finance" over "Income" and "Spending": the money of the meeting, one item in parts.)
_ONE_REPORT = lazy_compile(r"\breport\s*$|^\W*report\s+(by|from|of|on)\b"
                           r"|^\W*(?:\d{1,3}[.)]?\s*)?(finances?|accounts|budget)\W*$", re.I)
_GROUPING = lazy_compile(rf"\b{any_of(GROUPING_WORDS)}\s*$", re.I)
# "Discussion", "Meeting notes": a heading over the minutes' items, however many there are.
_NOTES = lazy_compile(rf"^\W*{NOTES_HEADINGS}\s*:?\W*$", re.I)

# An item number at the start of a heading ("12", "12.1", "1-2", "XII").
_ITEM_NUMBER = lazy_compile(r"^\(?(\d{1,4}(?:[.-]\d{1,3})*|[IVX]{1,5})")
# "2a. Finance report", "3(b) Hall hire": a lettered sub-item of item 2, one level below it.
_LETTERED_SUB_ITEM = lazy_compile(r"^\(?\d{1,3}\s?\(?[a-h][.)]?\s+[A-Z]")
_LEADING_DIGITS = lazy_compile(r"\d+")
_LEADING_ROMAN = lazy_compile(r"([IVX]{1,4})[.):\s]")
# The roman numbers an outline may start from (up to OUTLINE_FIRST_NUMBER_MAX).
_FIRST_ROMAN_NUMBERS = ("I", "II", "III", "IV", "V")
_LINK = lazy_compile(r"https?://|www\.")
# An outline numbers its items from 1 (a few may be attendance items read elsewhere); minute
# numbers that run on from earlier meetings ("183", "184") start far above it, and their
# sub-items ("190.1") are parts of one minute, never items of their own.
OUTLINE_FIRST_NUMBER_MAX = 5


def restructure(spans: list[SectionSpan], leftovers: list[Block]) -> list[SectionSpan]:
    """Apply the hierarchy: issue-tracker items become items of their own, a
    heading that only groups the items below it gives way to them, and a
    heading with a single sub-heading keeps it as its own content. The text of
    headings that are meeting furniture ("Venue", "Links") goes to ``leftovers``."""
    spans = fold_payment_captions(without_contents_listing(without_minutes_title(spans, leftovers)))
    spans = [title_with_result(span) for span in split_lettered_items(spans)]  # "Approval of Minutes-approved"
    spans = _numbered_items_only(fill_number_gaps(fold_introduced_lists(spans)))
    spans = _levels_from_capitals(spans)
    spans = [s for span in spans for s in _split_tracker_items(span)]
    spans = title_reference_headings(spans)
    out: list[SectionSpan] = []
    headings = heading_positions(spans)
    for i, span in enumerate(spans):
        if span.level == -1:
            continue  # merged into its parent
        children = []
        for later in spans[i + 1:]:
            # Headings of unknown depth (a bold line, 99) are nobody's children.
            if later.level <= span.level or later.level == 99:
                break
            children.append(later)
        direct = [c for c in children if c.level == min((x.level for x in children), default=0)]
        empty = not span.blocks and not span.rest
        if span.grouping and empty:
            for child in children:
                child.parent = child.parent or span.heading_text
            continue
        if span.level < 99 and children and (_ONE_REPORT.search(span.heading_text) or _asked_in_parts(span, direct)):
            # "Treasurer's Report" with "Income" and "Expenses" under it: one item
            for child in children:
                span.blocks += [child.heading, *child.blocks]
                child.level = -1
        elif span.level < 99 and (len(direct) >= 2 or len(direct) == 1 and _groups_one(span)) and \
                (empty or _GROUPING.search(span.heading_text) or _NOTES.match(span.heading_text)):
            for child in children:
                child.parent = child.parent or span.heading_text
            leftovers.extend(span.blocks)  # its own lines ("Actions: Ann") are no item, but what they say counts
            continue  # a heading that only groups other items ("Officer Reports", "New business")
        elif span.level < 99 and len(direct) == 1 and empty and len(children) == 1 and \
                not _CONTENTS.match(span.heading_text):  # "Contents" over one item gives it no title
            child = direct[0]
            span.blocks = [child.heading, *child.blocks]
            child.level = -1
        if span.role_lines and empty and not children:
            continue  # "Welcome" over "Chair: Ann" only: the meeting's roles, read as attendance
        if _web_page_furniture(span):
            continue  # "Advertisements" over "This entry was posted in ...": the page's, not the minutes'
        # A numbered item of the minutes' list ("2. Logistics" with its notes) is an item whatever its name.
        numbered_item = span.heading is not None and span.heading.kind is BlockKind.LIST_ITEM and \
            bool(span.heading.label) and bool(span.blocks)
        # "### 6th Nov, 2025" over the notes: when the meeting was, not what it discussed
        dated = is_date_line(span.heading_text.strip(" :#*_"))
        furniture = _NOT_SECTIONS.match(span.heading_text) and not numbered_item and not _minuted_topic(span) and \
            not lists_coming_events(span) and \
            not minutes_item(span.heading_text, span.rest, [block.text for block in span.blocks])
        if furniture or _only_links(span) or _agenda_listing(span) or closes_page_or_minutes(span) \
                or dated or lists_headings_below(span, i, headings):
            leftovers.extend(span.blocks)  # not an agenda item, but what it says still counts
            continue
        out.append(span)
    return out


# Where plain headings come in two styles, ALL CAPITALS ones are the items and the
# mixed-case ones between them their parts: they get these levels (below heading
# styles, list numbers and numbered paragraphs, above unknown depth).
CAPITALS_LEVEL, MIXED_CASE_LEVEL = 40, 41
# How many plain headings of each style, at least, make the two styles a hierarchy.
MIN_HEADINGS_PER_STYLE = 2


# "What did you do last week?": a prompt that a heading's parts answer, a short question.
_PROMPT = lazy_compile(r"^[^?]{3,80}\?$")


def _asked_in_parts(span: SectionSpan, direct: list[SectionSpan]) -> bool:
    """Whether an empty heading's sub-headings are all questions it is answered in ("Standup" over "What did
    you do last week?" and "What will you do this week?"): one item in parts, the questions no items."""
    return not span.blocks and not span.rest and len(direct) >= 2 and \
        all(_PROMPT.match(child.heading_text.strip()) for child in direct) and \
        not _GROUPING.search(span.heading_text) and not _NOTES.match(span.heading_text)


def _groups_one(span: SectionSpan) -> bool:
    """Whether a heading over a single sub-item only groups it: "Discussion" over the items, or an empty
    "Reports" over "Treasurer's report" (the one report of the meeting is the item, not "Reports")."""
    return bool(_NOTES.match(span.heading_text)) or not span.blocks and not span.rest and \
        bool(_GROUPING.search(span.heading_text))


def _levels_from_capitals(spans: list[SectionSpan]) -> list[SectionSpan]:
    """Give plain headings of unknown depth (bold or short lines) a level from their case,
    when the minutes set their items in capitals ("MATTERS ARISING") and the subjects
    under them in mixed case ("Sudeley Drive"): one style follows the other, so it is a
    hierarchy, not two ways of writing one kind of heading."""
    plain = [s for s in spans if s.level == 99 and s.heading.kind is BlockKind.PARAGRAPH and _has_letters(s)]
    in_capitals = [_in_capitals(s) for s in plain]  # (each heading's letters counted once)
    capitals = [s for s, upper in zip(plain, in_capitals, strict=True) if upper]
    mixed = [s for s, upper in zip(plain, in_capitals, strict=True) if not upper]
    if len(capitals) < MIN_HEADINGS_PER_STYLE or len(mixed) < MIN_HEADINGS_PER_STYLE:
        return spans
    # (by identity: `in` a list of spans compares every field of each, for each span)
    capital_ids, mixed_ids = {id(s) for s in capitals}, {id(s) for s in mixed}
    under_capitals = sum(1 for a, b in zip(spans, spans[1:], strict=False)
                         if id(a) in capital_ids and id(b) in mixed_ids)
    if not under_capitals or spans.index(capitals[0]) > spans.index(mixed[0]):
        return spans  # the mixed-case headings do not sit under capital ones
    for span in capitals:
        span.level = CAPITALS_LEVEL
    for span in mixed:
        span.level = MIXED_CASE_LEVEL
    return spans


def _has_letters(span: SectionSpan) -> bool:
    return any(c.isalpha() for c in span.heading_text)


def _in_capitals(span: SectionSpan) -> bool:
    letters = [c for c in span.heading_text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _number_depth(span: SectionSpan) -> int:
    """0 for an unnumbered heading, 1 for "12." / "XII", 2 for "12.1" or "1-2", ..."""
    label = (span.heading.label or "").strip()
    if label:
        return 1 + len(OUTLINE_SEPARATOR.findall(label.strip("().")))
    if not NUMBERED.match(span.heading_text):
        return 2 if _LETTERED_SUB_ITEM.match(span.heading_text) else 0
    number = _ITEM_NUMBER.match(span.heading_text)
    return 1 + len(OUTLINE_SEPARATOR.findall(number.group(1))) if number else 1


def _is_numbered(span: SectionSpan) -> bool:
    """Whether the heading carries an item number."""
    return _number_depth(span) > 0


def _numbered_items_only(spans: list[SectionSpan]) -> list[SectionSpan]:
    """Where the minutes number their items, an unnumbered heading between two
    numbered items (a bold line, a bigger font in a report) is part of the
    item above it, not an item of its own; so is a sub-item ("190.1") of a
    numbered item. But a numbered item that says nothing before its first
    sub-item ("5 Events" then "5.1 Pool night") only groups them: the
    sub-items one level down are the items, and the group is none; at any
    depth ("1-2 Paint" then "1-2-1 Colours")."""
    numbered = [i for i, span in enumerate(spans) if _is_numbered(span)]
    if len(numbered) < 3:
        return spans
    top = min(_number_depth(spans[i]) for i in numbered)
    outline = _outline_numbers([spans[i] for i in numbered if _number_depth(spans[i]) == top])
    out: list[SectionSpan] = []
    groups: list[SectionSpan] = []  # the open grouping items, outermost first, one per depth
    last_top = ""  # the number of the last top-level item
    topics_of: SectionSpan | None = None  # an item with no text whose unnumbered sub-headings are the items
    for i, span in enumerate(spans):
        depth = _number_depth(span)
        if depth >= top:
            del groups[max(depth - top, 0):]  # a number at this depth closes deeper groups
            topics_of = None
        if topics_of is not None and depth == 0 and span.level > topics_of.level:
            span.parent = span.parent or topics_of.heading_text
            out.append(span)
            continue
        if depth == top and outline and _groups_topics(span, spans[i + 1:]):
            topics_of = span
            span.grouping = True  # kept, so its sub-headings stay its own and not the item's above
            out.append(span)
            continue
        if depth == top:
            last_top = _item_number(span)
        elif depth == top + 1 and not groups and out and last_top and _item_number(span).rsplit(".", 1)[0] != last_top:
            out.append(span)  # "8.1" after item 7's sub-items: an item whose parent was never written
            continue
        item_depth = top + len(groups)  # the depth whose numbered headings are items here
        inside = numbered[0] < i and out and (depth == 0 or depth > item_depth) and \
            not STANDARD_ITEMS.match(span.heading_text)
        if depth == item_depth and outline and _groups_next(span, spans[i + 1:], depth):
            groups.append(span)
            continue
        if groups and depth == item_depth:
            span.parent = span.parent or groups[-1].heading_text
            out.append(span)
        elif inside and out:
            out[-1].blocks += [span.heading, *span.blocks]
        else:
            out.append(span)
    return out


def _outline_numbers(top_items: list[SectionSpan]) -> bool:
    """Whether the top-level items are numbered as an outline, from 1 (or "I"), not as running minute numbers."""
    if not top_items:
        return False
    number = (top_items[0].heading.label or top_items[0].heading_text).strip("( ")
    if first := _LEADING_DIGITS.match(number):
        return int(first.group(0)) <= OUTLINE_FIRST_NUMBER_MAX
    roman = _LEADING_ROMAN.match(number)
    return roman is not None and roman.group(1) in _FIRST_ROMAN_NUMBERS


def _groups_next(span: SectionSpan, later: list[SectionSpan], depth: int) -> bool:
    """Whether a numbered item has no text of its own and its next heading is its first sub-item."""
    return not span.blocks and not span.rest and bool(later) and _number_depth(later[0]) == depth + 1


def _groups_topics(span: SectionSpan, later: list[SectionSpan]) -> bool:
    """Whether a numbered item has no text of its own and its next heading is an unnumbered one set below it
    ("6. To discuss ...:" then a "Streetlighting" heading): the sub-headings are the items."""
    return not span.blocks and not span.rest and bool(later) and _number_depth(later[0]) == 0 and \
        later[0].heading.kind is BlockKind.HEADING and span.heading.kind is BlockKind.HEADING and \
        later[0].level > span.level


def _item_number(span: SectionSpan) -> str:
    """The item number a heading carries ("8.1"), without its last full stop."""
    number = _ITEM_NUMBER.match((span.heading.label or span.heading_text).strip("( "))
    return number.group(1).rstrip(".") if number else ""


def _split_tracker_items(span: SectionSpan) -> list[SectionSpan]:
    """A section whose list items are issue-tracker entries ("Title #123") with
    their notes nested below: each entry is an agenda item."""
    items = [b for b in span.blocks if b.kind is BlockKind.LIST_ITEM and b.level == 0
             and _TRACKER_ITEM.match(b.text)]
    if not items or any(b.kind is not BlockKind.LIST_ITEM for b in span.blocks):
        return [span]
    out: list[SectionSpan] = []
    head = SectionSpan(span.heading, span.heading_text, span.title_hint, span.rest, [], span.level,
                       span.presenter_hint, span.parent, grouping=True)
    current = head
    for block in span.blocks:
        if block in items:
            title = _TRACKER_ITEM.match(block.text)["title"]  # type: ignore[index]
            current = SectionSpan(block, title, None, "", [], span.level + 1, None, span.heading_text)
            out.append(current)
        else:
            current.blocks.append(block)
    return [head, *out]


_AGENDA_LISTING = lazy_compile(rf"^{AGENDA_LISTING_HEADINGS}\s*:?\s*$", re.I)
# An agenda lists items by their titles: a few words each, at least two of them.
MAX_LISTED_ITEM_WORDS = 8
MIN_LISTED_ITEMS = 2


def _agenda_listing(span: SectionSpan) -> bool:
    """Whether a "Topics" heading holds only the list of the meeting's items, by their titles."""
    texts = [b.text.strip() for b in span.blocks]
    return bool(_AGENDA_LISTING.match(span.heading_text)) and not span.rest and len(texts) >= MIN_LISTED_ITEMS \
        and all(b.kind is BlockKind.LIST_ITEM for b in span.blocks) \
        and all(len(t.split()) <= MAX_LISTED_ITEM_WORDS and not t.endswith((".", "?", "!")) for t in texts)


_AFTER_STOP = lazy_compile(r"(?<=\.)\s+")  # where a line's sentences part


def _web_page_furniture(span: SectionSpan) -> bool:
    """Whether a section is only what a web page prints around a post (its heading and every line)."""
    if not _WEB_PAGE_FURNITURE.match(span.heading_text.strip()):
        return False  # (the heading first: most are no furniture, and their lines need no cutting)
    return all(_WEB_PAGE_FURNITURE.match(part) for b in span.blocks for part in _AFTER_STOP.split(b.text.strip())
               if part)


def _only_links(span: SectionSpan) -> bool:
    """Whether a section holds nothing but links."""
    texts = [b.text for b in span.blocks]
    return bool(texts) and all(_link_line(t) for t in texts) and not span.rest


# A line that gives a link says little else: "Slides: https://...", "Recording (https://...)".
MAX_LINK_LINE_WORDS = 6
_URL = lazy_compile(r"(?:https?://|www\.)\S+")


def _link_line(text: str) -> bool:
    """Whether a line is a link with at most a short label, not a sentence that cites one."""
    return bool(_LINK.search(text)) and len(_URL.sub("", text).split()) <= MAX_LINK_LINE_WORDS
