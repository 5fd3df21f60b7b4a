"""Work-split lines: who takes which part of the work, "Ann: slides, Raj, Tom: demo" or
"Drew (code) and Jacob (tests): wall detection". Each "names: task" pair is an action of
those people, not an item of the agenda named after the first of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import NOT_TOPICS
from notes_extract.segment.state import Context, Step
from notes_extract.vocab.people import GROUP_OWNERS, NOT_OWNERS, NOUN_ENDINGS, ROLE_WORDS

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# One person as a work split names them: a capitalised name of one or two words, with the
# part they take in brackets ("Jacob (calibration)").
_PERSON = lazy_compile(r"(?P<name>[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?: [A-Z][a-z]+)?)(?:\s*\([^()]{1,40}\))?")
# Words that read as a state or a thing, not a name ("Moved", "Pending", "Publication").
_NOT_A_NAME_ENDINGS = ("ed", "ing", *NOUN_ENDINGS)
_NOT_NAMES = frozenset({*NOT_OWNERS, *GROUP_OWNERS, *ROLE_WORDS})
_JOINER = lazy_compile(r"\s*(?:,|&|\band\b)\s*")
# Fewest people, or "names: task" pairs, that tell a work split from a label ("Venue: hall").
MIN_WORK_SPLIT_PEOPLE = 2
MAX_TASK_WORDS = 8


def _people(text: str) -> list[str] | None:
    """The names a list of people gives ("Drew (code) and Jacob"), or None if one is no name."""
    names: list[str] = []
    for part in _JOINER.split(text.strip()):
        m = _PERSON.fullmatch(part.strip())
        if not m or NOT_TOPICS.match(m["name"].split()[0]) or any(
                w.lower() in _NOT_NAMES or w.lower().endswith(_NOT_A_NAME_ENDINGS) for w in m["name"].split()):
            return None
        names.append(m["name"])
    return names or None


def work_split(text: str) -> list[tuple[list[str], str]]:
    """The (owners, task) pairs of a work-split line; [] for any other line."""
    pieces = [p.strip() for p in text.strip().rstrip(".").split(":")]
    if len(pieces) < 2 or not pieces[-1]:
        return []
    owners = _people(pieces[0])
    pairs: list[tuple[list[str], str]] = []
    for piece in pieces[1:-1]:
        # "Tone Detection, Drew, Emily": the task, then the people of the next pair
        parts = _JOINER.split(piece)
        cut = next((k for k in range(1, len(parts)) if _people(", ".join(parts[k:]))), None)
        if owners is None or cut is None:
            return []
        pairs.append((owners, ", ".join(parts[:cut])))
        owners = _people(", ".join(parts[cut:]))
    if owners is None:
        return []
    pairs.append((owners, pieces[-1]))
    if any(len(task.split()) > MAX_TASK_WORDS or not task for _, task in pairs):
        return []
    if len(pairs) < MIN_WORK_SPLIT_PEOPLE and len(pairs[0][0]) < MIN_WORK_SPLIT_PEOPLE:
        return []
    return pairs


def on_work_split(segmenter: _Segmenter, step: Step) -> bool:
    """A work-split line in the body: its tasks are actions (read by the actions extractor)."""
    if segmenter.state.context not in (Context.NONE, Context.ACTIONS) or not work_split(step.block.text):
        return False
    segmenter.seg.action_lines.append(step.block)
    return True
