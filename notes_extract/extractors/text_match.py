"""Small text helpers shared by the extractors: labels, points and wording similarity."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import ACTION_COLUMNS

# "1. Add funding ..." / "A. Nicc to ..." / "3.2 Review ..." / "(a) ..."
ITEM_LABEL = lazy_compile(
    r"^\(?(?P<ref>\d{1,3}(?:\.\d{1,3})*|[A-Za-z])[.)]\s+|^(?P<ref2>\d{1,3}(?:\.\d{1,3})+)\s+"
)

_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "this",
        "that",
        "these",
        "those",
        "we",
        "our",
        "us",
        "they",
        "their",
        "them",
        "he",
        "she",
        "his",
        "her",
        "its",
        "into",
        "about",
        "all",
        "any",
        "some",
        "up",
        "out",
        "so",
        "if",
        "not",
        "no",
        "will",
        "would",
        "should",
        "can",
        "could",
        "may",
        "might",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
    ]
)


def split_label(text: str) -> tuple[str | None, str]:
    """("1", "Add funding ...") for "1. Add funding ..."; (None, text) when unlabelled."""
    m = ITEM_LABEL.match(text)
    if not m:
        return None, text
    return (m["ref"] or m["ref2"]), text[m.end() :].strip()


_WORD = lazy_compile(r"[a-z0-9][a-z0-9'-]*")


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    words = set(_WORD.findall(text.lower())) - _STOPWORDS
    return frozenset(_stem(w) for w in words if len(w) > 1)


@lru_cache(maxsize=8192)  # the same few hundred words recur all through the minutes
def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def overlap(a: str, b: str) -> float:
    """How much two wordings share: the overlap coefficient of their content words."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


class WordingIndex:
    """Texts indexed by their content words: the texts a wording shares a word with, found
    without comparing it to every text (those sharing none have no `overlap` with it)."""

    def __init__(self, texts: list[str]) -> None:
        self._positions: dict[str, list[int]] = {}
        self._sizes: list[int] = []  # each text's number of content words
        for text in texts:
            self.add(text)

    def add(self, text: str) -> None:
        """Index the next text (its position is the number of texts added before it)."""
        words = content_words(text)
        for word in words:
            self._positions.setdefault(word, []).append(len(self._sizes))
        self._sizes.append(len(words))

    def sharing(self, text: str) -> list[int]:
        """The positions, in order, of the texts sharing a content word with ``text``."""
        return sorted({k for word in content_words(text) for k in self._positions.get(word, ())})

    def best_overlap(self, text: str) -> tuple[int, float] | None:
        """(position, `overlap` with ``text``) of the text overlapping ``text`` most, the first of equals; None
        when none shares a word: the shared words counted from the index, not by intersecting ``text``'s
        words with each text's, and only the best kept (no list of every text sharing a word, in order)."""
        words = content_words(text)
        shared: Counter[int] = Counter()
        for word in words:  # (Counter.update counts a list in C: common words are in thousands of texts)
            shared.update(self._positions.get(word, ()))
        best: tuple[int, float] | None = None
        for k, count in shared.items():
            score = count / min(len(words), self._sizes[k])
            if best is None or score > best[1] or score == best[1] and k < best[0]:
                best = (k, score)
        return best


# "No. | Decision" over "1 | The proceeds will buy ...": a numbering column's header, and its row numbers.
_NUMBER_HEADER = lazy_compile(ACTION_COLUMNS["ref"], re.I)
_ROW_NUMBER = lazy_compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]?", re.I)


def _numbered_rows(rows: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a table's first column only numbers its rows under a header naming it so."""
    return len(rows) > 1 and len(rows[0]) > 1 and bool(_NUMBER_HEADER.match(rows[0][0].strip())) and \
        all(not row[0].strip() or _ROW_NUMBER.fullmatch(row[0].strip()) for row in rows[1:])


def block_points(block: Block) -> list[tuple[str, int]]:
    """(text, level) of the points one body block holds; a table's rows, without a numbering column and its
    header row."""
    if block.kind is BlockKind.TABLE:
        if _numbered_rows(block.rows):
            return [(" | ".join(c for c in row[1:] if c), 0) for row in block.rows[1:] if any(row[1:])]
        return [(" | ".join(c for c in row if c), 0) for row in block.rows if any(row)]
    level = block.level if block.kind is BlockKind.LIST_ITEM else 0
    return [(block.text, level)]
