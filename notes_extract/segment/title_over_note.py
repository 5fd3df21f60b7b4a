"""A short Title Case line over a note written as running words: "Finance Update" over "Meeting next Monday,
looking at potential for increased staff time" heads the note. Two short lines in a row are otherwise read
as a list ("1. Mark St. John, Alsea" / "2. John Perez"), and a long unstopped line with a comma, "Meeting next
Monday, looking at ...", is a note, never a title of its own."""

from __future__ import annotations

import re

from notes_extract.document import more_words_than
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import BODIES
from notes_extract.vocab.sections import GROUPING_WORDS, REPORT_NOUNS

# The longest line read as a short line (a list's entry or a title), in words.
MAX_SHORT_LINE_WORDS = 12
# The longest title written over a note, in words.
MAX_TITLE_WORDS = 5
# A note's words: at least this many, and at least this share (after its first) opening in lower case: sentence
# case ("Legal Fees for purchase of land at Jubilee Gardens", a payment's caption in Title Case, is none).
MIN_NOTE_WORDS = 6
MIN_LOWER_CASE_SHARE = 0.75
# A line of running words: this share of its words in lower case.
MIN_RUNNING_LOWER_CASE_SHARE = 0.5
# A line of running words this long, with a comma, is a note, not a title.
MIN_RUNNING_NOTE_WORDS = 8
# A title naming a report or a body's part ("Finance Update", "Housing Committee", "Old Business"), not a person
# ("Davey Franklin Jones" over what he was paid for).
_REPORT_TITLE = lazy_compile(rf"\b(?:{REPORT_NOUNS}|{any_of(GROUPING_WORDS)}|{any_of(BODIES)})$", re.I)
# Short words a Title Case title leaves in small letters ("Approval of the Minutes").
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "a", "an", "at", "by", "with", "from", "&"})


def short_line(text: str) -> bool:
    """A line of at most twelve words that does not end a sentence."""
    text = text.strip()
    return bool(text) and not more_words_than(text, MAX_SHORT_LINE_WORDS) and text[-1] not in ".;!?:"


def _lower_case_share(words: list[str]) -> float:
    return sum(w[0].islower() for w in words) / len(words)


def note_under_title(title: str, line: str) -> bool:
    """Whether ``title``, a few words in Title Case ("Finance Update"), heads ``line``, a note in sentence
    case ("Meeting next Monday, looking at potential for increased staff time")."""
    words, note = title.split(), line.split()
    if not words or len(words) > MAX_TITLE_WORDS or len(note) < MIN_NOTE_WORDS:
        return False
    if not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) or not words[0][0].isupper() or \
            not _REPORT_TITLE.search(title.strip()):
        return False
    return _lower_case_share(note[1:]) >= MIN_LOWER_CASE_SHARE


def running_note(text: str) -> bool:
    """Whether an unstopped line is running words, not a title: long, with a comma, mostly in lower case
    ("Meeting next Monday, looking at potential for increased staff time")."""
    words = text.split()
    return len(words) >= MIN_RUNNING_NOTE_WORDS and "," in text and \
        _lower_case_share(words[1:]) >= MIN_RUNNING_LOWER_CASE_SHARE
