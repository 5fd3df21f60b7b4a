"""A question the meeting answers for itself: "Vote to accept the bid? Unanimous yes.", and a
question item with the room's answer nested under it ("Should this be the last meeting of the
year?" over "Consensus --- yes; next meeting in January"). GOLD.md: kind "other", carried.

A bare "Yes" answers the question just before it in the same point; an answer in a point of its
own is the room's only when it says so ("Consensus", "Unanimous", "All agreed"): a lone "yes"
under a question may be one person's reply.
"""

from __future__ import annotations

import re

from notes_extract.extractors.votes import read_votes
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import CONSENSUS_QUALIFIERS, ROOM_ANSWER_MARKS
from notes_extract.vocab.polls import POLL_LABELS

# "Yes", "Poll said yes": the meeting's answer, in the point of its question.
_ANSWER = lazy_compile(rf"^((the\s+)?({any_of(POLL_LABELS)})\s+(said|says|was|result\s+was)\s*:?\s+)?(yes|no)\b"
                      # "Should we write to the MP? Agreed — 18 for, 2 against.": the room's result answers it
                      r"|^\W*(agreed|carried|approved|passed)\b", re.I)
# "Unanimous yes", "Consensus --- yes", "Rough consensus: yes", "All agreed - yes": the room's own answer.
_ROOM_ANSWER = lazy_compile(rf"^\W*(?:(?:{any_of(CONSENSUS_QUALIFIERS)})\s+)?(?:{any_of(ROOM_ANSWER_MARKS)})"
                            r"\s*(?:[:,\-–—]+\s*)?(yes|no)\b", re.I)


def _question_before(points: list[list[str]], p: int, s: int) -> str | None:
    before = points[p][s - 1] if s > 0 else points[p - 1][-1] if p > 0 and points[p - 1] else ""
    return before.strip() if before.rstrip().endswith("?") else None


def answered_question(points: list[list[str]], p: int, s: int, section: str | None) -> Decision | None:
    """The decision a sentence makes by answering the question before it, or None."""
    sentence = points[p][s].strip()
    room = _ROOM_ANSWER.match(sentence)
    if not room and not (s > 0 and _ANSWER.match(sentence)):
        return None
    question = _question_before(points, p, s)
    if question is None:
        return None
    return Decision(text=f"{question} {sentence}", kind="other", outcome="carried", section=section,
                    votes=read_votes(sentence))  # "Agreed — 18 for, 2 against."
