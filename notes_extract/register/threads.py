"""Action threading: an action raised in one meeting, linked to its later mentions in the same series.

A later mention is an action of a later meeting (carried forward, a "previous actions" table, the
same task set again) or a point of a later "Matters arising" / "Review of actions" item. A mention
is linked to the thread whose raised wording it shares most (rapidfuzz's token-set ratio over the
content words, names and commitment words left out) when the owners agree, and only forward in
time. Weak evidence links nothing: too few shared words, a score under the thresholds, an owner who
differs, or two threads that fit about as well. Review points that fit no thread stay as unmatched
mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from notes_extract.extractors.status import STATUS_WORDS, status_of
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.spacy_import import english_stop_words
from notes_extract.vocab.actions import ASKING_VERBS, MODALS, PLEDGE_VERBS, REPORTING_VERBS

# Similarity (0-100, rapidfuzz token-set ratio of content words) a mention needs to join a thread,
# when it names the thread's owner:
REPORT_LINK_SIMILARITY = 75  # a report on earlier actions (a review point, an action with a status)
ACTION_LINK_SIMILARITY = 85  # a later action that restates the task (carried forward)
LINK_SIMILARITY_UNOWNED = 95  # either, when it names nobody: near-identical wording only
# A restated action carries a thread forward only from the meeting just before (further apart,
# "Cllr A will carry out the inspections" is the next turn of a rota, not the same task).
CARRIED_FORWARD_GAP = 1
MIN_SHARED_WORDS = 3  # content words both texts hold (fewer: the wording is too generic to tell)
AMBIGUITY_MARGIN = 5  # a runner-up thread this close to the best: no link, the evidence is split
# A word in more than this share of a series' actions and review points (and in at least
# COMMON_WORD_MIN_ITEMS of them) says nothing about which task it is ("clerk", "agenda", "inspections").
COMMON_WORD_SHARE = 0.02
COMMON_WORD_MIN_ITEMS = 5
LOOKBACK_MEETINGS = 6  # a thread not seen in this many meetings of its series takes no more mentions
CLOSED_STATUSES = ("done", "cancelled")

_WORD = lazy_compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _not_content() -> frozenset[str]:
    """Words that say nothing about which task it is: stop words (spaCy's, imported on first use) and
    commitment verbs."""
    return english_stop_words() | frozenset(MODALS + PLEDGE_VERBS + ASKING_VERBS + REPORTING_VERBS)


@dataclass(frozen=True)
class Item:
    """An action of a meeting, or a point of its review items: what may raise or mention a thread."""

    meeting_id: int
    text: str
    owners: tuple[str, ...] = ()
    status: str | None = None  # the action's status, or the status words a point states
    status_text: str | None = None
    action_id: int | None = None
    point_id: int | None = None
    reports: bool = False  # reports on earlier work: a point, an action with a status or carried over
    section: str | None = None  # the agenda item's title, lower-case
    review: bool = False  # a point of a review item ("Matters arising"): a mention even when unmatched


@dataclass
class SeriesMeeting:
    """One meeting of a series, in date order."""

    id: int
    dated: bool
    actions: list[Item]
    review_points: list[Item]
    topic_points: list[Item] = field(default_factory=list)  # points of the other items


@dataclass
class Mention:
    item: Item
    status: str | None
    similarity: float | None = None


@dataclass
class Thread:
    id: str
    raised: Item
    position: int  # the raising meeting's place in the series
    last_position: int
    last_meeting_id: int
    mentions: list[Mention] = field(default_factory=list)

    @property
    def status(self) -> str:
        for mention in reversed(self.mentions):
            if mention.status:
                return mention.status
        return self.raised.status or "open"


def point_status(text: str) -> str | None:
    return status_of(text)


def thread_series(meetings: list[SeriesMeeting],
                  thread_id: Callable[[Item], str]) -> tuple[list[Thread], list[Mention]]:
    """The threads of one series (``meetings`` in date order) and the review points no thread matched."""
    items = [item for m in meetings for item in (*m.actions, *m.review_points, *m.topic_points)]
    names = _name_words(item for m in meetings for item in m.actions)
    ignored = names | _common_words(items, names)
    threads: list[Thread] = []
    unmatched: list[Mention] = []
    for position, meeting in enumerate(meetings):
        active = [t for t in threads if meeting.dated and position - t.last_position <= LOOKBACK_MEETINGS]
        candidates = [*meeting.actions, *meeting.review_points, *meeting.topic_points] if meeting.dated else []
        links = _match(candidates, active, ignored, position)
        for item in meeting.actions:
            if id(item) not in links:
                threads.append(Thread(thread_id(item), item, position, position, meeting.id))
        for item in meeting.review_points:
            if id(item) not in links:
                unmatched.append(Mention(item, item.status))
        for item in candidates:
            if id(item) in links:
                thread, similarity = links[id(item)]
                thread.mentions.append(Mention(item, item.status, similarity))
                thread.last_position, thread.last_meeting_id = position, meeting.id
    return threads, unmatched


def _match(candidates: list[Item], threads: list[Thread], names: frozenset[str],
           position: int) -> dict[int, tuple[Thread, float]]:
    """Each candidate's thread, when the evidence is strong; one mention per thread and meeting."""
    if not candidates or not threads:
        return {}
    cand_words = [_content_words(c.text, names) for c in candidates]
    thread_words = [_content_words(t.raised.text, names) for t in threads]
    cand_texts, thread_texts = [" ".join(w) for w in cand_words], [" ".join(w) for w in thread_words]
    # A report may say more than the task (token-set ratio); a restated action must say the same (token-sort).
    report_scores = process.cdist(cand_texts, thread_texts, scorer=fuzz.token_set_ratio, workers=1)
    restated_scores = process.cdist(cand_texts, thread_texts, scorer=fuzz.token_sort_ratio, workers=1)
    proposals: list[tuple[float, int, int]] = []
    for ci, candidate in enumerate(candidates):
        scores = report_scores if candidate.reports else restated_scores
        fitting = [(float(scores[ci][ti]), ti) for ti in range(len(threads))
                   if _strong(candidate, cand_words[ci], threads[ti], thread_words[ti], float(scores[ci][ti]))
                   and _may_mention(candidate, threads[ti], position)]
        fitting.sort(reverse=True)
        if fitting and (len(fitting) == 1 or fitting[0][0] - fitting[1][0] >= AMBIGUITY_MARGIN):
            proposals.append((fitting[0][0], ci, fitting[0][1]))
    links: dict[int, tuple[Thread, float]] = {}
    taken: set[int] = set()
    for score, ci, ti in sorted(proposals, reverse=True):
        if ti not in taken:
            taken.add(ti)
            links[id(candidates[ci])] = (threads[ti], score)
    return links


def _may_mention(candidate: Item, thread: Thread, position: int) -> bool:
    """A restated action only carries on the thread of the meeting before; a point of an ordinary
    agenda item only reports on an action raised under an item of the same title."""
    if candidate.action_id is not None and not candidate.reports:
        return position - thread.last_position <= CARRIED_FORWARD_GAP
    if candidate.point_id is not None and not candidate.review:
        return bool(candidate.section) and candidate.section == thread.raised.section
    return True


def _strong(candidate: Item, words: list[str], thread: Thread, raised_words: list[str], score: float) -> bool:
    needed = REPORT_LINK_SIMILARITY if candidate.reports else ACTION_LINK_SIMILARITY
    if score < needed or len(set(words) & set(raised_words)) < MIN_SHARED_WORDS:
        return False
    agreement = _owners_agree(candidate, thread.raised)
    if agreement is False:
        return False
    return agreement or score >= LINK_SIMILARITY_UNOWNED


def _owners_agree(candidate: Item, raised: Item) -> bool | None:
    """True when the mention names the raised action's owner, False when it names someone else,
    None when it names nobody (or the raised action had no owner)."""
    raised_names = _name_words([raised])
    if not raised_names:
        return None
    if candidate.owners:
        return bool(_name_words([candidate]) & raised_names)
    text_words = {w.lower() for w in _WORD.findall(candidate.text)}
    return True if text_words & raised_names else None


def _name_words(items: object) -> frozenset[str]:
    return frozenset(w.lower() for item in items for owner in item.owners  # type: ignore[attr-defined]
                     for w in _WORD.findall(owner) if len(w) > 2)


def _common_words(items: list[Item], names: frozenset[str]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(set(_content_words(item.text, names)))
    limit = max(COMMON_WORD_MIN_ITEMS, COMMON_WORD_SHARE * len(items))
    return frozenset(word for word, count in counts.items() if count > limit)


def _content_words(text: str, names: frozenset[str]) -> list[str]:
    """The words that say what the task is: no stop words, commitment verbs, names or status words."""
    for pattern, _status in STATUS_WORDS:
        text = pattern.sub(" ", text)
    return [w for w in (w.lower() for w in _WORD.findall(text)) if w not in _not_content() and w not in names]


def is_open(status: str) -> bool:
    return status not in CLOSED_STATUSES
