"""Paragraphs put back together where a conversion made every printed line a paragraph of its own.

A PDF turned into text or Markdown line by line ("... congratulated them on their success" /
"in the Local Elections."): lines run up to the page's width and stop mid-sentence. Where a
document holds enough of them, a line that reaches near that width (or ends on a word no sentence
ends with, "... MEETING OF THE") without ending its sentence goes on in the next paragraph. And an
item number alone on its line ("1." over "Adoption of Minutes") is that title's number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.chat_lines import marked_chat_line
from notes_extract.document import Block, BlockKind, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.turns import SCRIBE_TOPIC, find_speakers, speaker_turn, turn_prefix
from notes_extract.vocab.actions import ACTION_LABEL_WORDS
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS, WEEKDAYS
from notes_extract.vocab.labels import DECISION_LABELS, FIELD_LINE_LABELS, SCRIBE_TOPIC_MARKERS

# A line this close to the document's line width (a share of it) was wrapped there, not ended.
WRAP_WIDTH_SHARE = 0.75
# A printed page's lines hold at least this many characters: shorter "lines" are short paragraphs.
MIN_LINE_WIDTH = 50
# The line width: this quantile of the paragraphs' lengths (a few long unwrapped lines aside).
WIDTH_QUANTILE = 0.9
# The document writes wrapped lines as paragraphs when at least this many run on.
MIN_WRAPPED_LINES = 5
# ... and they are at least this share of its paragraphs that reach the line width.
MIN_WRAPPED_SHARE = 0.4
# A title under a lone item number is short.
MAX_NUMBERED_TITLE_WORDS = 10
# Bare numbers alone on their lines ("3" over "Finance") number items where at least this many stand so.
MIN_BARE_ITEM_NUMBERS = 2

# How a sentence, a label or a list of names ends: a line ending so may be the paragraph's end.
_ENDS_SENTENCE = lazy_compile(r"[.!?:;”\"')\]]\s*$")
# Words no sentence ends with: a line ending on one goes on ("... SPECIAL MEETING OF THE").
_RUN_ON_WORDS = ("the", "of", "and", "in", "at", "to", "for", "a", "an", "on", "by", "with", "from", "or", "that")
_ENDS_ON_RUN_ON_WORD = lazy_compile(rf"\b{any_of(_RUN_ON_WORDS)}\s*$", re.I)
# "In the Chair: Ann Lee", "Present: ...": a field of the title block or attendance opens a line of its own.
FIELD_LINE = lazy_compile(rf"^\W{{0,3}}(?:{FIELD_LINE_LABELS})\W{{0,3}}\s*:", re.I)
# "Sunday 2 March 2025, Clubhouse" under a title line: a date opening a line starts the meeting's facts
# (unless the line above stops on "on", "of", ...).
_OPENS_WITH_DATE = lazy_compile(rf"^\W*(?:{any_of(WEEKDAYS)},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{any_of(MONTHS)}"
                                rf"|{any_of(MONTHS)}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)", re.I)
# "== Backlog ==", "~~ Budget ~~": a wiki heading, fenced both sides; it is a line of its own.
_FENCED_HEADING = lazy_compile(r"^\s*([=~*#-])\1+\s*\S.*?\s*\1{2,}\s*$")
# "Action item: ...", "Decision: ...", "Topic 2: ...": a labelled line opens a record of its own.
_LABELLED_LINE = lazy_compile(rf"^\W{{0,3}}(?:{ACTION_LABEL_WORDS}|{DECISION_LABELS}|{any_of(SCRIBE_TOPIC_MARKERS)})"
                              r"(?:\s+\d{1,3})?\s*:", re.I)
# "1.", "12)", "(3)", "b.": an item's number and nothing else.
_LONE_ITEM_NUMBER = lazy_compile(r"^\(?(?:\d{1,3}|[a-z])[.)]?\)?$")


def join_wrapped_lines(blocks: list[Block]) -> list[Block]:
    """The blocks with wrapped lines joined into their paragraphs and lone item numbers joined to
    their titles; the blocks themselves when the document shows neither."""
    out = _numbers_with_titles(blocks)
    width = _line_width(out)
    if width >= MIN_LINE_WIDTH and _writes_wrapped_lines(out, width):
        speakers = find_speakers(out)
        if _writes_wrapped_lines(out, width, speakers):
            out = _joined_lines(out, width, speakers)
    return numbered(out) if out is not blocks else blocks


def _paragraph(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and not block.all_bold


def _line_width(blocks: list[Block]) -> int:
    lengths = sorted(len(b.text) for b in blocks if _paragraph(b))
    return lengths[int(WIDTH_QUANTILE * (len(lengths) - 1))] if lengths else 0


def _runs_on(line: Block, width: int) -> bool:
    """Whether a paragraph's line is a wrapped line that goes on in the next paragraph."""
    if not _paragraph(line) or _ENDS_SENTENCE.search(line.text):
        return False
    # "ROOM," / "CITY": a comma goes on, whatever the line's length
    return len(line.text) >= WRAP_WIDTH_SHARE * width or line.text.endswith(",") or \
        bool(_ENDS_ON_RUN_ON_WORD.search(line.text))


def _writes_wrapped_lines(blocks: list[Block], width: int, speakers: frozenset[str] = frozenset()) -> bool:
    """Whether enough full-width lines stop mid-sentence; a scribe's turn ("NF: down 11% this month")
    seldom ends with a full stop, so a line opening one is no evidence of wrapping."""
    full = [b for b in blocks if _paragraph(b) and len(b.text) >= WRAP_WIDTH_SHARE * width]
    running = [b for b in full if _runs_on(b, width) and not _opens_turn(b.text, speakers)]
    return len(running) >= MIN_WRAPPED_LINES and len(running) >= MIN_WRAPPED_SHARE * len(full)


def _opens_turn(text: str, speakers: frozenset[str]) -> bool:
    """Whether a line opens a scribe's turn ("Ann Lee: ...", "topic: Budget"): a message of its own,
    whatever the line above; scribes rarely end a turn with a full stop, so it would read as run on."""
    return speaker_turn(text, speakers) is not None or SCRIBE_TOPIC.match(text.strip()) is not None


def _joined_lines(blocks: list[Block], width: int, speakers: frozenset[str] = frozenset()) -> list[Block]:
    out: list[Block] = []
    last_line: Block | None = None  # the last line joined into out[-1], which decides whether it goes on
    for n, block in enumerate(blocks):
        if last_line is not None and _runs_on(last_line, width) and _paragraph(block) and \
                not marked_chat_line(block.text) and not FIELD_LINE.match(block.text) and \
                not _opens_turn(block.text, speakers) and not _own_line(block.text) and \
                not _FENCED_HEADING.match(last_line.text) and \
                not _in_turn_run(block, last_line, blocks[n + 1] if n + 1 < len(blocks) else None) and \
                _in_capitals(last_line.text) <= _in_capitals(block.text) and \
                not (_OPENS_WITH_DATE.match(block.text) and not _ENDS_ON_RUN_ON_WORD.search(last_line.text)) and \
                (block.page == last_line.page or block.text[:1].islower()):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {block.text}")
        else:
            out.append(block)
        last_line = block
    return out


def _own_line(text: str) -> bool:
    """A fenced heading ("== Backlog ==") or a labelled line ("Action item: ..."): never a wrapped
    line's remainder, however the line above ends."""
    return bool(_FENCED_HEADING.match(text) or _LABELLED_LINE.match(text))


def _in_turn_run(block: Block, above: Block, below: Block | None) -> bool:
    """Whether a line opening with a speaker's prefix ("Ann Lee: ...") has a neighbour opening with
    one too: a run of turns, each a line of its own, though its speakers speak once each."""
    return turn_prefix(block.text) is not None and \
        (turn_prefix(above.text) is not None or (below is not None and turn_prefix(below.text) is not None))


def _in_capitals(text: str) -> bool:
    """Every word of letters in capitals: a title line, whose words never run on into running text's."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return bool(words) and all(w.isupper() for w in words)


def _numbers_with_titles(blocks: list[Block]) -> list[Block]:
    """"1." alone, then "Adoption of Minutes": one line "1. Adoption of Minutes", bold if the title is."""
    out: list[Block] = []
    changed = False
    # A bare number alone ("10") numbers items only where several stand so; one is a field's value
    # ("Attendees (# of attendees)" / "10" / "Agenda"). "1." and "(3)" are item numbers on their own.
    lone = [b for b in blocks if b.kind is BlockKind.PARAGRAPH and _LONE_ITEM_NUMBER.match(b.text)]
    bare_numbers_number_items = sum(b.text.isdigit() for b in lone) >= MIN_BARE_ITEM_NUMBERS
    for block in blocks:
        previous = out[-1] if out else None
        if previous is not None and previous.kind is BlockKind.PARAGRAPH and \
                _LONE_ITEM_NUMBER.match(previous.text) and \
                (bare_numbers_number_items or not previous.text.isdigit()) and \
                block.kind is BlockKind.PARAGRAPH and \
                not _LONE_ITEM_NUMBER.match(block.text) and len(block.text.split()) <= MAX_NUMBERED_TITLE_WORDS:
            text = f"{previous.text} {block.text}"
            out[-1] = replace(block, text=text, lead_bold=text if block.all_bold else "")
            changed = True
            continue
        out.append(block)
    return out if changed else blocks
