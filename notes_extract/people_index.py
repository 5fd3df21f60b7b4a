"""A roster's names indexed by their words, so a reference is resolved by looking names up rather
than testing every attendee: "Nicc" → the names whose first word starts "nicc", "A Smith" → the
two-word names whose initials are "a s", "Bob" → the names "Bob" is a short form of.

Each of `Roster._resolve`'s tests (whole name, first word, initials, surname; then the looser ones)
keeps its own wording in `NameIndex`; an index only picks the names that test could accept, and
the test still decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import NamedTuple, TypeVar

from notes_extract.name_match import (
    MIN_DIMINUTIVE_BASE,
    MISSPELT_SURNAME_RATIO,
    abbreviated_match,
    diminutive_of,
    misspelt_surname,
    similar,
)
from notes_extract.vocab.people import NICKNAMES

# The shortest word of a name that alone stands for its holder ("Bin" is not enough).
MIN_NAME_PART = 4
# The shortest start of a first name that stands for it ("Nic" for "Nicola").
MIN_FIRST_NAME_START = 3
# The shortest word read as a misspelt surname ("Powers" for "Jan Power").
MIN_MISSPELT_SURNAME = 4


K = TypeVar("K")


class RosterEntry(NamedTuple):
    folded: str  # the name folded (lower case, no accents or stops)
    words: list[str]  # its words
    initials: str
    name: str  # as the attendance wrote it


def _index(pairs: Iterable[tuple[K, RosterEntry]]) -> dict[K, list[RosterEntry]]:
    out: dict[K, list[RosterEntry]] = {}
    for key, entry in pairs:
        out.setdefault(key, []).append(entry)
    return out


class NameIndex:
    """``entries`` (one per attendee) by whole name, words, initials and short forms."""

    def __init__(self, entries: list[RosterEntry]) -> None:
        self.entries = entries
        # The exact tests as look-ups: whole name, first word, initials, surname (in that order).
        self.exact: list[dict[str, set[str]]] = [{}, {}, {}, {}]
        for e in entries:
            for index, value in zip(self.exact, (e.folded, e.words[0], e.initials,
                                                 e.words[-1] if len(e.words) > 1 else None), strict=True):
                if value is not None:
                    index.setdefault(value, set()).add(e.name)

    # The looser indexes, each made when a reference first needs it (most rosters resolve few references).

    @cached_property
    def words(self) -> set[str]:
        return {word for e in self.entries for word in e.words}

    @cached_property
    def _by_first_word(self) -> dict[str, list[RosterEntry]]:
        return _index((e.words[0], e) for e in self.entries)

    @cached_property
    def _by_first_word_start(self) -> dict[str, list[RosterEntry]]:
        return _index((e.words[0][:n], e) for e in self.entries
                      for n in range(MIN_FIRST_NAME_START, len(e.words[0]) + 1))

    @cached_property
    def _by_last_word(self) -> dict[str, list[RosterEntry]]:
        return _index((e.words[-1], e) for e in self.entries)

    @cached_property
    def _by_later_word(self) -> dict[str, list[RosterEntry]]:
        return _index((word, e) for e in self.entries for word in dict.fromkeys(e.words[1:]))

    @cached_property
    def _by_word_initials(self) -> dict[str, list[RosterEntry]]:
        return _index(("".join(w[0] for w in e.words), e) for e in self.entries)

    @cached_property
    def _by_short_form(self) -> dict[str, list[RosterEntry]]:
        return _index((short, e) for e in self.entries for short in NICKNAMES.get(e.words[0], ()))

    @cached_property
    def _most_words(self) -> int:
        return max((len(e.words) for e in self.entries), default=0)

    @cached_property
    def _longest_first_word(self) -> int:
        return max((len(e.words[0]) for e in self.entries), default=0)

    @cached_property
    def _surnames_by_length(self) -> dict[int, list[RosterEntry]]:
        """Names of two words or more by the length of their last word (a misspelt surname is about as long)."""
        return _index((len(e.words[-1]), e) for e in self.entries if len(e.words) > 1)

    def joined_short_form(self, first: str, start: str) -> set[str]:
        """"MartinO", "DaveMcK": the names of that first word whose surname starts so."""
        return {e.name for e in self._by_first_word.get(first, ()) if len(e.words) > 1
                and e.words[-1].startswith(start)}

    def loose_hits(self, key: str) -> set[str]:
        """The names the first of the loose tests that accepts any accepts for ``key`` (folded, not
        empty): a first name's start, a name's last words, one word of a longer name, initials and a
        surname, a misspelt surname after the first name, a short or pet form of the first name, a
        misspelt surname alone. Empty when none does."""
        if len(key.split()) > self._most_words:
            return set()  # each test takes a name of as many words as the reference, or more
        for candidates, test in self.loose_tests(key):
            if hits := {e.name for e in candidates if test(e)}:
                return hits
        return set()

    def loose_tests(self, key: str) -> Iterator[tuple[Iterable[RosterEntry], Callable[[RosterEntry], bool]]]:
        """The loose tests for ``key`` in order, each with the names an index picks for it: every name
        the test accepts, and a few more. (Made one by one: most references stop at the first tests.)"""
        words = key.split()
        # "Nicc" for "Nicci Ludlow"
        yield (self._by_first_word_start.get(key, ()),
               lambda e: len(key) >= MIN_FIRST_NAME_START and e.words[0].startswith(key))
        # "Chao Chong" for "Ting Chao Chong": the name's last words
        yield self._by_last_word.get(words[-1], ()), lambda e: " " in key and e.folded.endswith(f" {key}")
        # "Ismail" for "Md Ismail Bin Mohd Ibrahim": one word of a longer name
        yield (self._by_later_word.get(key, ()),
               lambda e: " " not in key and len(key) >= MIN_NAME_PART and key in e.words[1:])
        # "A Smith" for "Alan Smith", "Alan S" for "Alan Smith"
        yield self._by_word_initials.get("".join(w[0] for w in words), ()), lambda e: abbreviated_match(words, e.words)
        # "Diane Owen" for "Diane Oyen": same first name, surname misspelt
        yield self._by_first_word.get(words[0], ()), lambda e: misspelt_surname(words, e.words)
        # "Bob" for "Robert Basile": a common short form of the first name
        yield self._by_short_form.get(key, ()), lambda e: key in NICKNAMES.get(e.words[0], ())
        # "Pauli" for "Paul Dale": a pet form made by an ending on the first name
        yield ((e for n in range(MIN_DIMINUTIVE_BASE, min(len(key), self._longest_first_word) + 1)
                for e in self._by_first_word.get(key[:n], ())) if key.isalpha() else (),
               lambda e: diminutive_of(key, e.words[0]))
        # "Powers" for "Jan Power": a surname misspelt (one word, the test's own condition asked first)
        one_word = " " not in key and len(key) >= MIN_MISSPELT_SURNAME
        yield (self._similar_length_surnames(len(key)) if one_word else (),
               lambda e: one_word and similar(key, e.words[-1], MISSPELT_SURNAME_RATIO))

    def _similar_length_surnames(self, length: int) -> list[RosterEntry]:
        """The names of two words or more whose surname is of a length `similar` lets through: the
        ratio of two words is at most twice the shorter's length over both lengths."""
        return [e for other, entries in self._surnames_by_length.items()
                if other + length and 2.0 * min(length, other) / (other + length) >= MISSPELT_SURNAME_RATIO
                for e in entries]
