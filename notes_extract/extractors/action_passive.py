"""A task said in the passive with its doer named after "by": "The newsletter will be sent out by Dee.",
"Participant removal will be added by Yan by Friday." The doer owns it, as in "Dee will send the newsletter"."""

from __future__ import annotations

from collections.abc import Callable

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.nlp import sentences
from notes_extract.vocab.actions import PASSIVE_TASK_MODALS, PASSIVE_TASK_PARTICLES
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS, WEEKDAYS
from notes_extract.vocab.people import ROLE_WORDS

_WHO = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
# "... will be added by Yan", "... is to be collected by the Clerk": the modal, "be", a past participle
# (a word in -ed/-en/-wn/-t or one of few irregular ones), then "by" and the doer or doers.
_PASSIVE_TASK = lazy_compile(
    rf"^(?P<task>[A-Z][^.;:?!]*?)\s+{any_of(PASSIVE_TASK_MODALS)}\s+be\s+(?:[a-z]+ly\s+)?"
    rf"(?P<verb>[a-z]{{2,}}(?:ed|en|wn|nt|lt|ne|ht|ld|ng|de|ck|et|ut|id|ad))"
    rf"(?:\s+{any_of(PASSIVE_TASK_PARTICLES)})?\s+by\s+"
    rf"(?P<who>{_WHO}(?:\s*(?:,|\band\b|&|/|\bin\s+collaboration\s+with\b|\bwith\b)\s*{_WHO})*)"
    r"(?![\w'’-])")
_JOIN = lazy_compile(r"\s*(?:,|\band\b|&|/|\bin\s+collaboration\s+with\b|\bwith\b)\s*")


def passive_tasks(text: str, is_owner: Callable[[str], bool]) -> list[tuple[str, list[str]]]:
    """(sentence, doers) for each sentence of ``text`` that sets a task in the passive."""
    found = []
    for sentence in sentences(text) if " by " in text else ():
        if doers := passive_task(sentence, lambda who: is_owner(who) or _role(who)):
            found.append((sentence.strip(), doers))
    return found


def _role(who: str) -> bool:
    """"the Clerk", "the Treasurer": an office of the meeting (a body, "the department", is no owner)."""
    words = who.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in ROLE_WORDS


def passive_task(sentence: str, is_owner: Callable[[str], bool]) -> list[str] | None:
    """The doers a passive task names ("will be added by Yan" → ["Yan"]), when each is an owner
    (``is_owner``: an attendee, initials or a role); None for any other sentence ("by Friday", "by the
    department", "will be held by the school")."""
    m = _PASSIVE_TASK.match(sentence.strip())
    if m is None:
        return None
    doers = [part.strip().rstrip(".") for part in _JOIN.split(m["who"]) if part.strip(" .")]
    # "... by Adrian by Wednesday": a deadline after the doer is no doer; "sent by Friday" names no doer
    return doers if doers and all(is_owner(d) and d.lower() not in _DAYS for d in doers) else None


_DAYS = frozenset((*WEEKDAYS, *(str(month).lower() for month in MONTHS)))
