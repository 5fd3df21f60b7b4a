"""Patterns searched only in texts that could hold a match.

Many patterns are alternations that the regex engine tries at every position of a text, though
each of their forms spells one of a few words. Asking first whether the text holds any of those
words (a substring test, far cheaper) spares the search in most texts.
"""

from __future__ import annotations

import re


class TriggeredPattern:
    """``pattern``, searched only in a text holding one of ``words`` (in any case).

    Every match of ``pattern`` must contain one of ``words``. Texts beyond ASCII are always
    searched: a case-insensitive pattern matches letters there ("ſ" for "s") that ``str.lower``
    does not turn into the word.
    """

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        lowered = tuple(dict.fromkeys(word.lower() for word in words))
        # a text holding "asked" holds "ask": only the words holding no other word need testing
        self.words = tuple(word for word in lowered if not any(other != word and other in word for other in lowered))

    def could_match(self, text: str) -> bool:
        if not text.isascii():
            return True
        return any(map(text.lower().__contains__, self.words))  # (no generator: this runs for every text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.could_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.could_match(text) else None
