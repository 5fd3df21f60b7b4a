"""The kind of decision a sentence records ("resolution", "agreement", "motion", "other"), or none:
the decision phrasings of the vocabulary, tried only when the sentence holds one of their trigger
words, and the checks that veto a kind (news of a decision taken elsewhere, one person's pledge,
a view shared)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from notes_extract.extractors.consent_lines import consent_line_kind, room_result
from notes_extract.extractors.decision_clauses import misplaced_decision_word
from notes_extract.extractors.motion_shorthand import is_shorthand_motion
from notes_extract.extractors.outcome_clauses import outcome_clause_kind
from notes_extract.extractors.team_decisions import team_choice_over_list, team_decision_kind, team_voice_undecided
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import attendance_label
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.actions import PLEDGE_VERBS
from notes_extract.vocab.build import any_of, first_letters_of
from notes_extract.vocab.decision_forms import MORE_DECISION_PHRASINGS, PREVIOUSLY_DECIDED
from notes_extract.vocab.decisions import (
    AGREED_WITH_VIEW,
    AIM_LABELS,
    APPROVED_ELSEWHERE,
    DECIDED_EARLIER,
    DECIDERS,
    DECIDING_BODIES,
    DECISION_PHRASINGS,
    DECISION_TRIGGERS,
    MOTION_TO_COME,
    OTHER_BODY_DECIDED,
    OWN_PERFECT_SUBJECTS,
    PERFECT_DECISION,
    REPORTED_DECISION,
    REPORTED_SPEECH_DECISION,
    RULING,
    TEAM_SUBJECTS,
)
from notes_extract.vocab.labels import APOLOGIES

DECISION_OPENERS: list[tuple[re.Pattern[str], str]] = [(RULING, "other")] + [
    (lazy_compile(pattern, re.I if ignore_case else 0), kind)
    for pattern, ignore_case, kind in (*DECISION_PHRASINGS, *MORE_DECISION_PHRASINGS)]
# One pass over a sentence finds the trigger words it holds (each at a word's start); a phrasing is tried
# only when the sentence holds a trigger word its pattern spells (most hold none; a ruling needs none).
_DECISION_TRIGGER = lazy_compile(rf"(?<!\w){first_letters_of(DECISION_TRIGGERS)}{any_of(DECISION_TRIGGERS)}", re.I)
# (the same in an ASCII text put in lower case: the engine compares letters without folding case, twice as fast)
_LOWER_DECISION_TRIGGER = lazy_compile(_DECISION_TRIGGER.pattern)
_PHRASING_TRIGGERS: list[tuple[re.Pattern[str], str, frozenset[str]]] = [
    (pattern, kind, frozenset(w for w in DECISION_TRIGGERS if w in pattern.pattern.lower()))
    for pattern, kind in DECISION_OPENERS[1:]]


def _openers(stripped: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The decision phrasings worth trying on ``stripped``, in their order: the ruling, and
    those whose pattern spells a trigger word the sentence holds."""
    if stripped.isascii():
        return _openers_for(frozenset(_LOWER_DECISION_TRIGGER.findall(stripped.lower())))
    return _openers_for(frozenset(m[0].lower() for m in _DECISION_TRIGGER.finditer(stripped)))


@cache  # one entry per set of trigger words met: a few hundred at most
def _openers_for(held: frozenset[str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    if not held.issubset(DECISION_TRIGGERS):
        return tuple(DECISION_OPENERS)  # a letter that matches one of ASCII's only when case is ignored ("ſ"): try all
    return (DECISION_OPENERS[0], *((pattern, kind) for pattern, kind, words in _PHRASING_TRIGGERS if words & held))




# "Move the stand-up to 10am (agreed)": the outcome marked in brackets after the point.
# "Ann proposed a lunch at the Crown; agreed.": the same mark after a semicolon or a spaced dash.
_OUTCOME_MARK = lazy_compile(r"(?:\(|;\s*|\s[–—]\s*)(agreed|approved|decided|accepted|adopted)"
                             r"(?:\s+unanimously)?\)?\W*$", re.I)
_OUTCOME_MARK_OPENERS = ("(", ";", "–", "—")  # one opens every _OUTCOME_MARK
# "Cy nominated Di as treasurer (passed)": a vote's result marked in brackets after what was put to it.
# ("Chair - Ann Lee (elected unopposed)": an officer's line, and its ballot's result)
_RESULT_MARK = lazy_compile(r"\((passed|carried|failed|defeated|rejected|(?:re-?)?elected|appointed|co-opted)"
                            r"(?:\s+(?:unopposed|unanimously|nem\.?\s*con\.?))?\)\W*$", re.I)
# "Raise the fee to £40 (agreed)", "... [agreed]", "... (passed 5-1)", "... (vote: 6 for, 1 against)",
# "... - all in favour", "... (consensus)": the room's result or its count marked after what was put to it
# ("(unanimous)" alone is left out: it also marks a recommendation reached elsewhere; it cost a held-out document)
_MARKED_RESULT = lazy_compile(r"\S\s*(?:[(\[]\s*(?:vote\s*[:\-–]\s*)?|\s[-–—]\s*)"
                              r"(?:(?:by\s+consensus|consensus|agreed|all\s+agreed|all\s+in\s+favou?r"
                              r"|nem\.?\s*con\.?|passed|carried|approved)(?:\s+unanimously)?(?:\s*[,:]?\s*\d{1,3}\s*[-–]\s*\d{1,3}"
                              r"(?:\s*[-–]\s*\d{1,3})?)?"
                              r"|\d{1,3}\s+(?:for|in\s+favou?r|yes|ayes?)\s*,\s*\d{1,3}\s+(?:against|opposed|no|nays?)"
                              r"(?:\s*,\s*\d{1,3}\s+(?:abstentions?|abstain(?:ed|ing)?))?)\s*[)\]]?\W*$", re.I)
_MARKED_RESULT_OPENERS = ("(", "[", "-", "–", "—")  # one opens every _MARKED_RESULT
# "...; no objections were raised", "... - all agreed": the room's bare assent after a semicolon, comma or spaced dash
_ASSENT_TAIL = lazy_compile(r"\S(?:[;,]|\s[-–—])\s*(?P<assent>[^;,–—]{3,60})$")
_ASSENT_MARKS = (";", ",", "-", "–", "—")  # one is in every _ASSENT_TAIL match (most sentences hold none)
_OTHER_BODY_DECIDED = lazy_compile(OTHER_BODY_DECIDED)
# "... and it was RESOLVED to", "it was resolved that": the meeting's resolution closing a motion's sentence
_RESOLVED_CLAUSE = lazy_compile(r"\bit\s+was\s+(?:\w+\s+)?(?:resolved|RESOLVED)\s+(?:to|that)\b|\bRESOLVED\b")
REPORTED_NEWS = lazy_compile(REPORTED_DECISION, re.I)
_APPROVED_ELSEWHERE = lazy_compile(APPROVED_ELSEWHERE, re.I)

_PERSON_AGREED = lazy_compile(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                              rf"{any_of(PLEDGE_VERBS)}\s+to\b")
# "Ann agreed with Bo that the hall is too small", "Cy agreed with her": one person siding with another, a view.
_PERSON_AGREED_WITH = lazy_compile(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:also\s+|fully\s+)?"
                                   r"agreed\s+with\s+(?:him|her|them|[A-Z][\w'’-]+)\b(?!\s*[:–—-])")
# "Decision on the new logo", "Decision about the venue": an agenda item naming the matter, nothing decided
# (not "Decision on the logo: keep the old one", "Decision on Friday for the quiz", "... was deferred").
_MATTER_ONLY = lazy_compile(r"^\W*decision\s+(?:on|about|regarding|re)\s+(?:the|a|an|whether|which|what|how|when|where|"
                            r"who|if|our|its|their)\b(?!.*[:–—]|.*\s-\s)"
                            r"(?!.*\b(?:is|are|was|were|will|has|have|had|be|been|made|taken|reached|deferred)\b)",
                            re.I)
_BODY_WORD = lazy_compile(rf"\b({DECIDERS}|group|everyone|all|{any_of(TEAM_SUBJECTS)})\b", re.I)
DECIDING_BODY = lazy_compile(rf"(the\s+)?({DECIDERS}|group|everyone|all|{any_of(TEAM_SUBJECTS)})", re.I)
_DECIDED_EARLIER = lazy_compile(f"{DECIDED_EARLIER}|{PREVIOUSLY_DECIDED}", re.I)
_REPORTED_SPEECH = lazy_compile(REPORTED_SPEECH_DECISION, re.I)
_PERFECT_DECISION = lazy_compile(PERFECT_DECISION, re.I)
_OWN_PERFECT_SUBJECT = lazy_compile(rf"{any_of(OWN_PERFECT_SUBJECTS)}", re.I)


def _decided_elsewhere(text: str) -> bool:
    """A decision the minutes report rather than take: at an earlier meeting, by another body
    ("ETSI has agreed ..."), or in someone's account of it ("Ann said the council agreed ...")."""
    if _DECIDED_EARLIER.search(text) or _REPORTED_SPEECH.search(text):
        return True
    return bool((m := _PERFECT_DECISION.match(text)) and not _OWN_PERFECT_SUBJECT.fullmatch(m["who"]))


_ASIDE = lazy_compile(r"\([^()]*\)")
# "**Goal**: Come to consensus on ...", "Aim - agree the budget": what an item is for.
_AIM_LINE = lazy_compile(rf"^\W*(?:{any_of(AIM_LABELS)})\W*\s*[:\-–]", re.I)
# ("Resolution 2025-01:", "Resolution No. 14:": the resolution's own number before the colon)
_RESOLVED_LABEL = lazy_compile(r"^(resolved|resolution)(\s+(no\.?\s*|#\s*)?[\w./-]*\d[\w./-]*)?\s*[:\-–]", re.I)
_UNANIMOUS_OPENING = lazy_compile(r"^unanimous(ly)?\b", re.I)
_ONE_PERSON_DECIDED = lazy_compile(r"^(she|he)\s+(also\s+)?(approved|agreed|decided)\b", re.I)
_MOTION_TO_COME = lazy_compile(MOTION_TO_COME, re.I)
_AGREED_WITH_VIEW = lazy_compile(AGREED_WITH_VIEW, re.I)
_CONDITIONAL = lazy_compile(r"^(if|unless)\s", re.I)
# "If Thames Water uses the field it was agreed that ...": decided on a condition, still decided
_DECIDED_ON_CONDITION = lazy_compile(r"^(if|unless)\s+(?!it\s+(was|is)\b)[^.]*?\s(it\s+was|the\s+\w+)\s+(\w+\s+)?"
                                     r"(agreed|resolved|decided)\s+(that|to)\b", re.I)
# "Approved: ________": a form's field left blank for a signature or date, deciding nothing yet.
_BLANK_FIELD = lazy_compile(r"^[^:_]{1,40}:\s*_{3,}[\s_]*$")
_QUORATE = TriggeredPattern(lazy_compile(r"\bdeemed\s+(to be\s+)?quorate\b", re.I), ("quorate",))
# "Nominations & Process (NAP): The Board approved ...", "Retreat Ad Hoc: Reviewed and approved the agenda.":
# a committee's or topic's name as a short label, then the sentence that decides (its phrasings open a sentence).
_LEADING_FIELD = lazy_compile(r"^[A-Z][\w&'’/.-]*(?:\s+[\w&'’/().-]+){0,5}?\s*:\s+(?=[A-Z])")
_BODY_OPENS = lazy_compile(rf"^(?:the\s+)?(?:\w+\s+)?{DECIDERS}\b|^it\s+was\b", re.I)
# "Budget (approved)" names a paper and its state; "Raise the fee to £40 (unanimous)" states what was decided.
MIN_MARKED_STATEMENT_WORDS = 3
# What follows such a label is a sentence of its own, not a field's value ("Status: Approved", "Vote: Unanimous").
MIN_FIELD_DECISION_WORDS = 4
# "approved", "adopted": a paper or a person approved (kind other) unless the sentence words an agreement
_APPROVAL = lazy_compile(r"\b(approved|adopted|accepted|endorsed|ratified|(re-?)?elected)\b", re.I)
_BARE_APPROVAL = lazy_compile(r"^\W*(approved|adopted|accepted|endorsed|ratified)(\s+(and|&)\s+\w+)?"
                              r"(\s+unanimously|\s+by\s+(all|everyone|everybody))?\W*$", re.I)
# ("Outcome: The terms were adopted.": the item's outcome, labelled as a decision)
_AGREEING = lazy_compile(r"\b(agree\w*|decid\w*|decisions?|consensus|concur\w*)\b"
                         r"|^\W*(outcomes?|conclusions?)\W*[:\-–]|^\W*we\b", re.I)  # ("We approved ...": the team's)
# "agreed that the newsletter should cover ... :", "decided to order the following:": a deciding verb, then a
# clause of at least three words of its own before the colon that opens its list
# ("The following dates were agreed to by members:" has no clause: its list is what it agreed, one per item)
_CLAUSE_OVER_LIST = lazy_compile(r"\b(agreed|decided|resolved)\s+(that|to(?!\s+(by|the|a|an|these|those|all)\b))"
                                 r"\s+\S+\s+\S+\s+\S+[^:]*:$", re.I)
# Distinct sentences whose kind is remembered: a sentence is asked about several times while
# its point is read (alone, after the line before it, as a motion's detail).
DECISION_KIND_CACHE_SIZE = 4096


def _other_body_decided(text: str) -> bool:
    """"... was accepted by the Charity Commission": another body's decision; one named as a deciding
    body of the meeting's kind ("accepted by the Parish Council") may be the meeting's own."""
    m = _OTHER_BODY_DECIDED.search(text)
    return bool(m) and m[0].split()[-1].lower() not in DECIDING_BODIES


@lru_cache(maxsize=DECISION_KIND_CACHE_SIZE)
def decision_kind(text: str) -> str | None:
    """The kind of decision ``text`` records, or None when it records none.

    An aside in parentheses ("(for which funding has been granted)") decides
    nothing, and a line that introduces a list ("... were elected:") is not
    the decision; its items are.
    """
    if any(mark in text for mark in _OUTCOME_MARK_OPENERS) and _OUTCOME_MARK.search(text):
        return "agreement"  # "Pick the venue (agreed)": the one aside that decides
    if any(mark in text for mark in _ASSENT_MARKS) and (tail := _ASSENT_TAIL.search(text)) and \
            room_result(tail["assent"]):
        # "Ann proposed raising the fee; no objections were raised.", "Fair in July - agreed by all"
        return decision_kind(tail["assent"]) or "other"  # ("no objections were raised": no agreement worded)
    if "(" in text and _RESULT_MARK.search(text):
        return "other"  # moved or not, a vote was taken (a mover named makes it a motion)
    stripped = _ASIDE.sub("", text).strip().lstrip("*_ ")
    if is_shorthand_motion(stripped) or is_shorthand_motion(text.strip().lstrip("*_ ")):
        return "motion"  # "M/S/C (Lee/Ode) to approve the minutes", "MSC (Lee/Ode) ...": moved, seconded
    if _RESOLVED_LABEL.match(stripped):
        return "resolution"  # labelled, even when a list of what it resolves follows
    if _AIM_LINE.match(stripped) or _BLANK_FIELD.match(stripped):
        return None  # "Goal: Come to consensus on ...": what the item is for; "Approved: ____" a blank
    if _UNANIMOUS_OPENING.match(stripped):
        return "other"  # "Unanimous adoption of previous minutes": a paper approved
    kind = _worded_kind(stripped) or _marked_result_kind(text)
    if kind == "motion" and _RESOLVED_CLAUSE.search(stripped):
        kind = "resolution"  # "Cllr Ingram proposed, Cllr Croft seconded and it was RESOLVED to buy ...": resolved
    if kind is None and ":" in stripped and (field := _LEADING_FIELD.match(stripped)) and \
            len((rest := stripped[field.end():]).split()) >= MIN_FIELD_DECISION_WORDS and \
            not _LEADING_FIELD.match(rest):
        # "Finance: The Board approved the budget." (not "Ann: Proposal: ...", a speaker putting a proposal)
        # the body itself decides after the label ("The Board approved ..."); a subjectless or bare result
        # ("Reviewed and approved ...", "HDWG: charter approved") is the labelled committee's report
        return decision_kind(rest) if _BODY_OPENS.match(rest) and _worded_kind(rest) != "motion" else None
    # "If we reach consensus we can ...": a hope, not a decision
    if kind is None or _CONDITIONAL.match(stripped) and not _DECIDED_ON_CONDITION.match(stripped):
        return None  # (the checks below only ever veto a kind: most sentences need none of them)
    if REPORTED_NEWS.search(stripped) or _APPROVED_ELSEWHERE.match(stripped) or _decided_elsewhere(stripped) or \
            _ONE_PERSON_DECIDED.match(stripped) or _MOTION_TO_COME.match(stripped) or \
            _AGREED_WITH_VIEW.search(stripped) or _other_body_decided(stripped):
        return None  # news of something decided elsewhere, or by one person, or a view shared
    if (m := _PERSON_AGREED.match(stripped)) and not DECIDING_BODY.fullmatch(m["who"].split()[-1]):
        return None  # "Anne agreed to circulate the paper": a task she took on ("The Steering Group agreed": a body)
    if (m := _PERSON_AGREED_WITH.match(stripped)) and not _BODY_WORD.search(m["who"]):
        return None  # "Ann agreed with Bo that ...": a view ("The Parish Council agreed with Cllr Lee" decides)
    if _MATTER_ONLY.match(stripped):
        return None  # "Decision on the new logo": the matter an agenda item names
    if misplaced_decision_word(stripped, _worded_kind) and not outcome_clause_kind(stripped):
        # "... until the details have been agreed in writing", "Cllr Ode agreed with Mr Lee" (but ", which were
        # adopted." closing the sentence is its news, not a clause aside)
        return None
    if (label := attendance_label(stripped)) and label.category == APOLOGIES:
        return None  # "Apologies were received and accepted from Mr Grant.": attendance, not a decision
    if kind == "agreement" and _APPROVAL.search(stripped) and not _AGREEING.search(stripped) and \
            not _BARE_APPROVAL.match(stripped):  # ("Accepted." alone: the room's assent to the item)
        return "other"  # "Agenda approved.", "The Board approved the budget": a paper approved, no agreement worded
    return kind


def _marked_result_kind(text: str) -> str | None:
    """"agreement" or "other" when ``text`` states something, then the room's result or count in brackets or
    after a dash ("Raise the fee to £40 (unanimous)", "... (vote: 6 for, 1 against)"), else None."""
    if not any(mark in text for mark in _MARKED_RESULT_OPENERS) or not (marked := _MARKED_RESULT.search(text)) or \
            len(text[:marked.start()].split()) < MIN_MARKED_STATEMENT_WORDS:
        return None
    return "agreement" if re.search(r"agreed|consensus", marked[0], re.I) else "other"


def _worded_kind(stripped: str) -> str | None:
    """The kind of decision the wording of ``stripped`` states, before asking who decided and when."""
    if stripped.endswith(":") and team_choice_over_list(stripped):
        return "agreement"  # "We also agreed on the Group Charter:" over the charter's text
    if stripped.endswith(":") and _CLAUSE_OVER_LIST.search(stripped):
        # "It was decided that the club would buy the following:": the sentence decides with a clause of
        # its own, the list only its details (a bare "It was agreed:" introduces decisions, one per item)
        return _worded_kind(stripped.rstrip(":").rstrip())
    if stripped.endswith(":") or _QUORATE.search(stripped):
        return None
    if team_voice_undecided(stripped):
        return None  # "We decided last week to ...", "We need to decide ...": not decided here
    for pattern, kind in _openers(stripped):
        if pattern.search(stripped):
            return kind
    # "We agreed to use X", "Settled on Y": a team's own prose; "All members were in agreement": the room's
    # "... the accounts, which were adopted.", "Approval was given for ...": what became of a paper or request
    return team_decision_kind(stripped) or consent_line_kind(stripped) or outcome_clause_kind(stripped)



def decides(sentence: str) -> bool:
    """Whether a sentence records a decision in itself, not only a motion's mover."""
    stripped = sentence.strip().lstrip("*_ ")
    return any(pattern.search(stripped) for pattern, kind in _openers(stripped) if kind != "motion")

