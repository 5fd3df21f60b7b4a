"""Who moved and who seconded a decision, as minutes name them: "Moved by Ann, seconded by Bo",
"Ann moved ...", "Proposal from Ann:", "Motion: Carter / Second: Shah", "It was proposed (JT),
seconded (EE)", "Moved by Adam, Swinder.", and a line that names only the mover ("Moved: Steve")."""

from __future__ import annotations

from notes_extract.extractors.motion_steps import person_named
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.people import Roster
from notes_extract.triggered import holds_any, trigger_words
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import (
    DETERMINERS_NOT_NAMES,
    MOTION_TO_APPROVE_LABEL,
    MOVER_TITLES,
    NOT_MOVERS,
    PROPOSED_SHORT,
    PROPOSITION_NOUNS,
    SECONDED,
    SECONDED_SHORT,
    SECONDED_TERSE,
    SECONDER,
    SECONDING_ASSENT,
)
from notes_extract.vocab.people import RANKS_BEFORE_NAME, RETIRED_MARKS

# A mover's name, with the title minutes give them ("Cllr", "Commissioner").
# "Second: Bo Ode Motion Passes": the name ends before the motion's result.
_RESULT_WORDS = any_of((*NOT_MOVERS, "Carried", "Passed", "Passes", "Approved"))
_NAME_WORDS = rf"[A-Z][\w.'’-]*(?:\s+(?!{_RESULT_WORDS}\b)[A-Z][\w.'’-]*){{0,3}}"
# ("Col (retd) DS Baswani moved ...", "Lt Col Mike Hay": a service rank, a retired officer's mark after it)
_RANK = rf"(?:(?i:{any_of(RANKS_BEFORE_NAME)})\.?(?:\s*\((?i:{any_of(RETIRED_MARKS)})\.?\))?\s+)"
MOVER_NAME = rf"(?:{'|'.join(MOVER_TITLES)}\.?\s+|{_RANK})?(?!{any_of(NOT_MOVERS)}\b){_NAME_WORDS}(?:,?\s+Jr\.?)?"
_NAME = MOVER_NAME
# A name under a label ends the line or its field: punctuation, or the seconder's word, next ("Motion: Carter /
# Second: Shah"); lower-case words after it make it the first word of the motion's own text.
_NAME_ENDS = r"(?=\s*(?:$|[,;/.()\-–—|])|\s+(?:(?i:second(?:ed)?|2nd|and)\b|&))"
# A name opening a sentence: words without full stops, so the sentence before is not taken in.
_SENTENCE_NAME = rf"(?!{any_of(NOT_MOVERS)}\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}"
# "Ann, Bob 2nd.": two names and the seconder's word, the whole of a sentence after the motion
_PAIR_START = r"(?:^|[.;]\s+)\W*"
_PAIR_END = rf"\s+(?i:2nd|{SECONDED})\W*$"

_PROPOSER = lazy_compile(
    # "as proposed: A week in August": the article, not a mover's initial
    # ("Ann nominated Bo Ode as treasurer": after "nominated" without "by" stands the nominee)
    rf"\b(?:(?i:proposed|moved|proposer)\s*(?i:by|:)?|(?i:nominated)\s*(?i:by|:))\s*[:\-–]?\s*(?!A\s+[a-z])"
    rf"(?P<name>{_NAME})"
    # "... positions of ABC Ann Lee moved that ...": an acronym ending the words before is no part of the name
    rf"|(?:\b[A-Z]{{2,}}\s+(?=[A-Z][a-z]))?(?P<name2>{_NAME}),?\s+"
    rf"(?:moved|moves|proposed|proposes|nominates|motioned|motions|made the motion|making the motion|made a motion"
    rf"|put forward a (?:motion|proposal))\b"  # "Cllr Ode put forward a motion to ..."
    rf"|\b(?i:motion)\b[^.]*?\bmade\b[^.]*?\bby\s+(?P<name3>{_NAME})")
# The explicit forms first: in "Jerry seconded by Eric" the seconder is Eric.
_BY_FORMS = {"proposer": lazy_compile(rf"\b(?i:proposed|moved|made|nominated)\s+(?i:by)\s+(?P<name>{_NAME})"
                                      rf"|^(?i:motion)\b[^.]*?,\s*(?i:by),?\s+(?P<name2>{_NAME})"
                                      # "On motion of Lee, seconded by ...": "of" as "by" (not "of No Confidence")
                                      rf"|\b(?i:motion)\s+(?i:made\s+)?(?i:by|of(?!\s+(?i:no|thanks|confidence|censure)\b))"
                                      rf"\s+(?P<name3>{_NAME})"
                                      # "Proposal from Ann: ...": the mover named in the motion's label
                                      rf"|^\W*(?i:proposal|motion)\s+(?i:from)\s+(?P<name4>{_NAME})\W*:"
                                      # "Upon the proposition of Ann Lee, seconded by ..."
                                      rf"|\b(?i:(?:up)?on\s+the\s+{any_of(PROPOSITION_NOUNS)}\s+of)\s+(?P<name5>{_NAME})"
                                      # "Motion: Carter / Second: Shah"; not "Motion: Move to elect Ann",
                                      # "Motion: Withdraw all motions": the label's text, a verb then its words
                                      rf"|^\W*(?i:motion|mover)\s*:\s*(?P<name6>{_NAME}){_NAME_ENDS}"
                                      # "Motion Ames, second Park";
                                      # "Motion to accept the report by Reyes, second by Ames"
                                      rf"|(?:^|[(\[])\W*(?i:motion)\s+(?P<name7>{_NAME})\s*,\s*(?i:second)"
                                      rf"|(?:^|[.;]\s+)\W*(?i:motion)\b[^.]*?\s(?i:by)\s+(?P<name8>{_NAME})\s*[,;]\s*(?i:second|2nd)\b"
                                      # "Motion to Approve: Ann Lee; Second: Bo Ode"
                                      rf"|^\W*{MOTION_TO_APPROVE_LABEL}\s*(?P<name9>{_NAME})"
                                      # "... Prop Cllr Lee, 2nd Cllr Ode carried", "Prop. Lee Sec. Ode" opening one
                                      rf"|(?:^|\s){PROPOSED_SHORT}\s+(?P<name10>{_NAME})\s*[,;]?\s+{SECONDED_TERSE}\s"
                                      # "Motion to buy oars. Ann, Bob 2nd.": the mover, then the seconder
                                      rf"|{_PAIR_START}(?P<name11>{_SENTENCE_NAME})\s*,\s*{_SENTENCE_NAME}{_PAIR_END}"
                                      # "On a proposal from Cllr Ode, seconded by ...", "a proposal by Ann that ..."
                                      # (not "consistent with the proposal by Ann": an earlier one, referred to)
                                      rf"|\b(?i:a\s+(?:proposal\s+(?:from|by)|motion\s+from))\s+(?P<name12>{_NAME})"),
             "seconder": lazy_compile(rf"\b(?i:{SECONDED}|second|2nd)\s+(?i:by),?\s+(?P<name>{_NAME})"
                                      # "... by Ann. Bo Ode 2nd the motion.": a sentence of its own
                                      rf"|(?:^|[.;]\s+)(?P<name5>{_SENTENCE_NAME})\s+(?:{SECONDED_SHORT})\b"
                                      # "Moved by Adam, Swinder.": the mover, then the seconder
                                      rf"|\b(?i:moved|proposed)\s+(?i:by)\s+{_NAME}\s*,\s*(?P<name3>{_NAME})\s*(?:[.;]|$)"
                                      rf"|\b(?i:second)\s*:\s*(?P<name2>{_NAME})"
                                      # "proposed Ann Lee seconded Bo Ode pass for payment": no "by" after either
                                      rf"|\b(?i:proposed|moved)\s+{_NAME}\s*,?\s+(?i:{SECONDED})\s+(?P<name7>{_NAME})"
                                      rf"|(?:^|\s){PROPOSED_SHORT}\s+{_NAME}\s*[,;]?\s+{SECONDED_TERSE}\s+(?P<name6>{_NAME})"
                                      rf"|(?:^|[(\[])\W*(?i:motion)\b[^.]*?,\s*(?i:second|2nd)\s+(?P<name4>{_NAME})"
                                      rf"|{_PAIR_START}{_SENTENCE_NAME}\s*,\s*(?P<name8>{_SENTENCE_NAME}){_PAIR_END}"
                                      # "It was resolved on the motion of Ann Lee/Bo Ode that ...", "Moved Ann/Bo":
                                      # the mover and the seconder joined by a slash (not "Moved Lee / Seconded Chan")
                                      rf"|\b(?:(?i:motion|proposition)\s+(?i:of)|(?i:moved|proposed))\s*:?\s+{_NAME}\s*/\s*"
                                      rf"(?!(?i:{SECONDED}|second|sec)\b)(?P<name9>{_NAME})")}
# "It was proposed (JT), seconded (EE)": the movers' initials in brackets.
_BRACKETED_INITIALS = {
    "proposer": lazy_compile(r"\b(?i:proposed|moved|nominated)\s*\((?P<name>[A-Z]{2,4})\)"),
    "seconder": lazy_compile(rf"\b(?i:{SECONDED})\s*\((?P<name>[A-Z]{{2,4}})\)")}
_SECONDER = lazy_compile(
    rf"\b(?i:{SECONDED}|{SECONDER})\s*(?i:by|:)?\s*[:\-–]?\s*(?P<name>{_NAME})|(?<![\w.'’-])(?!(?:{any_of(DETERMINERS_NOT_NAMES)})\s)"
    rf"(?P<name2>{_NAME})\s+(?:{SECONDED}|second(?:s|ing)?|2nd(?=\s*,))\b")  # ("Ann moved, Bo Ode 2nd, to ...")

# "Ann moved that the report be adopted and Bo agreed.": whoever assents to what was moved seconds it.
_ASSENTING_SECONDER = lazy_compile(rf"\b(?:moved|proposed)\b[^.]*\band\s+(?P<name>{_SENTENCE_NAME})\s+"
                                   rf"{any_of(SECONDING_ASSENT)}\W*$")
# "Ann accepted the minutes as a true record and Bo seconded.": a name and its verb open what the
# seconder's closing clause seconds, so the name opening the sentence moved it.
_SECONDED_OPENER = lazy_compile(rf"^\W*(?P<name>{_SENTENCE_NAME})\s+[a-z]+ed\b[^.]*\band\s+{_SENTENCE_NAME}\s+"
                                rf"(?i:{SECONDED})\W*$")

# "Peake motion to adjourn": terse minutes put the mover's name straight before the motion.
_NAME_BEFORE_MOTION = lazy_compile(rf"^\W*(?P<name>{_SENTENCE_NAME})\s+(?i:motion)\s+(?:to\s+)?[a-z]")

# "Moved: Steve", "Proposed by Ann Lee": a line naming only the mover.
_MOVER_LINE = lazy_compile(rf"^\W*(?i:moved|proposed|mover|proposer)(?:\s+(?i:by))?\s*[:\-–]?\s*{_NAME}"
                           rf"(?:\s*,\s*{_NAME})?\W*$")  # "Moved by Adam, Swinder.": the seconder after a comma


def is_mover_line(text: str) -> bool:
    """Whether ``text`` only names the mover (and perhaps the seconder): "Moved: Steve"."""
    return _MOVER_LINE.match(text) is not None


# A word one of which each mover's and seconder's form above holds ("proposed", "moved", "made the motion",
# "nominated", "2nd", "seconded", "Prop Cllr Lee, Sec Cllr Ode"): a text holding none names no mover.
_MOVER_WORDS = trigger_words(("prop", "move", "made", "nominat", "motion", "2nd", "sec"))


def fill_movers(decision: Decision, text: str, roster: Roster) -> None:
    """The proposer and seconder ``text`` names, where unset."""
    if not holds_any(text, _MOVER_WORDS):
        return  # (most decisions' words name no mover: spare the eight searches)
    if decision.proposer is None and (m := _BRACKETED_INITIALS["proposer"].search(text)):
        decision.proposer = person_named(m["name"], roster)
    if decision.seconder is None and (m := _BRACKETED_INITIALS["seconder"].search(text)):
        decision.seconder = person_named(m["name"], roster)
    fill_proposer(decision, text, roster)
    if decision.seconder is None and (m := _BY_FORMS["seconder"].search(text)):
        decision.seconder = person_named(next(name for name in m.groups() if name), roster)
    if decision.seconder is None and (m := _ASSENTING_SECONDER.search(text)):
        decision.seconder = person_named(m["name"], roster)
    if decision.seconder is None and (m := _SECONDER.search(text)):
        decision.seconder = person_named(m["name"] or m["name2"], roster)


def fill_proposer(decision: Decision, text: str, roster: Roster) -> None:
    """The mover ``text`` names ("proposed by Ann", "Ann moved ...", "Proposal from Ann:"), where unset."""
    if not holds_any(text, _MOVER_WORDS):
        return
    if decision.proposer is None and (m := _BY_FORMS["proposer"].search(text)):
        decision.proposer = person_named(next(name for name in m.groups() if name), roster)
    if decision.proposer is None and (m := _PROPOSER.search(text)):
        decision.proposer = person_named(m["name"] or m["name2"] or m["name3"], roster)
    if decision.proposer is None and (m := _NAME_BEFORE_MOTION.match(text)) and roster.resolve(m["name"]):
        decision.proposer = person_named(m["name"], roster)  # an attendee's name, not "Main motion to ..."
    if decision.proposer is None and (m := _SECONDED_OPENER.match(text)):
        decision.proposer = person_named(m["name"], roster)
