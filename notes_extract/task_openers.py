"""Names known only from the tasks they open: "Stefano will work on it.", "Brenda will put the banner ...".

Minutes often name a person once, at the start of a sentence that gives them a task, and nowhere
mid-sentence where `nlp.proper_nouns` would see a name. A capitalised word there, before "will"
and a verb of work a person does, that the document never writes in lower case, is a name:
"Testing will begin" is not. Before a bare "to" a noun states a purpose as often ("Tools to make
plots", "Proposal to create an address"), so there only two such words, a first name and a surname, do.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import PERSONAL_TASK_VERBS, VERBS_BEFORE_TO
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import NOT_OWNERS, NOUN_ENDINGS, ROLE_WORDS

# A sentence's or a point's opening word, then "will" (or "is going to") and a person's task verb.
_TASK_OPENING = lazy_compile(
    rf"(?:^|[.;:!?]\s+|[-–—•*]\s+)(?P<name>[A-Z][a-z'’-]{{2,}})\s+(?:will|is\s+going\s+to)\s+"
    rf"(?:also\s+)?{any_of(PERSONAL_TASK_VERBS)}\b")
# "Bob Hart to advertise the plots": a first name and a surname, then the classic "to" and a person's task
# verb; both words never written in lower case ("Garden Party to raise funds" has "party" in lower case
# somewhere, as a noun phrase's words are).
_FULL_NAME_TO = lazy_compile(
    rf"(?:^|[.;:!?]\s+|[-–—•*]\s+)(?P<name>[A-Z][a-z'’-]{{2,}})\s+(?P<surname>[A-Z][a-z'’-]{{2,}})\s+to\s+"
    rf"{any_of(PERSONAL_TASK_VERBS)}\b")
_WORD = lazy_compile(r"[\w'’-]+")


def task_opener_names(lines: list[str]) -> frozenset[str]:
    """The capitalised words that open a person's task in ``lines`` and are never written in lower case."""
    found = {(m["name"],) for line in lines if "will" in line or "going" in line for m in _TASK_OPENING.finditer(line)}
    found |= {(m["name"], m["surname"]) for line in lines if " to " in line for m in _FULL_NAME_TO.finditer(line)}
    if not found:
        return frozenset()
    # which of those words the lines also write in lower case (only a line holding one can)
    lowered = {word.lower() for words in found for word in words}
    lower_case = {word for line in lines if any(word in line for word in lowered)
                  for word in _WORD.findall(line) if word in lowered}
    return frozenset(words[0] for words in found
                     if all(word.lower() not in lower_case and _a_name(word) for word in words))


def _a_name(word: str) -> bool:
    lowered = word.lower()
    return lowered not in NOT_OWNERS and lowered not in VERBS_BEFORE_TO and lowered not in ROLE_WORDS and \
        not lowered.endswith(NOUN_ENDINGS) and not re.search(r"ing$", lowered)
