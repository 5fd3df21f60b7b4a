"""A motion's result given as a form's ticked box ("Result:" over "[X] PASSED" and "[ ] FAILED"):
the ticked choice is the result, an empty box none."""

from __future__ import annotations

from typing import NamedTuple

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import DONE_MARKS

# "[X] PASSED", "- [ ] FAILED", "☑ Carried": a box, then the choice it offers.
_BOX = lazy_compile(rf"^[\s*•-]*\[(?P<mark>[ xX{DONE_MARKS}])\]\s*(?P<choice>\S.*)$")


class BallotBox(NamedTuple):
    ticked: bool
    choice: str


def ballot_box(sentence: str) -> BallotBox | None:
    """The box a line opens with and the choice after it, or None for a line without one."""
    m = _BOX.match(sentence.strip())
    return BallotBox(m["mark"] != " ", m["choice"].strip()) if m else None
