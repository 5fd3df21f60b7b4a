"""Patterns searched only in texts that could hold a match.

Many patterns are alternations that the regex engine tries at every position of a text, though
each of their forms spells one of a few words. Asking first whether the text holds any of those
words (a substring test, far cheaper) spares the search in most texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# The letters beyond ASCII that a case-insensitive pattern matches to an ASCII letter, though
# ``str.lower`` does not make them that letter ("ı" and "ſ" stay, "İ" becomes "i" and a combining
# dot); "K" (the Kelvin sign) lowers to "k" already. tests/test_triggered.py checks these against
# every code point. (Replaced one by one: ``str.translate`` with a table is slow on long texts.)
_ASCII_LETTER_TWINS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


@lru_cache(maxsize=2048)
def folded(text: str) -> str:
    """``text`` in lower case as a case-insensitive pattern reads it: each letter such a pattern
    matches to an ASCII letter is that letter. Cached: the same text is tested by many patterns."""
    if not text.isascii():
        for twin, letter in _ASCII_LETTER_TWINS:
            if twin in text:
                text = text.replace(twin, letter)
    return text.lower()


def trigger_words(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` in lower case, less those holding another: a text holding "asked" holds "ask"."""
    lowered = tuple(dict.fromkeys(word.lower() for word in words))
    return tuple(word for word in lowered if not any(other != word and other in word for other in lowered))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` could hold one of ``words`` (made by `trigger_words`) in any case, as a
    case-insensitive pattern reads it."""
    return any(map(folded(text).__contains__, words))  # (no generator: this runs for every text)


class TriggeredPattern:
    """``pattern``, searched only in a text holding one of ``words`` (in any case), and one of ``also``
    when given.

    Every match of ``pattern`` must contain one of ``words`` (and one of ``also``), character for
    character up to case: a word's space stands for a space in the pattern, not for ``\\s+``.
    """

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str], also: Iterable[str] = ()) -> None:
        self.pattern = pattern
        self.words = trigger_words(words)
        self.also = trigger_words(also)

    def could_match(self, text: str) -> bool:
        holds = folded(text).__contains__  # (`holds_any` inlined: this runs for every text)
        return any(map(holds, self.words)) and (not self.also or any(map(holds, self.also)))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.could_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.could_match(text) else None
