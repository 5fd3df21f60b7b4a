"""People: attendance entries split into name and role, and a roster that
resolves the short forms minutes use ("Nicc", "JB", "Mandy") to full names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

HONORIFIC = re.compile(
    r"^(?:cllr|councillor|cr|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|the)\.?\s+",
    re.I,
)

# Role words as minutes write them → the record's normalised role. Checked in
# order, so the more specific forms ("co-chair") come before "chair".
ROLE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bco[- ]?chair", re.I), "co-chair"),
    (re.compile(r"\bvice[- ]?chair", re.I), "vice-chair"),
    (re.compile(r"\bvice[- ]?president", re.I), "vice-president"),
    (re.compile(r"\b(chair(man|woman|person)?|chaired|chairing|presiding)\b", re.I), "chair"),
    (re.compile(r"\b(minute[- ]?taker|minuting|minutes|note[- ]?taker|taking notes|scribe|recording secretary)\b", re.I), "minute taker"),  # noqa: E501
    (re.compile(r"\bdeputy clerk\b", re.I), "deputy clerk"),
    (re.compile(r"\bclerk\b", re.I), "clerk"),
    (re.compile(r"\bsecretary\b", re.I), "secretary"),
    (re.compile(r"\btreasurer\b", re.I), "treasurer"),
    (re.compile(r"\bpresident\b", re.I), "president"),
    (re.compile(r"\bcouncill?or\b|\bcllr\b", re.I), "councillor"),
    (re.compile(r"\bguest\b", re.I), "guest"),
    (re.compile(r"\bobserv(er|ing)\b", re.I), "observer"),
    (re.compile(r"\bvoting member\b", re.I), "voting member"),
]

_PAREN = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*")
_ROLE_AFTER = re.compile(r"^(?P<name>.+?)\s*(?:,|\s[-–—]\s|:)\s*(?P<role>.+)$")


def normalise_role(text: str) -> str | None:
    """The record's role for ``text`` ("(chaired the meeting)" → "chair")."""
    for pattern, role in ROLE_PATTERNS:
        if pattern.search(text):
            return role
    cleaned = text.strip(" ()[],.-–").lower()
    return cleaned or None


def strip_honorifics(name: str) -> str:
    previous = None
    while previous != name:
        previous, name = name, HONORIFIC.sub("", name).strip()
    return name


def looks_like_name(text: str) -> bool:
    """A person's name or handle: a few words, mostly capitalised, no sentence."""
    text = text.strip()
    if not text or len(text) > 60:
        return False
    if text.startswith("@"):
        return " " not in text
    words = text.split()
    if len(words) > 5:
        return False
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1] in "'’")
    return capitals >= max(1, len(words) - 1)


@dataclass(frozen=True)
class PersonEntry:
    name: str
    role: str | None
    text: str


def parse_entry(text: str) -> PersonEntry | None:
    """One attendance entry: "Cllr A Smith (Chair)" → name "A Smith", role "chair"."""
    raw = " ".join(text.split()).strip(" .;,")
    if not raw:
        return None
    roles = [m.group(1) for m in _PAREN.finditer(raw)]
    name = _PAREN.sub(" ", raw).strip()
    role_text = "; ".join(r for r in roles if r.strip())
    m = _ROLE_AFTER.match(name)
    if m and not role_text and (_is_known_role(m["role"]) or not looks_like_name(m["role"])):
        name, role_text = m["name"], m["role"]
    name = strip_honorifics(name).strip(" .;,-–")
    if not name:
        return None
    role = normalise_role(role_text) if role_text else None
    return PersonEntry(name=name, role=role, text=raw)


def _is_known_role(text: str) -> bool:
    return any(p.search(text) for p, _ in ROLE_PATTERNS)


def split_people(text: str) -> list[str]:
    """Split a run-on attendance line into entries, keeping parentheses whole."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and char in ",;":
            parts.append(current)
            current = ""
            continue
        current += char
    parts.append(current)
    out: list[str] = []
    for part in parts:
        # "A Smith and B Jones" → two people; not inside a role ("Chair and Treasurer").
        pieces = re.split(r"\s+(?:and|&)\s+(?![^(]*\))", part.strip())
        if len(pieces) > 1 and all(looks_like_name(p) for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    return [p.strip(" .;,") for p in out if p.strip(" .;,")]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w\s'@-]", "", text).lower().strip()


class Roster:
    """The people of one meeting, for resolving short references to them."""

    def __init__(self, names: list[str]) -> None:
        seen: dict[str, str] = {}
        for name in names:
            seen.setdefault(_fold(name), name)
        self.names = list(seen.values())
        self._folded = [(_fold(n), n) for n in self.names]

    def __bool__(self) -> bool:
        return bool(self.names)

    def resolve(self, text: str) -> str | None:
        """The one attendee ``text`` refers to, or None when none or several."""
        key = _fold(strip_honorifics(text.strip(" .,:;")))
        if not key:
            return None
        tests = [
            lambda full: full == key,
            lambda full: full.split()[0] == key,
            lambda full: len(key) >= 2 and key.isalpha() and _initials(full) == key,
            lambda full: len(full.split()) > 1 and full.split()[-1] == key,
            lambda full: len(key) >= 3 and full.split()[0].startswith(key),
            # "A Smith" for "Alan Smith", "Alan S" for "Alan Smith"
            lambda full: _abbreviated_match(key, full),
        ]
        for test in tests:
            hits = {name for folded, name in self._folded if folded and test(folded)}
            if len(hits) == 1:
                return hits.pop()
            if len(hits) > 1:
                return None
        return None

    def resolve_or_keep(self, text: str) -> str:
        return self.resolve(text) or text.strip()


def _initials(full: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", full) if w)


def _abbreviated_match(key: str, full: str) -> bool:
    k, f = key.split(), full.split()
    if len(k) != len(f) or len(k) < 2:
        return False
    return all(a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
               for a, b in zip(k, f, strict=True)) and k != f
