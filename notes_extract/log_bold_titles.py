"""A log entry's date line set all in bold: the heading typed without a style.

Minutes kept in Word without heading styles title each entry with a bold line ("**Agenda
20250610**", "**Board Call 3 March 2025**"). A heading's words before its date always title the
entry (`meetings._titles_a_date`); a bold line's do when they read as a title: a few capitalised
words with no sentence punctuation. A bold sentence that ends on a date ("**Ann: permit expires
June 8**", "**Release set for 3 August 2018**") opens no entry.
"""

from __future__ import annotations

from collections.abc import Sequence

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.log_starts import StartT

# A bold line's words before its date that title an entry, as a heading's do ("Agenda 20250610").
MAX_BOLD_TITLE_WORDS = 3
# Words with no sentence punctuation among them ("Agenda", "Board Call"), as a short title is written.
_PLAIN_WORDS = lazy_compile(r"[^\W\d_][^\W_]*(?:[ '’&-]+[^\W_]+)*")


def bold_title(title: str, block: Block) -> bool:
    """Whether ``title``, the words before the date of ``block``, titles a log entry as a heading's
    words do: the block is a paragraph set all in bold and the words a short capitalised title."""
    words = title.split()
    return block.kind is BlockKind.PARAGRAPH and block.all_bold and len(words) <= MAX_BOLD_TITLE_WORDS and \
        bool(_PLAIN_WORDS.fullmatch(title)) and all(word[0].isupper() for word in words)


# A log's title line names one of its entries' days only over at least this many other entries.
MIN_ENTRIES_UNDER_TITLE = 2


def titles_an_entry(group: Sequence[StartT], start: StartT) -> bool:
    """Whether ``start`` is the document's first line, a title naming the day of one of the entries
    below it ("Meeting Minutes – November 29" over "November 8" ... "November 29"): where bold lines
    are the headings, the title and the entries' headings share one style and no levels part them."""
    if start.index != 0 or start.numbered or len(group) <= MIN_ENTRIES_UNDER_TITLE:
        return False
    return any(other.key == start.key for other in group if other is not start)
