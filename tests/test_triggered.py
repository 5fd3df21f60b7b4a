"""A trigger never spares the search of a text its pattern would match, beyond ASCII too."""

import re
import string

from notes_extract.triggered import TriggeredPattern, folded, holds_any, trigger_words


def test_fold_matches_what_a_case_insensitive_pattern_matches() -> None:
    # Every character a case-insensitive letter (or letter range) matches folds to that letter.
    letters = {letter: re.compile(letter, re.I) for letter in string.ascii_lowercase}
    any_letter = re.compile("[a-z]", re.I)
    for code in range(0x80, 0x110000):
        char = chr(code)
        if any_letter.fullmatch(char) is None:
            continue
        matched = [letter for letter, pattern in letters.items() if pattern.fullmatch(char)]
        assert matched and folded(char) == "".join(matched), hex(code)


def test_trigger_reads_non_ascii_texts_as_the_pattern_does() -> None:
    agreed = TriggeredPattern(re.compile(r"\bagreed\b", re.I), ("agreed",))
    assert agreed.search("The board – all present – AGREED.")
    assert not agreed.could_match("The board – all present – approved.")
    # "K" (Kelvin sign), "ſ", "ı" and "İ" match "k", "s" and "i" in a case-insensitive pattern.
    asked = TriggeredPattern(re.compile(r"\bask\b", re.I), ("ask",))
    assert asked.search("We \u212aeep to the plan and A\u017f\u212a them.")
    said = TriggeredPattern(re.compile(r"\bsaid\b", re.I), ("said",))
    assert said.search("SA\u0130D") and said.search("sa\u0131d") and said.search("\u017fAID")
    assert holds_any("\u2018DEC\u2019", trigger_words(("dec",)))
