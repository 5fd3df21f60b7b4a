"""A decision's lead-in over a list of bare names of things ("The following dates were agreed:" over
"- 3 March", "- 7 April"; "The following were approved:" over "- Terms of Reference", "- Risk Register"):
the list is what the sentence agreed, one decision with its list, not a decision per item. A list of
clauses or tasks ("a) to buy the boat;", "- Move the stand-up to 10am") stays a decision per item."""

from __future__ import annotations

import re

from notes_extract.extractors.decision_kinds import decision_kind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision

# An item of at most this many words names a thing, a person or a date when it is written like a name.
MAX_CHOICE_WORDS = 12
# Words this short may stay in small letters inside a name ("Terms of Reference", "Ann and Bo Lee").
MAX_LINKING_WORD_LETTERS = 3
# A list of one item is the lead-in's single clause, read as before.
MIN_CHOICES = 2
# A lead-in of fewer words is a bare label ("Agreed:", "Decisions:"), no sentence to carry the list.
MIN_LEAD_WORDS = 3
# "a) to buy ...", "that ...", "is", "will": an item that words a clause of its own.
_CLAUSE = lazy_compile(r"^\W*(\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?(to|that)\b"
                       r"|\b(is|are|was|were|will|would|be|has|have|should|shall)\b", re.I)


def _is_choice(text: str) -> bool:
    """Whether a list item is written like a name or a date: every longer word capitalised or a number."""
    words = text.split()
    return 0 < len(words) <= MAX_CHOICE_WORDS and not _CLAUSE.search(text) and all(
        len(word.strip("().,;'\"")) <= MAX_LINKING_WORD_LETTERS or not word.strip("(\"'")[:1].islower()
        for word in words)


def listed_choices(lead: str, items: list[str], section: str | None) -> Decision | None:
    """The one decision a lead-in ending in a colon and its list of bare choices record, or None."""
    stripped = lead.strip().strip("*_ ")
    if not stripped.endswith(":") or len(stripped.split()) < MIN_LEAD_WORDS or len(items) < MIN_CHOICES or \
            not all(_is_choice(item) for item in items):
        return None
    kind = decision_kind(stripped.rstrip(":").strip() + " that")
    if kind is None:
        return None
    text = f"{stripped} {', '.join(item.strip().rstrip('.;,') for item in items)}"
    return Decision(text=text, kind=kind, outcome="carried", section=section)  # type: ignore[arg-type]
