"""Apologies told as who received them: "The Clerk was in receipt of apologies from SF, HC and AW, which were
recorded as consented.", "The Chair received apologies from Cllr Lee." The names after "from" are the
apologies; what the sentence goes on to say about them ("which were accepted") is no name."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.people_lists import split_people
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import APOLOGY, APOLOGY_RECEIPT_VERBS

# Verbs a clerk or chair takes apologies with, besides those that label them ("received", "noted").
_TAKING_VERBS = (*APOLOGY_RECEIPT_VERBS, "reported", "recorded", "read out", "read", "gave", "presented",
                 "was in receipt of", "is in receipt of", "had been in receipt of", "had received", "has received")
_RECEIVED_APOLOGIES = lazy_compile(
    rf"^(?P<subject>(?:the\s+)?[A-Z][\w'’ -]{{1,40}}?)\s+(?:{any_of(_TAKING_VERBS)})\s+(?:the\s+)?"
    rf"(?:following\s+)?(?P<label>{APOLOGY}(?:\s+for\s+absence)?)\s+from\s*:?\s+"
    r"(?P<rest>[^.;:]+?)(?:,?\s+(?:which|who|these|all of which)\b[^.]*)?\.?$", re.I)
_APOLOGY_WORD = lazy_compile(APOLOGY, re.I)
# The end of the first sentence: a full stop after a word, then a capital.
_SENTENCE_END = lazy_compile(r"\.(?<=[a-z]{2}\.)\s+(?=[A-Z])")  # (the stop first: found fast, see attendance_sentences)


def apologies_received(text: str) -> tuple[str, str] | None:
    """(the label as written, the names) when ``text`` opens with a sentence saying who received whose
    apologies, else None."""
    if not _APOLOGY_WORD.search(text):
        return None
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    m = _RECEIVED_APOLOGIES.match(first)
    if m is None or not (names := split_people(m["rest"])) or not all(looks_like_name(n) for n in names):
        return None
    return m["label"], m["rest"]
