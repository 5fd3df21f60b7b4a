"""Reports given in their giver's own words: a representative's, an officer's or
a body's account of what they did ("REPORT BY CLLR LEE", "Chairperson's Report"
followed by "During the year we have ..."). What such a report narrates was
done or decided elsewhere, so it is neither an action nor a decision of this
meeting; only motions put to the meeting and the giver's own promises for
the future ("I will report further ...") are."""

from __future__ import annotations

import re

from notes_extract.extractors.actions import Draft
from notes_extract.extractors.context import Context
from notes_extract.extractors.inline_due import read_due
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision, Point
from notes_extract.nlp import sentences
from notes_extract.people import is_known_role
from notes_extract.vocab.actions import AT_ONCE_WORDS, FIRST_PERSON_COMMITMENTS, MODALS, NOT_COMMITTED_VERBS
from notes_extract.vocab.build import any_of, any_of_patterns
from notes_extract.vocab.meetings import LATER_MEETING_WORDS
from notes_extract.vocab.sections import NARRATOR_PRONOUNS, REPORT_GIVEN_BY

# "Report by the Vicar", "Report from Cllr Lee", "Chairperson's Report", "Treasurer's report".
_GIVEN_REPORT = lazy_compile(rf"\b{REPORT_GIVEN_BY}\s+\S|^[\w .-]{{3,40}}?['’]s?\s+report\b", re.I)
_NARRATOR_PRONOUN = lazy_compile(rf"\b{any_of(NARRATOR_PRONOUNS)}\b", re.I)
# How many of the narrator's pronouns make an item's points a report in the giver's
# own words, rather than minutes that quote one sentence of it.
MIN_NARRATOR_PRONOUNS = 3
# Decisions a report can still record for the meeting: a motion put to it, a resolution.
_MEETING_DECISION_KINDS = ("motion", "resolution")
# "Cllr Lee will now give his report": said and done at the meeting, not a task.
_AT_ONCE = lazy_compile(rf"\b{any_of(MODALS)}\s+{any_of(AT_ONCE_WORDS)}\b", re.I)
# A giver's promise counts when it is for a later meeting ("I will report further at the next meeting");
# "I will repeat ...", "I will leave him to explain" are said there and then.
_LATER_MEETING = lazy_compile(rf"\b{any_of(LATER_MEETING_WORDS)}\s+(?:\w+\s+)?meeting", re.I)
# How much of a decision's or action's text finds the point it was read from.
_QUOTED_PREFIX = 40
# The giver's promise for the future: "I will speak more fully at the next meeting".
_GIVERS_PROMISE = lazy_compile(rf"\b{any_of_patterns(FIRST_PERSON_COMMITMENTS)}\s+(?!{any_of(NOT_COMMITTED_VERBS)}\b)"
                               rf"(?!{any_of(AT_ONCE_WORDS)}\b)[a-z]")


def narrated_points(title: str, points: list[Point]) -> list[str]:
    """The points of a report its giver narrates (a title naming a report given by
    someone, over points that speak in the first person) that are the giver's own
    words; none when the item is not such a report. Points in the meeting's voice
    ("After discussion it was agreed ...") are the meeting's, even under the report."""
    if not _GIVEN_REPORT.search(title):
        return []
    if sum(len(_NARRATOR_PRONOUN.findall(p.text)) for p in points) < MIN_NARRATOR_PRONOUNS:
        return []
    return [p.text for p in points if _NARRATOR_PRONOUN.search(p.text)]


def _narrated(text: str, narrated: list[str]) -> bool:
    return any(text[:_QUOTED_PREFIX] in point for point in narrated)


def meeting_decisions(decisions: list[Decision], narrated: list[str]) -> list[Decision]:
    """The decisions of a narrated report that the meeting itself took."""
    return [d for d in decisions if d.kind in _MEETING_DECISION_KINDS or d.proposer or d.seconder
            or not _narrated(d.text, narrated)]


def meeting_actions(drafts: list[Draft], narrated: list[str], ctx: Context) -> list[Draft]:
    """The actions of a report's points that are not the giver's narrative of what
    others will do: a task the report gives an attendee or an officer stays one."""
    return [d for d in drafts if not _narrated(d.text, narrated) or (
        d.owners and not _AT_ONCE.search(d.text)
        and all(ctx.roster.resolve(o) or is_known_role(strip_article(o)) for o in d.owners))]


def strip_article(text: str) -> str:
    return re.sub(r"^(the|our)\s+", "", text.strip(), flags=re.I)


def givers_promises(points: list[Point], giver: str | None, title: str, ctx: Context) -> list[Draft]:
    """The report giver's own commitments ("I will ..."), as actions of the giver."""
    if giver is None:
        return []
    return [Draft(text=sentence, owners=[giver], section=title, due=read_due(sentence, ctx)[0])
            for point in points for sentence in sentences(point.text)
            if not sentence.endswith("?") and _GIVERS_PROMISE.search(sentence) and _LATER_MEETING.search(sentence)]
