"""Shortcuts taken for speed give the answers of the long way round: the trigger words in front
of the decision phrasings (a sentence the trigger skips is one no phrasing would have matched),
the wording index that finds the texts worth comparing, and difflib's bounds before its ratio."""

from __future__ import annotations

import difflib
import itertools
from pathlib import Path

import pytest

from notes_extract import loaders
from notes_extract.extractors import decision_kinds, decisions, team_decisions
from notes_extract.extractors.officers import _CHAIR_IN_BRACKETS, _CHAIR_SENTENCE, _MENTIONS_CHAIR
from notes_extract.extractors.text_match import WordingIndex, overlap
from notes_extract.name_match import similar as _similar
from notes_extract.nlp import _ABBREVIATION_END, _ABBREVIATION_TAIL, sentences
from notes_extract.segment.headings import _CUT_AT_WORD, _CUT_TAIL_CHARS, _code_only
from notes_extract.triggered import holds_any

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "samples"
# Readable documents of every shape the tests hold (PDFs left out: slow to load, same kind of text).
DOCUMENTS = sorted(p for folder in (DATA / "corpus", DATA / "eval", DATA / "register-series", SAMPLES)
                   for p in folder.glob("*") if p.suffix in (".txt", ".md", ".docx", ".html", ".odt"))

# One sentence per phrasing family, each recording a decision.
PHRASED = [
    "The motion was carried.", "Consensus was reached on the budget.", "Proposal: buy a new urn.",
    "RESOLVED: that the clerk writes to the council.", "Res - the hall is booked.",
    "The committee unanimously resolved that fees rise.", "Moved by Ann, seconded by Raj.",
    "It was agreed upon.", "The minutes were reviewed and approved.", "Ann Lee elected chair with 12 votes.",
    "Decision: hold the fair in June.", "Approved unanimously.", "Power motions to adopt the plan.",
    "The meeting passed a vote of thanks.", "Vote passes for Ann as VP.", "Agreement on hoodies.",
    "Thumbs-up to proceed.", "The board decided to defer.", "The trustees appointed Ann Lee as treasurer.",
    "Then unanimously agreed to go ahead.", "This matter was deferred.", "Members voted against.",
    "Keyholders at 7 was deemed ok.", "Rule 11 carried", "Budget – passed", "Accepted by all",
    "Rebecca Galves co-opted to the board.", "Nita chosen as team leader.",
    "Queried which aspects to parallelize, decided on PLINK", "Raj was voted in as treasurer.",
]


def _without_trigger(stripped: str) -> str | None:
    """The first phrasing's kind, trying every phrasing (the code before the trigger)."""
    return next((kind for pattern, kind in decision_kinds.DECISION_OPENERS if pattern.search(stripped)), None)


def _document_texts() -> list[str]:
    texts: list[str] = []
    for path in DOCUMENTS:
        for block in loaders.load(path.read_bytes(), source=path.name).blocks:
            pieces = [" | ".join(row) for row in block.rows] if block.rows else [block.text]
            for piece in pieces:
                texts.append(piece)
                texts += sentences(piece) if piece.strip() else []
    return texts


@pytest.mark.parametrize("sentence", PHRASED)
def test_every_phrasing_family_has_a_trigger_word(sentence: str) -> None:
    assert decision_kinds._DECISION_TRIGGER.search(sentence), sentence
    assert _without_trigger(sentence) is not None, f"the example no longer records a decision: {sentence}"


def test_trigger_never_skips_a_sentence_a_phrasing_matches() -> None:
    texts = _document_texts()
    assert len(texts) > 1000, "too few test sentences to say anything"
    matched = 0
    for text in texts:
        stripped = decision_kinds._ASIDE.sub("", text).strip().lstrip("*_ ")
        expected = _without_trigger(stripped)
        matched += expected is not None
        assert next((kind for pattern, kind in decision_kinds._openers(stripped) if pattern.search(stripped)),
                    None) == expected, text
    assert matched > 20, "the documents should hold decisions of many phrasings"


def test_team_trigger_never_skips_a_team_decision() -> None:
    for text in [*_document_texts(), "We agreed to use React.", "Rough consensus on the API.",
                 "The conclusion was to wait.", "We'll go with Postgres."]:
        stripped = text.strip().lstrip("*_-• ").strip()
        if any(pattern.search(stripped) for pattern, _ in team_decisions.TEAM_DECISION_FORMS):
            assert team_decisions._TEAM_DECISION_TRIGGER.search(stripped), text


def test_team_consensus_and_conclusion_forms_hold_their_words() -> None:
    forms = [form for form, _ in team_decisions.TEAM_DECISION_FORMS if hasattr(form, "could_match")]
    examples = ["Rough consensus on the API.", "There was a consensus among the members that we wait.",
                "We reached consensus.", "The conclusion was to wait.", "We made the decision to wait."]
    for text in [*_document_texts(), *examples]:
        for form in forms:
            assert bool(form.search(text)) == bool(form.pattern.search(text)), text
    assert len(forms) == 2 and all(any(form.search(text) for form in forms) for text in examples)


def test_every_mover_form_holds_a_mover_word() -> None:
    from notes_extract.extractors import movers

    forms = [*movers._BY_FORMS.values(), *movers._BRACKETED_INITIALS.values(), movers._PROPOSER, movers._SECONDER,
             movers._ASSENTING_SECONDER, movers._SECONDED_OPENER, movers._NAME_BEFORE_MOTION]
    examples = ["Moved by Ann, seconded by Bo.", "Ann Lee moved that the report be adopted and Bo agreed.",
                "Approve the accounts Prop Cllr Lee, 2nd Cllr Ode carried", "Motion: Carter / Second: Shah",
                "Upon the proposition of Ann Lee, seconded by Bo Ode", "It was proposed (JT), seconded (EE)",
                "Motion to buy oars. Ann, Bob 2nd.", "Peake motion to adjourn", "Ann made the motion."]
    held = 0
    for text in [*_document_texts(), *examples]:
        if any(form.search(text) for form in forms):
            held += 1
            assert holds_any(text, movers._MOVER_WORDS), text
    assert held >= len(examples)


def test_sentence_without_trigger_words_records_no_decision() -> None:
    assert decisions.decision_kind("Ann reported on the garden party and the raffle.") is None
    assert decisions.decision_kind("GRANTED") == "other"  # a ruling needs no trigger word


def test_wording_index_finds_every_text_with_an_overlap_and_the_best() -> None:
    texts = ["Circulate the budget report", "Book the hall", "", "Budget approved by the hall committee",
             "the and of", "Hall booking"]
    index = WordingIndex(texts[:2])
    for text in texts[2:]:
        index.add(text)
    for wording in ["budget", "hall booking", "the", "Report on the budgets", "nothing alike"]:
        expected = [k for k, text in enumerate(texts) if overlap(wording, text) > 0]
        assert index.sharing(wording) == expected, wording
        # the first text of the highest overlap
        assert index.best_overlap(wording) == (max(((k, overlap(wording, texts[k])) for k in expected),
                                                   key=lambda pair: (pair[1], -pair[0])) if expected else None), wording


def test_similar_agrees_with_difflib_ratio() -> None:
    words = ["power", "powers", "smith", "smyth", "jon", "john", "ann", "anne", "", "a", "patel", "patil", "budget"]
    for a, b in itertools.product(words, repeat=2):
        for threshold in (0.75, 0.85):
            assert _similar(a, b, threshold) == (difflib.SequenceMatcher(None, a, b).ratio() >= threshold), (a, b)


@pytest.mark.parametrize(("line", "codes"), [("CT.4073/J", True), ("TPO313/1, CT.CONTR 1131", True),
                                             ("1131", False), ("Budget 2025", False), ("", False)])
def test_code_only_lines(line: str, codes: bool) -> None:
    assert _code_only(line) is codes


def test_cut_word_check_reads_only_the_tail_it_needs() -> None:
    lines = [*_document_texts(), "Minutes of the", "voted for the\n", "xthe", "in the end", "a", "", " that\n"]
    for line in lines:
        assert bool(_CUT_AT_WORD.search(line[-_CUT_TAIL_CHARS:])) == bool(_CUT_AT_WORD.search(line)), line


def test_abbreviation_check_starts_where_a_match_can_start() -> None:
    lines = [*_document_texts(), "Cllr.", "xmr.", "Xapprox.", "The approx.", "nem. con.\n", "e.g.", "ie.g.", ""]
    for line in lines:
        start = max(0, len(line) - _ABBREVIATION_TAIL)
        assert bool(_ABBREVIATION_END.search(line, start)) == bool(_ABBREVIATION_END.search(line)), line


def test_chair_phrasings_all_hold_a_chair_trigger() -> None:
    lines = [*_document_texts(), "Ann Lee took the chair.", "Bob Roe presided.", "The meeting was chaired by Ann Lee",
             "Ann Lee (Board Chair)", "Linda Lee, President, was the Chair"]
    held = 0
    for line in lines:
        if _CHAIR_SENTENCE.search(line) or _CHAIR_IN_BRACKETS.search(line):
            held += 1
            assert _MENTIONS_CHAIR.search(line), line
    assert held >= 5


def test_chair_sentences_all_hold_one_of_their_words() -> None:
    from notes_extract.extractors.officers import _CHAIR_FORMS

    lines = [*_document_texts(), "Ann Lee took the chair.", "Bob Roe presided.", "The meeting was chaired by Ann Lee",
             "Linda Lee, President, was the Chair", "Chairman Rev. Tom Bell opened the meeting",
             "Ann Lee, acting chair, opened the meeting", "Ann Lee, Chair, welcomed everyone.",
             "The meeting opened at 7.30pm with Ann Lee in the chair.", "As chair, Ann Lee welcomed everyone.",
             "Cat Ng was elected chair.", "Bob Hart agreed to chair", "Ann Lee chairing", "Moderated by Ann Lee"]
    held = 0
    for line in lines:
        if _CHAIR_FORMS.search(line):
            held += 1
            assert _CHAIR_SENTENCE.could_match(line), line
    assert held >= 13


def test_every_decision_phrasing_spells_a_trigger_word() -> None:
    # A phrasing whose pattern spells no trigger word would never be tried: add its words to DECISION_TRIGGERS.
    silent = [pattern.pattern for pattern, _, words in decision_kinds._PHRASING_TRIGGERS if not words]
    assert silent == []
