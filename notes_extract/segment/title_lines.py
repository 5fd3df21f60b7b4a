"""Whether a line before the first item is a line of the title block ("Board of Education Minutes",
"July 16, 2020", "Village Hall") or already the body's running text ("We have decided to update the
portraits.", "Approved the purchase of new mugs.")."""

from __future__ import annotations

from notes_extract.dates import first_full_date
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import FINITE_VERB, SENTENCE_OPENERS, title_block_fact
from notes_extract.segment.labels import is_date_line
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import MINUTES_TITLE_NOUNS

# "Board of Education Minutes": a body's name over the word for its minutes, in title case.
_MINUTES_NAME_LINE = lazy_compile(rf"^(?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|the|for)\s+)?){{1,8}}"
                                  rf"(?i:{any_of(MINUTES_TITLE_NOUNS[:2])})$")
# "Approved the purchase of new mugs.", "Agreed to canvass the congregation": what the body did, its
# subject left out (a past verb, then a word that only opens its object).
_DONE_OPENER = lazy_compile(r"^[A-Z][a-z]+ed\s+(?:to|the|a|an|that|on|with|for|once|again|all|its|their)\s")
# A title line this long that ends a sentence with a finite verb is the body's running text.
MIN_RUNNING_SENTENCE_WORDS = 6
MIN_THE_SENTENCE_WORDS = 8
# A title block's line is no longer than this.
MAX_TITLE_LINE_WORDS = 30


# "Met with supervisor. Agreed scope.": a word's full stop, another sentence, and a closing full stop. Two
# sentences are running text, however short (a log entry's notes right under its date line), never a title.
SENTENCES = lazy_compile(r"\b[a-z]{3,}\.\s+[A-Z][^.]*\.\s*$")
# ... in a line this short (a longer one is judged by its sentence's opening, as before).
MAX_SHORT_NOTES_WORDS = 12


def title_like(block: Block) -> bool:
    """A short line of a title block, not the start of the body."""
    text = block.text.strip()
    words = text.split()
    # "The minutes of the February meeting were read and accepted.": a longer sentence opening "The ..." too
    sentence = bool(FINITE_VERB.search(text)) and (bool(SENTENCE_OPENERS.match(text)) or
                                                   text.startswith("The ") and len(words) >= MIN_THE_SENTENCE_WORDS)
    running = len(words) >= MIN_RUNNING_SENTENCE_WORDS and text.endswith((".", "!")) and \
        (sentence or bool(_DONE_OPENER.match(text))) or \
        len(words) <= MAX_SHORT_NOTES_WORDS and bool(SENTENCES.search(text))
    # A PDF's centred "Board of Education Minutes" / "July 16, 2020" read as indented list items
    centred = block.kind is BlockKind.LIST_ITEM and not block.label and \
        (is_date_line(text) or bool(_MINUTES_NAME_LINE.match(text)))
    return (block.kind is not BlockKind.LIST_ITEM or centred) and len(words) <= MAX_TITLE_LINE_WORDS and not running


# Running text under an item's heading: a line of at least this many words ("[Ann Lee](url)" is a name).
MIN_ITEM_TEXT_WORDS = 4


def item_heading_levels(blocks: list[Block]) -> frozenset[int]:
    """The heading levels below the first heading's that the document uses again and again over running
    text: its items'."""
    first = next((b.level for b in blocks if b.kind is BlockKind.HEADING), 0)
    over_text = [a.level for a, b in zip(blocks, blocks[1:], strict=False) if a.kind is BlockKind.HEADING
                 and a.level > first and b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
                 and len(b.text.split()) >= MIN_ITEM_TEXT_WORDS]
    return frozenset(level for level in set(over_text) if over_text.count(level) >= 2)


def items_level_under_title(blocks: list[Block], title_blocks: list[Block], first_item: Block | None) -> frozenset[int]:
    """The level of a heading the title block took last although it heads running text at the level of
    the item that follows it: "# Weekly sync" / "## Standup" over "- Ann: finished the parser" / "## Release"
    ("## Standup" is the first item, not a subtitle). Empty when the title block ends otherwise."""
    if first_item is None or len(title_blocks) < 2:
        return frozenset()
    last = title_blocks[-1]
    at = next((i for i, block in enumerate(blocks) if block is last), None)
    below = blocks[at + 1] if at is not None and at + 1 < len(blocks) else None
    heads_text = below is not None and below.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and \
        len(below.text.split()) >= MIN_ITEM_TEXT_WORDS
    same_level = last.kind is first_item.kind is BlockKind.HEADING and last.level == first_item.level and \
        title_blocks[0].kind is BlockKind.HEADING and title_blocks[0].level < last.level
    # ("## Minutes – 9 April 2024" dates the meeting: a subtitle, whatever follows it)
    return frozenset({last.level}) if heads_text and same_level and first_full_date(last.text) is None \
        else frozenset()


# "1 Opening Prayer": the heading the pass over numbered titles made of "1. Opening Prayer. The Rector ...".
_MADE_FIRST_ITEM = lazy_compile(r"^0?1\s+[A-Z][\w'’]*")


def first_item_heading(block: Block) -> bool:
    """Whether a heading is the first item by its number, its dot taken away when its title and text were
    parted ("1. Opening and Prayer. The Rector convened the meeting." gives "1 Opening and Prayer"), not a
    line of the title block ("1 Mill Lane" is an address)."""
    return block.kind is BlockKind.HEADING and bool(_MADE_FIRST_ITEM.match(block.text)) and \
        not title_block_fact(block.text)
