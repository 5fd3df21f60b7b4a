"""Item titles in capitals run into their text with no mark between them, as council minutes type them.

"3. PLANNING No applications were received.", "THE MINUTES of the previous meeting were read ...",
"FINANCE the balance at the bank is £4,321.", "2. DECLARATIONS OF INTEREST None.": the title is the run
of words in capitals, the item's text starts at the first word written in small letters. The change of case
is the only separator, so it is believed where the minutes write at least two items so; a word in capitals
that opens one sentence ("NHS England has ...") proves nothing. Labels the minutes' own parts open with
("APOLOGIES were received from ...", "RESOLVED that ...", "ACTION: ...") are no item titles.
"""

from __future__ import annotations

import re
from collections import Counter

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import (
    ACTION_LINE,
    DECISION_LABELS,
    NOT_TOPICS,
    attendance_label,
    next_meeting_label,
)

# Items titled so that a document needs before its capitals are read as titles.
MIN_CAPS_RUN_INS = 2
# A title of one word in capitals has this many letters at least ("AGM", "NHS" open sentences).
MIN_ONE_WORD_LETTERS = 4
# The longest title in capitals, in words.
MAX_TITLE_WORDS = 8
# The item's text is sentences: a full stop ends it, or it runs on this long at least.
MIN_UNSTOPPED_TEXT_WORDS = 8
# The heading level given to an item (as the other passes that make items give it).
ITEM_LEVEL = 2

# The capitals, then a word with a small letter ("No", "the", "a.", "Cllr"): the text's first word.
# ("3. PLANNING ...": an item number typed before the title is kept with it.)
_CAPS_RUN_IN = lazy_compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
                            r"(?P<title>[A-Z][A-Z0-9'’&/-]*(?:\s+(?:[A-Z][A-Z0-9'’&/-]*|&))*)"
                            r"\s+(?P<rest>\(?[A-Za-z][a-z].*|[a-z]\W.*)$", re.S)
# "2. MINUTES", "4. HIGHWAYS AND FOOTPATHS": a numbered heading in capitals.
_NUMBERED_CAPS_HEADING = lazy_compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][A-Z0-9'’&/ -]*[A-Z]")
# A word in capitals of two letters or more ("PLANNING", "ASUCD"); "OF", "AND" join a title's words.
_CAPS_WORD = lazy_compile(r"\b(?!(?:OF|AND|THE|FOR|TO|IN|ON|AT|BY)\b)[A-Z][A-Z0-9'’-]*[A-Z0-9]\b")
# Where the text starts: a sentence's capitalised first word and small letters after it ("No applications
# were", "None."), or a word that opens a phrase ("the balance", "of the previous meeting", "a. Rose Cottage");
# "OECD also has one" is a sentence whose subject the capitals are.
_SENTENCE_START = lazy_compile(r"\(?[A-Z][a-z]+(?:\.\s*$|,?\s+(?:\S+\s+)?[a-z])|"
                               r"(?:the|a|an|of|from|for|to|on|in|at|with|by|no|nil|none|re)\b|[a-z][.)]\s")
# "FINANCE A grant was received": a one-letter word in capitals before small letters opens the sentence.
_SENTENCE_LETTER = lazy_compile(r"\s+(?:A|I)$")


def caps_run_in(block: Block) -> tuple[str, str, str] | None:
    """(number, title, text) of a paragraph or top-level list item that opens with its title in capitals."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.level or block.all_bold:
        return None
    m = _CAPS_RUN_IN.match(block.text.strip())
    if m is None:
        return None
    number, title, rest = (m["number"] or "").strip(), m["title"], m["rest"]
    if (letter := _SENTENCE_LETTER.search(title)) and rest[:1].islower():
        title, rest = title[:letter.start()], f"{letter.group().strip()} {rest}"
    words = title.split()
    letters = sum(c.isalpha() for c in title)
    if len(words) > MAX_TITLE_WORDS or len(words) == 1 and letters < MIN_ONE_WORD_LETTERS or \
            not _SENTENCE_START.match(rest):
        return None
    if not rest.rstrip().endswith((".", "!", "?")) and len(rest.split()) < MIN_UNSTOPPED_TEXT_WORDS:
        return None  # "CPRE Subscription renewal £25.00": a payment's line, no item and its sentences
    text = block.text.strip()
    if DECISION_LABELS.match(title) or NOT_TOPICS.match(words[0]) or ACTION_LINE.match(text) or \
            attendance_label(text) or next_meeting_label(text) is not None:
        return None
    if block.kind is BlockKind.LIST_ITEM and block.label:
        number = block.label.strip()
    return number, title, rest


def title_caps_run_ins(blocks: list[Block]) -> list[Block]:
    """The blocks with each item titled in capitals run into its text cut into its title, a heading (the
    item's number kept before it), and its text, where the minutes write several items so."""
    found = {i: split for i, block in enumerate(blocks) if (split := caps_run_in(block))}
    if not found:
        return blocks
    # "SPDX Licensing group to ...", "ASUCD Senate": capitals the text writes again, inside its sentences or
    # opening line after line, are a name or an acronym, no item's title
    acronyms = _capitals_in_text(blocks, found)
    titles = Counter(split[1] for split in found.values())
    found = {i: split for i, split in found.items() if titles[split[1]] == 1 and
             not any(word in acronyms for word in _CAPS_WORD.findall(split[1]))}
    # an item an earlier pass cut so already ("2. MINUTES" over "The minutes of ...") is one more
    titled = sum(1 for block in blocks
                 if block.kind is BlockKind.HEADING and _NUMBERED_CAPS_HEADING.fullmatch(block.text))
    if not found or len(found) + titled < MIN_CAPS_RUN_INS:
        return blocks
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i not in found:
            out.append(block)
            continue
        number, title, rest = found[i]
        out.append(make_block(BlockKind.HEADING, f"{number} {title}".strip(), level=ITEM_LEVEL, page=block.page))
        out.append(make_block(BlockKind.PARAGRAPH, rest, page=block.page))
    return numbered(out)


def _capitals_in_text(blocks: list[Block], found: dict[int, tuple[str, str, str]]) -> set[str]:
    """The words in capitals the document writes among words in small letters, titles in capitals set aside."""
    words: set[str] = set()
    for i, block in enumerate(blocks):
        text = found[i][2] if i in found else block.text
        if block.kind is not BlockKind.TABLE and any(c.islower() for c in text):
            words.update(_CAPS_WORD.findall(text))
    return words
