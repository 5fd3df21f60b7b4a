"""A decision told as what became of a paper, after the fact of its reading: "The Secretary read the minutes
of the last AGM, which were approved.", "The Treasurer presented the accounts, which were adopted.", and
"Approval was given for the new fence." The outcome closes the sentence or opens it; the thing decided is
the paper or the matter named."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of

# The verbs of a paper's or a proposal's acceptance, in the passive.
_ACCEPTED = ("approved", "adopted", "accepted", "agreed", "ratified", "endorsed", "carried", "confirmed")
# ", which were approved", ", which was then unanimously adopted by the meeting."
_WHICH_WAS = lazy_compile(
    rf",\s+which\s+(?:was|were)\s+(?:then\s+|duly\s+|subsequently\s+)?(?:unanimously\s+)?(?:{any_of(_ACCEPTED)})"
    r"(?:\s+(?:unanimously|by\s+all|by\s+the\s+meeting|without\s+dissent|as\s+a\s+true\s+record))?\W*$", re.I)
# "Approval was given for ...", "Approval was granted to ...": the meeting's approval as a noun.
_APPROVAL_GIVEN = lazy_compile(r"^(?:the\s+)?(?:meeting['’]s\s+)?approval\s+was\s+(?:given|granted)\s+(?:for|to)\s+\S",
                               re.I)


def outcome_clause_kind(sentence: str) -> str | None:
    """"other" when ``sentence`` tells a paper's or a matter's approval in one of those forms, else None."""
    if "pprov" not in sentence and "which" not in sentence:
        return None
    return "other" if _WHICH_WAS.search(sentence) or _APPROVAL_GIVEN.match(sentence.strip()) else None
