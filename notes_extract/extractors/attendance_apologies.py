"""Apologies written as sentences under an item rather than as a list ("No apologies from councillors.
Apologies from Cllr C Lee noted."): the names they give."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import ends_with_role_noun, is_known_role
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import APOLOGY_RECEIPT_VERBS, APOLOGY_WORDS
from notes_extract.vocab.people import ATTENDANCE_QUALIFIERS

# "No apologies from councillors. Apologies from Cllr C Lee noted.": sentences about apologies under an
# item, not a list of names; the sentence saying there were none names nobody.
_NO_APOLOGIES = lazy_compile(rf"^no\s+(?:{APOLOGY_WORDS})\b", re.I)
_APOLOGY_SENTENCE_LEAD = lazy_compile(
    rf"^(?:{APOLOGY_WORDS})\s+(?:(?:were|was)\s+)?(?:{any_of(APOLOGY_RECEIPT_VERBS)}\s+)?from\s+", re.I)
_RECEIPT_AT_END = lazy_compile(rf"\s+(?:(?:were|was)\s+)?(?:{any_of(APOLOGY_RECEIPT_VERBS)})\s*\.?$", re.I)
# A sentence ends after a word of three small letters or more ("councillors."), not after an initial ("B.").
# (the space first, what stands before it after: a pattern opening with a look-behind is tried at every character)
_SENTENCE_END = lazy_compile(r"\s(?<=[a-z]{3}[.;]\s)\s*(?=[A-Z])")


def apology_sentences(text: str) -> str:
    """The names in sentences about apologies ("Apologies from Cllr C Lee noted." gives "Cllr C Lee");
    ``text`` unchanged when it is no such sentences."""
    sentences = _SENTENCE_END.split(text.strip())
    if not any(_NO_APOLOGIES.match(s) or _RECEIPT_AT_END.search(s) for s in sentences):
        return text
    kept = [_RECEIPT_AT_END.sub("", _APOLOGY_SENTENCE_LEAD.sub("", s)) for s in sentences if not _NO_APOLOGIES.match(s)]
    return ", ".join(k for k in kept if k)


# A bracket after a name: a remark on it.
_BRACKET = lazy_compile(r"\s*\(([^()]+)\)")


def without_reasons(entry: str) -> str:
    """An apology's or absence's entry without the reason given in brackets in lower case ("Cllr J Fox
    (family commitment)", "Ed Fry (holiday)"): why they were away is no role; "(chair)", "(proxy)" stay."""
    return _BRACKET.sub(lambda m: "" if _is_reason(m.group(1).strip()) else m.group(0), entry)


# "(who subsequently attended)", "(arrived 7.40pm)": a note that they came after all, read by `member_apologies`.
_CAME = lazy_compile(r"\b(?:attend|arriv|join|came|left|late)", re.I)


def _is_reason(remark: str) -> bool:
    return remark[:1].islower() and not is_known_role(remark) and not ends_with_role_noun(remark) and \
        remark.lower() not in ATTENDANCE_QUALIFIERS and not _CAME.search(remark)
