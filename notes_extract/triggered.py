"""Patterns searched only in texts that could hold a match.

Many patterns are alternations that the regex engine tries at every position of a text, though
each of their forms spells one of a few words. Asking first whether the text holds any of those
words (a substring test, far cheaper) spares the search in most texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trigger_words(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` in lower case, less those holding another: a text holding "asked" holds "ask"."""
    lowered = tuple(dict.fromkeys(word.lower() for word in words))
    return tuple(word for word in lowered if not any(other != word and other in word for other in lowered))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` could hold one of ``words`` (made by `trigger_words`) in any case: a text beyond
    ASCII always could, since a case-insensitive pattern matches letters there ("ſ" for "s") that
    ``str.lower`` does not turn into the word."""
    if not text.isascii():
        return True
    return any(map(text.lower().__contains__, words))  # (no generator: this runs for every text)


class TriggeredPattern:
    """``pattern``, searched only in a text holding one of ``words`` (in any case), and one of ``also``
    when given.

    Every match of ``pattern`` must contain one of ``words`` (and one of ``also``). Texts beyond ASCII
    are always searched: a case-insensitive pattern matches letters there ("ſ" for "s") that
    ``str.lower`` does not turn into the word.
    """

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str], also: Iterable[str] = ()) -> None:
        self.pattern = pattern
        self.words = trigger_words(words)
        self.also = trigger_words(also)

    def could_match(self, text: str) -> bool:
        if not text.isascii():
            return True
        holds = text.lower().__contains__  # (`holds_any` inlined, the text lowered once: this runs for every text)
        return any(map(holds, self.words)) and (not self.also or any(map(holds, self.also)))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.could_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.could_match(text) else None
