"""Action lines led by a role instead of a name ("The board secretary: send out the summary",
"Treasurer: pay the hall hire", "A board member: follow up with the neighbour"): the role owns the
task, and the role's words are no part of it."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import GROUP_OWNERS, PARTICIPANT_ROLES, ROLE_NOUNS, ROLE_WORDS, TITLE_HEAD_WORDS

# How many words may qualify the role ("the HOA board", "a board member", "the social media lead").
ROLE_QUALIFIER_WORDS = 2

_ROLE_HEAD = any_of((*ROLE_WORDS, *ROLE_NOUNS, *PARTICIPANT_ROLES, *TITLE_HEAD_WORDS, *GROUP_OWNERS))
# The role, a colon, then a task of two words or more ("Order the chairs - Bob", "Buy chairs: Bob" are a
# task and its owner: no article stands inside the role's words, and a dash is no role's label).
_ROLE_PREFIX = lazy_compile(
    rf"^(?P<who>(?:(?:the|a|an|our|each)\s+)?(?:(?!(?:the|a|an|our|each|to|for|of)\s)[\w&-]+\s+)"
    rf"{{0,{ROLE_QUALIFIER_WORDS}}}{_ROLE_HEAD}s?)\s*:\s+(?P<task>[A-Za-z]\S*\s+\S.*)$", re.I)
_INDEFINITE = lazy_compile(r"^(?:a|an|each)\s+", re.I)


def role_prefix(body: str) -> tuple[str, str] | None:
    """(owner, task) of an action line that a role leads, or None. "A board member" owns as "board member";
    "the Clerk" keeps its article here (the record drops it)."""
    m = _ROLE_PREFIX.match(body.strip())
    if not m or any(ch.isdigit() for ch in m["who"]):
        return None
    return _INDEFINITE.sub("", m["who"]).strip(), m["task"].strip()
