"""Words of a vote's tally."""

from __future__ import annotations

# Vote counts: the words for each column of a tally.
VOTE_COUNT_WORDS = {
    "for": r"(?:for|in favou?r|yes|yeas?|ayes?|aye)",
    "against": r"(?:against|noes|no|nays?|opposed)",
    "abstain": r"(?:abstentions?|abstain(?:ed|ing)?|abstain)",
}

# "For: 12" / "Against: 4" / "Abstentions: 1": one count of a vote on a line of its own.
VOTE_FIELD_LINE = (r"^\W*(?:votes?\s+)?(?:" + "|".join(VOTE_COUNT_WORDS.values()) +
                   r")\s*[:\-–=]?\s*\d{1,3}\W*$")
