"""Reports given in their giver's own words: a representative's, an officer's or
a body's account of what they did ("REPORT BY CLLR LEE", "Chairperson's Report"
followed by "During the year we have ..."). What such a report narrates was
done or decided elsewhere, so it is neither an action nor a decision of this
meeting; only motions put to the meeting and the giver's own promises for
the future ("I will report further ...") are."""

from __future__ import annotations

import re

from notes_extract.extractors.actions import Draft, read_due
from notes_extract.extractors.context import Context
from notes_extract.models import Decision, Point
from notes_extract.nlp import sentences
from notes_extract.vocab.actions import FIRST_PERSON_COMMITMENTS, NOT_COMMITTED_VERBS
from notes_extract.vocab.build import any_of, any_of_patterns
from notes_extract.vocab.sections import NARRATOR_PRONOUNS, REPORT_GIVEN_BY

# "Report by the Vicar", "Report from Cllr Lee", "Chairperson's Report", "Treasurer's report".
_GIVEN_REPORT = re.compile(rf"\b{REPORT_GIVEN_BY}\s+\S|^[\w .-]{{3,40}}?['’]s?\s+report\b", re.I)
_NARRATOR_PRONOUN = re.compile(rf"\b{any_of(NARRATOR_PRONOUNS)}\b", re.I)
# How many of the narrator's pronouns make an item's points a report in the giver's
# own words, rather than minutes that quote one sentence of it.
MIN_NARRATOR_PRONOUNS = 3
# Decisions a report can still record for the meeting: a motion put to it, a resolution.
_MEETING_DECISION_KINDS = ("motion", "resolution")
# The giver's promise for the future: "I will speak more fully at the next meeting".
_GIVERS_PROMISE = re.compile(rf"\b{any_of_patterns(FIRST_PERSON_COMMITMENTS)}\s+(?!{any_of(NOT_COMMITTED_VERBS)}\b)"
                             r"(?!now\b)[a-z]")


def narrated_report(title: str, points: list[Point]) -> bool:
    """Whether an item is a report its giver narrates: a title naming a report given
    by someone, over points that speak in the first person."""
    if not _GIVEN_REPORT.search(title):
        return False
    return sum(len(_NARRATOR_PRONOUN.findall(p.text)) for p in points) >= MIN_NARRATOR_PRONOUNS


def meeting_decisions(decisions: list[Decision]) -> list[Decision]:
    """The decisions of a narrated report that the meeting itself took."""
    return [d for d in decisions if d.kind in _MEETING_DECISION_KINDS or d.proposer or d.seconder]


def givers_promises(points: list[Point], giver: str | None, title: str, ctx: Context) -> list[Draft]:
    """The report giver's own commitments ("I will ..."), as actions of the giver."""
    if giver is None:
        return []
    return [Draft(text=sentence, owners=[giver], section=title, due=read_due(sentence, ctx)[0])
            for point in points for sentence in sentences(point.text)
            if not sentence.endswith("?") and _GIVERS_PROMISE.search(sentence)]
