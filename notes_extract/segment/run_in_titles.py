"""Items titled at the start of their own paragraph, with no mark but a separator.

Plain minutes often run an item's title into its text: "Finance - the treasurer reported ...",
"Finance. The treasurer reported ...", "Water supply: the standpipe is leaking ...", "Finance (Cy):
...". One such paragraph proves nothing ("Thanks. The meeting ..."); minutes whose paragraphs open so
again and again, each with a short verbless caption of its own, write their items so, whichever
separator each one uses. Each caption then becomes a heading and its text a paragraph under it.

Not here: captions that repeat (a field, "Reason: ...", or a speaker, "Ann: ..."), the names of the
people the attendance lists ("Ann Lee: ..."), the minutes' own labels (attendance, "Action:", "Resolved:",
the next meeting), and minutes with headings of their own below the title (there a captioned paragraph is
a part of an item).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import ends_with_abbreviation
from notes_extract.segment.annotations import annotation_label
from notes_extract.segment.headings import FINITE_VERB, SENTENCE_OPENERS, names_movers
from notes_extract.segment.labels import (
    ACTION_LINE,
    DECISION_LABELS,
    FIELD_LABELS,
    NOT_TOPICS,
    attendance_label,
    is_role_line,
    next_meeting_label,
)
from notes_extract.vocab.sections import PRESENTER_VERBS, RUN_ON_SENTENCE_OPENERS

# Captioned paragraphs a document needs, and their least share of its paragraphs of text.
MIN_RUN_IN_TITLES = 3
MIN_RUN_IN_SHARE = 0.25
# A paragraph of text, as against a short line: this many words at least; a sentence beside a title line.
MIN_TEXT_WORDS = 8
MIN_SENTENCE_WORDS = 5
# The longest caption, in words; a caption this short or shorter may not open with a label's word.
MAX_TITLE_WORDS = 6
MAX_LABEL_WORDS = 2
# Short title lines over text that make the document's items titled on lines: this many, and one for every
# two captions.
MIN_TITLE_LINES = 2
TITLE_LINES_PER_CAPTION = 2
# Numbered items that make a document's items numbered: its captioned paragraphs are their points.
MIN_NUMBERED_ITEMS = 2
_NUMBER_LABEL = lazy_compile(r"\(?\d{1,2}[.)]?")
_TYPED_NUMBER = lazy_compile(r"^\s*\(?\d{1,2}[.)]\s+\S")
# The document's own title lines, which may be headings above the captioned items.
TITLE_BLOCK_LINES = 3
# The heading level given to an item (as the other passes that make items give it).
ITEM_LEVEL = 2

_DASHES = ("-", "–", "—")
# A sentence's first word, capitalised, right after a title whose separator the text lost ("Finance The ...").
_OPENER = "(?:" + "|".join(w.capitalize() for w in RUN_ON_SENTENCE_OPENERS) + ")"
# "Finance", then "(Cy Dunn)" perhaps, then the separator: a colon, a full stop, a dash, or only a space
# before a sentence's first word.
_RUN_IN = lazy_compile(
    rf"^(?P<title>[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){{0,{MAX_TITLE_WORDS - 1}}}?)"
    r"(?P<who>\s*\([^()]{2,40}\))?"
    r"(?P<sep>\s*:|\.|\s+[-–—]|\s*[–—]|(?=\s+" + _OPENER + r"\s+[a-z]))\s+(?P<rest>\S.*)$", re.S)
# "Meeting adjourned. ...", "Minutes approved. ...": an outcome in a few words, not a caption.
_ENDS_IN_PARTICIPLE = lazy_compile(r"\w{3,}ed$")
# "Recorded by: ...": a caption ending in a preposition names a person, not an item.
_ENDS_IN_PREPOSITION = lazy_compile(r"\b(by|to|of|for|from|with|at|on|in|and|the|a)$", re.I)
# "President – Ann Lee, ...": a person's full name after the dash.
_NAME_FIRST = lazy_compile(r"^[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*(?:,|$)")
# "received", "discussed": a verb in the past makes the words before a full stop a sentence.
_PAST_TENSE = lazy_compile(r"\b[a-z]\w{2,}ed\b")
# A word in small letters: text runs on after the dash ("Memberships – remain steady"), no role or name.
_LOWER_WORD = lazy_compile(r"(?:^|\s)[a-z]")
# "The Clerk reported: ...", "April added: ...": a verb of saying ends a quotation's lead, not a caption.
_SAYS = lazy_compile(rf"\b{PRESENTER_VERBS}$|\b(said|says|noted|stated|asked|advised|confirmed|added)$", re.I)
# A caption before a full stop has this many letters at least ("Dr." and "No." are none).
MIN_STOP_TITLE_CHARS = 4
# "Meeting No: 2": a number alone after the label, above the items, is a field's value.
_NUMBER_ONLY = lazy_compile(r"#?\d{1,4}\.?")
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")


class Caption(NamedTuple):
    """A paragraph's caption: its title, the presenter in brackets ("(Cy Dunn)") or "", the separator
    after them and the text run on after it."""

    title: str
    who: str
    separator: str
    text: str


def run_in_caption(block: Block) -> Caption | None:
    """The caption a plain paragraph opens with, if any."""
    if block.kind is not BlockKind.PARAGRAPH or block.all_bold:
        return None
    text = block.text.strip()
    m = _RUN_IN.match(text)
    if m is None:
        return None
    title, sep, rest = m["title"].strip(), m["sep"].strip(), m["rest"].strip()
    if block.lead_bold and block.lead_bold.strip().rstrip(":.-–— ") != title:
        return None  # bold that is not the caption ("**Ann** said ...": a name stressed); "**Finance.** ..." is
    words = title.split()
    if any(c.isdigit() for c in title) or FINITE_VERB.search(title) or SENTENCE_OPENERS.match(title) or \
            _ENDS_IN_PREPOSITION.search(title) or len(words) <= MAX_LABEL_WORDS and NOT_TOPICS.match(words[0]):
        return None
    if _ENDS_IN_PARTICIPLE.search(title) or _SAYS.search(title):
        return None  # "Meeting closed. ...", "April added: ...": an outcome or a quotation, no caption
    if sep in (".", "") and (len(title) < MIN_STOP_TITLE_CHARS or not rest[0].isupper() or ends_with_abbreviation(title)
                       or m["who"] or _PAST_TENSE.search(title)):
        return None  # "Dr. Lee said ...", "James received the data.": no caption ends at that stop
    if sep in _DASHES and (_NAME_FIRST.match(rest) or not _LOWER_WORD.search(rest) and not rest.endswith(".")):
        return None  # "Ann Lee – Treasurer", "President – Ann Lee, ...": an officer's line, not an item
    if DECISION_LABELS.match(title) or ACTION_LINE.match(text) or FIELD_LABELS.match(title) or \
            annotation_label(title) or names_movers(text) or attendance_label(text) or \
            next_meeting_label(text) is not None or is_role_line(text):
        return None
    return Caption(title, (m["who"] or "").strip(), sep, rest)


def _attendance_words(blocks: list[Block]) -> set[str]:
    """The words of the attendance lines: a caption made only of them is a person speaking."""
    return {w.casefold() for b in blocks if attendance_label(b.text) for w in _WORD.findall(b.text)}


def _full_name(title: str, lower_case: set[str]) -> bool:
    """Whether a caption reads as a person's full name ("Ann Lee – representing the trust"): two words or
    more, all capitalised, none of which the document also writes in small letters ("Water Supply" is no
    name where the text speaks of the supply)."""
    words = _WORD.findall(title)
    return len(words) >= 2 and all(w[0].isupper() for w in words) and \
        not any(w.casefold() in lower_case or w.casefold().removesuffix("s") in lower_case for w in words)


def _numbered_item(block: Block) -> bool:
    """A top-level item numbered "1.", "2)" or "3", as a list item or typed at the start of a paragraph."""
    if block.kind is BlockKind.LIST_ITEM:
        return block.level == 0 and bool(block.label) and bool(_NUMBER_LABEL.fullmatch(block.label.strip()))
    return block.kind is BlockKind.PARAGRAPH and bool(_TYPED_NUMBER.match(block.text))


def _title_line(previous: Block, block: Block, following: Block) -> bool:
    """A short plain line between sentences ("Vicar's Report" over what the vicar said, "Old Business:" over
    its points): an item titled on a line of its own (not a name of a list of names, nor a date line)."""
    text = block.text.strip()
    return block.kind is BlockKind.PARAGRAPH and 0 < len(text.split()) <= MAX_TITLE_WORDS and text[0].isupper() \
        and text[-1] not in ".,;!?" and not any(c.isdigit() for c in text) and not FINITE_VERB.search(text) \
        and not attendance_label(text) and all(_sentence_or_caption(b) for b in (previous, following))


def _sentence_or_caption(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and (len(block.text.split()) >= MIN_SENTENCE_WORDS or
                                                  run_in_caption(block) is not None)


def _captions(blocks: list[Block]) -> dict[int, Caption]:
    """The captioned paragraphs that title items, by position, or none when the minutes do not write so:
    minutes with headings of their own below the title, or titled lines as often as captions ("Officer
    Elections" over "Secretary – Ann was proposed ..."), write their captions as parts of items."""
    if any(b.kind is BlockKind.HEADING or b.all_bold for b in blocks[TITLE_BLOCK_LINES:]) or \
            sum(1 for b in blocks if _numbered_item(b)) >= MIN_NUMBERED_ITEMS:
        return {}  # "2. Updates:" over "Chairs – Ann will ...": a captioned paragraph is a point of item 2
    found = {i: c for i, b in enumerate(blocks) if (c := run_in_caption(b))}
    if sum(1 for c in found.values() if not c.separator) < MIN_RUN_IN_TITLES:
        # a title and a sentence with only a space between: the style of the whole document (a tab the text
        # lost), never one paragraph among "Label: text" ones
        found = {i: c for i, c in found.items() if c.separator}
    counts = Counter(c.title.casefold() for c in found.values())
    people = _attendance_words(blocks)
    found = {i: c for i, c in found.items() if counts[c.title.casefold()] == 1 and
             not all(w.casefold() in people for w in _WORD.findall(c.title))}
    # "Ann Lee – representing the trust" lines under "Present", and a header's "Meeting No: 2", come before
    # the first item's caption ("Current Membership: 61" among the items is one)
    lower_case = {w for b in blocks for w in _WORD.findall(b.text) if w.islower()}
    first_item = next((i for i, c in found.items() if not _full_name(c.title, lower_case) and
                       not _NUMBER_ONLY.fullmatch(c.text)), len(blocks))
    found = {i: c for i, c in found.items() if i >= first_item}
    texts = sum(1 for b in blocks if b.kind is BlockKind.PARAGRAPH and len(b.text.split()) >= MIN_TEXT_WORDS)
    if len(found) < MIN_RUN_IN_TITLES or len(found) < MIN_RUN_IN_SHARE * texts:
        return {}
    title_lines = sum(1 for i in range(TITLE_BLOCK_LINES, len(blocks) - 1)
                      if _title_line(blocks[i - 1], blocks[i], blocks[i + 1]))
    if title_lines >= MIN_TITLE_LINES and TITLE_LINES_PER_CAPTION * title_lines >= len(found):
        return {}
    return found


def title_run_in_paragraphs(blocks: list[Block]) -> list[Block]:
    """The blocks with each captioned paragraph of such minutes cut into its title, as a heading, and its text."""
    found = _captions(blocks)
    if not found:
        return blocks
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i not in found:
            out.append(block)
            continue
        caption = found[i]
        title = f"{caption.title} {caption.who}".strip()
        out.append(make_block(BlockKind.HEADING, title, level=ITEM_LEVEL, page=block.page))
        out.append(make_block(BlockKind.PARAGRAPH, caption.text, page=block.page))
    return numbered(out)


def heading_caption(block: Block | None) -> Caption | None:
    """The caption a heading runs into a sentence ("## Budget review. Ann presented the accounts."): the
    item's title before the full stop, its first point after it; None for other headings."""
    if block is None or block.kind is not BlockKind.HEADING:
        return None
    caption = run_in_caption(make_block(BlockKind.PARAGRAPH, block.text.strip(" #*_")))
    if caption is None or caption.separator != "." or len(caption.text.split()) < MIN_SENTENCE_WORDS:
        return None
    return caption
