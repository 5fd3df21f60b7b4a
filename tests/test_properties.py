"""Properties that hold for any input: a valid record or a NotesExtractError, never another exception.

Every record must also round-trip through JSON and validate against the
published schema. Examples are kept moderate so the module runs in well under
30 s; `derandomize` makes runs repeatable (CI failures reproduce locally).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

import jsonschema
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from notes_extract.api import extract
from notes_extract.errors import NotesExtractError
from notes_extract.models import MinutesRecord

from .conftest import ROOT

# NOTES_EXTRACT_EXAMPLES=5000 runs a longer, randomised hunt (examples vary run to run).
_HUNT = int(os.environ.get("NOTES_EXTRACT_EXAMPLES", "0"))
PROPERTY_SETTINGS = settings(max_examples=_HUNT or 150, deadline=None, derandomize=not _HUNT, database=None,
                             suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads((ROOT / "schemas" / "minutes.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def check(data: bytes | str, **kwargs: object) -> MinutesRecord | None:
    """Extract ``data``; a record must be valid, anything else must be a NotesExtractError."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    try:
        record = extract(raw, **kwargs)  # type: ignore[arg-type]
    except NotesExtractError as exc:
        assert exc.code and exc.message
        event(f"error: {exc.code}")
        return None
    event("record")
    text = record.to_json()
    assert MinutesRecord.model_validate_json(text) == record
    validator().validate(json.loads(text))
    return record


@PROPERTY_SETTINGS
@given(st.text())
def test_any_text_as_text(text: str) -> None:
    check(text, format="text")


@PROPERTY_SETTINGS
@given(st.text())
def test_any_text_as_markdown(text: str) -> None:
    check(text, format="markdown")


@PROPERTY_SETTINGS
@given(st.binary())
def test_any_bytes_detected(data: bytes) -> None:
    check(data)


@PROPERTY_SETTINGS
@given(st.binary(max_size=200))
def test_any_bytes_forced_to_each_format(data: bytes) -> None:
    for fmt in ("text", "docx", "pdf"):
        check(data, format=fmt)


@PROPERTY_SETTINGS
@given(st.binary(min_size=1, max_size=64))
def test_bytes_behind_a_format_signature(tail: bytes) -> None:
    for head in (b"PK\x03\x04", b"PK\x05\x06", b"%PDF-1.7\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
                 b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        check(head + tail)


# --------------------------------------------------------------------------- minutes-like text

NAMES = st.sampled_from(["Ann Smith", "Bob Jones", "Nicc", "Dr. Chen", "J. O'Brien", "the Clerk", "Zoë Ämmälä",
                         "Cllr. Patel", "JB", "Treasurer"])
WORDS = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1, max_size=40)
DATES = st.sampled_from(["2 July 2025", "2025-07-02", "02/07/2025", "July 2nd, 2025", "Tuesday 3rd June",
                         "31/02/2024", "next Tuesday", "TBC", "1/1/1900", "9999-12-31"])
TIMES = st.sampled_from(["7pm", "19:00", "10.30am", "noon", "25:61", ""])


@st.composite
def minutes(draw: st.DrawFn) -> str:
    """Text shaped like minutes: headings, attendance, actions, resolutions and dates in random order."""
    lines: list[str] = []
    heading = draw(st.sampled_from(["# ", "## ", "", "MINUTES OF ", "1. ", "Item 4: "]))
    lines.append(f"{heading}{draw(WORDS)} meeting {draw(DATES)} {draw(TIMES)}")
    parts = draw(st.lists(st.sampled_from(
        ["present", "apologies", "action", "resolved", "heading", "text", "list", "table", "next", "date"]),
        max_size=14))
    for part in parts:
        if part == "present":
            lines.append(f"Present: {', '.join(draw(st.lists(NAMES, min_size=0, max_size=6)))}")
        elif part == "apologies":
            lines.append(f"Apologies: {' and '.join(draw(st.lists(NAMES, max_size=3)))}")
        elif part == "action":
            lines.append(f"Action: {draw(NAMES)} to {draw(WORDS)} by {draw(DATES)}")
        elif part == "resolved":
            lines.append(f"RESOLVED: that {draw(NAMES)} {draw(WORDS)}")
        elif part == "heading":
            lines.append(f"{draw(st.sampled_from(['#', '##', '###', '']))} {draw(st.integers(0, 99))}. {draw(WORDS)}")
        elif part == "list":
            indent = draw(st.integers(0, 12))
            lines.append(" " * indent + f"{draw(st.sampled_from(['-', '*', '1.', 'a)', '•']))} {draw(WORDS)}")
        elif part == "table":
            cells = draw(st.lists(WORDS.map(lambda w: w.replace("|", "/")), min_size=1, max_size=4))
            lines += ["| Action | Owner | Due |", "|---|---|---|", "| " + " | ".join(cells) + " |"]
        elif part == "next":
            lines.append(f"Next meeting: {draw(DATES)} at {draw(TIMES)}")
        elif part == "date":
            lines.append(f"Date: {draw(DATES)}")
        else:
            lines.append(draw(WORDS))
        if draw(st.booleans()):
            lines.append("")
    return "\n".join(lines)


@PROPERTY_SETTINGS
@given(minutes(), st.sampled_from(["text", "markdown", None]))
def test_minutes_like_text(text: str, fmt: str | None) -> None:
    check(text, format=fmt)
