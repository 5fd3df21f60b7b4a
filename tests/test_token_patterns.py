"""`TokenPatterns` finds what spaCy's `Matcher` finds, in the same order."""

from __future__ import annotations

import random
import re

import pytest

from notes_extract.nlp import pipeline
from notes_extract.token_patterns import TokenPatterns
from notes_extract.vocab.actions import COMMITMENT_PATTERNS

PATTERNS = [
    [{"LOWER": "to"}, {"IS_ALPHA": True, "IS_LOWER": True, "LOWER": {"NOT_IN": ["be"]}}],
    [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": "to"}, {"IS_ALPHA": True, "IS_LOWER": True}],
    [{"LOWER": "will"}, {"LOWER": "be"}, {"LOWER": "in"}, {"LOWER": "charge"}],
]


def _spans(patterns: list[list[dict]], text: str) -> list[tuple[int, int]]:
    """`TokenPatterns.spans` on the pipeline's tokens of ``text``: their texts and spaCy's ``lower_``."""
    doc = pipeline()(text)
    return TokenPatterns(patterns).spans([t.text for t in doc], [t.lower_ for t in doc])


def _matcher_spans(patterns: list[list[dict]], text: str) -> list[tuple[int, int]]:
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline().vocab)
    matcher.add("P", patterns)
    return [(start, end) for _, start, end in matcher(pipeline()(text))]


def test_spans_of_overlapping_patterns() -> None:
    text = "Ann is to go. Bo is to be there. Cy Will be in charge. To Go, to go-kart"
    spans = _spans(PATTERNS, text)
    assert spans == [(1, 4), (2, 4), (6, 9), (12, 16), (20, 22)]  # by end, then start
    assert spans == _matcher_spans(PATTERNS, text)


def test_empty_text() -> None:
    assert _spans(PATTERNS, "") == []


def test_same_as_matcher_on_commitment_words() -> None:
    words = ["to", "To", "be", "date", "will", "shall", "have", "not", "in", "charge", "of", "agreed", "offered",
             "committed", "was", "asked", "is", "are", "going", "assigned", "responsible", "for", "go", "Ann", "ſ",
             ",", "."]
    rng = random.Random(13)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert _spans(COMMITMENT_PATTERNS, text) == _matcher_spans(COMMITMENT_PATTERNS, text), text


@pytest.mark.parametrize("pattern", [[{"ORTH": "to"}], [{"LOWER": {"REGEX": "to"}}], [{"IS_ALPHA": True}]])
def test_unsupported_patterns_are_refused(pattern: list[dict]) -> None:
    with pytest.raises(ValueError):
        TokenPatterns([pattern])


def test_openings_pattern_finds_every_text_a_pattern_matches_in() -> None:
    # words the tokenizer may split or join ("its.", "cannot", "'s", "gonna"), banned words before
    # punctuation, capitals: wherever a pattern matches, the openings pattern finds a place
    from notes_extract.token_patterns import openings_pattern
    from notes_extract.triggered import folded

    openings = re.compile(openings_pattern(COMMITMENT_PATTERNS))
    words = ["to", "To", "TO", "be", "be.", "the", "its.", "it's", "cannot", "date", "will", "Will", "shall", "would",
             "not", "in", "charge", "of", "agreed", "offered", "committed", "was", "asked", "is", "are", "going",
             "'s", "’s", "Ann's", "gonna", "assigned", "responsible", "for", "took", "an", "action", "go", "write",
             "Ann", "ſ", ",", ".", "-", "(", "\n", "  "]
    rng = random.Random(19)
    for _ in range(2000):
        text = rng.choice(["", " "]).join(rng.choice(words) for _ in range(rng.randint(0, 10)))
        if _spans(COMMITMENT_PATTERNS, text):
            assert openings.search(folded(text)), text
