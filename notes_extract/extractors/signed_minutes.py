"""The minutes signed at their foot by their secretary or clerk: "Ann Lee" over "Secretary", or
"Ann Lee, Board Secretary", among the last lines of the document. Whoever keeps the minutes signs
them so, with or without "Respectfully submitted," above."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name, strip_honorifics
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import MINUTES_SIGNING_OFFICES

# How many of the document's last lines the signature may stand among.
SIGNATURE_WITHIN_LAST_LINES = 3
# "Board Secretary", "Recording Secretary": the office, a word or two of the body before it at most.
_OFFICE = lazy_compile(rf"^\W*(?:[A-Z][\w'’&-]*\s+){{0,2}}(?i:{any_of(MINUTES_SIGNING_OFFICES)})\W*$")
_NAME = lazy_compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$")


def _signer(name: str) -> str | None:
    name = strip_honorifics(name.strip(" .,"))
    return name if _NAME.match(name) and looks_like_name(name) and not _OFFICE.match(name) else None


def signed_by_secretary(texts: list[str]) -> str | None:
    """The name signed over or beside the secretary's office at the foot of the minutes."""
    last = [t.strip() for t in texts if t.strip()][-SIGNATURE_WITHIN_LAST_LINES:]
    for above, line in zip(["", *last], last, strict=False):
        if _OFFICE.match(line) and (who := _signer(above)):
            return who  # "Ann Lee" / "Secretary"
        name, comma, office = line.partition(",")
        if comma and _OFFICE.match(office) and (who := _signer(name)):
            return who  # "Ann Lee, Board Secretary"
    return None
