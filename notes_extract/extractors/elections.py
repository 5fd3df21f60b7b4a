"""Election results under an elections item: "Chairman - James Alexander", who was elected to
which office, as a decision of kind other."""

from __future__ import annotations

import re

from notes_extract.extractors.decisions import MOTION_DETAIL, OUTCOME_ONLY, complete_decision
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Decision
from notes_extract.people import Roster
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decision_forms import CANDIDACY_LABELS, MOVER_OPENERS
from notes_extract.vocab.decisions import NO_HOLDER
from notes_extract.vocab.labels import FIELD_LABELS
from notes_extract.vocab.people import NAME
from notes_extract.vocab.polls import POLL_LABELS, POLL_TALLY_COLUMNS

ELECTIONS = lazy_compile(r"\belect(ion|ions|ed)?\b|\bofficers\b|\bappointments?\b", re.I)
# "Abstain", "Against", "Ayes": the columns of a tally, whose names voted that way.
_TALLY_LABELS = frozenset(w.lower() for words in POLL_TALLY_COLUMNS.values() for w in words if len(w) > 2)
_ONE_NAME = rf"{NAME}"
_NAME_LIST = rf"{_ONE_NAME}(?:\s*(?:&|,|\band\b)\s*{_ONE_NAME})*"
# (a hyphen between two letters joins one word: "Co-chairs" names no holder)
# The holder's names are capitalised ("Helen: no", "Tabia: me" under a question are answers, not offices held),
# and a "Yes"/"No" is an answer ("Both: Yes.")
_ROLE_HOLDER = lazy_compile(
    rf"^(?P<role>(?!(?i:annex|appendix|attachment))[A-Za-z][\w'’ -]{{1,40}}?)(?:\s*[:–—]|\s+-|-(?=\s))\s*"
    rf"(?P<name>(?!(?i:{any_of(NO_HOLDER)})\W*$)(?!(?i:yes|no)\b){_NAME_LIST})"
    # (a short remark after it, or its mover and seconder: ", nominated by Bo Ode, seconded by Cy Park")
    rf"(?P<rest>\s*[:,(–—-]\s*(?:(?i:{any_of(MOVER_OPENERS)})\b.{{0,80}}|.{{0,40}}))?\W*$")
# "Candidates: Ann Lee, Bo Ode": who stood for the office, not who was elected to it.
_CANDIDACY = lazy_compile(rf"^(?:{any_of(CANDIDACY_LABELS)})$", re.I)
# "Presenter: Ann", "Discussion: None", "Vote: Unanimous": an item's fields, no office held.
_FIELD = lazy_compile(rf"^(?:{FIELD_LABELS}|{any_of(POLL_LABELS)})$", re.I)


def election_result(text: str, roster: Roster, *, section: str | None) -> Decision | None:
    """"Chairman - James Alexander" under an elections item: who was elected."""
    m = _ROLE_HOLDER.match(text.strip())
    if not m or _FIELD.match(m["role"].strip()) or MOTION_DETAIL.search(m["role"]) or OUTCOME_ONLY.match(text) \
            or m["role"].lower() in _TALLY_LABELS or _CANDIDACY.match(m["role"].strip()):
        return None  # "Proposed by: Ann" is no office, nor "Abstain: Bo, Cy" (who abstained on the motion above)
    decision = Decision(text=text.strip(), kind="other", section=section, outcome="carried")
    complete_decision(decision, m["rest"] or "", roster)
    if decision.outcome != "carried" and m["rest"] and re.search(r"\b(defeated|not elected|lost)\b", m["rest"], re.I):
        decision.outcome = "defeated"
    return decision
