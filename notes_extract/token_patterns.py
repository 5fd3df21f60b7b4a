"""Where fixed token patterns (spaCy `Matcher` data, e.g. ``COMMITMENT_PATTERNS``) match a tokenized text.

The commitment patterns are runs of a fixed number of tokens, each tested on its lower-case form
("LOWER": a word, or "IN"/"NOT_IN" a list, and "REGEX" only as a word's ending, "ing$") and on
"IS_ALPHA"/"IS_LOWER". spaCy's `Matcher` runs a Python callback per token for each "IN"/"NOT_IN"
test; testing the tokens' texts and lower-case forms as strings (spaCy's lexical attributes are
``str.lower``, ``str.isalpha`` and ``str.islower`` of a token's text) and trying only the patterns
whose first word stands there finds the same matches, returned in the Matcher's order (by end, then
start; one match per span).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of, any_of_patterns, first_letters_of

# The token attributes a pattern may test.
_SUPPORTED = {"LOWER", "IS_ALPHA", "IS_LOWER"}
# The one regular expression a "LOWER" test may hold: a word's ending ("ing$").
_ENDING = lazy_compile(r"(?P<ending>[a-z]+)\$")


@dataclass(frozen=True)
class TokenTest:
    """One token of a pattern: its lower-case form among ``allowed`` (when given) and not among
    ``banned``, ending in ``ending`` (when given), and its text alphabetic and in lower case as
    ``is_alpha``/``is_lower`` require (when given)."""

    allowed: frozenset[str] | None = None
    banned: frozenset[str] = frozenset()
    is_alpha: bool | None = None
    is_lower: bool | None = None
    ending: str | None = None

    def fits(self, word: str, lower: str) -> bool:
        return (self.allowed is None or lower in self.allowed) and lower not in self.banned and \
            (self.is_alpha is None or word.isalpha() == self.is_alpha) and \
            (self.is_lower is None or word.islower() == self.is_lower) and \
            (self.ending is None or lower.endswith(self.ending))


def token_test(spec: dict[str, Any]) -> TokenTest:
    """``spec`` (one token of a `Matcher` pattern) as a `TokenTest`."""
    if not set(spec) <= _SUPPORTED:
        raise ValueError(f"unsupported token pattern {spec!r}")
    lower = spec.get("LOWER")
    if isinstance(lower, dict) and not set(lower) <= {"IN", "NOT_IN", "REGEX"}:
        raise ValueError(f"unsupported token pattern {spec!r}")
    ending = _ENDING.fullmatch(lower["REGEX"]) if isinstance(lower, dict) and "REGEX" in lower else None
    if isinstance(lower, dict) and "REGEX" in lower and ending is None:
        raise ValueError(f"unsupported token pattern {spec!r}")
    listed = lower if isinstance(lower, dict) else {}
    return TokenTest(allowed=frozenset([lower]) if isinstance(lower, str) else
                     frozenset(listed["IN"]) if "IN" in listed else None,
                     banned=frozenset(listed.get("NOT_IN", ())),
                     is_alpha=spec.get("IS_ALPHA"), is_lower=spec.get("IS_LOWER"),
                     ending=ending["ending"] if ending else None)


class TokenPatterns:
    """``patterns`` (`Matcher` token patterns whose first token names its words) ready to match."""

    def __init__(self, patterns: list[list[dict[str, Any]]]) -> None:
        self.by_first_word: dict[str, list[tuple[TokenTest, ...]]] = {}
        for pattern in patterns:
            tests = tuple(token_test(spec) for spec in pattern)
            if tests[0].allowed is None:
                raise ValueError(f"a pattern's first token must name its words: {pattern!r}")
            for word in tests[0].allowed:
                self.by_first_word.setdefault(word, []).append(tests)

    def spans(self, words: list[str], lowers: list[str]) -> list[tuple[int, int]]:
        """(start, end) of every match in the tokens ``words`` (``lowers``: their lower-case forms, as
        spaCy's ``lower_``), as the `Matcher` orders them."""
        by_first_word = self.by_first_word
        found: set[tuple[int, int]] = set()
        for start in [k for k, lower in enumerate(lowers) if lower in by_first_word]:  # where a pattern may start
            for tests in by_first_word[lowers[start]]:
                end = start + len(tests)
                if end <= len(lowers) and all(test.fits(words[k], lowers[k]) for k, test in enumerate(tests, start)):
                    found.add((start, end))
        return sorted(found, key=lambda span: (span[1], span[0]))


def openings_pattern(patterns: list[list[dict[str, Any]]]) -> str:
    """A regular expression that finds, in a text in lower case (`triggered.folded`), every place where one
    of ``patterns`` could match: its first token's word, spaces, then the start of a second token it
    allows. A text it finds nothing in holds no match and need not be tokenized for them.

    A token is a piece of the text, so its lower-case form stands in the text in lower case; tokens
    follow each other directly or after one space. The second token is read loosely: one of the words
    it names, or a letter where it must be a word, unless a word it bans stands there whole (a token
    running on past that word's end takes in a character that is no letter, so would be no word)."""
    seconds: dict[str, list[str]] = {}  # the first token's words → what may follow them
    for pattern in patterns:
        seconds.setdefault(any_of(_allowed_words(pattern[0])), []).append(
            _second_token_start(pattern[1]) if len(pattern) > 1 else "")
    firsts = {word for pattern in patterns for word in _allowed_words(pattern[0])}
    return first_letters_of(firsts) + any_of_patterns(
        rf"{first}\s*{any_of_patterns(dict.fromkeys(after))}" for first, after in seconds.items())


def _allowed_words(spec: dict[str, Any]) -> list[str]:
    lower = spec.get("LOWER")
    if isinstance(lower, str):
        return [lower]
    if isinstance(lower, dict) and "IN" in lower:
        return list(lower["IN"])
    raise ValueError(f"a pattern's first token must name its words: {spec!r}")


_LETTER = r"[^\W\d_]"


def _second_token_start(spec: dict[str, Any]) -> str:
    """How a text in lower case goes on where a token that ``spec`` allows starts (see `openings_pattern`)."""
    lower = spec.get("LOWER")
    if isinstance(lower, str) or isinstance(lower, dict) and "IN" in lower:
        return any_of(_allowed_words(spec))
    if not spec.get("IS_ALPHA"):
        return ""  # any token
    banned = lower.get("NOT_IN", ()) if isinstance(lower, dict) else ()
    return (f"(?!{any_of(banned)}(?!{_LETTER}))" if banned else "") + _LETTER
