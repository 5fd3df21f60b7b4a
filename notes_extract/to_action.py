"""A task whose owner is named in a sentence of its own after it, as British minutes write it: "The hedge
needs cutting back before May. Clerk to action.", "Agreed a hedge cutting service should be obtained.  Robin
to ACTION." The sentence before says what is to be done; "X to action" says only who does it."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import LOWER_CASE_OWNER_OFFICES

# "Clerk to action.", "Robin to ACTION", "Bo to action this.": an owner and the verb "action", nothing more.
_ONLY_TO_ACTION = lazy_compile(r"(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+to\s+(?i:action)"
                               r"(?:\s+(?:this|it|that))?\s*[.!]?")
# The same in capitals ("Robin to ACTION."), which the commitment patterns leave to labels: read here.
_TO_ACTION_IN_CAPITALS = lazy_compile(r"(?:^|(?<=[.!?;]\s))\s*(?P<sentence>(?P<owner>[A-Z][\w.'’-]*"
                                      r"(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+to\s+ACTION(?:\s+(?:this|it|that))?"
                                      r"\s*[.!]?)\s*(?=$|\s[A-Z])")
_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+")
_OFFICE = lazy_compile(rf"^(?:the\s+)?{any_of(LOWER_CASE_OWNER_OFFICES)}$", re.I)
# The sentence before must say something to be done, not a word or two ("Agreed.").
MIN_TASK_WORDS = 3


def with_task_before(text: str, sentence: str) -> str:
    """``sentence`` of ``text``, with the sentence before it when it only names who will action that
    ("The hedge needs cutting back before May. Clerk to action.")."""
    if not _ONLY_TO_ACTION.fullmatch(sentence.strip()):
        return sentence
    at = text.find(sentence.strip())
    before = text[:at].rstrip() if at > 0 else ""
    if not before.endswith((".", "!")):
        return sentence
    previous = _SENTENCE_END.split(before)[-1].strip()
    if len(previous.split()) < MIN_TASK_WORDS:
        return sentence
    return f"{previous} {sentence.strip()}"


def capitals_to_action(text: str, known_owner: object) -> list[tuple[str, str]]:
    """(owner, task with the sentence before it) for each "Robin to ACTION." in ``text`` whose owner
    ``known_owner`` knows (an attendee) or that names an office ("Clerk to ACTION")."""
    found = []
    for m in _TO_ACTION_IN_CAPITALS.finditer(text):
        owner = m["owner"]
        if not (_OFFICE.match(owner) or known_owner(owner)):  # type: ignore[operator]
            continue
        task = with_task_before(text, m["sentence"])
        if task != m["sentence"]:
            found.append((owner, task))
    return found
