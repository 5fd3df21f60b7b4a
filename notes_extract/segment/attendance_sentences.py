"""Attendance paragraphs that say two things: "Members present: Ann Lee, Bo Ode. Members absent: Cy
Rand." or "Present: Trustees Alexander (Chair), James. Trustee Hayden did not attend." A line break
lost in copying (or a writer's full stop) joins them; each sentence that is an attendance statement
of its own becomes a paragraph of its own, so each list is read under its own label."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from notes_extract.document import Block, BlockKind, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import ends_with_abbreviation
from notes_extract.people_lists import split_people
from notes_extract.segment.labels import ATTENDANCE_LABELS, attendance_label
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.labels import (
    ABSENT,
    APOLOGIES,
    ATTENDANCE_CUE_TRIGGERS,
    ATTENDANCE_SENTENCE_CUES,
    CAPITALS_ATTENDANCE_LABELS,
    HEAD_COUNT,
    IN_ATTENDANCE,
)
from notes_extract.vocab.people import BODIES

# A sentence ends at a full stop after two letters or a bracket ("(CW). In", "(left at 13:10). Ann");
# "A." and "A.B." are no ends.
# (Each pattern here opens with the character it needs, the look-behind after it: opening with the
# look-behind, the engine tries it at every character of a paragraph instead of skipping to the full stops.)
_SENTENCE_END = lazy_compile(r"\.(?<=[A-Za-z)]{2}\.|\d\)\.)\s+(?=[A-Z])")
# In a paragraph that opens with an attendance statement, every sentence is cut off ("... Shelly Martin.
# Quorum was declared. Visitors signed in were ..."), an aside in brackets too, but not after a title
# or suffix that takes a full stop ("Dr. Lee", "Larry Sanders, Jr. and").
# A clock's "6:10 p.m." ends one too ("... to order at 6:10 p.m. Present: ...").
# ("... to order at 14:00. Chair Perry and ...": a 24-hour clock ends one as well)
_ANY_SENTENCE_END = lazy_compile(r"\.(?:(?<=[A-Za-z)]{2}\.|\d\)\.)|(?<=\d\s[ap]\.m\.)|(?<=\d[ap]\.m\.)"
                                 r"|(?<=\d:\d\d\.))\)?\s+(?=[A-Z(])")


# "... ON FRIDAY 29 JUNE 2018 PRESENT (Five Councillors):- ...": a label in capitals run on after a title.
_CAPITALS_LABEL = lazy_compile(rf"\s(?<=\S\s)\s*(?=(?:{'|'.join(CAPITALS_ATTENDANCE_LABELS)})\b)")

# The capitalised words before a label in capitals that may be words of that label ("STAFF PRESENT:").
_CAPITALS_WORDS_BEFORE = lazy_compile(r"(?:\b[A-Z][A-Z&'’-]*\s+){1,3}$")


def _capitals_label_start(text: str, at: int) -> int:
    """Where the label in capitals found at ``at`` starts: earlier when the capitalised words before it are
    words of the label ("STAFF PRESENT: Dee Fox", "ALSO PRESENT: ...", "COUNCIL MEMBERS PRESENT: ..." are
    labels of their own, not "STAFF" then "PRESENT: ..."); 0 when the label opens the paragraph."""
    if (words := _CAPITALS_WORDS_BEFORE.search(text, 0, at)) is None:
        return at
    starts = [words.start() + w.start() for w in re.finditer(r"\S+", words[0])]
    for start in starts:  # the longest label first
        label = attendance_label(text[start:])
        if label is not None and text.startswith(label.label, start) and start + len(label.label) > at:
            return start
    return at


# "AYES: 3; NOES 0; ABSENT: 2.": a roll call's count of those absent, not a list of people
_COUNT_ONLY = lazy_compile(r"^\s*\d{1,3}\s*(?:[.;,]|$)")


# A word that may say who attended ("absent", "also present", "unable to attend"): any cue, in one pass.
_ANY_SENTENCE_CUE = TriggeredPattern(lazy_compile(
    rf"\b(?:{'|'.join(cues for _, cues in ATTENDANCE_SENTENCE_CUES)})\b", re.I), ATTENDANCE_CUE_TRIGGERS)


def mentions_attendance(text: str) -> bool:
    """Whether ``text`` has a word that may say who attended (a cheap check before reading its sentences)."""
    return _ANY_SENTENCE_CUE.search(text) is not None


def split_attendance_sentences(blocks: list[Block]) -> list[Block]:
    """The blocks, an attendance paragraph cut before each later sentence that is an attendance
    statement of its own, and a title line cut before an attendance label in capitals run on after it."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH:
            out += _split(block)
        elif block.kind is BlockKind.LIST_ITEM and mentions_attendance(block.text):
            out += _split_item(block)
        else:
            out.append(block)
    return numbered(out) if len(out) != len(blocks) else blocks


def _split_item(block: Block) -> list[Block]:
    """"1. Call to Order: ... Present: Ann Lee, Bo Ode. ...": the item, then each sentence that says
    who attended, and what the item goes on to say, as paragraphs of it."""
    text = block.text
    if (prefix := _after_prefix_label(text, item=True)) is not None:  # "1. Roll call: Present: Ann Lee; Absent: Bo"
        rest = replace(block, kind=BlockKind.PARAGRAPH, level=0, label=None, lead_bold="", text=text[prefix:])
        return [replace(block, text=text[:prefix].strip()), *_split(rest)]
    cuts = _statement_sentences(text, 0, len(text))
    if not cuts:
        return [block]
    first, *rest = _pieces(text, cuts)
    return [replace(block, text=text[first[0]:first[1]].strip()),
            *(replace(block, kind=BlockKind.PARAGRAPH, level=0, label=None, lead_bold="", text=text[a:b].strip())
              for a, b in rest)]


def _split(block: Block) -> list[Block]:
    text = block.text
    if (prefix := _after_prefix_label(text)) is not None:  # "Committee Meeting: Present: Ann Lee, Bo Ode"
        return [replace(block, text=text[:prefix].strip()), *_split(replace(block, text=text[prefix:], lead_bold=""))]
    capitals = any(label in text for label in CAPITALS_ATTENDANCE_LABELS)  # (most paragraphs have none to look for)
    cuts = {cut for m in (_CAPITALS_LABEL.finditer(text) if capitals else ())
            if (label := attendance_label(text[m.end():])) and not _COUNT_ONLY.match(label.rest)
            and (cut := _capitals_label_start(text, m.end()))}
    cuts |= _run_on_labels(text)
    if (closing := _closing_label_sentence(text)) is not None:
        cuts.add(closing)  # "... at the River Center, Salon D.  The following members were present:" over the names
    cuts |= _semicolon_statements(text) if ";" in text else set()
    pieces = _pieces(text, cuts)
    for a, b in pieces:
        ends = _sentence_ends(text, a, b)
        # the first sentence alone may be the statement ("Present were A, B. Absent: C.")
        if attendance_label(text[a:b]) or ((first := next(ends, None)) and attendance_label(text[a:first])):
            cuts |= set(_sentence_ends(text, a, b))
        elif mentions_attendance(text[a:b]):
            cuts |= _statement_sentences(text, a, b)
    if not cuts:
        return [block]
    return [replace(block, text=text[a:b].strip().rstrip(";"), lead_bold="" if a else block.lead_bold)
            for a, b in _pieces(text, cuts)]


_SEMICOLON = lazy_compile(r";\s+(?=[A-Z])")


def _semicolon_statements(text: str) -> set[int]:
    """Where a statement of who attended starts after a semicolon that ends another ("Ann Lee and Bo Ode were in
    attendance; Di Fox was excused."): each says who, and in which list, on its own."""
    cuts: set[int] = set()
    start = 0
    for m in _SEMICOLON.finditer(text):
        before, after = text[start:m.start()].strip(), text[m.end():].split(";", 1)[0].strip()
        if attendance_label(before) is not None and attendance_label(after) is not None:
            cuts.add(m.end())
            start = m.end()
    return cuts


# "Committee Meeting: Present: ...", "Roll call: Present: ...", "Regular Meeting of the Board: Present: ...": a
# short label of the line's own (a meeting's name, its date too) before an attendance label and its names.
_PREFIX_LABEL = lazy_compile(r"^[A-Z][^:.;()]{0,40}:\s+(?=[A-Z])")
MAX_PREFIX_WORDS = 8


def _after_prefix_label(text: str, *, item: bool = False) -> int | None:
    """Where the attendance label starts after such a prefix, or None; in a paragraph the prefix is no
    attendance label ("Present: Ann Lee; Absent: Bo" is cut elsewhere), in an item it may be ("Roll call:")."""
    m = _PREFIX_LABEL.match(text)
    if m is None or len(m[0].split()) > MAX_PREFIX_WORDS or not item and attendance_label(text[:m.end()].strip()):
        return None
    label = attendance_label(text[m.end():])  # a label's own word ("Present:"), not a sentence ending in a colon
    return m.end() if label is not None and label.after_colon and label.rest.strip() and \
        any(pattern.match(text[m.end():]) for _, pattern in ATTENDANCE_LABELS) else None


# A sentence boundary: a stop after any word (a single capital too, "Salon D."), then a capital.
_ANY_STOP = lazy_compile(r"[.!?]\)?\s+(?=[A-Z])")


def _closing_label_sentence(text: str) -> int | None:
    """Where the last sentence of a paragraph starts when it is an attendance sentence ending in a colon,
    over the names that follow ("The following members were present:"), after an account of the opening."""
    if not text.rstrip().endswith(":"):
        return None
    stops = list(_ANY_STOP.finditer(text))
    if not stops:
        return None
    last = stops[-1].end()
    label = attendance_label(text[last:].strip())
    return last if label is not None and label.needs_names and not label.rest.strip() else None


# "Present: A. Brook and G. Wallace Apologies: A. Budd, ...": a line break lost before the next label, a
# capitalised word or two and a colon after the last name of the list before ("...; Staff Present: ..."
# after a list of "Name, Role;" entries too); a label in lower case too, as a wiki's "key: value" lines write
# them ("present: Ann Lee (Chair), Bo Ode apologies: Cy Rand"): the label's own test decides.
_RUN_ON_LABEL = lazy_compile(r"(?<=[\w.);])\s+(?=[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,3}\s*:)"
                             r"|(?<=[\w);])\s+(?=[a-z]+(?:\s+[a-z]+){0,2}\s*:)")


# "... Kay Dunn Apologies received from": an apology statement run on after the last name, no colon; or
# in lower case after a semicolon ("Present: Ann Lee, Bo Ode; apologies from Cy Rand.").
_RUN_ON_STATEMENT = lazy_compile(r"\s(?<=[a-z)]\s)\s*(?=[A-Z][a-z]+\s+[a-z])|(?<=;)\s+(?=[a-z]+\s+[a-z])")
# "Public: 6 members of the public ...": a label whose line counts people, run on after the last name.
_COUNT_AFTER_LABEL = lazy_compile(rf"[A-Z][a-z]+\s*:\s*(?i:{HEAD_COUNT})\s+\w")


def _run_on_labels(text: str) -> set[int]:
    """Where a later attendance label with its colon starts in a paragraph that opens with one
    ("Present: Ann Lee, Bo Ode Apologies: Cy Rand"): each list is a paragraph of its own."""
    if ":" not in text[1:] or not (first := attendance_label(text)) or not first.after_colon:
        return set()
    cuts: set[int] = set()
    for m in _RUN_ON_STATEMENT.finditer(text, len(text) - len(first.rest)):
        # "Present: Ann Lee, Kay Dunn Apologies received from Bo Li": a line break lost before a statement
        if (label := attendance_label(text[m.end():])) and label.category in (APOLOGIES, ABSENT) and \
                any(pattern.match(text[m.end():]) for category, pattern in ATTENDANCE_LABELS
                    if category == label.category) and split_people(label.rest.strip().rstrip(".")):
            cuts.add(m.end())
    start = len(text) - len(first.rest)
    if (inner := attendance_label(first.rest.lstrip())) and inner.after_colon and inner.rest.strip():
        # "Attendance: Members present—Ann Lee, ...": the list under its own label
        cuts.add(len(text) - len(first.rest.lstrip()))
    label_end = 0  # where the last label cut ends: a later word of that label ("Members Absent:") is no cut of its own
    for m in _RUN_ON_LABEL.finditer(text, start):  # after the first label's colon
        if m.end() < label_end:
            continue
        if _COUNT_AFTER_LABEL.match(text, m.end()):
            cuts.add(m.end())  # "... Tom Okoro Public: 6 members of the public": a head count's line, run on
            continue
        label = attendance_label(text[m.end():])
        # a label of its own ("Absent:"), not a sentence ending in a colon ("Pike Absent:")
        if label and label.after_colon and any(pattern.match(text[m.end():]) for _, pattern in ATTENDANCE_LABELS) and \
                text[m.end() + len(label.label):].lstrip().startswith(":") and label.rest.strip() and \
                not _COUNT_ONLY.match(label.rest):
            cuts.add(_with_group_words(text, m.end(), label.category))
            label_end = m.end() + len(label.label)
    return cuts


# The most words naming a group written before a run-on label ("National Staff Present:", "Board Members Absent:").
MAX_GROUP_WORDS = 2


def _with_group_words(text: str, cut: int, category: str) -> int:
    """Where a run-on label starts when the words before it name the group it lists ("...; National Staff
    Present:", "... Ann Lee Board Members Absent:"): a word after the ";" that closed the list before, or a
    body's name ("Board"), belongs to the label when the label then still reads as one of that list."""
    words = list(_WORD.finditer(text[:cut]))[-(MAX_GROUP_WORDS + 1):]
    best = cut
    for i in range(len(words) - 1, max(len(words) - 1 - MAX_GROUP_WORDS, -1), -1):
        word = words[i].group(0)
        closed = i > 0 and words[i - 1].group(0).endswith(";")
        if not word[:1].isupper() or not (closed or word.lower() in BODIES):
            break
        label = attendance_label(text[words[i].start():])
        if not label or label.category != category or not label.after_colon:
            break
        best = words[i].start()
        if closed:
            break
    return best


_WORD = lazy_compile(r"\S+")


# A later sentence of a paragraph is cut out as attendance when it is labelled ("Absent: Cy Rand.") or
# lists at least this many people ("Those present were Ann Lee and Bo Ode."; "Ann Lee joined at 7:15."
# stays in its paragraph).
MIN_LISTED_NAMES = 2


def _statement_sentences(text: str, a: int, b: int) -> set[int]:
    """Where a later sentence of ``text[a:b]`` that only says who attended starts and ends ("The
    meeting was called to order. Those present were Ann Lee and Bo Ode. The minutes ...")."""
    starts = [a, *_sentence_ends(text, a, b), b]
    cuts: set[int] = set()
    for start, end in zip(starts[1:], starts[2:], strict=False):
        label = attendance_label(text[start:end].strip())
        # "Ed Hall also attended.": one name is enough when they came as a non-member
        if label is not None and (label.after_colon or len(split_people(label.rest)) >= MIN_LISTED_NAMES or
                                  label.category == IN_ATTENDANCE):
            cuts |= {start, end} - {b}
    return cuts


def _sentence_ends(text: str, a: int, b: int) -> Iterator[int]:
    """Where each sentence of ``text[a:b]`` after the first begins (lazily: most paragraphs need none)."""
    return (a + m.end() for m in _ANY_SENTENCE_END.finditer(text[a:b])
            if not ends_with_abbreviation(text[a:a + m.start()]))


def _pieces(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    starts = [0, *sorted(cuts)]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))
