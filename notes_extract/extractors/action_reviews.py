"""Lines of a review of earlier actions: "88-1 This is ongoing", "ACTION 76.1: ...",
"A12: ...", "[3.2] ...", "Hannah: send the newsletter - done", "@ann update the site".

Each such line is one earlier action: its own number kept as the ref, its owner read
from the line, its status from the words that say it, origin previous_meeting.
"""

from __future__ import annotations

import re

from notes_extract.extractors.actions import Draft, name_like, point_actions, split_owners
from notes_extract.extractors.context import Context
from notes_extract.extractors.line_owners import OWNER_PREFIX, owner_list, verb_first
from notes_extract.extractors.status import status_of
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import ACTION_REF_LABELS, ALL_STATUS_WORDS, STATUS_VERBS

# The action's own number before its text: "[3.2]", "ACTION 76.1:", "A12:", "88-1 This ...".
# A bare number needs a part after a dot or dash ("88-1", "3.2"), and is followed by a capital or a
# separator; a letter before the number ("A12") needs a separator, so "Q3 figures" is no ref.
_REF = lazy_compile(
    r"^\s*(?:\[(?P<bracketed>[A-Z]{0,2}\d+(?:[.\-]\d+)*)\]\s*[:.\-–]?"
    rf"|(?:{ACTION_REF_LABELS})\s*(?P<labelled>\d+(?:[.\-]\d+)*)\s*[:.\-–]"
    r"|(?P<lettered>[A-Z]{1,2}\d+(?:[.\-]\d+)*)\s*[:\-–]"
    r"|(?P<numbered>\d+[.\-]\d+(?:[.\-]\d+)*)\s*(?:[:\-–)]|(?=\s+[A-Z])))\s*(?=\S)", re.I)
# A sentence that only gives the status ("Done.", "Carried forward.") at the end of the line.
_STATUS_SENTENCE = lazy_compile(rf"(?:^|(?<=[.;!]))\s*(?P<words>(?:{ALL_STATUS_WORDS}))\s*[.!]?\s*$", re.I)
# "This is ongoing", "now complete": the status said in a sentence about the action.
_STATUS_PHRASE = lazy_compile(rf"\b(?:{STATUS_VERBS})\s+(?:now\s+|still\s+)?(?P<words>(?:{ALL_STATUS_WORDS}))\b", re.I)
# "@ann update the site": a handle opening the line owns it.
_HANDLE_FIRST = lazy_compile(r"^(?P<who>@[\w-]+)[:,]?\s+(?P<task>\S.*)$")


def review_line(text: str, ctx: Context, *, section: str, reviews_actions: bool,
                said_of_point: bool = False) -> Draft | None:
    """The earlier action a line of a review states, or None when the line reads as discussion.
    ``reviews_actions``: the heading names actions ("Review of actions"), so a line that only
    gives a status counts too; under "Matters arising" a line needs a number or an owner.
    ``said_of_point``: the line is nested under a point that states no action ("Ann: let us
    know!" under "Website migration"), so a speaker's name before it makes it no action."""
    body, ref = text.strip(), None
    if m := _REF.match(body):
        ref = next(g for g in m.group("bracketed", "labelled", "lettered", "numbered") if g)
        body = body[m.end():].strip()
    body, status, status_words = _status(body)
    owned = _owner_first(body, ctx)
    if not body or not (ref or (owned and not said_of_point) or (status and reviews_actions)):
        return None
    handle = _HANDLE_FIRST.match(body)
    found = point_actions(handle["task"] if handle else body, ctx, section=section, labelled=True,
                          owners=[handle["who"]] if handle else None)
    if not found:
        return None
    draft = found[0]
    draft.ref, draft.origin, draft.section = ref, "previous_meeting", section
    if status and status_words:
        draft.status, draft.status_text = status, status_words  # type: ignore[assignment]
    elif draft.status_text is None:
        draft.status = "open"
    return draft


def _status(body: str) -> tuple[str, str | None, str | None]:
    """The line without a closing status sentence ("Done."), and the status the line gives."""
    if (m := _STATUS_SENTENCE.search(body)) and m.start() > 0:
        return body[: m.start()].strip(), status_of(m["words"]), m["words"]
    if m := _STATUS_PHRASE.search(body):
        return body, status_of(m["words"]), m["words"]
    return body, None, None


def _owner_first(body: str, ctx: Context) -> bool:
    """Whether the line opens with who owns it: "Hannah: ...", "Oskar - prune ...", "@ann ..."."""
    if _HANDLE_FIRST.match(body):
        return True
    m = OWNER_PREFIX.match(body)
    if m is None:
        return False
    owners = split_owners(m["who"])
    return owner_list(owners, ctx) or (verb_first(m["task"]) and all(name_like(o) for o in owners))
