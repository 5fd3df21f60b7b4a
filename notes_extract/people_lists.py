"""A run-on list of people split into one entry each: "Cllr A Smith (Chair), B Jones and Dr C Lee",
"P Moran Clerk J Connelly", "Graham Smith. Colin Solloway", "General Committee (Ann Lee, Bo Ode)".
Reading each entry (name, role, initials) is `people.parse_entry`'s work."""

from __future__ import annotations

import re
from functools import lru_cache

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import HONORIFIC, ends_with_abbreviation, is_known_role, looks_like_name, role_phrase
from notes_extract.people_role_pairs import role_pairs
from notes_extract.trailing_initials import bracket_trailing_initials
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import PUBLIC_COUNT_AFTER_NAMES
from notes_extract.vocab.people import (
    COUNCIL_TIERS,
    COUNCILLOR_TITLES,
    DEPUTY_WORDS,
    HONORIFICS,
    NAME_CAPITALS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    OFFICERS_IN_LISTS,
    ORGANISATION_ENDINGS,
    PEOPLE_GROUPS,
    POST_NOMINALS,
    RANKS_BEFORE_NAME,
    RETIRED_MARKS,
    SECRETARY_KINDS,
)

# "General Committee (Ann Lee, Bo Ode, Cy Rand)": a group, then who in it is meant.
_GROUP_THEN_MEMBERS = lazy_compile(rf"^\s*(?:the\s+)?(?P<group>(?:[\w'’-]+\s+){{0,3}}(?i:{any_of(PEOPLE_GROUPS)}))\s*"
                                   r"\((?P<members>[^()]+)\)\W*$", re.I)


_HANDLES_ONLY = lazy_compile(r"@[\w.-]+(?:\s+@[\w.-]+)+")


def _members_in_brackets(part: str) -> list[str]:
    """The members a group names in its brackets, two or more full names; else the part as it is."""
    m = _GROUP_THEN_MEMBERS.match(part)
    if m is None:
        return [part]
    members = [name.strip() for name in re.split(r",|\s+and\s+|\s*&\s*", m["members"]) if name.strip()]
    if len(members) < MIN_GROUP_MEMBERS or not all(looks_like_name(n) and len(n.split()) >= 2 for n in members):
        return [part]
    return members


# A group's brackets name its members when they hold at least this many full names.
MIN_GROUP_MEMBERS = 2


# "Abernethy, Clare", "Van Dyke, Ann M.": a surname, a comma, then the forename (and an initial).
SURNAME_FIRST = lazy_compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,\s*[A-Z][\w'’-]+(?:\s+[A-Z]\.?)?")
# So many lines at least before a list's shape says its names are written surname first.
MIN_SURNAME_FIRST_LINES = 2


def surname_first_layout(lines: list[str]) -> bool:
    """Whether every line of a list is one person written surname first ("Abernethy, Clare"):
    the comma is inside the name, not between two people (as the writer set it, GOLD keeps it)."""
    lines = [line.strip().rstrip(".;") for line in lines if line.strip()]
    return len(lines) >= MIN_SURNAME_FIRST_LINES and all(SURNAME_FIRST.fullmatch(line) for line in lines)


# A bracketed aside after a name: a role, initials, a remark ("(Senior Democratic Services Officer)").
_BRACKETED_ASIDE = lazy_compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")  # "Ann Lee [Acme Corp]" too


def _outside_brackets(text: str) -> str:
    return _BRACKETED_ASIDE.sub("", text).strip() or text


# Brackets, and the marks that split a run-on list outside them ("Ann Lee • Bo Ode": a bullet between names too).
_LIST_MARKS = lazy_compile(r"[()\[\],;•·▪]")
# ("Col (retd) DS Baswani": a retired officer's "(retd)" stands before the name, not after one)
_AFTER_BRACKETED_ROLE = lazy_compile(r"(?<=\))" + "".join(rf"(?<!\((?i:{mark})\))" for mark in RETIRED_MARKS) +
                                     r"\s+(?=[A-Z])(?![\w'’-]+\W*$)")
_AND_OUTSIDE_BRACKETS = lazy_compile(r"\s+(?:and|&)\s+(?![^(]*\))")
# "Ann Lee / Bo Ode / Cy Rand": a spaced slash typed between people, outside brackets.
_SLASH_OUTSIDE_BRACKETS = lazy_compile(r"\s+/\s+(?![^(]*\))")
_TRAILING_AND = lazy_compile(r"\s+(and|&)$", re.I)
_INITIALS_ONLY = lazy_compile(r"[A-Z]{2,5}")
_TWO_WORD_NAME = lazy_compile(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+")
_FOUR_WORD_NAME = lazy_compile(r"(?:[A-Z][a-z][\w'’-]* ){3}[A-Z][a-z][\w'’-]*")


def _split_outside_brackets(text: str) -> list[str]:
    """``text`` split at each of `_LIST_MARKS`' separators that no bracket encloses."""
    parts: list[str] = []
    depth = start = 0
    for mark in _LIST_MARKS.finditer(text):
        if mark[0] in "([":
            depth += 1
        elif mark[0] in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start:mark.start()])
            start = mark.end()
    return [*parts, text[start:]]


def split_people(text: str) -> list[str]:
    """Split a run-on attendance line into entries, keeping parentheses whole; "Smith, Jane;
    Brown, Tom" (surnames first, semicolons between people) keeps each name whole."""
    return list(_split_people(text))  # (a new list: the cached entries stay as they were read)


@lru_cache(maxsize=512)
def _split_people(text: str) -> tuple[str, ...]:
    """`split_people`, cached: the segmenter and the attendance readers split many lines twice."""
    return tuple(_people_entries(text))


def _people_entries(text: str) -> list[str]:
    text = bracket_trailing_initials(text)  # "Andrew Clark, Vice Chair AC": one person
    pieces = [piece.strip() for piece in text.strip().rstrip(".").split(";")]
    if len(pieces) >= MIN_SURNAME_FIRST_LINES and all(SURNAME_FIRST.fullmatch(piece) for piece in pieces):
        return pieces
    parts = _split_outside_brackets(text)
    # "@ann @bo @cy": handles typed with spaces between them, as issue trackers' notes list who came
    parts = [piece for part in parts for piece in
             (part.split() if _HANDLES_ONLY.fullmatch(part.strip()) else [part])]
    # "General Committee (Ann Lee, Bo Ode)": the group's members named in its brackets
    parts = [piece for part in parts for piece in _members_in_brackets(part)]
    parts = _suffixes_joined(parts)
    if ";" in text:
        # "Ann Lee, President; Bo Ode, President Elect": each entry one person and the office they hold
        parts = role_pairs(text) or [piece for part in _top_level_split(text, ";") for piece in _comma_pieces(part)]
    # "Councillor V Adams Councillor M Andrews": two people in one table row
    parts = [piece for part in parts for piece in _split_at_titles(part)]
    # "D Richardson (Chair) R Healey": a role in brackets ends one person
    parts = [piece for part in parts for piece in _AFTER_BRACKETED_ROLE.split(part)]
    # "P Moran Clerk J Connelly": an officer's title starts the next person
    parts = [piece for part in parts for piece in _split_at_officers(part)]
    # "Graham Smith. Colin Solloway": a full stop typed for a comma
    parts = [piece for part in parts for piece in _split_at_full_stops(part)]
    parts = [piece for part in parts for piece in _split_at_slashes(part)]
    out: list[str] = []
    for part in parts:
        # "A Smith and B Jones" → two people; not inside a role ("Chair and Treasurer").
        pieces = _AND_OUTSIDE_BRACKETS.split(part.strip())
        # judged outside their brackets: "L Parker (Solicitor) and T Koomson (Senior Democratic Services Officer)"
        if len(pieces) > 1 and all(looks_like_name(_outside_brackets(p)) for p in pieces) and \
                not _organisation_goes_on(pieces):
            out.extend(_shared_surname(pieces) if "&" in part else pieces)
        else:
            out.append(part)
    # "R Robson and" at the end of a line that goes on below
    out = [_TRAILING_AND.sub("", p.strip(" .;,")) for p in out]
    out = [p.strip(" .;,") for p in out if p.strip(" .;,")]
    # "A Armstrong, EDC": initials after a name say who they are, not another person
    joined: list[str] = []
    for p in out:
        if joined and _INITIALS_ONLY.fullmatch(p) and len(joined[-1].split()) >= 2 and "(" not in joined[-1]:
            joined[-1] = f"{joined[-1]} ({p})"
        else:
            joined.append(p)
    out = joined
    # "Pranav Ghai Glad Sully": a lost comma between two names, in a list of two-word names
    if sum(1 for p in out if _TWO_WORD_NAME.fullmatch(p)) >= 2:
        out = [piece for p in out for piece in (
            [" ".join(p.split()[:2]), " ".join(p.split()[2:])]
            if _FOUR_WORD_NAME.fullmatch(p)
            and not role_phrase(" ".join(p.split()[:2])) else [p])]  # "Library Director Amy Beck": a title
    # "Kathleen M. Joyce, Chairman": a role after a comma belongs to the name before it.
    # A handle ("@pvasquez") is a person; so is every entry of a list typed all in lower case
    # ("vik, nadia, olu"), where lower case says nothing about roles.
    lowercase_list = all(p.islower() for p in out)
    merged: list[str] = []
    for part in out:
        if merged and "(" not in merged[-1] and not part.startswith("@") and \
                (is_known_role(part) or not lowercase_list and role_phrase(part)):
            merged[-1] = f"{merged[-1]} ({part})"
        else:
            merged.append(part)
    return merged


# Names run on after a label without a colon are read when at least this many.
MIN_RUN_ON_NAMES = 2
# "... Mrs Di Fox (Clerk) and 2 members of the public": the counted public after the last name.
_PUBLIC_AFTER_NAMES = lazy_compile(rf"\s+{PUBLIC_COUNT_AFTER_NAMES}$", re.I)


def names_run_on(after: str) -> bool:
    """Whether what follows a label with no colon is only names, two or more ("Attendance Policy
    Review" is a heading, "Apologies for absence Ann Lee, Bo Ode" a list), a count of the public aside;
    one name is enough with a title before it ("APOLOGIES Cllr E Fry.")."""
    if not after[:1].isspace():
        return False
    names = split_people(_PUBLIC_AFTER_NAMES.sub("", after.strip()).rstrip("."))
    return (len(names) >= MIN_RUN_ON_NAMES or len(names) == 1 and opens_with_title(after)) and all_names(names)


_SPACED_DASH = lazy_compile(r"\s[-–—]\s")


def _organisation_goes_on(pieces: list[str]) -> bool:
    """"Cy Rand - Foo & Bar (DE)": the "and" joins the words of where the person is from, after a dash;
    "Ann Lee - Chair and Bo Ode - Treasurer" is two people."""
    if len(pieces) != 2 or not _SPACED_DASH.search(pieces[0]) or _SPACED_DASH.search(pieces[1]):
        return False
    words = _outside_brackets(pieces[1]).split()
    return len(words) == 1 or words[-1].lower() in ORGANISATION_ENDINGS


def all_names(entries: list[str]) -> bool:
    """Whether every entry is a person's name, judged outside its brackets ("Bo Ode (Dept of Foo and Bar)")."""
    return all(looks_like_name(_outside_brackets(entry)) for entry in entries)


def opens_with_title(text: str) -> bool:
    """"Cllr Ann Lee, Mrs Di Fox": a run of names whose first has a title before it."""
    return bool(HONORIFIC.match(text.strip()))


# "Cat Dyer (Chair)": a name with its office in brackets.
_BRACKETED_PART = lazy_compile(r"\(([^()]{1,30})\)")


# The fewest full names after a plain-case label with no colon that make it a label ("Present Ann Lee, Bo Ode,
# Cy Park"): a sentence opening with "Present" or "Attendance" names no such run of people.
MIN_FULL_NAMES_AFTER_LABEL = 3


def opens_a_name_list(text: str) -> bool:
    """Whether the text after a label with no colon reads as its names, not as the rest of a sentence: a title
    before the first ("Cllr A Lee"), an office in brackets after it ("Cat Dyer (Chair)"), or a run of
    full names ("Ann Lee, Bo Ode, Cy Park")."""
    if opens_with_title(text) or opens_with_office_holder(text):
        return True
    if ":" in text:
        return False  # "Team Members: Ann Lee, ...": the label goes on to its own colon
    names = [_outside_brackets(name).split() for name in split_people(text.strip().rstrip("."))]
    return len(names) >= MIN_FULL_NAMES_AFTER_LABEL and all(
        len(words) >= 2 and all(w[:1].isupper() or w in NAME_PARTICLES for w in words) for words in names)


def opens_with_office_holder(text: str) -> bool:
    """"Cat Dyer (Chair), Ed Fry": a run of names whose first has its office in brackets after it."""
    first = split_people(text.strip())[:1]
    return bool(first) and any(is_known_role(m) for m in _BRACKETED_PART.findall(first[0]))


def _split_at_slashes(part: str) -> list[str]:
    """"Ann Lee / Bo Ode": each side a person's name; "Chair / Treasurer" (offices) stays whole."""
    pieces = _SLASH_OUTSIDE_BRACKETS.split(part.strip())
    if len(pieces) > 1 and all(looks_like_name(_outside_brackets(p)) and not role_phrase(_outside_brackets(p))
                               for p in pieces):
        return pieces
    return [part]


_NAME_TITLE = any_of((*HONORIFICS, *RANKS_BEFORE_NAME))
# "Graham Smith. Colin Solloway", "Mr. Ann Lee. Mrs. Bo Li": a full stop typed for a comma.
_FULL_STOP_BETWEEN_NAMES = lazy_compile(rf"\.(?<=[a-z]\.)\s+(?=(?:(?i:{_NAME_TITLE})\.?\s+)?[A-Z][a-z]+\s+[A-Z])")
_ENDS_WITH_TITLE = lazy_compile(rf"(?:^|\W)(?:{_NAME_TITLE})$", re.I)


_SERIAL_AND = lazy_compile(r"^\s*(?:and|&)\s+(?=[A-Z])")
_NAME_SUFFIX = lazy_compile(rf"^\s*(?i:{'|'.join(NAME_SUFFIXES)})\.?\s*$")
_POST_NOMINAL = lazy_compile(rf"^\s*(?i:{any_of(POST_NOMINALS)})\.?\s*$")


def _shared_surname(pair: list[str]) -> list[str]:
    """"Mark & Sima Oduya": a couple written with one surname, each person with it (and with where
    they are from: "Di & Ed Fox (Acme)")."""
    if len(pair) == 2 and len(pair[0].split()) == 1 and len(second := _outside_brackets(pair[1]).split()) == 2 \
            and pair[0][0].isupper():
        return [f"{pair[0]} {second[1]}{pair[1][len(_outside_brackets(pair[1])):]}", pair[1]]
    return pair


def _suffixes_joined(parts: list[str]) -> list[str]:
    """Comma-split entries with a name's suffix joined back to it ("Larry Sanders", " Jr." → one),
    and the "and" of a serial comma dropped (", and Town Clerk Ann Lee")."""
    out: list[str] = []
    for part in parts:
        if out and _POST_NOMINAL.match(part):
            continue  # "Ann Lee, Ed.D.": a degree after the name
        if out and _NAME_SUFFIX.match(part):
            out[-1] = f"{out[-1]},{part}"
        else:
            out.append(_SERIAL_AND.sub("", part) if out else part)
    return out


def _split_where(part: str, gaps: re.Pattern[str], joined: re.Pattern[str]) -> list[str]:
    """``part`` split at each of ``gaps``, except where the text before it (since the last split)
    ends as ``joined`` says the next words belong to it."""
    pieces, start = [], 0
    for gap in gaps.finditer(part):
        if not joined.search(part[start:gap.start()]):
            pieces.append(part[start:gap.start()])
            start = gap.end()
    return [*pieces, part[start:]]


def _split_at_full_stops(part: str) -> list[str]:
    """``part`` split at full stops between names; never at the stop after a title ("Mr. Ann Lee")."""
    return _split_where(part, _FULL_STOP_BETWEEN_NAMES, _ENDS_WITH_TITLE)


def _top_level_split(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` (a comma or a semicolon) outside brackets."""
    pieces, depth, start = [], 0, 0
    for mark in _BRACKETS_AND_SEPARATORS.finditer(text):
        depth += (mark[0] in "([") - (mark[0] in ")]")
        if mark[0] == separator and depth <= 0:
            pieces.append(text[start:mark.start()])
            start = mark.end()
    return [*pieces, text[start:]]


_BRACKETS_AND_SEPARATORS = lazy_compile(r"[()\[\],;]")


_GIVEN_NAME_AFTER_COMMA = lazy_compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s*[A-Z][a-z][\w'’-]*")


def _comma_pieces(part: str) -> list[str]:
    """One entry of a list that semicolons separate: "Leong Jun Wen, Berwin" is one
    person (a given name after the comma), "Ann Lee, Bo Li" two."""
    if _GIVEN_NAME_AFTER_COMMA.fullmatch(part.strip()) and not is_known_role(part.rsplit(",", 1)[1]) \
            and not role_phrase(part.rsplit(",", 1)[1].strip()):
        return [part]
    return _top_level_split(part, ",")


_OFFICER_STARTS_PERSON = lazy_compile(rf"\s+(?={any_of(OFFICERS_IN_LISTS)}\s+[A-Z])")
_COUNCILLOR_STARTS_PERSON = lazy_compile(rf"\s+(?={any_of(COUNCILLOR_TITLES)}\.?\s+[A-Z])")


_ENDS_WITH_TIER = lazy_compile(rf"\b{any_of((*COUNCIL_TIERS, *DEPUTY_WORDS, *SECRETARY_KINDS))}$", re.I)


def _split_at_officers(part: str) -> list[str]:
    """``part`` split where an officer's title starts the next person ("P Moran Clerk J Connelly"),
    not inside a title that names its tier or a deputy ("Town Clerk Janice Sharp", "Deputy Clerk Eve Gray")."""
    return _split_where(part, _OFFICER_STARTS_PERSON, _ENDS_WITH_TIER)


def _split_at_titles(text: str) -> list[str]:
    """Split before each "Councillor"/"Cllr" that follows a complete name."""
    pieces = _COUNCILLOR_STARTS_PERSON.split(text)
    out: list[str] = []
    for piece in pieces:
        if out and len(out[-1].split()) < 2:
            out[-1] = f"{out[-1]} {piece}"  # "Borough Councillor S Edgar" is one person
        else:
            out.append(piece)
    return out


# "B.Brodaric", "J.R.Smith": an initial typed against the surname, a full name of one word.
_INITIAL_AGAINST_SURNAME = lazy_compile(rf"(?:[{NAME_CAPITALS}]\.){{1,2}}[{NAME_CAPITALS}][\w'’-]+")


def written_in_full(name: str) -> bool:
    """Whether a name is written in full: two words or more, or an initial typed against the surname."""
    return len(name.split()) >= 2 or bool(_INITIAL_AGAINST_SURNAME.fullmatch(name.strip()))


# "alice", "carol_k", "jsmith": a chat or code host's user name, typed in lower case.
_HANDLE = lazy_compile(r"[a-z][a-z0-9_.-]{1,24}")
# Lower-case words a list may hold that name nobody.
_NOT_HANDLES = frozenset({"all", "none", "everyone", "everybody", "members", "staff", "tbd", "tbc", "n/a", "na",
                          "nobody", "others", "and", "guests"})
MIN_HANDLES = 2


def is_handle(entry: str) -> bool:
    """Whether ``entry`` is one user name in lower case ("alice", "@carol_k")."""
    word = _BRACKETED_ASIDE.sub("", entry).strip().lstrip("@")  # "ann (notes)": a note on what she did
    return bool(_HANDLE.fullmatch(word)) and word not in _NOT_HANDLES


def all_handles(entries: list[str]) -> bool:
    """Whether a list's entries are all user names in lower case (two or more): people, not words."""
    return len(entries) >= MIN_HANDLES and all(is_handle(entry) for entry in entries)


# "The Treasurer, Bob Hart, chaired the meeting.": a sentence's verb after names set apart by commas.
_CLAUSE_AFTER_NAMES = lazy_compile(r",\s*(?:was|were|is|has|had|[a-z]{3,}ed)\s+[a-z]+\b[^,]*[.!]\s*$")


def ends_in_a_clause(text: str) -> bool:
    """Whether a line of names goes on into a sentence's verb, so it is a sentence, not a list."""
    return _CLAUSE_AFTER_NAMES.search(text) is not None


# A full stop ending a sentence of a list's text: after a word of three letters or a bracket ("Cllr. Ann" ends none).
_LIST_SENTENCE_END = lazy_compile(r"\.(?<=[a-z)\]]{3}\.)(?<!messrs\.)(?<!mmes\.)\s+(?=[A-Z][a-z])")


def list_sentences(text: str) -> list[str]:
    """The sentences of a list's text; "Cllr. Ann Lee", "Prof. Bo Ode": a title's full stop ends none."""
    out: list[str] = []
    start = 0
    for m in _LIST_SENTENCE_END.finditer(text):
        if not ends_with_abbreviation(text[start:m.start()]):
            out.append(text[start:m.start()])
            start = m.end()
    return [*out, text[start:]]
