"""Turning word lists into regular-expression pieces.

Every pattern in notes-extract that needs a word list builds its alternation
here from the lists in this package, so a word is spelled once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def any_of(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words`` as literal text, longest first,
    so "vice chair" is tried before "chair" and the longer form wins."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in unique) + ")"


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
