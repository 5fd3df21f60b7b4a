"""The vocabulary: word lists are data, and the patterns built from them follow them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from notes_extract.extractors.decisions import decision_kind
from notes_extract.people import normalise_role, parse_entry, strip_honorifics
from notes_extract.vocab import build
from notes_extract.vocab.decisions import DECIDING_BODIES
from notes_extract.vocab.people import MEMBER_TITLES, ROLE_FORMS

PACKAGE = Path(__file__).resolve().parents[1] / "notes_extract"


def test_any_of_tries_longer_forms_first_and_escapes() -> None:
    pattern = re.compile(build.any_of(["chair", "vice chair", "co-chair", "a.o.b"]))
    assert pattern.match("vice chair").group(0) == "vice chair"
    assert pattern.match("co-chair").group(0) == "co-chair"
    assert pattern.match("a.o.b") and not pattern.match("axobx")


def test_any_of_as_a_trie_matches_what_the_plain_alternation_matches() -> None:
    # (a trie tries the longer words first, as the alternation does: backtracking gives the same match)
    words = ["sep", "sept", "september", "agree", "agreed", "agreement", "vice chair", "chair", "a.b", "Dec", "Decs"]
    plain = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"
    assert "(?#" in build.any_of(words)  # (its words kept in a comment: a pattern's text spells them)
    for flags in (0, re.I):
        for tail in ("", r"\b", r"\.?\s+\d", "$"):
            trie, alternation = re.compile(build.any_of(words) + tail, flags), re.compile(plain + tail, flags)
            for text in ("sept 5", "September 5", "sept. 5", "agreements", "Agreed", "vice chairs", "Dec 2016",
                         "decs", "a.b", "axb", "sep", "agre"):
                assert (m := trie.match(text)) is None and alternation.match(text) is None or \
                    m.span() == alternation.match(text).span(), (text, flags, tail)
    # letters that differ only in case after one start stay a plain alternation (a trie would try "Ab" first)
    assert build.any_of(["Ab", "ac"]) == "(?:Ab|ac)"


def test_plurals_and_capitalised_name() -> None:
    assert build.plurals(["trustee"]) == ("trustee", "trustees")
    name = re.compile(build.capitalised_name(2) + "$")
    assert name.match("Ann O'Neill") and not name.match("Ann Mary Lee") and not name.match("ann")


@pytest.mark.parametrize("title", MEMBER_TITLES)
def test_every_member_title_can_decide_as_a_body(title: str) -> None:
    assert f"{title}s" in DECIDING_BODIES
    assert decision_kind(f"The {title}s agreed to repaint the hall.") == "agreement"
    assert decision_kind(f"The {title}s resolved to repaint the hall.") == "resolution"


@pytest.mark.parametrize("written,role", [
    ("Minute-taker", "minute taker"), ("chaired the meeting", "chair"), ("Vice Chair", "vice-chair"),
    ("Hon. Treasurer", "treasurer"), ("Timekeeper", "timekeeper"), ("Commissioner", "commissioner"),
])
def test_role_forms_normalise(written: str, role: str) -> None:
    assert normalise_role(written) == role


def test_role_forms_are_distinct_and_anchored_as_whole_texts() -> None:
    assert len({form for form, _ in ROLE_FORMS}) == len(ROLE_FORMS)
    assert normalise_role("assistant to treasurer") == "assistant to treasurer"  # a role text is matched whole


def test_honorifics_and_council_tiers() -> None:
    assert strip_honorifics("Borough Councillor S Edgar") == "S Edgar"
    assert strip_honorifics("Mrs. Ann Lee") == "Ann Lee"
    entry = parse_entry("Councilor Ann Lee")
    assert entry is not None and entry.name == "Ann Lee" and entry.role == "councillor"


# Words that belong to the vocabulary only: where a string constant spells one
# outside notes_extract/vocab, a rule has its own copy of the word list.
VOCABULARY_WORDS = ["apolog", "commissioner", r"minutes?[ -]?taker", "seconded"]


def _string_constants(path: Path) -> str:
    tree = ast.parse(path.read_text())
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return " ".join(n.value for n in ast.walk(tree)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings)


@pytest.mark.parametrize("word", VOCABULARY_WORDS)
def test_vocabulary_words_are_spelled_only_in_the_vocabulary(word: str) -> None:
    # models.py describes the record's fields; evaluate.py is the scorer, which has its own rules
    outside = [p.relative_to(PACKAGE).as_posix() for p in sorted(PACKAGE.rglob("*.py"))
               if "vocab" not in p.parts and p.name not in ("models.py", "evaluate.py")
               and re.search(word, _string_constants(p), re.I)]
    assert outside == []
