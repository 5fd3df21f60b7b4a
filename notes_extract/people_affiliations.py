"""Participants written one a line as the person, then a comma and where they are from
("Stu Hood, Twitter", "Lars Hupel, community/Typelevel"): what follows the person is no second person."""

from __future__ import annotations

import re

from notes_extract.people import is_known_role, looks_like_name
from notes_extract.people_fields import MIN_ORGANISATION_LIST_LINES, is_affiliated_person_line, top_level_fields
from notes_extract.vocab.people import ORGANISATION_ENDINGS

# The most words the person's part of such a line has ("Jens Henrik Goebbert").
MAX_PERSON_WORDS = 4


def _person_part(text: str) -> bool:
    text = re.sub(r"\s*\([^()]*\)", "", text).strip() or text  # "Bo Ode (@bode)": the handle aside
    words = text.split()
    return 1 <= len(words) <= MAX_PERSON_WORDS and looks_like_name(text) and not is_known_role(text) and \
        all(w[:1].isupper() or w[:1] in "'’" for w in words[-1:])


def _where_from(field: str) -> bool:
    """Whether the field after a person's name says where they are from, not who a second person
    is: one word ("Twitter", "IBM"), a slash or a digit in it ("community/Typelevel", "47 Degrees"),
    a lower-case word, or an organisation's ending ("Acme Ltd")."""
    words = field.split()
    if not words or is_known_role(field):
        return False
    return len(words) == 1 or bool(re.search(r"[/\d&]", field)) or any(w[:1].islower() for w in words) or \
        words[-1].lower().strip(".") in ORGANISATION_ENDINGS


def comma_affiliation(line: str) -> bool:
    """Whether a line is a full name, a comma and where the person is from ("Stu Hood, Twitter")."""
    fields = top_level_fields(line.strip())
    return len(fields) == 2 and 2 <= len(fields[0].split()) <= MAX_PERSON_WORDS and _person_part(fields[0]) \
        and _where_from(fields[1])


def comma_affiliation_layout(lines: list[str]) -> bool:
    """Whether every line of the lists is one full name and at most one field after a comma, most of those
    fields saying where the person is from ("James Belsey, Morgan Stanley" / "Stu Hood, Twitter"):
    a list of people two to a line would rarely have a one-word second on most lines."""
    shapes = [top_level_fields(line.strip()) for line in lines if line.strip()]
    # a name alone may stand among them, its organisation taken off where the list repeats it
    pairs = [f for f in shapes if len(f) == 2]
    if len(pairs) < MIN_ORGANISATION_LIST_LINES or any(len(f) > 2 for f in shapes):
        return False
    if not all(2 <= len(f[0].split()) <= MAX_PERSON_WORDS and _person_part(f[0]) for f in shapes):
        return False
    return 2 * sum(1 for f in pairs if _where_from(f[1])) > len(pairs)


def person_then_affiliation(line: str) -> bool:
    """Whether a line of a list is one person, then where they are from ("Gus Tran, Met Office, UK [UKMO]",
    "Stu Hood, Twitter")."""
    return is_affiliated_person_line(line) or comma_affiliation(line)
