"""Speed-ups in the segmenter and its label tests that must not change what they decide."""

from __future__ import annotations

import re

import pytest

from notes_extract.segment.labels import _PERSON_ENTRY, is_name_list
from notes_extract.vocab.people import NAME_CAPITALS, NAME_PARTICLES

_BRACKETED = r"\((?:[^()]|\([^()]*\))*\)"
# The person entry as it was before a word was kept from ending right before a capital.
_PERSON_ENTRY_BEFORE = re.compile(
    rf"(?:(?:[{NAME_CAPITALS}][\w'’.-]*|[a-z]['’][A-Z][\w'’-]*|{'|'.join(NAME_PARTICLES)}|@[\w.-]+)\s*){{1,8}}"
    rf"(?:{_BRACKETED}\s*){{0,2}}(?:@[\w.-]+\s*)?"
    rf"(?:\s*[-–—]\s*(?:{_BRACKETED}|[A-Za-z][\w /&'’.-]{{0,30}}(?:{_BRACKETED}[\w ]{{0,20}})?))?")


@pytest.mark.parametrize("text", [
    "Ann Lee", "McDonald", "A. DAWOOD", "DAWOOD", "AnnLee", "Jean-Luc Picard", "O'Neil", "d'Arcy Brown",
    "Antoine du Hamel @aduh95", "Ann Lee-Chair", "Ann Lee-treasurer of the club", "Bo Li - Student/Researcher",
    "Cy Ode - (Acme (Europe))", "Ann Lee (Chair) (AL)", "ÉLODIE ŽÁK", "Councillor V Adams Councillor M Andrews",
    "A B C D E F G H I", "ABCDEFGHIJ", "Ab Cd Ef Gh Ij Kl Mn Op", "Ab Cd Ef Gh Ij Kl Mn OpQr", "Ande", "Vande Berg",
    "SOUTH CERNEY ON WEDNESDAY 16th MAY 2001", "DISCUSSION TOPIC 2 – Understanding of co-production",
    "IncreaseDecreaseInCashAndCashEquivalents", "ann lee", "", "(Acme)",
])
def test_person_entry_matches_as_before(text: str) -> None:
    assert (_PERSON_ENTRY.fullmatch(text) is None) == (_PERSON_ENTRY_BEFORE.fullmatch(text) is None)


def test_line_in_capitals_is_no_name_list() -> None:
    # each cut of its words into capitalised pieces was tried once: seconds for a line such as this
    assert not is_name_list("MINUTES OF THE ANNUAL PARISH MEETING HELD IN SOUTH CERNEY ON WEDNESDAY 16th MAY 2001")
    assert is_name_list("A. DAWOOD, B. BUCHANAN")


@pytest.mark.parametrize(("text", "groups"), [
    ("New Business", True), ("Officer Reports", True), ("any other business", False),
    ("AOB: Any Other Business", False), ("xbusiness", False), ("Business", True),
    ("The treasurer raised a point about the new business", True),
])
def test_grouping_word_read_from_the_end(text: str, groups: bool) -> None:
    from notes_extract.segment.outline import _names_grouping
    assert _names_grouping(text) is groups


@pytest.mark.parametrize("raw", [
    "plain words only", "**bold** and _it_", "a [link](https://x.org) here", "[ref][1] text", "see www.x.org now",
    "`code *not* emphasis`", r"an \*escaped\* star", "<b>tag</b> and <!-- gone --> <br> line", "&amp; entity",
    "<https://x.org>", "~~struck~~", "\x000\x00",
])
def test_inline_markup_stripped_as_before(raw: str) -> None:
    from notes_extract.loaders.text import markdown_inline as mi
    saved: list[str] = []

    def park(text: str) -> str:
        saved.append(text)
        return f"\x00{len(saved) - 1}\x00"

    def before(raw: str) -> str:  # every pass, as the reader made them before it looked for their marks first
        text = mi._CODE_SPAN.sub(lambda m: park(m.group(2).strip()), raw)
        text = mi._ESCAPE.sub(lambda m: park(m.group(1)), text)
        text = mi._AUTOLINK.sub(lambda m: park(m.group(1)), text)
        text = mi._BARE_URL.sub(lambda m: park(m.group(0)), mi._REF_LINK.sub(r"\1", mi.LINK.sub(r"\1", text)))
        text = mi._TAG.sub("", mi.LINE_BREAK_TAG.sub(" ", mi._HIDDEN_ELEMENT.sub("", mi._HTML_COMMENT.sub("", text))))
        text = mi.html.unescape(mi.strip_emphasis(text))
        for _ in range(mi.PLACEHOLDER_DEPTH):
            text = mi._PLACEHOLDER.sub(lambda m: saved[int(m.group(1))], text)
        return text

    try:
        expected = before(raw)
    except IndexError:
        with pytest.raises(IndexError):
            mi.strip_inline(raw)
        return
    assert mi.strip_inline(raw) == expected


_SAMPLES = [
    "Apologies were received. Present were Ann Lee and Bo Ode. The meeting opened at 7 p.m. Minutes approved.",
    "It ended at 9pm. Next item (see above). (Ann) agreed.", "Mr. Smith left. ab. Cd", "x.) Y and z. (A",
    "MINUTES OF THE MEETING HELD ON FRIDAY 29 JUNE 2018 PRESENT (Five Councillors):- Cllr A, Cllr B",
    "The clerk reported the accounts Members agreed to pay", "a) Bo Li   The chair noted it",
    "Item 6. Roads 7.1 Potholes",
    "Discussion of 8.2a Budget and 10. Grants; 3.1. Minor", "x12. No", "(7. Paths", "", ".", "a. B",
]


@pytest.mark.parametrize(("module", "name", "before"), [
    ("attendance_sentences", "_SENTENCE_END", r"(?<=[A-Za-z)]{2})\.\s+(?=[A-Z])"),
    ("attendance_sentences", "_ANY_SENTENCE_END",
     r"(?:(?<=[A-Za-z)]{2})|(?<=\d\s[ap]\.m)|(?<=\d[ap]\.m))\.\)?\s+(?=[A-Z(])"),
    ("attendance_sentences", "_RUN_ON_STATEMENT", r"(?<=[a-z)])\s+(?=[A-Z][a-z]+\s+[a-z])"),
    ("apology_receipts", "_SENTENCE_END", r"(?<=[a-z]{2})\.\s+(?=[A-Z])"),
    ("labels", "_SENTENCE_END", r"(?<=[a-z])\.\s+(?=[A-Z])"),
    ("flattened", "_INLINE",
     r"(?<!\S)(?P<top>\d{1,2})(?:\.(?P<sub>\d{1,2})(?P<letter>[a-z])?\.?|\.)(?=\s+[A-Z0-9“\"'(])"),
])
def test_look_behind_after_the_character_it_needs(module: str, name: str, before: str) -> None:
    import importlib

    pattern = getattr(importlib.import_module(f"notes_extract.segment.{module}"), name)
    old = re.compile(before)
    for text in _SAMPLES:
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in old.finditer(text)], text
        assert pattern.split(text) == old.split(text)


def test_capitals_label_cut_as_before() -> None:
    from notes_extract.segment.attendance_sentences import _CAPITALS_LABEL
    from notes_extract.vocab.labels import CAPITALS_ATTENDANCE_LABELS

    old = re.compile(rf"(?<=\S)\s+(?=(?:{'|'.join(CAPITALS_ATTENDANCE_LABELS)})\b)")
    for text in _SAMPLES:
        assert [m.span() for m in _CAPITALS_LABEL.finditer(text)] == [m.span() for m in old.finditer(text)]


@pytest.mark.parametrize(("name", "needed"), [
    ("_INLINE_TOPIC", ":"), ("_SENTENCE_CASE_TOPIC", ":"), ("_DASH_TOPIC", "-–—"),
])
def test_topic_patterns_need_the_character_looked_for_first(name: str, needed: str) -> None:
    """inline_topic, sentence_case_topic and dash_topic try their pattern only on a line holding its colon or
    dash: no line the pattern matches lacks one (the lines of the test data, and a line matched through it)."""
    from pathlib import Path

    from notes_extract.segment import headings

    pattern = getattr(headings, name)
    lines = [line.strip() for path in sorted((Path(__file__).parent / "data").rglob("*.md"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += ["Finance: the accounts were approved", "Road projects update – The board noted the plan",
              "Election of a new chair: Pam reported", "Road works - The council wrote"]
    matched = [line for line in lines if pattern.match(line)]
    assert matched
    assert all(any(c in line for c in needed) for line in matched)


def test_topics_read_through_the_check() -> None:
    from notes_extract.document import Block, BlockKind
    from notes_extract.segment.headings import dash_topic, inline_topic, sentence_case_topic

    assert inline_topic(Block(BlockKind.PARAGRAPH, "Finance: the accounts were approved")) == \
        ("Finance", "the accounts were approved")
    assert sentence_case_topic(Block(BlockKind.PARAGRAPH, "Election of a new chair: Pam reported")) == \
        ("Election of a new chair", "Pam reported")
    assert dash_topic(Block(BlockKind.PARAGRAPH, "Road projects update – The board noted the plan")) == \
        ("Road projects update", "The board noted the plan")


@pytest.mark.parametrize("line", [
    "[11:04] <ann> we need a reviewer", "<ann> done", "(11:04:39) <bo> ok", "11:04 ann: thanks",
    "2020-11-02 19:00:43 <cy> hi", "[10:02] * ann waves", "[10:02] → ann joined (x@y)", "٣:٠٤ ann: thanks",
    "  [Tue 11:04:39] <ann> indented",
])
def test_chat_lines_read_through_the_first_character_check(line: str) -> None:
    """chat_line tries its patterns only on a line opening with a stamp's bracket, a digit or "<"."""
    from notes_extract import chat_lines

    expected = next((m for p in (chat_lines._NICKED, chat_lines._EMOTE, chat_lines._EVENT, chat_lines._BARE)
                     if (m := p.match(line.strip()))), None)
    assert (chat_lines.chat_line(line) is None) == (expected is None)


@pytest.mark.parametrize("line", ["Plant Sale –", "New business -", "Treasurer's Report —", "Plant Sale –  "])
def test_dash_captions_read_through_the_last_character_check(line: str) -> None:
    """dash_caption tries its pattern only on a line ending in a dash, as every caption line does."""
    from notes_extract.document import Block, BlockKind
    from notes_extract.segment.dash_captions import _CAPTION_LINE, dash_caption

    assert _CAPTION_LINE.match(line.strip())
    assert dash_caption(Block(BlockKind.PARAGRAPH, line)) == _CAPTION_LINE.match(line.strip())["title"].strip()
