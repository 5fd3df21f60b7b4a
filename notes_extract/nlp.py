"""The language side: a spaCy pipeline built in code, and the token patterns
that find commitments ("Nicc to follow up ...", "The Clerk will write ...").

No statistical model is loaded or downloaded: the pipeline is
``spacy.blank("en")`` with a sentencizer; commitments are `Matcher` token patterns
held as data, and the owners they name are checked against the meeting's
roster and a lexicon of roles. The pipeline is built once per process
(`pipeline`), a text is tokenized once and read into lists (`_tokens`, its
sentences drawn as the pipeline's sentencizer draws them), and spaCy is
imported only when a document is actually read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from notes_extract.commitment_limits import group_meeting, hedged, kept_state, outside_owner
from notes_extract.commitment_sentences import ASSIGNED_TO, SENTENCE_PATTERN_WORDS, SENTENCE_PATTERNS, TO_BE_DONE_BY
from notes_extract.extractors.motion_shorthand import is_shorthand_motion
from notes_extract.joined_tasks import conditional_offer, task_clauses
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import Roster
from notes_extract.spacy_import import import_spacy
from notes_extract.task_openers import task_opener_names
from notes_extract.to_action import capitals_to_action, with_task_before
from notes_extract.token_patterns import TokenPatterns, openings_pattern
from notes_extract.triggered import folded, holds_any
from notes_extract.vocab.actions import (
    COMMITMENT_PATTERNS,
    COMMITMENT_TRIGGERS,
    EXPECTING_VERBS,
    HOPING_VERBS,
    OWNER_ASIDE_OPENERS,
    PERSONAL_PLEDGE_VERBS,
    PLEDGE_VERBS,
    PRONOUN_COMMITMENT,
)
from notes_extract.vocab.build import any_of, first_letters_of
from notes_extract.vocab.people import (
    BODIES_BEFORE_OFFICE,
    BODY_ACRONYMS,
    CHAIR_TITLES,
    GROUP_OWNERS,
    HONORIFICS,
    LOWER_CASE_OWNER_OFFICES,
    NAME_UP_TO_3,
    NOT_OWNERS,
    NOUN_ENDINGS,
    OFFICE_TENURE_WORDS,
    PERSONAL_PRONOUNS,
    PERSONAL_TITLES,
    ROLE_WORDS,
    STREET_WORDS,
    TASK_OFFICE_NOUNS,
    WHOLE_MEETING_OWNERS,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The process-wide spaCy pipeline (blank English, rule components only)."""
    import_spacy()
    from spacy.lang.en import English

    nlp = English()  # what spacy.blank("en") builds, without filling and validating a config first (~10 ms)
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def _commitment_patterns() -> TokenPatterns:
    """The commitment patterns, matched as spaCy's `Matcher` would (see `token_patterns`)."""
    return TokenPatterns(COMMITMENT_PATTERNS)


# Abbreviations a sentence does not end at ("nem. con.", "Cllr. Smith", "e.g.").
_ABBREVIATIONS = ("nem", "con", "e.g", "i.e", "etc", "approx", "no", "nos", "cllr", "mr", "mrs", "ms", "dr", "st", "vs",
                  "cf", "ref", "inc", "ltd", "jr", "sr", "prof", "rev", "fig", "pp", "vol", "viz", "esp", "incl", "min",
                  "mins", "hrs", "prop", "sec")  # fmt: skip  ("Prop. Ann Sec. Bo")
_ABBREVIATION_END = lazy_compile(rf"\b({'|'.join(re.escape(a) for a in _ABBREVIATIONS)})\.$", re.I)
# "... 2.2.2 Signage C." / "Diaz to order ...": a person's initial, not a sentence's end.
_INITIAL_END = lazy_compile(r"(?:^|\s)[A-Z]\.$")
# "Bo will fix the gate. (He has the tools.)": the sentencizer ends the sentence after the bracket that
# opens the next one; that bracket is no part of the task
_OPENED_ASIDE = lazy_compile(r"(?<=[.!?])\s*[(\[]\s*$")
# Where in a sentence that match can start, counted from its end: the longest abbreviation, its full stop
# and the final newline "$" allows. Searching from there (the word boundary still sees the character
# before) spares trying every abbreviation at every position of a long sentence.
_ABBREVIATION_TAIL = max(len(a) for a in _ABBREVIATIONS) + 2


# Distinct texts whose parse (and the text of its sentences) is kept.
PARSE_CACHE_SIZE = 1024


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def parse(text: str) -> Doc:
    """``text`` through the whole pipeline (what `_tokens` reads faster: the reference for its sentences)."""
    return pipeline()(text)


@dataclass(frozen=True)
class _Tokens:
    """A text's tokens and sentences as plain lists, read once: spaCy builds a new `Token` at every
    ``doc[k]``, and the commitment search reads the same words again and again."""

    text: str
    words: list[str]  # each token's text
    lowers: list[str]  # its lower-case form (spaCy's ``lower_``)
    starts: list[int]  # where it starts in ``text``
    sentences: list[tuple[int, int]]  # its sentence: the first token and the one after the last

    def span(self, begin: int, end: int) -> str:
        """The text of tokens ``begin`` up to ``end``, as spaCy's ``doc[begin:end].text``: the tokens
        cover the text, each but the last keeping the whitespace after it."""
        if begin >= end:
            return ""
        return self.text[self.starts[begin]:self.starts[end - 1] + len(self.words[end - 1])]


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _tokens(text: str) -> _Tokens:
    """``text`` tokenized, its sentences drawn as the pipeline's sentencizer draws them (`_sentence_bounds`),
    and its offsets and lengths read as one array: a token's text is that slice of ``text``, its lower-case
    form the slice lowered, as the blank English vocabulary makes it."""
    doc = pipeline().make_doc(text)  # (the tokenizer, as the pipeline calls it)
    starts, lengths, punct = doc.to_array(_token_attributes()).T.tolist() if len(doc) else ([], [], [])
    words = [text[start:start + length] for start, length in zip(starts, lengths, strict=True)]
    sentences: list[tuple[int, int]] = []
    for bounds in _sentence_bounds(words, punct):
        sentences += [bounds] * (bounds[1] - bounds[0])
    return _Tokens(text, words, [word.lower() for word in words], starts, sentences)


@lru_cache(maxsize=1)
def _token_attributes() -> list[int]:
    """The attributes `_tokens` reads as an array: offset, length, punctuation (an import from
    spacy.attrs costs microseconds: read once)."""
    from spacy.attrs import IDX, IS_PUNCT, LENGTH

    return [IDX, LENGTH, IS_PUNCT]


def _sentence_bounds(words: list[str], punctuation: list[int]) -> list[tuple[int, int]]:
    """The sentences of these tokens (first token, the one after the last), as spaCy's sentencizer reads
    them: a sentence starts at the first token, and at each token after a sentence end that is no
    punctuation itself. (Its `Doc` run costs as much as the tokenizer: it builds a `Token` per word.)"""
    if not words:
        return []
    ends = _sentence_ends()
    starts = [0]
    seen_end = False
    for k, word in enumerate(words):
        if seen_end and not punctuation[k] and word not in ends:
            starts.append(k)
            seen_end = False
        elif word in ends:
            seen_end = True
    return list(zip(starts, [*starts[1:], len(words)], strict=True))


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _sentence_texts(text: str) -> tuple[tuple[int, str], ...]:
    """Each sentence of ``text`` as (its first token, its text), read once."""
    tokens = _tokens(text)
    return tuple((start, tokens.span(start, end)) for start, end in dict.fromkeys(tokens.sentences))


@lru_cache(maxsize=1)
def _sentence_ends() -> frozenset[str]:
    """The characters the sentencizer ends a sentence at."""
    return frozenset(pipeline().get_pipe("sentencizer").punct_chars)


def _one_sentence(text: str) -> bool:
    """Whether the sentencizer reads ``text`` as one sentence (and trailing whitespace): it holds no
    sentence end, or only punctuation from its first one on ("Ann will write.", "Agreed (nem. con.)" does
    not count). The sentencizer starts a sentence only at a token after an end that is no punctuation."""
    held = _sentence_ends().intersection(text)
    return not held or all(unicodedata.category(c).startswith("P")
                           for c in text[min(map(text.index, held)):].rstrip())


def sentences(text: str) -> list[str]:
    """``text`` split into sentences, not at abbreviations."""
    if _one_sentence(text):
        return [text.strip()] if text.strip() else []  # no parse needed
    out: list[str] = []
    for _, sentence in _sentence_texts(text):
        piece = sentence.strip()
        if not piece:
            continue
        if out and out[-1][-1] in "([":
            out[-1] += piece  # "... requests. (4/5 with 1 abstention)": the bracket opens an aside, no sentence
        elif out and (_ABBREVIATION_END.search(out[-1], max(0, len(out[-1]) - _ABBREVIATION_TAIL))
                      or _INITIAL_END.search(out[-1], max(0, len(out[-1]) - 3))):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


@dataclass(frozen=True)
class Commitment:
    """A firm task for someone found in running text."""

    owners: list[str]  # as written: "Nicc", "the Clerk", "JB"
    text: str  # the sentence that states it
    clause: str  # from the owner on


def proper_nouns(texts: list[str]) -> frozenset[str]:
    """Capitalised words the document also writes capitalised mid-sentence.

    Without a statistical model this is how a name ("George") is told from a
    common noun that merely opens a sentence ("Suggestion to bring ...").
    """
    found: set[str] = set()
    for text in texts:
        if text.isupper() or text.istitle():
            continue  # headings in capitals or title case say nothing
        found.update(_MID_SENTENCE_CAPITALISED.findall(text))
        # "Bruno & Tiff to work on", "Late application update (Santina)": people paired, or one named in
        # brackets after an item's words (not "S. Clark (Phoenix) be thanked", a firm beside a name)
        if any(mark in text for mark in _PAIRING_MARKS):
            found.update(name for pair in _PAIRED.findall(text) for name in pair)
        if "(" in text and (bracketed := _BRACKETED_AT_END.search(text)):
            found.add(bracketed[1])
    return frozenset(found) | task_opener_names(texts)  # "Stefano will work on it": named by the task only


# (the space first, then what stands before it: a pattern opening with a look-behind is tried at every character)
_MID_SENTENCE_CAPITALISED = lazy_compile(r" (?<=[a-z,;] )([A-Z][a-z'’-]+)")
# (Each opens with the character it needs, what stands before it checked after it: a pattern opening
# with a word boundary or a look-behind is tried at every character.)
_PAIRED = lazy_compile(r"([A-Z](?<!\w[A-Z])[a-z'’-]+)\s*(?:&|\+|\band\b)\s*([A-Z][a-z'’-]+)\b(?!\s+[A-Z])")
_BRACKETED_AT_END = lazy_compile(r"\((?<=[a-z] \()([A-Z][a-z'’-]+)\)\W*$")
# Each pair holds one of these: a text without them is not searched.
_PAIRING_MARKS = ("&", "+", "and")


# (searched in the text in lower case, `folded`, as a case-insensitive pattern reads it: twice as fast)
_TRIGGER_WORDS = lazy_compile(rf"\b{first_letters_of(COMMITMENT_TRIGGERS)}{any_of(COMMITMENT_TRIGGERS)}\b")




# The sentence patterns whose doer must be an attendee or an office ("to be handled by the police" names neither).
_MEETINGS_OWN_DOERS = (TO_BE_DONE_BY, ASSIGNED_TO)


def find_commitments(
    text: str, roster: Roster, names: frozenset[str] = frozenset()
) -> list[Commitment]:
    """Every commitment stated in ``text``, one per sentence at most.

    The owner must stand at the start of a sentence or clause, directly before
    the commitment words, and be a person (in the roster, or a name the
    document uses as one), initials, or a role ("Clerk", "The Chair", "staff").
    """
    # (copies: a commitment's owners become an action's, which later steps may change)
    found = [Commitment(list(c.owners), with_task_before(text, _without_opened_aside(c.text)),
                        _without_opened_aside(c.clause)) for c in _commitments(text, roster, frozenset(names))]
    # "M/S/C (Lee/Ode) to approve the minutes": who moved and seconded a motion, no task of theirs
    found = [c for c in found if not is_shorthand_motion(c.text)]
    if "ACTION" in text:  # "Agreed a hedge cutting service should be obtained. Robin to ACTION."
        found += [Commitment([owner], task, task) for owner, task in capitals_to_action(text, roster.resolve)
                  if not any(task.endswith(c.text) or c.text.endswith(task) for c in found)]
    return found


def _without_opened_aside(text: str) -> str:
    # (the pattern opens with a look-behind, tried at every character: only a text ending in an open
    # bracket can hold the aside)
    return _OPENED_ASIDE.sub("", text) if text.rstrip().endswith(("(", "[")) else text


# Distinct (text, roster, names) whose commitments are kept: an action line is read under its item, then
# again among the meeting's actions.
COMMITMENTS_CACHE_SIZE = 1024


@lru_cache(maxsize=COMMITMENTS_CACHE_SIZE)
def _commitments(text: str, roster: Roster, names: frozenset[str]) -> tuple[Commitment, ...]:
    lowered = folded(text)
    if not _TRIGGER_WORDS.search(lowered):
        return ()  # no word any commitment pattern starts with: skip the parse
    found: dict[int, Commitment] = {}
    if _COMMITMENT_OPENINGS.search(lowered):
        _token_commitments(_tokens(text), found, roster, names)
        sentence_texts = _sentence_texts(text)
    elif not any(pattern.could_match(text) for pattern in SENTENCE_PATTERNS) and \
            not _PRONOUN_COMMITMENT_ANYWHERE.search(lowered):
        return ()  # nor can a sentence's pattern: no parse needed
    elif text == text.strip() and _one_sentence(text):
        # no token pattern can match and the text is one sentence: no parse needed to read it
        sentence_texts = ((0, text),) if text else ()
    else:
        sentence_texts = _sentence_texts(text)
    for sent_start, sentence in sentence_texts:
        if sent_start in found or not holds_any(sentence, SENTENCE_PATTERN_WORDS):
            continue
        for pattern in SENTENCE_PATTERNS:
            m = pattern.search(sentence)
            owner = m and (m["owner"] or m.groupdict().get("owner2") or m.groupdict().get("owner3"))
            if owner and (owners := _owners(owner, roster, names)) and (pattern not in _MEETINGS_OWN_DOERS or
                                                                         all(roster.resolve(o) or _office(o)
                                                                             for o in owners)):
                found[sent_start] = Commitment(owners, sentence.strip(), sentence.strip())
                break
    _pronoun_commitments(sentence_texts, found, roster, names)
    return tuple(piece for k in sorted(found) if _a_task(found[k], roster)
                 for piece in _joined_tasks(found[k], roster, names))


# Where a commitment pattern's first two tokens could stand, in a text in lower case: a text without
# any such place holds no match of them, so needs no tokenizing for them.
_COMMITMENT_OPENINGS = lazy_compile(openings_pattern(COMMITMENT_PATTERNS))


def _token_commitments(tokens: _Tokens, found: dict[int, Commitment], roster: Roster,
                       names: frozenset[str]) -> None:
    """The commitments the token patterns find, by their sentence's first token (a sentence's second task
    by where it starts): an owner at the start of a clause straight before the pattern."""
    begins: dict[int, int] = {}  # sentence start → where its commitment's owner begins
    for start, _end in _commitment_patterns().spans(tokens.words, tokens.lowers):
        sent_start, sent_end = tokens.sentences[start]
        if sent_start in found:
            _second_task(tokens, start, found, begins, roster, names)
            continue
        # "Olek offered to run the stall": only a person offers, so one capitalised word before it is a name
        pledger = _pledger(tokens, start) if tokens.lowers[start] in PERSONAL_PLEDGE_VERBS else \
            _full_name_opening(tokens, start, roster) if tokens.lowers[start] == "will" else set()
        for begin in _clause_starts(tokens, start):
            owners = _owners(tokens.span(begin, start), roster, names | pledger)
            if owners:
                found[sent_start] = Commitment(owners, tokens.span(sent_start, sent_end).strip(),
                                               tokens.span(begin, sent_end).strip())
                begins[sent_start] = begin
                break


def _a_task(found: Commitment, roster: Roster) -> bool:
    """Whether a commitment found is a task: not what someone would have to do, not a state kept,
    not what someone outside the meeting will do."""
    return not conditional_offer(found.clause) and not kept_state(found.clause) and \
        not group_meeting(found.clause, found.owners) and \
        not hedged(found.text, found.clause) and not outside_owner(found.text, found.clause, found.owners, roster)


def _joined_tasks(found: Commitment, roster: Roster, names: frozenset[str]) -> list[Commitment]:
    """``found``, or one commitment per "X to <verb>" task its sentence joins."""
    clauses = task_clauses(found.text, lambda words: _owners(words, roster, names))
    return [Commitment(owners, clause, clause) for owners, clause in clauses] or [found]


_PRONOUN_COMMITMENT = lazy_compile(PRONOUN_COMMITMENT, re.I)
# (the same, anywhere: it finds, in a text in lower case as `folded` makes it, every sentence
# `_PRONOUN_COMMITMENT` matches; the pattern spells its words in lower case)
_PRONOUN_COMMITMENT_ANYWHERE = lazy_compile(PRONOUN_COMMITMENT.removeprefix("^"))
_OPENING_NAME = lazy_compile(rf"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>{NAME_UP_TO_3})\b")


def _pledger(tokens: _Tokens, verb: int) -> set[str]:
    """The capitalised words straight before a personal pledge ("Tim Jones volunteered"), up to a name's length."""
    words: set[str] = set()
    for k in range(verb - 1, max(tokens.sentences[verb][0], verb - MAX_PLEDGER_WORDS) - 1, -1):
        if not tokens.words[k][:1].isupper():
            break
        words.add(tokens.words[k])
    return words


def _full_name_opening(tokens: _Tokens, verb: int, roster: Roster) -> set[str]:
    """"Sydney Lamirand will chair ...": a first name and a surname opening the sentence right before "will"
    are a person's (its first name, as a name the document uses); "Board Members will ..." ends in a noun.
    Where the minutes list who came, only someone on that list ("Eric Pickles will decide" names a minister)."""
    first = verb - 2
    if first != tokens.sentences[verb][0]:
        return set()
    words = tokens.words[first:first + 2]
    if not all(w.isalpha() and len(w) > 1 and w[0].isupper() and w[1:].islower() for w in words) or \
            words[1].lower().endswith(NOUN_ENDINGS) or roster.names and not roster.resolve(" ".join(words)):
        return set()
    return {words[0]}


def _pronoun_commitments(sentence_texts: tuple[tuple[int, str], ...], found: dict[int, Commitment], roster: Roster,
                         names: frozenset[str]) -> None:
    """"Ann reported on the swap. She was going to order trays.": the pronoun's owner is
    the person the sentence just before opens with, when that is one known attendee."""
    previous = None
    for sent_start, sentence in sentence_texts:
        text = sentence.strip()
        if sent_start not in found and previous is not None and _PRONOUN_COMMITMENT.match(text) and \
                (m := _OPENING_NAME.match(previous)):
            words = m["name"].split()
            # the longest opening run of words that is one attendee ("Ann Lee reported" → "Ann Lee")
            person = next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                           if roster.resolve(" ".join(words[:n]))), None)
            if person:
                found[sent_start] = Commitment([person], text, text)
        previous = text


def _second_task(tokens: _Tokens, start: int, found: dict[int, Commitment], begins: dict[int, int],
                 roster: Roster, names: frozenset[str]) -> None:
    """"Ann assigned to book the venue, Raj responsible for the poster", "Matt will collect the
    trophies and Rob will prepare the boats": a second owner after a comma or "and", with a task
    of their own, makes a second commitment and ends the first there (keyed by the split's
    position in the sentence)."""
    sent_start, sent_end = tokens.sentences[start]
    # the task before this one in the sentence: the first, or one a split already made
    previous = max(k for k in found if sent_start <= k < start)
    first = found[previous]
    # "..., Raj responsible for", "... and Rob will prepare the boats": the second owner's words start
    # after a comma or an "and", as far back as a few words reach (so "and Bo and Cy will" keeps both)
    # ("... asked to contact the GPFA and HSE to ascertain ...": after "and", only a firm "will" or a pledge
    # starts a task of its own; "X and Y to <verb>" there is what the first task asks of them)
    words, lowers = tokens.words, tokens.lowers
    pledged = lowers[start] in _PLEDGE_MODALS or lowers[start] in PLEDGE_VERBS
    splits = [k for k in range(max(begins[previous] + 1, start - 1 - MAX_SECOND_OWNER_WORDS), start)
              if words[k] in {",", ";"} or pledged and lowers[k] == "and" and words[k - 1] not in {",", ";"}]
    comma, owners = next(((k, found_owners) for k in splits
                          if (found_owners := _owners(tokens.span(k + 1, start), roster, names))), (None, []))
    if comma is None or comma + 1 in found or not owners or owners == first.owners:
        return
    clause = _JOINING_OPENING.sub("", tokens.span(comma + 1, sent_end).strip())
    head = tokens.span(previous, comma).strip()
    found[previous] = Commitment(first.owners, head, tokens.span(begins[previous], comma).strip())
    found[comma + 1] = Commitment(owners, clause, clause)
    begins[comma + 1] = comma + 1


_JOINING_OPENING = lazy_compile(r"^(and|but|then|while)\s+", re.I)
# A person named before "offered to" is a few words ("Tim Jones").
MAX_PLEDGER_WORDS = 3
# An owner named after a comma is a few words ("Lewis", "the Clerk", "Ann and Raj").
MAX_SECOND_OWNER_WORDS = 5


def find_commitment(
    text: str, roster: Roster, names: frozenset[str] = frozenset()
) -> Commitment | None:
    """The first commitment in ``text``, if any."""
    found = find_commitments(text, roster, names)
    return found[0] if found else None


_CLAUSE_BREAKS = {":", ";", "-", "–", "—", "(", "•"}


def _clause_break(token: str) -> bool:
    """A token that ends a clause: a break mark, or marks run together that hold one ("):" of "Cover(s): GC to")."""
    # (the marks asked first: most tokens are words holding none)
    return token in _CLAUSE_BREAKS or (":" in token or ";" in token or "•" in token) and \
        not any(ch.isalnum() for ch in token)


_JOINING_WORDS = {"and", "but", "so"}
# "... and Betts to seize ...": after "and" only a firm "will" (or a pledge: "... and Ann agreed to") makes
# the next words an owner
_PLEDGE_MODALS = {"will", "shall"}


def _clause_starts(tokens: _Tokens, trigger: int) -> list[int]:
    """Where the owner may begin: the clause start, then after a comma."""
    words, lowers = tokens.words, tokens.lowers
    # An owner is a few words: never look back further (long run-on sentences stay linear).
    sent_start = max(tokens.sentences[trigger][0], trigger - 12)
    i = trigger
    starts: list[int] = []
    joined: list[int] = []  # "... was raised and the Chair will ...": an owner after a joining "and"
    while i > sent_start and not _clause_break(words[i - 1]) and lowers[i - 1] != "that":
        i -= 1
        if words[i] == ")" and (opening := _bracket_opening(words, i, sent_start)) is not None:
            i = opening  # "Cllr Jones (CDC) would raise ...": an aside after the owner's name
        if words[i - 1] == "," and i - 1 > sent_start:
            starts.append(i)
        elif lowers[i - 1] in _JOINING_WORDS and i - 1 > sent_start and \
                (lowers[trigger] in _PLEDGE_MODALS or lowers[trigger] in PLEDGE_VERBS):
            joined.append(i)
    if i > sent_start + 1 and lowers[i - 1] == "that" and lowers[i - 2] in (*HOPING_VERBS, *EXPECTING_VERBS):
        return []  # "Cllr Ann hoped that Ms Bo would bring ...": a hope (or an expectation), no one's commitment
    # (after a comma, the farthest first: "After some talk, Ann, Bo, and Cy agreed to ...": all three own it)
    return [i, *reversed(starts), *joined[:1]]


def _bracket_opening(words: list[str], closing: int, sent_start: int) -> int | None:
    """Where the bracket closed at ``closing`` opens, a few words back and after the sentence's first word."""
    for k in range(closing - 1, max(sent_start, closing - MAX_ASIDE_WORDS - 1), -1):
        if words[k] == "(":
            # only a name's label: an organisation's initials or an office ("(CDC)", "(Treasurer)"), or help
            # ("Cllr Ode (with the Clerk) will write")
            return k if closing - k > 1 and (all(word[:1].isupper() for word in words[k + 1:closing]) or
                                             bool(_ASIDE_OPENING.match(" ".join(words[k + 1:closing])))) else None
        if words[k] == ")":
            return None
    return None


# An aside in brackets after an owner is a few words ("(CDC)", "(Treasurer)").
MAX_ASIDE_WORDS = 5
# An aside between commas after an owner is a short phrase ("with the Clerk's help").
MAX_ASIDE_CHARACTERS = 40
_ASIDE_OPENING = lazy_compile(rf"(?i:{'|'.join(OWNER_ASIDE_OPENERS)})\b")
# "Cllr Jones (CDC)", "Cy, the Chair,", "Dee, as treasurer,": an aside after the owner's name, no owner of its own.
_OWNER_ASIDE = lazy_compile(rf"\s*\([^()]{{1,40}}\)|,\s*(?:as\s+)?(?:the\s+|our\s+)?(?i:{any_of(ROLE_WORDS)}),?\s*$"
                            # "Cllr Ode, with the Clerk's help, will write": help or a time between commas
                            rf"|,\s*(?i:{'|'.join(OWNER_ASIDE_OPENERS)})\b[^,()]{{0,{MAX_ASIDE_CHARACTERS}}},\s*$")


def _owners(words: str, roster: Roster, names: frozenset[str]) -> list[str]:
    """The owner names ``words`` lists, or [] when they are no owner."""
    words = words.strip()
    if "(" in words or "," in words:  # (each of the asides opens with one)
        words = _OWNER_ASIDE.sub("", words).strip()
    if not words or len(words.split()) > 10:
        return []
    parts = [p.strip() for p in _OWNER_SEPARATORS.split(words) if p.strip()]
    if not parts or not all(_is_owner(part, roster, names) for part in parts):
        return []
    return parts


_OWNER_SEPARATORS = lazy_compile(r"\s*(?:/|,|&|\+|\band\b)+\s*")
_CHAIR = lazy_compile(CHAIR_TITLES, re.I)
_OWNER_ARTICLE = lazy_compile(r"^(the|our|all)\s+", re.I)
_HANDLE = lazy_compile(r"@[\w-]+")
_INITIALS = lazy_compile(r"[A-Z]{2,5}")
_CAPITALISED_WORD = lazy_compile(r"[A-Z][\w'’.-]*")
# (the word sets `_is_owner` tests, made once)
_ROLE_WORD_SET = frozenset(ROLE_WORDS)
_PERSON_ROLE_WORDS = set(ROLE_WORDS) - GROUP_OWNERS
_TEAM_WORDS = (GROUP_OWNERS | set(ROLE_WORDS)) - WHOLE_MEETING_OWNERS
_BODY_WORDS = BODY_ACRONYMS | set(BODIES_BEFORE_OFFICE)
_PERSONAL_TITLE = lazy_compile(rf"^(?:{'|'.join(t.title() for t in PERSONAL_TITLES)})\.?\s+"
                               r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")


def _office(part: str) -> bool:
    """Whether ``part`` names an office of the meeting ("the clerk", "Treasurer")."""
    lowered = _OWNER_ARTICLE.sub("", part).lower()
    return lowered in _PERSON_ROLE_WORDS or bool(_CHAIR.fullmatch(lowered))


def _is_owner(part: str, roster: Roster, names: frozenset[str]) -> bool:
    bare = _OWNER_ARTICLE.sub("", part)
    if roster.resolve(part):
        return True
    lowered = bare.lower()
    if lowered in _ROLE_WORD_SET or lowered in GROUP_OWNERS or \
            _CHAIR.fullmatch(bare):
        return bare[:1].isupper() or part.lower().startswith(("the ", "all ")) or lowered in GROUP_OWNERS or \
            lowered in LOWER_CASE_OWNER_OFFICES
    if lowered in TASK_OFFICE_NOUNS:
        return bare[:1].isupper() or part.lower().startswith("the ")  # "The coach will ...", "Vicar to ..."
    if _HANDLE.fullmatch(part) or _INITIALS.fullmatch(part) and part.lower() not in PERSONAL_PRONOUNS:
        return True  # a handle, or initials ("WE ARE GOING" is no one's)
    # "the Program manager": a person's named role with its article (a body's arrangements,
    # "the Parish Council would consider ...", stay no task)
    role_tokens = bare.split()
    if 1 < len(role_tokens) <= 3 and role_tokens[-1].lower() in _PERSON_ROLE_WORDS:
        # ("the new chairperson", "the outgoing Treasurer": a tenure word in lower case after the article)
        return all(t[:1].isupper() or bare != part and t.lower() in OFFICE_TENURE_WORDS for t in role_tokens[:-1])
    if _PERSONAL_TITLE.match(part):
        return True  # "Dr. Evelyn", "Mrs Patel": a title before a name is a person's
    tokens = part.split()
    if not 1 <= len(tokens) <= 3 or tokens[0].lower() in NOT_OWNERS:
        return False
    if len(tokens) > 1 and tokens[-1].lower().rstrip(".") in STREET_WORDS and \
            tokens[0].lower().rstrip(".") not in HONORIFICS:
        return False  # "Station Road to ...": an address, not a person the roster knows
    if len(tokens) > 1 and tokens[-1].lower() in _TEAM_WORDS:
        return all(t[:1].isupper() for t in tokens[:-1])  # "Laser Subcommittee", "Events Team", "DQC members"
    if tokens[-1].lower().endswith(NOUN_ENDINGS):
        return False  # "Invitation", "Conditions": a thing, whatever its capital
    if len(tokens) > 1 and tokens[-1].lower() in _BODY_WORDS:
        return False  # "Cyber Resilience SIG", "Oakfield Trust": an organisation's name, not a person's
    # An unknown name counts when the document treats it as a proper noun.
    return all(_CAPITALISED_WORD.fullmatch(t) for t in tokens) and tokens[0] in names
