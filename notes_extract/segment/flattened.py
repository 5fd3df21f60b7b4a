"""Numbered items run together in one paragraph (a flattened Word export, a
transcribed minute book) made into the items they are.

"5. Election of Vice-Chairman It was proposed ... duly elected. 6. The Minutes
of the meeting ... were agreed." holds two items; "8. Reports 8.1 Chairman's
Report Having given ..." holds an item and its first sub-item. An item number
is only believed when it continues the document's own numbering (5 → 6,
8 → 8.1, 8.1 → 8.2, 8.2 → 9), so "item 7" or "x 2" in running text never cuts
it. Each item becomes a numbered list item holding its title, then its text,
the same blocks a cleanly typed copy of the minutes gives.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.introduced_lists import introduced_list_items
from notes_extract.vocab.build import any_of
from notes_extract.vocab.sections import SENTENCE_OPENERS, TITLE_JOINING_WORDS

# Numbered items a document needs before its numbering is trusted to cut paragraphs.
MIN_NUMBERED_ITEMS = 3
# The longest run-on title read off the front of an item, in words.
MAX_TITLE_WORDS = 9
# The heading level of a top-level item whose title was cut off its text (sub-items one lower).
ITEM_HEADING_LEVEL = 2
# An item shorter than this is a title already; it is not cut into title and text.
MIN_RUN_ON_CHARS = 40

# "6." / "8.1" / "8.2a" / "10." standing alone before the item's first word.
_NUMBER = r"(?P<top>\d{1,2})(?:\.(?P<sub>\d{1,2})(?P<letter>[a-z])?\.?|\.)"
# (its first digit, then what stands before it: a pattern opening with a look-behind is tried at every character)
_FREE_NUMBER = r"(?P<top>\d(?<!\S\d)\d?)(?:\.(?P<sub>\d{1,2})(?P<letter>[a-z])?\.?|\.)"
# ("7.30 – 9.00 pm" opens with a clock range, not item 7.30)
_CLOCK_RANGE_AFTER = r"(?!\s*[-–—]\s*\d{1,2}(?:[.:]\d\d)?\s*(?:(?i:[ap]\.?\s?m)\b|$))"
_LEADING = lazy_compile(rf"^\s*(?:•\s*)?{_NUMBER}(?=\s+\S){_CLOCK_RANGE_AFTER}")
_INLINE = lazy_compile(rf"{_FREE_NUMBER}(?=\s+[A-Z0-9“\"'(])")
_BULLET = lazy_compile(r"\s*•\s*")
_JOINING = lazy_compile(any_of(TITLE_JOINING_WORDS), re.IGNORECASE)
_OPENER = lazy_compile(any_of(SENTENCE_OPENERS), re.IGNORECASE)

Number = tuple[int, ...]


def _number_of(m: re.Match[str]) -> Number:
    parts = [int(m["top"])]
    if m["sub"]:
        parts.append(int(m["sub"]))
    if m["letter"]:
        parts.append(ord(m["letter"]) - ord("a") + 1)
    return tuple(parts)


def _follows(prev: Number | None, nxt: Number) -> bool:
    """Whether ``nxt`` is the next number after ``prev``: a sibling at any depth or a first child."""
    if prev is None:
        return False
    nexts = {prev[:d] + (prev[d] + 1,) for d in range(len(prev))} | {prev + (1,)}
    return nxt in nexts


def _leading_number(block: Block) -> tuple[Number, int] | None:
    """The item number a block opens with, and where its text starts."""
    if block.kind is BlockKind.LIST_ITEM and block.label:
        m = _LEADING.match(block.label + " x")
        return (_number_of(m), 0) if m else None
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    m = _LEADING.match(block.text)
    return (_number_of(m), m.end()) if m else None


def _holds_numbered_run(block: Block) -> bool:
    """Whether a paragraph that opens with no number holds items "1. ... 2. ... 3. ..." run on inside it
    (minutes whose line breaks were lost)."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    tops = [number for number, level, _ in _pieces(block.text, (0,)) if number is not None and level == 0]
    return len(tops) >= MIN_NUMBERED_ITEMS


def _pieces(text: str, current: Number) -> list[tuple[Number | None, int, str]]:
    """``text`` cut at the item numbers that continue ``current``: (number, level, text) each;
    a run "1. ... 2. ..." restarting inside an item is its sub-list."""
    cuts: list[tuple[int, int, Number | None, int]] = []
    inner = 0
    for m in _INLINE.finditer(text):
        number = _number_of(m)
        if _follows(current, number):
            current, inner = number, 0
            cuts.append((m.start(), m.end(), number, 0))
        elif number == (inner + 1,) and (inner or re.search(r"(?<!\S)2\.\s", text[m.end():])):
            inner += 1
            cuts.append((m.start(), m.end(), number, 1))
    out: list[tuple[Number | None, int, str]] = []
    start, number, level = 0, None, 0
    for begin, end, cut_number, cut_level in cuts:
        out.append((number, level, text[start:begin]))
        start, number, level = end, cut_number, cut_level
    out.append((number, level, text[start:]))
    return [piece for piece in out if piece[2].strip() or piece[0] is not None]


def _title_split(text: str) -> tuple[str, str]:
    """(title, rest) of an item that runs its title into its first sentence; ("", text) when it does not."""
    if len(text) < MIN_RUN_ON_CHARS:  # "Reports", "Correspondence": a title with no text of its own
        short = text.strip()
        return (short, "") if short and short[0].isupper() and short[-1] not in ".;,!?" else ("", text)
    head, bullet, tail = text.partition("•")
    words = head.split()
    if bullet and 0 < len(words) <= MAX_TITLE_WORDS and words[0][0].isupper():
        return head.strip(" .:–-"), bullet + tail
    for n, word in enumerate(words[:MAX_TITLE_WORDS + 1]):
        # "Treasurer's Report The Treasurer was ...": a capitalised opener, not after "of", starts the text
        if n and word[0].isupper() and _OPENER.fullmatch(word) and not _JOINING.fullmatch(words[n - 1]) and \
                words[0][0].isupper() and not words[n - 1].endswith((".", ",", ":")):
            return " ".join(words[:n]), " ".join(words[n:]) + text[len(head):]
        if word[0].isupper() or _JOINING.fullmatch(word) or not word[0].isalpha():
            continue
        # the sentence starts at the last capitalised word before the first plain one
        opener = n - 1
        title = words[:opener]
        starts_sentence = opener >= 1 and words[opener][0].isupper() and bool(_OPENER.fullmatch(words[opener]))
        if starts_sentence and any(w[0].isupper() for w in title) and not _JOINING.fullmatch(title[-1]) \
                and not title[-1].endswith((".", ",")):
            return " ".join(title), " ".join(words[opener:]) + text[len(head):]
        break
    return "", text


def _bold_title(block: Block) -> str:
    """The bold words an item opens with ("**1. Accounts for the year** The audited ..."), its
    number set aside: the title as the writer marked it."""
    bold = _LEADING.sub("", block.lead_bold, count=1).strip()
    # "**Minutes of the meeting (**3 May**)**": bold that stops inside brackets is no whole title
    balanced = bold.count("(") == bold.count(")")
    return bold if balanced and 0 < len(bold.split()) <= MAX_TITLE_WORDS else ""


def _item_blocks(number: Number, level: int, text: str, page: int | None, bold_title: str = "") -> list[Block]:
    label = ".".join(str(n) for n in number[:2]) + (chr(ord("a") + number[2] - 1) if len(number) > 2 else "")
    label += "." if len(number) == 1 else ""
    text = text.strip()
    title, rest = (bold_title, text[len(bold_title):]) if bold_title and text.startswith(bold_title) and \
        text[len(bold_title):].strip() else _title_split(text)
    if not title:
        return [make_block(BlockKind.LIST_ITEM, text, label=label, level=level, page=page)]
    # a title cut off its text is a heading, numbered as the minutes number it, a level down per sub-number
    heading_level = ITEM_HEADING_LEVEL + min(len(number), 2) - 1
    return [make_block(BlockKind.HEADING, f"{label} {title}", level=heading_level, page=page),
            *_body_blocks(rest, page)]


def _body_blocks(text: str, page: int | None) -> list[Block]:
    """An item's text: its bullets ("• It was noted ...") as points nested under it, the rest a paragraph."""
    parts = _BULLET.split(text)
    blocks = [make_block(BlockKind.PARAGRAPH, parts[0], page=page)] if parts[0].strip() else []
    return blocks + [make_block(BlockKind.LIST_ITEM, part, level=1, page=page) for part in parts[1:] if part.strip()]


# "Calum:", "All Members:": a label of a few words and its colon, opening an item.
_ITEM_LABEL = lazy_compile(r"^[^:.;]{1,40}:(?=\s)")
MAX_LABEL_WORDS = 4


def _labelled_item(block: Block, text: str) -> bool:
    """Whether a typed list item opens with a label and its colon ("2. Calum: Populate the board"):
    written so on purpose, it is no title run into its text."""
    label = _ITEM_LABEL.match(text)
    return block.kind is BlockKind.LIST_ITEM and label is not None and len(label[0].split()) <= MAX_LABEL_WORDS


def unflatten_items(blocks: list[Block]) -> list[Block]:
    """The blocks with numbered items run together in a paragraph made into items of their own."""
    leading = [_leading_number(b) for b in blocks]
    inline = {id(b) for b, lead in zip(blocks, leading, strict=True) if lead is None and _holds_numbered_run(b)}
    if sum(1 for n in leading if n) < MIN_NUMBERED_ITEMS and not inline:
        return blocks
    out: list[Block] = []
    current: Number | None = None
    changed = False
    introduced = introduced_list_items(blocks)  # "Parties to invite:" over "3. Redhat - They blog": a point
    for block, lead in zip(blocks, leading, strict=True):
        if id(block) in inline and current is None:
            current = (0,)  # "... The Chairman welcomed everyone. 1. Apologies ... 2. ...": items from 1 on
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or (lead is None and current is None) or \
                id(block) in introduced:
            out.append(block)
            continue
        text = block.text[lead[1]:] if lead else block.text
        current = lead[0] if lead else current
        pieces = _pieces(text, current)
        if len(pieces) == 1 and (not lead or block.kind is BlockKind.LIST_ITEM and block.level > 0
                                 or not _title_split(text)[1] or _labelled_item(block, text)):
            # one item alone: only a title run into its text is cut ("7. Joan Davies, Yachats" stays)
            out.append(block)
            continue
        changed = True
        for k, (number, level, piece) in enumerate(pieces):
            if k == 0 and lead:
                number, level = lead[0], block.level
            if number is None:
                out += _body_blocks(piece, block.page)
            else:
                out += _item_blocks(number, level, piece, block.page, _bold_title(block) if k == 0 else "")
                current = number
    return numbered(out) if changed else blocks
