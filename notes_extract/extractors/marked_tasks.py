"""Task bullets a pictograph marks ("👷 Greg is triaging the old machines"): minutes that
flag each piece of work with a symbol write it in the present, as work under way."""

from __future__ import annotations

import unicodedata

from notes_extract.extractors.context import Context
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import DONE_MARKS, OPEN_MARKS

# "Greg is triaging ...", "(Matt Lee?) is dealing with ...": a person, then a verb in "-ing".
_UNDER_WAY = lazy_compile(r"^\(?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\??\)?\s+(?:is|are)\s+"
                          r"(?!going\b)[a-z]{3,}ing\b")


def _pictograph(char: str) -> bool:
    """An emoji or pictograph that leads a bullet, not a tick (ticks give a state, see actions)."""
    return unicodedata.category(char) == "So" and char not in DONE_MARKS + OPEN_MARKS


def marked_task(text: str, ctx: Context) -> tuple[str, list[str]] | None:
    """(task, owners) of a pictograph-led bullet saying a known person is doing something, else None."""
    body = text.strip()
    if not body or not _pictograph(body[0]):
        return None
    body = body[1:].lstrip("\ufe0f\u200d ").strip()  # the emoji's variation selector or joiner
    m = _UNDER_WAY.match(body)
    if not m or not ctx.roster.resolve(m["who"]):
        return None  # only someone the attendance knows has work under way
    return body, [m["who"]]
