"""Initials written after a person's entry, with no brackets: "Andrew Clark, Vice Chair AC", "Jenny Eaton JE",
"Jane Cox JC Diana Northey DN". The token is the person's initials (the minutes then write "Action: AC"), so
it closes the entry: each becomes "Name (Role) (AC)", the form the attendance reader takes apart."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name, strip_honorifics

# "AC", "JAM", "DT-C": two to four capitals, a hyphenated surname's initial after a hyphen.
_INITIALS_TOKEN = lazy_compile(r"(?<![\w(\[-])(?P<token>[A-Z]{2,4}(?:-[A-Z]{1,2})?)(?![\w)\]-])")
# The capitals that start a name's words and the parts of a hyphenated surname ("Anderson-MacKenzie": A, M).
_WORD_STARTS = lazy_compile(r"(?:^|[\s-])([A-Z])")


def _initials(name: str) -> str:
    return "".join(_WORD_STARTS.findall(strip_honorifics(name)))


def bracket_trailing_initials(text: str) -> str:
    """``text`` with each entry that ends in its person's initials written "Name (Role) (AB)" and the
    entries apart by semicolons; ``text`` as it is when no entry ends so."""
    out: list[str] = []
    start = 0
    for m in _INITIALS_TOKEN.finditer(text):
        name, _, role = text[start:m.start()].strip(" ,;").partition(",")
        name, role = name.strip(), role.strip()
        if not name or not looks_like_name(name) or _initials(name) != m["token"].replace("-", ""):
            continue  # "LLM" after "Phil Daniels,": a role, not his initials
        out.append(f"{name} ({role}) ({m['token']})" if role else f"{name} ({m['token']})")
        start = m.end()
    if not out:
        return text
    rest = text[start:].strip(" ,;.")
    return "; ".join([*out, rest] if rest else out)
