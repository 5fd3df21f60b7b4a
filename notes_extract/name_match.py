"""How a short or misspelt reference matches a full name: "A Smith" for "Alan Smith", "Bob" for
"Robert", "Timmy" for "Tim", "Diane Owen" for "Diane Oyen", "Powers" for "Jan Power"."""

from __future__ import annotations

import difflib

from notes_extract.vocab.people import DIMINUTIVE_ENDINGS

# How alike a misspelt surname must be to the attendee's: alone ("Powers" for
# "Jan Power"), and after the right first name ("Diane Owen" for "Diane Oyen").
MISSPELT_SURNAME_RATIO = 0.85
MISSPELT_BESIDE_FIRST_NAME_RATIO = 0.75


def abbreviated_match(k: list[str], f: list[str]) -> bool:
    if len(k) != len(f) or len(k) < 2:
        return False
    return all(a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
               for a, b in zip(k, f, strict=True)) and k != f


# The shortest first name a pet-form ending is read on ("Al" + "i" is not "Ali" for "Al").
MIN_DIMINUTIVE_BASE = 3


def diminutive_of(key: str, first: str) -> bool:
    if len(first) < MIN_DIMINUTIVE_BASE or not key.isalpha() or not key.startswith(first):
        return False
    ending = key[len(first):]
    if ending[:1] == first[-1]:  # "Timmy": the last consonant doubled
        ending = ending[1:]
    return ending in DIMINUTIVE_ENDINGS


def misspelt_surname(k: list[str], f: list[str]) -> bool:
    if len(k) != 2 or len(f) != 2 or k[0] != f[0] or k[1] == f[1]:
        return False
    return similar(k[1], f[1], MISSPELT_BESIDE_FIRST_NAME_RATIO)


def similar(a: str, b: str, threshold: float) -> bool:
    """Whether difflib's ratio of ``a`` and ``b`` reaches ``threshold``, asking its cheap upper
    bounds first (the lengths alone, the letters one holds and the other lacks, then the letters
    shared): most pairs fail there."""
    length = len(a) + len(b)
    if length and 2.0 * min(len(a), len(b)) / length < threshold:  # difflib's real_quick_ratio
        return False
    # Each letter of ``a`` that ``b`` lacks leaves one character of ``a`` at least unmatched (and so
    # for ``b``): fewer matches than quick_ratio counts, with set operations alone.
    letters_a, letters_b = set(a), set(b)
    if length and 2.0 * min(len(a) - len(letters_a - letters_b), len(b) - len(letters_b - letters_a)) / length \
            < threshold:
        return False
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold
