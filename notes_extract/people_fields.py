"""Participants written in comma fields, one person a line: "Ann Lee, Green Trust, Chair"
(name, where from, role), or "Bo Li and Cy Ode, Green Trust" (people, then where from)."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role, is_role_word, looks_like_name, normalise_role, role_phrase
from notes_extract.vocab.people import ORGANISATION_ENDINGS

# "Ann Lee, Green Trust, Chair": the most comma fields one person's line has (name, where from, role).
MAX_PERSON_FIELDS = 4
MIN_PERSON_FIELDS = 3


def _top_level_fields(line: str) -> list[str]:
    """The comma-separated fields of a line, keeping brackets whole."""
    fields, depth, current = [], 0, ""
    for char in line:
        depth += (char in "([") - (char in ")]")
        if char == "," and depth <= 0:
            fields.append(current.strip())
            current = ""
        else:
            current += char
    return [*fields, current.strip()]


def top_level_fields(line: str) -> list[str]:
    """The comma-separated fields of a line, brackets kept whole ("Ann Lee (Acme, UK), Chair": two)."""
    return _top_level_fields(line)


def person_fields_layout(lines: list[str]) -> int | None:
    """How many comma fields each line of a list has when each line is one person
    written in fields ("Ann Lee, Green Trust, Chair"), not several names: most lines
    have the same 3 or 4 fields, each opening with a name, and one ends in a known role."""
    shapes = [_top_level_fields(line) for line in lines if line.strip()]
    counts = [len(f) for f in shapes if MIN_PERSON_FIELDS <= len(f) <= MAX_PERSON_FIELDS]
    if not counts:
        return None
    width = max(set(counts), key=counts.count)
    rows = [f for f in shapes if len(f) == width]
    if 2 * len(rows) < len(shapes) or not all(looks_like_name(f[0]) for f in rows):
        return None
    return width if any(is_known_role(f[-1]) for f in rows) else None


# The fewest lines a list needs before its shape says where its people are from.
MIN_ORGANISATION_LIST_LINES = 2


def organisation_last_layout(lines: list[str]) -> bool:
    """Whether each line of a list is its people, then a comma and where they are from
    ("Ann Lee, Acme", "Bo Li and Cy Ode, Green Trust"): every line ends in such a field, none
    a role, and the list shows it: "A and B, X" (a name list would read "A, B and C"), or
    mostly one-word fields after a comma ("Ann Lee, Acme")."""
    shapes = [_top_level_fields(line) for line in lines if line.strip()]
    if len(shapes) < MIN_ORGANISATION_LIST_LINES or any(len(fields) < 2 for fields in shapes):
        return False
    lasts = [fields[-1] for fields in shapes]
    shared = len(set(lasts)) < len(lasts)  # one organisation for several lines: a column of them
    if any(is_known_role(last) or role_phrase(last) or re.search(r"\s(and|&)\s", last) or
           not looks_like_name(last) for last in lasts):
        return False
    paired = any(re.search(r"\s(and|&)\s", ", ".join(fields[:-1])) for fields in shapes)
    one_word = sum(1 for last in lasts if len(last.split()) == 1)
    # "Lee, Ann" (surname first) has a one-word field too, but after a one-word name
    full_names = all(len(fields[0].split()) >= 2 for fields in shapes)
    return paired or full_names and (2 * one_word > len(lasts) or shared)


# An organisation's initials as a field of its own ("STFC", "ESRF"); two letters are a person's initials.
_ACRONYM_FIELD = lazy_compile(r"[A-Z][A-Z&]{2,7}")


def affiliation_fields(lines: list[str]) -> set[str]:
    """Fields after the first that several lines of one list repeat ("Ann Lee, Acme, IT" and
    "Bo Li, Acme, IT"): where people are from, since a list names each person once. A seat several
    people hold ("Pam Lee, member") is their role, not where they are from."""
    seen: dict[str, int] = {}
    for line in lines:
        for field in dict.fromkeys(f for f in _top_level_fields(line)[1:] if not is_known_role(f)):
            seen[field] = seen.get(field, 0) + 1
    return {field for field, count in seen.items() if count > 1}


def names_before_organisation(line: str) -> str:
    """The people of a "Bo Li and Cy Ode, Green Trust" line, without where they are from:
    the last field, and an organisation's initials before it ("Ann Lee, STFC, Computing")."""
    fields = _top_level_fields(line)[:-1]
    while len(fields) > 1 and _ACRONYM_FIELD.fullmatch(fields[-1]):
        fields.pop()
    return ", ".join(fields)


def fields_before(line: str, affiliations: set[str]) -> str:
    """``line`` without the trailing fields in ``affiliations``, when a name-like field stays."""
    fields = _top_level_fields(line)
    kept = list(fields)
    while len(kept) > 1 and kept[-1] in affiliations:
        kept.pop()
    return line if len(kept) == len(fields) or not looks_like_name(kept[0]) else ", ".join(kept)


def person_from_fields(line: str, width: int) -> tuple[str, str | None] | None:
    """The name and role of a line written in fields ("Ann Lee, Green Trust, Chair" →
    "Ann Lee", "chair"); the fields between say where the person is from. None for a
    line of another shape."""
    fields = _top_level_fields(line)
    if len(fields) != width:
        return None
    return fields[0], normalise_role(fields[-1])


# "SO - Steve Olsen, ...": the initials the minutes use for the person, before the name.
_INITIALS_PREFIX = lazy_compile(r"^(?P<initials>[A-Z]{2,4})\s+[-–—]\s+")
# "USA [NWS]", "Met Office (UKMO)": an organisation's initials in brackets, a sign the field says where from.
_BRACKETED_ACRONYM = lazy_compile(r"[\[(][A-Z][A-Za-z&]{1,7}[\])]")
MAX_NAME_FIELD_WORDS = 4


def _says_where_from(fields: list[str]) -> bool:
    """Whether a line's fields after the name say where the person is from or what they do: an
    organisation's bracketed initials or name ending ("Acme Ltd"), or a known role closing three fields."""
    later = fields[1:]
    return any(_BRACKETED_ACRONYM.search(f) or f.split()[-1].lower() in ORGANISATION_ENDINGS for f in later if f) \
        or (len(fields) >= MIN_PERSON_FIELDS and is_known_role(fields[-1]))


def is_affiliated_person_line(line: str) -> bool:
    """"SO - Steve Olsen, National Weather Service, USA [NWS], Chair": one person, then where from."""
    fields = _top_level_fields(_INITIALS_PREFIX.sub("", line.strip()))
    return len(fields) >= 2 and _opens_with_full_name(fields) and _says_where_from(fields)


def _opens_with_full_name(fields: list[str]) -> bool:
    return looks_like_name(fields[0]) and 2 <= len(fields[0].split()) <= MAX_NAME_FIELD_WORDS and \
        not is_known_role(fields[0])


def affiliated_fields_layout(lines: list[str]) -> bool:
    """Whether each line of a list is one person then where they are from, in as many fields as it needs
    ("SO - Steve Olsen, National Weather Service, USA [NWS], Chair" / "Gus Tran, Met Office, UK [UKMO]"):
    two lines or more, each opening with a full name, and most saying where from or what they do."""
    shapes = [_top_level_fields(_INITIALS_PREFIX.sub("", line.strip())) for line in lines if line.strip()]
    if len(shapes) < MIN_ORGANISATION_LIST_LINES or any(len(fields) < 2 for fields in shapes):
        return False
    if not all(_opens_with_full_name(fields) for fields in shapes):
        return False
    return 2 * sum(1 for fields in shapes if _says_where_from(fields)) >= len(shapes)


def person_from_affiliation(line: str) -> tuple[str, str | None]:
    """The entry (initials kept, for the minutes' short forms) and role of an affiliated line."""
    prefix = m.group(0) if (m := _INITIALS_PREFIX.match(line.strip())) else ""
    fields = _top_level_fields(line.strip()[len(prefix):])
    role = normalise_role(fields[-1]) if len(fields) > 1 and is_known_role(fields[-1]) else None
    return f"{prefix}{fields[0]}", role


# "Bo Li - Student/Researcher": a name, a spaced dash, then what the person does.
# The role may hold a hyphen inside a word ("Rep-at-large"), never a spaced dash; a short remark in
# brackets may close the line ("Dee Fox – Member (proxy)"), not part of the role.
_NAME_DASH_ROLE = lazy_compile(r"^(?P<name>[^-–—()]+?)\s+[-–—]\s+(?P<role>(?:[^-–—()]|(?<=\w)-(?=\w))+?)"
                               r"(?:\s*\([^()]{1,40}\))?$")
# A person's name before the dash is a few words.
MAX_NAME_WORDS_BEFORE_DASH = 3


def dash_roles_layout(lines: list[str], role_evidence: list[str] = ()) -> bool:  # type: ignore[assignment]
    """Whether each line of a list is one person, a dash and their role ("Bo Li - Student/Researcher",
    "IS - Module Convener"): two lines or more of that shape, each a short name (or two joined by
    "and": "Al Roe and Bo Li - Representatives"), a spaced dash and a rest, and some rest holds a word
    for what someone does (a second name would not). A list that also holds bare short names (a member
    with no role) or one line in three of another shape, or whose own rests name no role, needs most
    rests, its own and ``role_evidence`` (the rests of the document's other such lists), to name a role:
    "Ann Lee - Tulipware" lines among them are organisations, not roles."""
    lines = [line.strip() for line in lines if line.strip()]
    shapes = [m for line in lines if (m := _NAME_DASH_ROLE.match(line)) and _short_names(m["name"])]
    bare = [line for line in lines if not _NAME_DASH_ROLE.match(line) and _short_name(line)]
    if len(shapes) < MIN_ORGANISATION_LIST_LINES or len(bare) >= len(shapes):
        return False
    if (len(lines) - len(shapes) - len(bare)) * ODD_LINES_PER_DASHED_LIST > len(lines):
        return False
    own = [m["role"] for m in shapes]
    if len(shapes) == len(lines) and any(map(_names_role, own)):
        return True
    pool = [*own, *role_evidence]
    return sum(map(_names_role, pool)) * 2 > len(pool)


def _names_role(rest: str) -> bool:
    return any(is_role_word(word) for word in re.split(r"[\s/&]+", rest) if word)


def dash_rests(lines: list[str]) -> list[str]:
    """What follows the dash on a list's "Name - Role" lines."""
    return [m["role"] for line in lines if (m := _NAME_DASH_ROLE.match(line.strip()))]


# A dashed list may hold one line in three of another shape ("Al Roe Bo Li - Committee": two names run together).
ODD_LINES_PER_DASHED_LIST = 3


def _short_names(text: str) -> bool:
    return all(_short_name(name) for name in _AND_NAMES.split(text))


# "Al Roe and Bo Li - ACSM Representatives": two people sharing the role after the dash.
_AND_NAMES = lazy_compile(r"\s+(?:and|&)\s+")


def _short_name(text: str) -> bool:
    return looks_like_name(text) and len(text.split()) <= MAX_NAME_WORDS_BEFORE_DASH


def person_from_dash(line: str) -> tuple[str, str | None] | None:
    """The name and role of a "Bo Li - Student/Researcher" line; None for a line of another shape."""
    people = people_from_dash(line)
    return people[0] if len(people) == 1 else None


def people_from_dash(line: str) -> list[tuple[str, str | None]]:
    """The people and role of a "Bo Li - Student/Researcher" or "Al Roe and Bo Li - Representatives"
    line, each with the role; [] for a line of another shape."""
    m = _NAME_DASH_ROLE.match(line.strip())
    if not m:
        return []
    role = normalise_role(m["role"])
    names = _AND_NAMES.split(m["name"])
    if len(names) > 1 and not _short_names(m["name"]):
        names = [m["name"]]
    return [(name, role) for name in names]
