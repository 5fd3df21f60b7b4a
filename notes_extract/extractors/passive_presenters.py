"""Who gave an item, said in the passive in the item's first sentence: "An update was provided by
Ann Lee on the fundraising", "A brief report was given by the treasurer, Bo Ode." (a common way
minutes written as prose name whoever reported). The name after "by" is the presenter; a role
written before it ("the treasurer,") is left out."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import Roster, looks_like_name
from notes_extract.vocab.people import NAME
from notes_extract.vocab.sections import PRESENTED_BY_VERBS, REPORT_NOUNS

# How far into the sentence the report's noun may stand, in characters ("A brief update on the
# Planning Committee was provided by ...").
MAX_CHARS_BEFORE_VERB = 80
# Lower-case words a role may take before the name ("the vice president, Ann Lee").
MAX_ROLE_WORDS = 3

_PASSIVE_GIVER = lazy_compile(
    rf"^\W*(?:(?i:an?|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?i:{REPORT_NOUNS})\b[^.;:]{{0,{MAX_CHARS_BEFORE_VERB}}}?"
    rf"\s(?i:was|were)\s+{PRESENTED_BY_VERBS}\s+by\s+(?:the\s+)?(?:(?:[a-z][\w'’-]*\s+){{0,{MAX_ROLE_WORDS - 1}}}"
    rf"[a-z][\w'’-]*,\s+)?(?!The\b)(?P<who>{NAME})")
# (the space first, what stands before it after: a pattern opening with a look-behind is tried at every character)
_SENTENCE_END = lazy_compile(r"\s(?<=[a-z]{2}[.!?]\s)")


def passive_presenter(text: str, roster: Roster) -> str | None:
    """The attendee (or the name as written) an item's opening sentence says gave its report."""
    sentence = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    m = _PASSIVE_GIVER.match(sentence)
    if m is None:
        return None
    who = m["who"].rstrip(".")
    return roster.resolve(who) or (who if looks_like_name(who) else None)

