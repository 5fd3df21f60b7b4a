"""An action line that ends in its status ("Contact the venue - done", "... – in progress for website")."""

from __future__ import annotations

from notes_extract.extractors.status import status_of
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import ACTION_LABEL_WORDS, ALL_STATUS_WORDS

# ("... the draft. Status: in progress": the state as a field)
_STATUS_TAIL = lazy_compile(r"(?:\s+[-–—]\s+|[.;,]?\s+(?i:status)\s*[:\-–—]\s*)(?P<status>[^-–—]+?)\.?\s*$")
# How many words of a " - in progress for website" tail must hold the status for it to be one.
STATUS_TAIL_LEAD_WORDS = 2
# "to do:", "action:" between a task's dash and its owners.
_TAIL_LABEL = lazy_compile(rf"(?i:{ACTION_LABEL_WORDS})\s*:")


# "ACTION: Meg to send round the results.  DONE": the state as a sentence of its own after the task.
_STATUS_SENTENCE = lazy_compile(rf"(?<=[.!])\s+(?P<status>(?i:{ALL_STATUS_WORDS}))[.!]?\s*$")


def status_tail(text: str) -> tuple[str, str, str] | None:
    """(task, status, status words) of an action line that ends in its status ("... - in progress
    for website", "... available.  DONE"): the tail must open with the status, and the task keep more
    than a name."""
    m = _STATUS_TAIL.search(text)
    if m is None:
        m = _STATUS_SENTENCE.search(text)
    if not m or len(text[: m.start()].split()) < 2 or _TAIL_LABEL.match(m["status"]):
        return None  # "... - to do: Ann" names the owner, not the state
    status = status_of(" ".join(m["status"].split()[:STATUS_TAIL_LEAD_WORDS]))
    return (text[: m.start()].strip(), status, m["status"].strip()) if status else None


def status_update(text: str) -> tuple[str, str, str] | None:
    """(action wording, status, status words) of "... – in progress" update lines."""
    m = _STATUS_TAIL.search(text)
    if not m:
        return None
    status = status_of(m["status"])
    if status is None:
        return None
    return text[: m.start()].strip(), status, m["status"].strip()
