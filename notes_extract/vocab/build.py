"""Turning word lists into regular-expression pieces.

Every pattern in notes-extract that needs a word list builds its alternation
here from the lists in this package, so a word is spelled once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import groupby
from os.path import commonprefix


def any_of(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words`` as literal text, longest first,
    so "vice chair" is tried before "chair" and the longer form wins.

    Written as a trie ("agree(?:ment|d)?" for "agreement", "agreed", "agree"): the engine tries an
    alternation's words one by one at each place of a text, a trie reads each letter once. It matches
    the same text, trying the longer words first as the plain alternation does. The words stay in a
    comment before it, so a pattern's text still spells each word it matches (decision_kinds reads
    a phrasing's trigger words there).
    """
    return _alternation(tuple(sorted(set(words))))


@lru_cache(maxsize=1024)  # the vocabulary's lists are joined into many patterns: ~190 distinct of ~340
def _alternation(words: tuple[str, ...]) -> str:
    longest_first = sorted(words, key=lambda w: (-len(w), w))
    joined = "|".join(longest_first)
    # (letters in one case, and ASCII: no two letters after a word's start can be one letter in another case)
    one_case = joined.isascii() and joined in (joined.lower(), joined.upper())
    trie = _trie(list(words), check_case=not one_case) if words and "" not in words and ")" not in joined else None
    if trie is None:
        return "(?:" + "|".join(_literal(w) for w in longest_first) + ")"
    return f"(?:(?#{joined}){trie})"


def _literal(text: str) -> str:
    return re.escape(text).replace(r"\ ", " ")


def _trie(words: list[str], *, check_case: bool) -> str | None:
    """The trie of ``words`` (sorted, distinct): each first letter's words after their common start,
    longer words before a word's end (an optional group, greedy). None when two letters after the same
    start could be one letter in another case ("Ab", "ac"): a case-insensitive trie could try them in
    another order than the alternation."""
    ends = words[0] == ""
    groups = [list(group) for _, group in groupby(words[1:] if ends else words, key=lambda word: word[0])]
    if check_case and len(groups) > 1:
        letters = [group[0][0] for group in groups]
        if not "".join(letters).isascii() or len({letter.lower() for letter in letters}) < len(letters):
            return None
    branches = []
    for same in groups:
        start = commonprefix(same) if len(same) > 1 else same[0]
        rest = _trie([word[len(start):] for word in same], check_case=check_case) if len(same) > 1 else ""
        if rest is None:
            return None
        branches.append(_literal(start) + rest)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if not ends:
        return body
    return f"{body}?" if len(branches) > 1 or len(body) == 1 else f"(?:{body})?"


def first_letters_of(words: Iterable[str]) -> str:
    """A lookahead for the first letters of ``words``: put before ``any_of(words)``, it fails at
    most positions of a text in one step, where the alternation would try every word in turn."""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


def any_of_patterns(patterns: Iterable[str]) -> str:
    """A non-capturing alternation of regex fragments, in the order given."""
    return "(?:" + "|".join(patterns) + ")"


def plurals(words: Iterable[str]) -> tuple[str, ...]:
    """Each word and its plural in -s ("trustee" → "trustee", "trustees")."""
    return tuple(form for word in words for form in (word, f"{word}s"))


def capitalised_name(max_words: int = 4, *, inner: str = r"\w.'’-", first: str = "A-Z") -> str:
    """A person's name as minutes write it: up to ``max_words`` capitalised
    words ("Ann", "Mary Anne Lee", "J. Smith-Jones"). ``inner`` is the
    characters a word may go on with; ``first`` the letters it may start with."""
    word = f"[{first}][{inner}]*"
    more = f"(?:\\s+[A-Z][{inner}]*){{0,{max_words - 1}}}" if max_words > 1 else ""
    return word + more
