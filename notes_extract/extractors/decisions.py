"""Decisions: resolutions, agreements, motions and votes."""

from __future__ import annotations

import re

from notes_extract.extractors.agenda_results import agenda_results
from notes_extract.extractors.consent_calls import consent_decisions
from notes_extract.extractors.consent_lines import (
    OUTCOME_OR_CONSENT,
    OUTCOME_OR_CONSENT_WORDS,
    bare,
    room_result,
)
from notes_extract.extractors.context import Context
from notes_extract.extractors.decision_antecedents import restates, reword_from_antecedent
from notes_extract.extractors.decision_checkboxes import ballot_box
from notes_extract.extractors.decision_items import item_moved, moved_with_result
from notes_extract.extractors.decision_kinds import DECIDING_BODY, REPORTED_NEWS, decides, decision_kind
from notes_extract.extractors.decision_leads import ELECTED_BARE, is_nomination, lead_of
from notes_extract.extractors.decision_leads import PROPOSES as _PROPOSES
from notes_extract.extractors.decision_reading import (
    ELECTION,
    LEADING_LABEL,
    complete_decision,
    outcome_of,
    read_decision,
)
from notes_extract.extractors.election_clauses import election_clauses
from notes_extract.extractors.loose_decision_runs import loose_decisions
from notes_extract.extractors.motion_followups import after_its_movers, is_bare_mover_line, is_bare_result
from notes_extract.extractors.motion_shorthand import bare_shorthand, fill_from_shorthand
from notes_extract.extractors.motion_steps import (
    MAX_BARE_RESULT_WORDS,
    bracketed_mover_and_seconder,
    carried_by_votes,
    ends_with_motion_result,
    is_motion_step,
    motion_turn,
    moved_in_words,
    moves_what_came_before,
    person_named,
    proposal_before,
    proposes_with_seconder,
    put_up_for_office,
    seconds_motion,
)
from notes_extract.extractors.motion_table_rows import table_decisions
from notes_extract.extractors.movers import MOVER_NAME, fill_proposer, is_mover_line
from notes_extract.extractors.owner_marks import is_owner_mark
from notes_extract.extractors.point_context import (
    line_carried_from,
    proposal_resolved_by,
    resolution_follows,
    statement_before,
)
from notes_extract.extractors.room_answers import answered_question
from notes_extract.extractors.text_match import block_points
from notes_extract.extractors.votes import JOINED, count_line, read_votes, tally_column, vote_fields_joined, with_column
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision, Votes
from notes_extract.nlp import sentences
from notes_extract.people import Roster
from notes_extract.segment import Segments, next_meeting_label
from notes_extract.segment.headings import names_movers
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import (
    CONTENTLESS_DECISION,
    MATTER_LEAD,
    MINUTES_SIGNED,
    MINUTES_SIGNED_WORDS,
    MOTION_BY_CLAUSE,
    MOTION_DETAIL_WORDS,
    MOTION_WITH_CONTENT_WORDS,
    OUTCOME_LABEL,
    PASSIVE_PROPOSAL,
    PROPOSING_WORDS,
    TEAM_ADVERBS,
    TEAM_AGREEING_VERBS,
    VOTE_CALL,
    VOTE_CALL_WORDS,
    VOTE_REPORT,
)
from notes_extract.vocab.decisions import MOTION_DETAIL as MOTION_DETAIL_FORMS
from notes_extract.vocab.decisions import MOTION_WITH_CONTENT as MOTION_WITH_CONTENT_FORMS


def extract_decisions(segments: Segments, ctx: Context, *, section_decisions: list[Decision]) -> list[Decision]:
    """Every decision of the meeting: those in running text outside any item,
    those the items' points record (``section_decisions``), and tables of motions."""
    loose = loose_decisions(segments.loose_blocks, lambda run, every: decisions_in(  # a table: row by row
        [sentences(text) for b in run for text, _ in block_points(b)], ctx.roster, section=None, all_decisions=every))
    # "The Committee agreed that the next meeting would be held on ...": a decision, its text also next_meeting's
    closing = decisions_in([sentences(b.text) for b in segments.next_meeting if next_meeting_label(b.text) is None],
                           ctx.roster, section=None)
    decisions = [d for _, d in loose] + section_decisions
    decisions += [d for _, d in closing if _BODY_DECIDES.match(d.text) and d.text not in {e.text for e in decisions}]
    # "Consent to agenda" over "No objections.": assent noted in points the items did not take
    decisions += consent_decisions([b.text for b in segments.loose_blocks], decisions, section=None)
    # "2. Review of minutes (passed)": an annotated agenda's results
    decisions += agenda_results(segments.agenda, {d.text for d in decisions})
    tables = segments.motion_tables
    return decisions + [d for table in tables for d in table_decisions(table, ctx.roster, complete_decision)]


_NAME = MOVER_NAME
# Only a motion's details ("Proposed: Tim, seconded: Matt.") or result ("Carried."): it completes the one above.
MOTION_DETAIL = TriggeredPattern(lazy_compile(MOTION_DETAIL_FORMS), MOTION_DETAIL_WORDS)
OUTCOME_ONLY = TriggeredPattern(lazy_compile(OUTCOME_OR_CONSENT, re.I), OUTCOME_OR_CONSENT_WORDS)
# "(b) That the matter be reviewed ...": a further part of the resolution above it
_RESOLUTION_PART = lazy_compile(r"^(\([a-z0-9]{1,3}\)\s*)?That\b")

_VOTE_CALL = TriggeredPattern(lazy_compile(VOTE_CALL, re.I), VOTE_CALL_WORDS)
_VOTE_REPORT = lazy_compile(VOTE_REPORT)
_MOTION_BY_CLAUSE = lazy_compile(MOTION_BY_CLAUSE, re.I)
_PASSIVE_PROPOSAL = lazy_compile(PASSIVE_PROPOSAL, re.I)
_OUTCOME_LABEL = lazy_compile(OUTCOME_LABEL, re.I)
# "DM called for a vote": who called it, the motion's proposer.
_CALLER = lazy_compile(rf"^(?P<name>{_NAME})\s+(?:called|calls|asked|requested|put)\b")
# "On the matter of the regatta, Ann moved, Bo seconded ...": the sentence names what was moved itself
# (a topic's label may come first: "Regatta: On the matter of ...").
_MATTER_FIRST = lazy_compile(rf"^(?:[^:]{{0,120}}:\s+)?\W*(?i:{MATTER_LEAD})\s*{_NAME}\s+(?:moved|proposed|motioned)\b")




# "The Committee agreed that ...", "It was agreed ...": a decision with the body that took it named
# (under the next-meeting heading a bare "Agreed to target the 20th" only sets a date).
_BODY_DECIDES = lazy_compile(rf"^(it\s+was|{DECIDING_BODY.pattern})\s+({any_of(TEAM_ADVERBS)}\s+)?"
                             rf"{any_of(TEAM_AGREEING_VERBS)}\b", re.I)

_ROLL_VOTE = lazy_compile(r"\bvoted\s+(in\s+favou?r|for|against)\b|\babstain(ed|s)?\b|\bopposed\b", re.I)


def decisions_in(points: list[list[str]], roster: Roster, *, section: str | None,
                 all_decisions: bool = False) -> list[tuple[int, Decision]]:
    """The decisions a run of points records, each with the index of its point.

    ``points`` holds each point's sentences. A sentence giving only a motion's
    mover and seconder, or only its result, completes the decision before it
    (and makes a motion of the sentence it follows); ``all_decisions`` says
    every point is a decision (under a "Conclusions:" or "Decisions:" label).
    """
    points = vote_fields_joined(points)
    run = _DecisionRun(points, roster, section, all_decisions)
    for p, point_sentences in enumerate(points):
        if point_sentences == [JOINED]:
            continue  # a count already read with the line above it
        for s, sentence in enumerate(point_sentences):
            if _LIST_NUMBER.fullmatch(sentence.strip()):
                continue  # "1." typed before "That the precept be set ...": the list's number, no sentence
            run.read(p, s, sentence)
        run.previous = run.previous if len(point_sentences) else None
    if run.pending and section and not run.found and (moved := item_moved(section, run.pending, roster)):
        for detail in run.pending:
            complete_decision(moved, detail, roster)  # its result, when the details give one
        run.found.append((len(points) - 1, moved))
    for _, decision in run.found:
        bracketed_mover_and_seconder(decision, roster)
    return run.found


# "1.", "(b)", "iv)": a typed list number the sentence splitter cut off as a sentence of its own.
_LIST_NUMBER = lazy_compile(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]", re.I)
_ROUND_RESULT = lazy_compile(r"\b(carried|passed|approved)\b", re.I)
_UNANIMOUS = lazy_compile(r"\bunanimous", re.I)
_AGREED = lazy_compile(r"\bagreed\b", re.I)
# "MOTION CARRIED 4-1 [AYES: Lee, Ode; NOES: Fry]": a result naming its voters in brackets
_NAMED_RESULT = lazy_compile(r"\[[^\[\]\d]{1,300}\]\W*$")
_IN_FAVOUR = lazy_compile(r"\bin\s+favou?r\b", re.I)
_MINUTES_SIGNED = TriggeredPattern(lazy_compile(MINUTES_SIGNED, re.I), *MINUTES_SIGNED_WORDS)
_MINUTES = lazy_compile(r"\bminutes\b", re.I)
_FINITE_VERB = lazy_compile(r"\b(is|are|was|were|will|would|has|have)\b", re.I)
# A short fragment after a decision that completes its wording ("Thumb up to proceed. Pull request style planning").
MAX_TRAILING_FRAGMENT_WORDS = 6


class _DecisionRun:
    """Reads a run of points sentence by sentence; each sentence either
    completes a decision already found or states a new one."""

    def __init__(self, points: list[list[str]], roster: Roster, section: str | None, all_decisions: bool) -> None:
        self.points, self.roster, self.section, self.all_decisions = points, roster, section, all_decisions
        self.found: list[tuple[int, Decision]] = []
        self.previous: Decision | None = None  # the decision of the sentence just before
        self.open_motion: Decision | None = None  # the latest decision still without a result
        self.pending: list[str] = []  # "Proposed X" / "Seconded Y" lines before what they propose
        self.after_outcome: Decision | None = None  # the decision a "Motion passed." just completed
        self.pending_votes: Votes | None = None  # counts given before the decision they belong to
        self.vote_call: tuple[int, Decision] | None = None  # a vote called in this point, and its decision
        self.roll: dict[str, int] = {}  # the votes its members' sentences report, one by one
        self.seconded_statement: Decision | None = None  # "Ann proposes X. Bob seconded.": X alone is its text
        self.resolving = False  # a line "And Resolved:" was read: the next statement is the resolution
        self.tallied: Decision | None = None  # the motion whose tally lines are being read
        self.moved: Decision | None = None  # the decision whose mover's, seconder's or count line was read last

    def _vote_reported(self, p: int, sentence: str) -> bool:
        """"Google seconded and voted in favor.", "With four votes in favor the motion passed.":
        a sentence of the vote called earlier in the point, part of that one decision."""
        if self.vote_call is None or self.vote_call[0] != p:
            return False
        decision = self.vote_call[1]
        stated = read_votes(sentence)
        if not (_VOTE_REPORT.match(sentence.strip()) or stated or OUTCOME_ONLY.match(sentence) or
                re.search(r"\b(motion|vote|proposal)\b", sentence, re.I) and outcome_of(sentence)):
            return False
        decision.text = f"{decision.text} {sentence.strip()}"
        complete_decision(decision, sentence, self.roster)
        if stated is None and (vote := _ROLL_VOTE.search(sentence)):
            column = "abstain" if vote[0].lower().startswith("abstain") else \
                "against" if re.search(r"against|opposed", vote[0], re.I) else "for"
            self.roll[column] = self.roll.get(column, 0) + 1
            if not self.roll.get("stated"):
                decision.votes = Votes(**{"for": self.roll.get("for", 0), "against": self.roll.get("against", 0),
                                          "abstain": self.roll.get("abstain", 0)})
        elif stated is not None:
            decision.votes, self.roll["stated"] = stated, 1
        return True

    def read(self, p: int, s: int, sentence: str) -> None:
        if _RESOLVED_LEAD.match(sentence):
            self.resolving = True  # "And Resolved:" over the resolution's wording on the next line
            return
        if (turn := motion_turn(sentence)) and self._motion_turn(p, s, *turn):
            return
        if clauses := election_clauses(sentence):
            for clause in clauses:  # "Ann was elected Chair (...); Bo was elected Secretary (...)": one each
                self._read_statement(p, s, clause)
            return
        if (box := ballot_box(sentence)) and OUTCOME_ONLY.match(box.choice):
            if not box.ticked:
                return  # "[ ] FAILED" under "[X] PASSED": a choice the form offered, not the result
            sentence = box.choice
        if self._shorthand_after(p, s, sentence):
            return
        if self._tally_line(p, sentence) or self._vote_reported(p, sentence) or self._motion_step(p, s, sentence):
            return
        self._read_statement(p, s, sentence)

    def _shorthand_after(self, p: int, s: int, sentence: str) -> bool:
        """"Minutes adopted. M/S/C Nwosu/Marsh.": the shorthand moves and seconds the decision before."""
        target = self.previous or self.open_motion or self.after_outcome
        if not bare_shorthand(sentence):
            return False
        if target is None and s > 0:  # "The fee rises to £40. M/S/C Lee/Ode.": the statement before is moved
            target = Decision(text=self.points[p][s - 1].strip(), kind="motion", section=self.section)
            self.found.append((p, target))
        if target is None:
            return False
        target.text = f"{target.text} {sentence.strip()}"
        fill_from_shorthand(target, sentence, self.roster)
        self.previous = target
        self.open_motion = target if target.outcome is None else None
        return True

    def _tally_line(self, p: int, sentence: str) -> bool:
        """"For: 6" / "Against: 1" / "Abstain: Cy, Di" as points of their own under a motion: its votes,
        read column by column; a "Carried." after them is still its result."""
        if not self.found or (column := tally_column(sentence)) is None:
            return False
        at, motion = self.found[-1]
        if motion.kind != "motion" or not (at == p - 1 or motion is self.tallied):
            return False
        motion.votes = with_column(motion.votes, *column)
        self.previous, self.open_motion, self.tallied = None, motion, motion
        return True

    def _motion_turn(self, p: int, s: int, speaker: str, said: str, seconds: bool) -> bool:
        """"Ann: Move to adjourn." then "Bo: Seconded.": Ann moves a motion, Bo seconds it."""
        target = self.previous or self.open_motion
        if seconds:
            if target is None:
                return False
            target.seconder = target.seconder or person_named(speaker, self.roster)
            self.previous, self.open_motion = None, (target if target.outcome is None else None)
            return True
        found_before = len(self.found)
        self._read_statement(p, s, said)
        if len(self.found) == found_before:
            motion = Decision(text=said, kind="motion", section=self.section)
            self.found.append((p, motion))
            self.previous, self.open_motion = motion, motion
        motion = self.found[-1][1]
        motion.proposer = motion.proposer or person_named(speaker, self.roster)
        return True

    def _read_statement(self, p: int, s: int, sentence: str) -> None:
        if sentence.rstrip().endswith("?"):
            return  # "... we voted for four new firefighters, what is happening with that?": asked, not decided
        kind = decision_kind(sentence)
        if kind is not None and (lead := line_carried_from(self.points, p, s)) and \
                decision_kind(f"{lead} {sentence}") is None:
            return  # "At the AGM held in May" / "it was decided ...": the line before says when
        if self._vote_counts(sentence) or self._ballot_of_nomination(p, sentence):
            return
        if self.after_outcome is not None and kind in ("agreement", "other") and \
                outcome_of(sentence) in (None, "carried") and not _MOTION_WITH_CONTENT.search(sentence) and \
                not _PROPOSES.search(sentence) and not _MINUTES_SIGNED.search(sentence) and restates(sentence):
            # (not "Bo proposed a lunch; agreed.", nor "Chair Lee tabled the minutes.": a decision of its own)
            self.after_outcome = None  # "Motion passed. July 15 minutes approved.": the same decision, restated
            return
        self.after_outcome = None
        if self._outcome_only(p, s, sentence) or self._motion_detail(p, s, sentence) or \
                self._minutes_signed_after_their_motion(p, sentence):
            return
        self._new_decision(p, s, sentence, kind)

    def _ballot_of_nomination(self, p: int, sentence: str) -> bool:
        """"Ann proposed that Jo be re-elected; Bo seconded. Elected unanimously.": the result ends the nomination."""
        nomination = self.found[-1][1] if self.found and self.found[-1][0] == p else None
        if nomination is None or nomination.proposer is None or not ELECTED_BARE.match(sentence) or \
                not ELECTION.search(nomination.text):
            return False
        nomination.text, nomination.kind = f"{nomination.text} {sentence.strip()}", "other"
        complete_decision(nomination, sentence, self.roster)
        self.previous = self.open_motion = None
        return True

    def _minutes_signed_after_their_motion(self, p: int, sentence: str) -> bool:
        """"The Council was all in favour and the Minutes were signed." after their motion (or its result)."""
        target = self.previous or self.open_motion or next((d for k, d in self.found[-1:] if k >= p - 1), None)
        if target is None or not _MINUTES_SIGNED.search(sentence) or not _MINUTES.search(target.text):
            return False
        target.text = f"{target.text} {sentence.strip()}"
        complete_decision(target, sentence, self.roster)
        if target.outcome is None and _IN_FAVOUR.search(sentence):
            target.outcome = "carried"
        return True

    def _motion_step(self, p: int, s: int, sentence: str) -> bool:
        """"This was seconded by Bo. 9 votes for, nil against.": a further sentence of the point's
        motion ("Ann moved that ..."), or the line after it ("Motion seconded by Bo, motion carried."),
        part of its text, giving its seconder, votes or result."""
        if not self.found or not is_motion_step(sentence) or \
                self.found[-1][0] != p and not (self.found[-1][0] == p - 1 and s == 0 and
                                                (seconds_motion(sentence) or ends_with_motion_result(sentence))) \
                and not (s == 0 and self._motion_lines_between(self.found[-1][0], p)):
            return False
        motion = self.found[-1][1]
        if not moved_in_words(motion) or motion.text.endswith(sentence.strip()):
            return False
        if motion.outcome is not None and ELECTION.search(sentence):
            return False  # "Motion carried. ... Ann elected; 4 yeas": the ballot after the motion, a decision
        if motion is not self.seconded_statement and self.found[-1][0] == p:
            # "Ann proposes X. Bob seconded. Carried.": X alone is its text, as is a motion seconded on the next line
            motion.text = f"{motion.text} {sentence.strip()}"
        complete_decision(motion, sentence, self.roster)
        if motion.outcome is None and (_IN_FAVOUR.search(sentence) and read_votes(sentence) is None or
                                       _UNANIMOUS.search(sentence)):
            motion.outcome = "carried"  # "The meeting was all in favour." (not "2 in favour, 5 opposed")
        carried_by_votes(motion)
        if motion.proposer is None and ELECTION.search(sentence):
            motion.kind = "other"  # "It was proposed and seconded that Ann remain Chair ... duly elected": an election
        self.previous, self.open_motion, self.moved = None, (motion if motion.outcome is None else None), motion
        self.after_outcome = motion if OUTCOME_ONLY.match(sentence) else None  # ("Motion passed." restated next)
        return True

    def _motion_lines_between(self, motion_point: int, p: int) -> bool:
        """Whether the points between a motion and point ``p`` name its mover and seconder, one per point
        ("Moved: Steve" / "Second: Michael" as bullets under it, then "Carried without dissent.")."""
        between = self.points[motion_point + 1:p]
        return bool(between) and all(len(point) == 1 and (is_mover_line(point[0]) or seconds_motion(point[0]) or
                                                          count_line(point[0])) for point in between)

    def _proposal_resolved(self, resolution: Decision) -> Decision | None:
        return proposal_resolved_by(self.found, resolution)

    def _vote_counts(self, sentence: str) -> bool:
        """"Vote (For 6, 0 Against)": counts for the decision before, or the next one."""
        if not count_line(sentence):
            return False
        target = self.previous or self.open_motion
        if target is None:
            self.pending_votes = read_votes(sentence)  # "Votes: 5 for, 2 against." before the result
            return True
        target.votes = target.votes or read_votes(sentence)
        if target.outcome is None and _ROUND_RESULT.search(sentence):
            target.outcome = "carried"
        carried_by_votes(target)
        return True

    def _outcome_only(self, p: int, s: int, sentence: str) -> bool:
        """"Motion approved.": the result of the decision before."""
        assent_only = not OUTCOME_ONLY.match(sentence)  # "The fee rises to £40. All agreed.": the statement before
        seconded = after_its_movers(self.points, p, s, self.moved, result_only=True)  # "Seconded by Bo" / "All agreed"
        if seconded is None and self.open_motion is not None and is_bare_result(sentence):
            seconded = self.open_motion  # "motion to pass the minutes: Greg. Second by Judy. All agreed"
        if assent_only and not seconded and not (s > 0 and room_result(sentence) and self.previous is None and
                                                 self.open_motion is None and not self.pending):
            return False
        target = self.previous or self.open_motion or self._tallied_motion(p, s) or self._moved_just_before(p, s) \
            or seconded
        if target is None and _OUTCOME_LABEL.match(sentence) and \
                (before := statement_before(self.points, p, s)):
            target = Decision(text=before, kind="other", section=self.section)  # "Outcome: Approved, 8 to 4"
            self.found.append((p, target))
        elif target is None and not assent_only and (moved := proposal_before(self.points, p, s)):
            # "Ann proposed that Bo be invited." then "Motion carried unanimously.": the result of that motion
            if (target := next((d for _, d in self.found if d.text == moved), None)) is None:  # (read already)
                target = Decision(text=moved, kind="motion", section=self.section)
                fill_proposer(target, moved, self.roster)
                self.found.append((p, target))
            self.previous = None
        elif target is None and s > 0 and (
                len(sentence.split()) <= MAX_BARE_RESULT_WORDS or room_result(sentence) or
                bare(sentence, bool(self.pending)) and not any(  # (a clause after a mover's line; not when a motion
                    _MOTION_WITH_CONTENT.search(t) for t in self.points[p][s + 1:s + 2])):  # words it next)
            # "Request to open a second account. Granted.": the sentence before (and a count: "For 22.") decides
            first = s - 1 if self.pending_votes is None or s < 2 else s - 2
            said = " ".join(t.strip() for t in self.points[p][first:s + 1])
            kind = "motion" if self.pending or not bare(sentence) and _PUT_FORWARD.search(self.points[p][first]) \
                else "agreement" if bare(sentence) or room_result(sentence) and _AGREED.search(sentence) \
                else "other"  # (the room's consent to what was said: agreed; "Agreed by all.")
            target = Decision(text=said, section=self.section, votes=self.pending_votes, kind=kind)  # type: ignore
            complete_decision(target, " ".join(self.pending), self.roster)  # a mover's line waiting for its content
            self.pending_votes, self.pending = None, []
            self.found.append((p, target))
        if target is None:
            return False
        complete_decision(target, sentence, self.roster)
        if target.outcome is None and (_IN_FAVOUR.search(sentence) or bare(sentence) or room_result(sentence)):
            target.outcome = "carried"  # "The meeting was all in favour."
        if target is self.previous and not (_NAMED_RESULT.search(sentence) and self._found_before(p, target)) \
                and not target.text.endswith(sentence.strip()):  # (a short result already read as its fragment)
            target.text = f"{target.text} {sentence.strip()}"  # a result on a line of its own that names
            # its voters ("MOTION CARRIED UNANIMOUSLY [Lee, Ode]") is not part of the motion's text
        self.previous = self.open_motion = None
        self.after_outcome = target
        return True

    def _tallied_motion(self, p: int, s: int) -> Decision | None:
        """"For: 12" / "Against: 4" then "The motion was carried.": the motion the tally just above
        already carried, when only its mover's, seconder's and count lines stand between."""
        if s or not self.found or (motion := self.found[-1][1]).kind != "motion" or motion.votes is None:
            return None
        between = self.points[self.found[-1][0] + 1:p]
        steps = all(len(point) == 1 and (point[0] == JOINED or is_mover_line(point[0]) or names_movers(point[0])
                                         or seconds_motion(point[0]) or read_votes(point[0]) is not None)
                    for point in between)
        return motion if between and steps else None

    def _moved_just_before(self, p: int, s: int) -> Decision | None:
        """"Minutes approved. Moved by Ann, seconded by Bo. Unanimous.": the decision whose movers the
        sentence before named, already decided, takes the count or result after them."""
        before = self.points[p][s - 1] if s else ""
        if not before or not self.found or self.found[-1][0] != p or not MOTION_DETAIL.search(before) or \
                _MOTION_WITH_CONTENT.search(before) or decides(before):
            return None
        return self.found[-1][1]

    def _found_before(self, p: int, decision: Decision) -> bool:
        """Whether ``decision`` was found in a point before point ``p``."""
        return any(d is decision and at < p for at, d in self.found)

    def _motion_detail(self, p: int, s: int, sentence: str) -> bool:
        """The mover of the decision before, of the statement before it or of the one to come ("Proposed: Tim.")."""
        if not MOTION_DETAIL.search(sentence) or decides(sentence) or _MOTION_BY_CLAUSE.match(sentence.strip()) \
                or proposes_with_seconder(sentence) or _MATTER_FIRST.match(sentence.strip()) or \
                _PASSIVE_PROPOSAL.match(sentence.strip()):  # "The accounts were proposed by Ann, seconded by Bo."
            return False
        target = self.previous
        if target is not None and self.found and self.found[-1][0] != p and self._moves_own_content(sentence):
            return False  # a point of its own saying what it moves ("Proposed by A ... - the clerk be appointed.")
        if target is None and self.open_motion is None and is_bare_mover_line(sentence):
            target = after_its_movers(self.points, p, s, self.moved)  # "Moved: Ann" / "Seconded: Bo" of a resolution
        if target is None and (not _MOTION_WITH_CONTENT.search(sentence) or names_movers(sentence)):
            if resolution_follows(self.points, p, s):
                # "Upon motion duly made and seconded ... It was therefore: RESOLVED: ...": that line;
                # "Proposed by Ann;" / "Seconded by Bo;" / "And Resolved:": its movers
                self.pending.append(sentence)
                return True
            before = statement_before(self.points, p, s)
            if before is not None and _RESOLUTION_NUMBER.match(before):
                before = None  # "Resolution number KP/2019/64" over "MOVED by ...": its number; its words follow
            if before is not None and self.open_motion is not None and (names_movers(before) or is_mover_line(before)):
                target = self.open_motion  # "Moved: Dev. Seconded: Alice.": the field after a mover's field
            elif before is None or self.pending:
                self.pending.append(sentence)  # what it proposes comes next
                return True
            else:
                target = self._moved_statement(p, before)
        if target is None:
            return False
        if target.kind != "resolution":  # "RESOLVED: ..." then "Proposed: Ann": still the meeting's resolution
            target.kind = "other" if put_up_for_office(target.text) else "motion"  # an election
        if target is self.previous and bare(target.text) and _MOTION_WITH_CONTENT.search(sentence):
            target.text = sentence.strip()  # "The Committee was in agreement. It was proposed ... that ...": its words
        elif target is self.previous and moves_what_came_before(sentence):
            target.text = f"{target.text} {sentence.strip()}"  # "That X be adopted. Ann moved that this be accepted."
        complete_decision(target, sentence, self.roster)
        if _UNANIMOUS.search(sentence) and target.outcome is None:
            target.outcome = "carried"
        self.previous, self.moved = None, target
        self.open_motion = target if target.outcome is None else None
        return True

    def _moved_statement(self, p: int, before: str) -> Decision:
        """The statement before a mover's line, made a motion ("Carried." may still follow)."""
        target = Decision(text=LEADING_LABEL.sub("", before).strip() or before, kind="motion", section=self.section)
        if not moved_in_words(target):  # "Ann moved that ..." takes its seconder's and result's sentences
            self.seconded_statement = target
        fill_proposer(target, before, self.roster)  # "Ann proposes to ... Bob seconded.": Ann moved it
        self.found.append((p, target))
        self.open_motion = target
        return target

    @staticmethod
    def _moves_own_content(sentence: str) -> bool:
        return bool(_MOTION_WITH_CONTENT.search(sentence)) and not names_movers(sentence) and \
            not moves_what_came_before(sentence)

    def _new_decision(self, p: int, s: int, sentence: str, kind: str | None) -> None:
        if _VOTE_CALL.search(sentence) and not REPORTED_NEWS.search(sentence):
            kind = "motion"  # the votes and result follow in the point's next sentences
        if kind is None and _RESOLUTION_PART.match(sentence) and self.found and \
                self.found[-1][1].kind == "resolution" or self.resolving:
            kind, self.resolving = "resolution", False
        elif kind is None and self.pending and _RESOLUTION_PART.match(sentence):
            kind = "motion"  # "Moved: Ann" / "Seconded: Bo" then "That the fee be $20.": the motion's wording
        # "Put up posters to advertise? Yes", "Vote to accept the bid? Yes.": a question the meeting answers
        decision = answered_question(self.points, p, s, self.section) or \
            read_decision(sentence, self.roster, section=self.section,
                          kind=kind or ("motion" if MOTION_DETAIL.search(sentence) else None)
                          or ("agreement" if self.all_decisions else None))
        if decision is not None and not (self.found and self.found[-1][0] >= p - 1):  # "The motion was carried."
            reword_from_antecedent(decision, self.points, p, s, sentence, self.section, self.roster)
        if decision is not None:
            in_point = bool(self.found) and self.found[-1][0] == p
            lead, elects = lead_of(self.points[p], s, found_in_point=in_point,
                                   previous_in_point=in_point and self.previous is not None)
            decision.text = f"{lead} {decision.text}" if lead else decision.text
            decision.kind = "other" if elects else decision.kind
        if decision is None or _CONTENTLESS.fullmatch(decision.text.strip(" .")):
            self.previous = None  # "nem. con." beside an item's name: a result with no decision before it
            return
        if decision.kind == "resolution" and (proposal := self._proposal_resolved(decision)):
            proposal.kind, proposal.outcome, proposal.text = "resolution", decision.outcome or "carried", decision.text
            self.previous, self.open_motion = proposal, None  # "PROPOSAL: X" then "RESOLVED: X": one decision
            return
        if (self.all_decisions or decision.kind == "resolution") and decision.outcome is None:
            decision.outcome = "carried"
        if self.pending:
            if OUTCOME_ONLY.match(sentence) and (said := moved_with_result(self.pending, sentence) or self.section):
                decision.text = said  # "## Adopt Bylaws", "Proposed by: Ann", "Carried.": the item's heading
            decision.kind = "resolution" if decision.kind == "resolution" else \
                "other" if ELECTED_BARE.match(sentence) else "motion"  # "Elected unanimously": a ballot's result
            for detail in self.pending:
                complete_decision(decision, detail, self.roster)
            self.pending = []
        if self.pending_votes is not None:
            decision.votes = decision.votes or self.pending_votes
            self.pending_votes = None
        sentences_of_point = self.points[p]
        nxt = sentences_of_point[s + 1] if s + 1 < len(sentences_of_point) else ""
        if nxt and is_owner_mark(nxt):
            # "Action: KM" after it names who carries the decision out: an action's owners, not its wording
            # ("... be repaired. (" then "Action KM)": the bracket opened the mark)
            decision.text = decision.text.rstrip(" ([")
        elif nxt and len(nxt.split()) <= MAX_TRAILING_FRAGMENT_WORDS and not decision_kind(nxt) and \
                not MOTION_DETAIL.search(nxt) and not _FINITE_VERB.search(nxt) and not is_nomination(nxt):
            decision.text = f"{decision.text} {nxt}"
            complete_decision(decision, nxt, self.roster)  # "Cy Rand 2nd the motion.": a fragment may name who
        self.found.append((p, decision))
        self.previous, self.moved = decision, None
        self.open_motion = decision if decision.outcome is None else None
        if _VOTE_CALL.search(sentence):
            self.vote_call, self.roll = (p, decision), {}
            if decision.proposer is None and (caller := _CALLER.match(sentence.strip())):
                decision.proposer = person_named(caller["name"], self.roster)


_CONTENTLESS = lazy_compile(CONTENTLESS_DECISION, re.I)
# "And Resolved:", "It was therefore resolved:": a line that only introduces the resolution below it
_RESOLVED_LEAD = lazy_compile(r"^\W*(and\s+)?(it\s+was\s+)?(therefore\s+|thereupon\s+)?resolved\s*:\s*$", re.I)
# "Proposal to raise subs.", "Motion to close early.": a statement put to the vote
_PUT_FORWARD = lazy_compile(rf"^\W*(proposal|motion)\b|\b{any_of(PROPOSING_WORDS)}\b", re.I)
# "Power moved to approve the Consent Calendar": a motion that says what it is.
# "Resolution number KP/2019/64", "Resolution No. 24/117": a resolution's reference on a line of its own.
_RESOLUTION_NUMBER = lazy_compile(r"^\W*resolution\s+(?:number|no\.?|#)\s*[\w/.-]+\W*$", re.I)
_MOTION_WITH_CONTENT = TriggeredPattern(lazy_compile(MOTION_WITH_CONTENT_FORMS, re.I), MOTION_WITH_CONTENT_WORDS)
