"""Who can decide something as a body ("The trustees agreed to ...", "Members deferred the item")."""

from __future__ import annotations

from notes_extract.vocab.build import any_of, first_letters_of, plurals
from notes_extract.vocab.people import BODIES, DECIDING_BODY_WORDS, MEMBER_TITLES

DECIDING_BODIES = (*plurals(MEMBER_TITLES), *BODIES, *DECIDING_BODY_WORDS, "members", "meeting")
# (the lookahead on their first letters fails at most words before the long alternation is tried)
DECIDERS = first_letters_of(DECIDING_BODIES) + any_of(DECIDING_BODIES)
