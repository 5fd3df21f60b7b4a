"""Owner words of an action: splitting "Ann/ Bo" into its owners, and telling a name-like word
("George") or a known owner (an attendee, initials, a handle, a name the document uses) from a thing."""

from __future__ import annotations

import re

from notes_extract.extractors.context import Context
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.people import NOT_OWNERS, NOUN_ENDINGS

# "@acme/web-team": a team's handle, its slash no break between two owners.
_TEAM_HANDLE_SLASH = lazy_compile(r"(?<=[\w-])/(?=[\w-])")
_TEAM_HANDLE = lazy_compile(r"(?<![\w@])@[\w-]+/[\w-]+")
_HELD_SLASH = "\x00"


def split_owners(text: str) -> list[str]:
    """"Niccola/ Nathan" → ["Niccola", "Nathan"]; "A Smith & B Jones" → two; a group ("All") stays as written;
    "@acme/web-team" is one owner, a team's handle."""
    held = _TEAM_HANDLE.sub(lambda m: _TEAM_HANDLE_SLASH.sub(_HELD_SLASH, m.group()), text.strip())
    parts = re.split(r"\s*(?:/|,|;|&|\band\b|\+)\s*", held)
    return [p.strip(" .").replace(_HELD_SLASH, "/") for p in parts if p.strip(" .")]


def name_like(text: str) -> bool:
    """A capitalised word or two that could be a name, not a thing ("George", not "Invitation")."""
    tokens = text.split()
    return 1 <= len(tokens) <= 2 and all(t[:1].isupper() and t[1:].islower() for t in tokens) and \
        tokens[0].lower() not in NOT_OWNERS and not tokens[-1].lower().endswith(NOUN_ENDINGS)


def known_owner(text: str, ctx: Context) -> bool:
    return bool(ctx.roster.resolve(text) or re.fullmatch(r"[A-Z]{2,4}|@[\w-]+", text)
                or text.split()[0] in ctx.names)
