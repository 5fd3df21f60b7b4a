"""The language side: a spaCy pipeline built in code, and the token patterns
that find commitments ("Nicc to follow up ...", "The Clerk will write ...").

No statistical model is loaded or downloaded: the pipeline is
``spacy.blank("en")`` with a sentencizer and an entity ruler for roles. It is
built once per process (`pipeline`), and spaCy is imported only when a
document is actually read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from notes_extract.people import Roster

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Roles that can own an action or chair a meeting, as token patterns.
ROLE_WORDS = [
    "chair", "chairman", "chairperson", "chairwoman", "co-chair", "vice-chair", "clerk",
    "secretary", "treasurer", "president", "vice-president", "minute taker", "coordinator",
    "convenor", "convener", "manager", "director", "officer", "committee", "board", "council",
    "team", "staff", "members", "all", "everyone", "group", "executive", "lead",
]  # fmt: skip

# What follows an owner to make a firm commitment. Tentative forms ("may",
# "hopes to", "might") are deliberately absent.
COMMITMENT_PATTERNS: list[list[dict]] = [
    [{"LOWER": "to"}, {"IS_ALPHA": True, "IS_LOWER": True, "LOWER": {"NOT_IN": ["be", "date"]}}],
    [{"LOWER": {"IN": ["will", "shall"]}}, {"IS_ALPHA": True, "IS_LOWER": True,
                                              "LOWER": {"NOT_IN": ["be", "have", "not"]}}],
    [{"LOWER": {"IN": ["agreed", "offered", "undertook", "volunteered", "promised"]}},
     {"LOWER": "to"}],
    [{"LOWER": {"IN": ["was", "were"]}}, {"LOWER": {"IN": ["asked", "tasked", "requested"]}},
     {"LOWER": "to"}],
    [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": "going"}, {"LOWER": "to"}],
]  # fmt: skip

# Capitalised words that start sentences but are never owners.
NOT_OWNERS = {
    "it", "this", "that", "there", "we", "they", "he", "she", "you", "i", "these", "those",
    "need", "needs", "plan", "aim", "time", "item", "items", "action", "actions", "agreed",
    "decision", "resolved", "motion", "also", "next", "date", "meeting", "minutes", "report",
    "update", "the", "a", "an", "what", "how", "who", "when", "where", "why", "no", "any",
    "all", "each", "some", "one", "our", "their", "his", "her", "its", "nobody", "someone",
    "somebody", "to", "in", "on", "at", "for", "and", "or", "but", "if", "as", "so", "not",
    "please", "thanks", "thank", "discussion", "question", "questions", "note", "notes",
}  # fmt: skip


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The process-wide spaCy pipeline (blank English, rule components only)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "ROLE", "pattern": [{"LOWER": w} for w in word.split()]} for word in ROLE_WORDS]
    )
    return nlp


@lru_cache(maxsize=1)
def _commitment_matcher():  # type: ignore[no-untyped-def]
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline().vocab)
    matcher.add("COMMITMENT", COMMITMENT_PATTERNS)
    return matcher


def sentences(text: str) -> list[str]:
    """``text`` split into sentences."""
    return [s.text.strip() for s in pipeline()(text).sents if s.text.strip()]


@dataclass(frozen=True)
class Commitment:
    """A firm task for someone found in running text."""

    owners: list[str]  # as written: "Nicc", "the Clerk", "JB"
    text: str  # the sentence or clause that states it, from the owner on


def proper_nouns(texts: list[str]) -> frozenset[str]:
    """Capitalised words the document also writes capitalised mid-sentence.

    Without a statistical model this is how a name ("George") is told from a
    common noun that merely opens a sentence ("Suggestion to bring ...").
    """
    found: set[str] = set()
    for text in texts:
        if text.isupper() or text.istitle():
            continue  # headings in capitals or title case say nothing
        for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z'’-]+)", text):
            found.add(m.group(1))
    return frozenset(found)


def find_commitment(
    text: str, roster: Roster, names: frozenset[str] = frozenset()
) -> Commitment | None:
    """The commitment ``text`` opens with, if it is one.

    The owner must stand at the start of a sentence or clause, directly before
    the commitment words, and be a person (in the roster, or a capitalised
    name), initials, or a role ("Clerk", "The Chair").
    """
    doc = pipeline()(text)
    for _, start, _end in _commitment_matcher()(doc):
        owners = _owners_before(doc, start, roster, names)
        if owners:
            begin = _clause_start(doc, start)
            sentence_end = doc[start].sent.end
            return Commitment(owners=owners, text=doc[begin:sentence_end].text.strip())
    return None


def _clause_start(doc: Doc, trigger: int) -> int:
    i = trigger
    sent_start = doc[trigger].sent.start
    while i > sent_start and doc[i - 1].text not in {":", ";", "-", "–", "—"} and \
            doc[i - 1].lower_ not in {"that"}:
        i -= 1
    return i


def _owners_before(doc: Doc, trigger: int, roster: Roster, names: frozenset[str]) -> list[str]:
    """The owner names directly before ``trigger``, or [] when it is no owner."""
    begin = _clause_start(doc, trigger)
    span: Span = doc[begin:trigger]
    words = span.text.strip()
    if not words or len(span) > 10:
        return []
    parts = [p.strip() for p in re.split(r"\s*(?:/|,|&|\band\b)\s*", words) if p.strip()]
    owners: list[str] = []
    for part in parts:
        if not _is_owner(part, roster, names):
            return []
        owners.append(part)
    return owners


def _is_owner(part: str, roster: Roster, names: frozenset[str]) -> bool:
    bare = re.sub(r"^(the|our)\s+", "", part, flags=re.I)
    if roster.resolve(part):
        return True
    if bare.lower() in ROLE_WORDS or re.fullmatch(r"(vice[- ])?chair(man|person)?", bare, re.I):
        return True
    if re.fullmatch(r"@[\w-]+", part) or re.fullmatch(r"[A-Z]{2,4}", part):
        return True
    tokens = part.split()
    if not 1 <= len(tokens) <= 3 or tokens[0].lower() in NOT_OWNERS:
        return False
    # An unknown name counts when the document treats it as a proper noun.
    return all(re.fullmatch(r"[A-Z][\w'’.-]*", t) for t in tokens) and tokens[0] in names
