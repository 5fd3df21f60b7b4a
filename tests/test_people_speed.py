"""Speed-ups on the people path that must not change what they find: look-behinds moved after the
character a pattern needs, the name-list cache, the cheap bracket tests."""

import importlib
import random
import re

import pytest

from notes_extract.nlp import _OPENED_ASIDE, _without_opened_aside
from notes_extract.people import without_name_notes
from notes_extract.people_lists import _NAME_TITLE, split_people

_SAMPLES = [
    "Apologies from Ann Lee. Bo Ode sent regrets; Cy Rand. Dee Fox", "Messrs. Lee and Ode. Mmes. Fox. Ann Lee",
    "Graham Smith. Colin Solloway. Mr. Ann Lee. Mrs. Bo Li", "It rained (see above). The ORG. Then 10%. Done",
    "ab. Cd, ef; Gh and Ij (Kl) Mn", "x.) Y and z. (A", "Present: Ann Lee [AL], Bo Ode [Acme Corp]", "", ".",
    "Tasks: Ann to write. Bo agreed. AB. Cd.  Ef", "abc; De fgh.\tIj]] . Kl",
]
_ALPHABET = "abcmesrMAZK.!?;)]%(  \t\n"


def _texts() -> list[str]:
    draw = random.Random(17)
    return _SAMPLES + ["".join(draw.choice(_ALPHABET) for _ in range(draw.randint(0, 40))) for _ in range(20000)]


@pytest.mark.parametrize(("module", "name", "before"), [
    ("extractors.passive_presenters", "_SENTENCE_END", r"(?<=[a-z]{2}[.!?])\s"),
    ("extractors.item_heads", "_SENTENCE_END", r"(?<=[a-z]{2}[.!?])\s"),
    ("extractors.attendance_apologies", "_SENTENCE_END", r"(?<=[a-z]{3}[.;])\s+(?=[A-Z])"),
    ("extractors.owner_marks", "_SENTENCE_END", r"(?:(?<=[a-z0-9)%][.!?])|(?<=[A-Z]{2}[.!?]))\s+(?=[A-Z])"),
    ("people_lists", "_LIST_SENTENCE_END", r"(?<=[a-z)\]]{3})(?<!messrs)(?<!mmes)\.\s+(?=[A-Z][a-z])"),
    ("people", "_INITIAL_STOP", r"(?<=\b[A-Za-z])\.(?=[A-Za-z]{2})"),
    ("people_lists", "_FULL_STOP_BETWEEN_NAMES",
     rf"(?<=[a-z])\.\s+(?=(?:(?i:{_NAME_TITLE})\.?\s+)?[A-Z][a-z]+\s+[A-Z])"),
])
def test_look_behind_after_the_character_it_needs(module: str, name: str, before: str) -> None:
    pattern = getattr(importlib.import_module(f"notes_extract.{module}"), name)
    old = re.compile(before)
    for text in _texts():
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in old.finditer(text)], text
        assert pattern.split(text) == old.split(text), text


def test_mid_sentence_capitals_found_as_before() -> None:
    from notes_extract.nlp import _MID_SENTENCE_CAPITALISED

    old = re.compile(r"(?<=[a-z,;] )([A-Z][a-z'’-]+)")
    for text in _texts():
        assert _MID_SENTENCE_CAPITALISED.findall(text) == old.findall(text), text


def test_bracket_tests_spare_only_texts_without_a_match() -> None:
    for text in [*_texts(), "Ann will do it. (", "Ann will do it! [ \n", "Ann (", "Bo.\u00a0(\u2003"]:
        assert _without_opened_aside(text) == _OPENED_ASIDE.sub("", text), text
    assert without_name_notes("Mr C Lee [CL] Chair, Ann Boot (who left at 12.40pm)") == "Mr C Lee Chair, Ann Boot"


def test_split_people_hands_out_copies() -> None:
    first = split_people("Ann Lee, Bo Ode and Cy Rand")
    first.append("changed")
    assert split_people("Ann Lee, Bo Ode and Cy Rand") == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_paired_and_bracketed_names_found_as_before() -> None:
    from notes_extract.nlp import _BRACKETED_AT_END, _PAIRED

    old = re.compile(r"\b([A-Z][a-z'’-]+)\s*(?:&|\+|\band\b)\s*([A-Z][a-z'’-]+)\b(?!\s+[A-Z])"
                     r"|(?<=[a-z] )\(([A-Z][a-z'’-]+)\)\W*$")
    draw = random.Random(5)
    words = ["Bo", "Tiff", "and", "&", "+", "(", ")", " ", "a", "x", "O'Neil", "é", "\n", ".", "Ann", "Zed"]
    texts = [*_SAMPLES, "Bruno & Tiff to work on", "Late application update (Santina)", "a (Bo)\n", "(Bo)",
             *("".join(draw.choice(words) for _ in range(draw.randint(0, 14))) for _ in range(20000))]
    for text in texts:
        before = {name for m in old.finditer(text) for name in m.groups() if name}
        after = {name for pair in _PAIRED.findall(text) for name in pair}
        if bracketed := _BRACKETED_AT_END.search(text):
            after.add(bracketed[1])
        assert after == before, text


def test_bracketed_tail_searched_from_the_last_bracket() -> None:
    from notes_extract.extractors.owner_marks import _BRACKETED_TAIL, _before_last_bracket

    draw = random.Random(9)
    words = ["(", ")", " ", "\u00a0", "Action", "AP", ":", "-", "Bo", ".", "x", "!", "\n", "todo", "(Action: CB)"]
    texts = ["... regarding this. (Action Linda Morgan/Gavin Clark)", "... the insurance cost (Action: CB).",
             *("".join(draw.choice(words) for _ in range(draw.randint(1, 12))) for _ in range(20000))]
    for text in texts:
        if "(" in text:
            found, before = _BRACKETED_TAIL.search(text, _before_last_bracket(text)), _BRACKETED_TAIL.search(text)
            assert (found and (found.span(), found["who"])) == (before and (before.span(), before["who"])), text
