"""Numbered items written as a sentence, as a council's minute book often writes its short items.

"6. The Minutes of the meeting held on 2 March were agreed as a true record." is the item "Minutes of the
meeting held on 2 March"; "4. No declarations of interest made." the item "Declarations of interest";
"2. Chairman signed his Acceptance of Office." an item titled by its whole sentence. Only in minutes whose
other numbered items carry titles ("1. Election of Chairman", "7. Correspondence") is a numbered sentence
an item; elsewhere a numbered list of sentences is a list of points.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import FINITE_VERB
from notes_extract.vocab.build import any_of
from notes_extract.vocab.sections import SENTENCE_OPENERS

# Titled numbered items a document needs before its numbered sentences are read as items.
MIN_TITLED_ITEMS = 3
# The longest item title, in words; a numbered title line is no longer than this either.
MAX_TITLE_WORDS = 10
# The longest sentence that titles its item whole ("Chairman signed his Acceptance of Office."), in words.
MAX_SENTENCE_TITLE_WORDS = 8
# The heading level of an item given a title here (as `flattened` gives cut items).
ITEM_HEADING_LEVEL = 2

_TOP_LABEL = lazy_compile(r"\d{1,2}[.)]?")  # "3.", "3)", "3"
_NUMBERED_HEADING = lazy_compile(r"^(?P<number>\d{1,2})(?:\.\d{1,2}[a-z]?)*\.?\s+\S")
# "No declarations of interest made.": nothing to report under the item it names.
_NOTHING_UNDER = lazy_compile(r"^no\s+(?P<title>[A-Za-z][\w'’ /-]{2,80}?)\s+(?:were\s+|was\s+)?"
                              r"(?:made|given|declared|received|noted|recorded|reported)\s*\.?$", re.I)
# "The Minutes of the meeting ... were agreed": the item is what the sentence's subject names.
_PASSIVE_SUBJECT = lazy_compile(r"^(?:[Tt]he\s+)?(?P<title>[A-Z][^.;:!?]{1,90}?)\s+(?:were|was|have been|has been)\s+"
                                r"(?:duly\s+|then\s+)?[a-z]+(?:ed|en|ne|wn)\b")
_OPENER = lazy_compile(any_of(SENTENCE_OPENERS), re.I)


def _short_title(text: str) -> bool:
    """A numbered line that is a title already: a few words, not ending a sentence."""
    return 0 < len(text.split()) <= MAX_TITLE_WORDS and text[-1] not in ".;,!?:"


def _top_item(block: Block) -> bool:
    return block.kind is BlockKind.LIST_ITEM and block.level == 0 and bool(
        block.label and _TOP_LABEL.fullmatch(block.label.strip()))


def _titled_number(block: Block, following: Block | None) -> int | None:
    """The number of an item already titled: a numbered heading ("7. Correspondence"), or a numbered title
    line with its text below it."""
    if block.kind is BlockKind.HEADING and (m := _NUMBERED_HEADING.match(block.text)):
        return int(m["number"])
    if block.kind is BlockKind.PARAGRAPH and block.all_bold and (m := _NUMBERED_HEADING.match(block.text)) and \
            _short_title(block.text.strip()):
        return int(m["number"])  # "**3. Health and safety**": a numbered title set in bold
    if _top_item(block) and block.label and _short_title(block.text.strip()) and following is not None and \
            following.kind is BlockKind.PARAGRAPH:
        return int(block.label.strip().rstrip(".)"))
    return None


def sentence_title(text: str) -> str | None:
    """The title a numbered sentence gives its item, or None when it names none."""
    text = text.strip()
    if ":" in " ".join(text.split()[:MAX_TITLE_WORDS]):
        return None  # "Apologies: ...", "Finance: ...": a labelled item, read elsewhere
    if m := _NOTHING_UNDER.match(text):
        return m["title"]
    m = _PASSIVE_SUBJECT.match(text)
    if m and len(m["title"].split()) <= MAX_TITLE_WORDS and not _OPENER.fullmatch(m["title"].split()[0]):
        return m["title"]
    words = text.rstrip(".").split()
    if text.endswith(".") and len(words) <= MAX_SENTENCE_TITLE_WORDS and text.count(". ") == 0 and \
            not _OPENER.fullmatch(words[0]):
        return " ".join(words)
    return None


# The longest title line an item numbered among titled items may have, in words ("1. Proposed changes to
# the flexible working policy following the staff consultation held in the autumn" over its text).
MAX_LONG_TITLE_WORDS = 30
_SENTENCE_INSIDE = lazy_compile(r"[a-z]{2}[.!?]\s+[A-Z]")
_BRACKETED = lazy_compile(r"\([^()]*\)")


def _long_titles(blocks: list[Block], titled: list[int | None]) -> set[int]:
    """Indices of numbered lines too long for a title line that still title their item: each over a
    paragraph, no sentence, and numbered next to a titled item (before or after it), as a run of items is."""
    tops = [i for i, b in enumerate(blocks) if _top_item(b) or titled[i] is not None]
    numbers = {i: titled[i] if titled[i] is not None else int(blocks[i].label.strip().rstrip(".)")) for i in tops}
    found: set[int] = set()
    grew = True
    while grew:
        grew = False
        for k, i in enumerate(tops):
            block, text = blocks[i], blocks[i].text.strip()
            if titled[i] is not None or i in found or not _top_item(block) or i + 1 >= len(blocks) or \
                    blocks[i + 1].kind is not BlockKind.PARAGRAPH or not text or text[-1] in ".;,!?:" or \
                    len(text.split()) > MAX_LONG_TITLE_WORDS or _SENTENCE_INSIDE.search(text) or \
                    FINITE_VERB.search(text) or len(_BRACKETED.sub("", text).split()) <= MAX_TITLE_WORDS:
                continue  # a sentence run on from the title line; a short title with a note in brackets
            neighbours = [tops[j] for j in (k - 1, k + 1) if 0 <= j < len(tops)]
            if any((titled[j] is not None or j in found) and abs(numbers[j] - numbers[i]) == 1 for j in neighbours):
                found.add(i)
                grew = True
    return found


# The share of a list's numbered items that must have text under them for the list to be the agenda's items.
MIN_TEXT_SHARE = 0.5


def _made_headings(blocks: list[Block], titled: list[int | None]) -> bool:
    """Whether the pass below makes a heading of a numbered item that continues the titled items, in a list
    whose items mostly have text of their own (a list of letters received, a few discussed, is no agenda)."""
    tops = sum(1 for block in blocks if _top_item(block))
    if sum(1 for block, n in zip(blocks, titled, strict=True) if n is not None and _top_item(block)) < \
            MIN_TEXT_SHARE * tops:
        return False
    chain: int | None = None
    for block, number in zip(blocks, titled, strict=True):
        if number is not None:
            chain = number
        elif _top_item(block) and block.label:
            item = int(block.label.strip().rstrip(".)"))
            if item == (chain or -1) + 1 and (_short_title(block.text.strip()) or sentence_title(block.text)):
                return True
            chain = item if item == (chain or -1) + 1 else None
        elif block.kind is BlockKind.HEADING:
            chain = None
    return False


def title_sentence_items(blocks: list[Block]) -> list[Block]:
    """The blocks with each top-level numbered item that continues the titled items' numbering
    ("5. Election ..." then "6. The Minutes ... were agreed.") made a heading: a title line as it is, a
    sentence under the title it gives (its sentence kept as the item's text)."""
    following = [*blocks[1:], None]
    titled = [_titled_number(b, f) for b, f in zip(blocks, following, strict=True)]
    long_titles = _long_titles(blocks, titled) if any(n is not None for n in titled) else set()
    if sum(1 for n in titled if n is not None) + len(long_titles) < MIN_TITLED_ITEMS:
        return blocks
    if long_titles:
        blocks = numbered([make_block(BlockKind.HEADING, f"{b.label.strip()} {b.text.strip()}", page=b.page,
                                      level=ITEM_HEADING_LEVEL) if i in long_titles else b
                           for i, b in enumerate(blocks)])
        return title_sentence_items(blocks)
    out: list[Block] = []
    chain: int | None = None  # the number of the last item in a run of items that a titled item started
    made = _made_headings(blocks, titled)
    for block, number in zip(blocks, titled, strict=True):
        title = None
        if number is not None:
            chain = number
            if made and block.kind is BlockKind.LIST_ITEM:
                # "4. Bookings" over its text beside "3. Correspondence" made a heading: items of one list
                # are of one kind, so an empty item and the next stay siblings
                out.append(make_block(BlockKind.HEADING, f"{block.label.strip()} {block.text.strip()}",
                                      level=ITEM_HEADING_LEVEL, page=block.page))
                continue
        elif _top_item(block) and block.label:
            item = int(block.label.strip().rstrip(".)"))
            text = block.text.strip()
            title = (text if _short_title(text) else sentence_title(text)) if item == (chain or -1) + 1 else None
            chain = item if item == (chain or -1) + 1 else None
        elif block.kind is BlockKind.HEADING:
            chain = None  # "Action List": what follows is no longer the items
        if title is None:
            out.append(block)
            continue
        out.append(make_block(BlockKind.HEADING, f"{block.label.strip()} {title}", level=ITEM_HEADING_LEVEL,
                              page=block.page))
        if title != block.text.strip():  # the sentence stays the item's text: an item with nothing under it is none
            out.append(make_block(BlockKind.PARAGRAPH, block.text, page=block.page))
    return numbered(out) if len(out) != len(blocks) or out != blocks else blocks
