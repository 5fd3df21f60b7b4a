"""A decision's lead-in over a list: a sentence over bulleted points ("Several issues were agreed upon:"
over "- Cate will organise the event", "- Final on 8 April") or over a list of bare names of things
("The following dates were agreed:" over "- 3 March", "- 7 April"; "The following were approved:" over
"- Terms of Reference"): the list is what the sentence agreed, one decision with its list, not a decision
per item. Typed clauses ("a) to buy the boat;") and tasks under a label ("The following were agreed:" over
"- Move the stand-up to 10am") stay a decision per item, and so do cases each opening with its reference
("The following planning applications were approved:" over "- 25/0012 Extension at 4 Mill Lane",
"- 25/0019 New garage"): each case is decided on its own, as GOLD reads "the following candidates were elected:"."""

from __future__ import annotations

import re

from notes_extract.extractors.decision_kinds import decision_kind
from notes_extract.extractors.decision_reading import outcome_of
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision

# A lead-in over the decisions it lists is short ("The Committee unanimously agreed:").
LEAD_IN_MAX_WORDS = 8
# "a) to buy ...", "(ii) that ...", "1. That ...": an item typed under a lead-in.
TYPED_MARKER = lazy_compile(r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s", re.I)
# An item of at most this many words names a thing, a person or a date when it is written like a name.
MAX_CHOICE_WORDS = 12
# Words this short may stay in small letters inside a name ("Terms of Reference", "Ann and Bo Lee").
MAX_LINKING_WORD_LETTERS = 3
# A list of one item is the lead-in's single clause, read as before.
MIN_CHOICES = 2
# A lead-in of fewer words is a bare label ("Agreed:", "Decisions:"), no sentence to carry the list.
MIN_LEAD_WORDS = 3
# "a) to buy ...", "that ...", "is", "will": an item that words a clause of its own.
# "25/0012", "19/01131/FUL", "DC/25/0012": a case's reference (a planning application, a licence) opening its item
# (a serial of four digits or more, not a year: "12/05 AGM" and "05/2025" are dates)
_CASE_REFERENCE = lazy_compile(r"^\W*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?(?:[A-Z]{1,4}/)?\d{2,4}/"
                               r"(?!(?:19|20)\d\d\b)\d{4,6}\b")
_CLAUSE = lazy_compile(r"^\W*(\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?(to|that)\b"
                       r"|\b(is|are|was|were|will|would|be|has|have|should|shall)\b", re.I)


def _is_choice(text: str) -> bool:
    """Whether a list item is written like a name or a date: every longer word capitalised or a number."""
    words = text.split()
    return 0 < len(words) <= MAX_CHOICE_WORDS and not _CLAUSE.search(text) and all(
        len(word.strip("().,;'\"")) <= MAX_LINKING_WORD_LETTERS or not word.strip("(\"'")[:1].islower()
        for word in words)


def listed_choices(lead: str, sentence_lead: bool, items: list[tuple[str, str | None]],
                   section: str | None) -> list[Decision]:
    """The decisions a lead-in ending in a colon and its list record, or []: one decision with its list for
    bare choices under any such lead-in, and for any bulleted list under a sentence that introduces it
    (``sentence_lead``: "Several issues were agreed upon:" over "- Cate will organise the event", "- Final
    on 8 April"); one per case for cases each opening with its reference ("25/0012 Extension at ...")."""
    stripped = lead.strip().strip("*_ ")
    if not stripped.endswith(":") or len(stripped.split()) < MIN_LEAD_WORDS or len(items) < MIN_CHOICES:
        return []
    texts = [text for text, _ in items]
    kind = decision_kind(stripped.rstrip(":").strip() + " that")
    if kind is not None and all(_CASE_REFERENCE.match(text) for text in texts):
        outcome = outcome_of(stripped) or "carried"  # "... were deferred:" over cases: each deferred
        return [Decision(text=TYPED_MARKER.sub("", text.strip(), count=1), kind=kind, outcome=outcome,  # type: ignore[arg-type]
                         section=section) for text in texts]
    bulleted = sentence_lead and all(label is None and not TYPED_MARKER.match(text) for text, label in items)
    if kind is None or (not bulleted and not all(_is_choice(text) for text in texts)):
        return []
    text = f"{stripped} {'; '.join(item.strip().rstrip('.;,') for item in texts)}"
    return [Decision(text=text, kind=kind, outcome="carried", section=section)]  # type: ignore[arg-type]


def decision_lead_in(text: str, following: list[tuple[str, int, str | None]], following_listed: list[bool]) -> bool:
    """"It was agreed:", "The Committee RESOLVED:" over list items (numbered, lettered or bulleted) or typed
    "a)" paragraphs: the items are its decisions."""
    stripped = text.strip()
    if not stripped.endswith(":") or len(stripped.split()) > LEAD_IN_MAX_WORDS or not following:
        return False
    nxt_text, _, nxt_label = following[0]
    # bullets only under a sentence, which then reads as one decision with them ("Motion/Decision:" over
    # "- Motion: ...", "- Vote: ..." is a form's label, its fields no decisions)
    bulleted = any(following_listed) and len(stripped.split()) >= MIN_LEAD_WORDS
    return (nxt_label is not None or bool(TYPED_MARKER.match(nxt_text)) or bulleted) and \
        decision_kind(stripped.rstrip(":").strip() + " that") is not None
