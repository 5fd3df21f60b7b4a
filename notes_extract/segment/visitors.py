"""Lines about attendance of formal bodies that are no item of the minutes.

A line of those attending who are not members, under the members' list: "Mr M Storey –
County Councillor 9 members of the public". The named officer or visitor is in attendance;
the counted public are nobody to list. And the body's quorum rule set as a bold line
("Quorum – 50% of Representatives ..."): a standing rule, not an agenda item. And an official's name in
brackets wrapped onto a line of its own below their office ("Staff Officer, Corporate Services" /
"(Ms. V. Thompson).")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import is_bracketed_name
from notes_extract.segment.parts import AttendancePart
from notes_extract.segment.state import Context, Step
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import IN_ATTENDANCE, NOT_PEOPLE, QUORUM
from notes_extract.vocab.people import (
    CLERK,
    COUNCIL_TIERS,
    HONORIFICS,
    MEMBER_TITLES,
    NAME,
    RANKS_BEFORE_NAME,
    ROLE_NOUNS,
    VISITOR_ROLES,
)

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Who attends a body without being one of its members: another council's member, the clerk,
# an observer or guest, the police.
_VISITOR_ROLE = (rf"(?:(?:{any_of(COUNCIL_TIERS)})\s+(?:{any_of(MEMBER_TITLES)})"
                 rf"|{any_of((*VISITOR_ROLES, *RANKS_BEFORE_NAME, CLERK))})")
# "Mr M Storey – County Councillor", then perhaps "9 members of the public".
_VISITOR_LINE = lazy_compile(
    rf"^(?:(?:{any_of(HONORIFICS)})\.?\s+)?(?P<name>{NAME})\s*[–—-]\s*(?P<role>{_VISITOR_ROLE})\b"
    rf"[\s,;.]*(?P<rest>.*)$", re.I)
# "Mr Martin Storey Norfolk County Council": a titled name, then the council they come from, no dash.
_NAME_BEFORE_COUNCIL = r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+|(?:[A-Z]\.?\s+){1,2}[A-Z][a-z'’-]+"
_VISITOR_FROM_COUNCIL = lazy_compile(
    rf"^(?i:{any_of(HONORIFICS)})\.?\s+(?P<name>{_NAME_BEFORE_COUNCIL})\s+"
    rf"(?P<role>(?:[A-Z][\w'’-]+\s+)?(?i:{any_of(COUNCIL_TIERS)})\s+(?i:council))\s*[.,;]?\s*(?P<rest>)$")
# "Police Community Support Officer Ann Lee": an officer's title, then their full name (after a line
# counting the public, so a visitor, not a member).
_TITLE_THEN_VISITOR = lazy_compile(
    rf"^(?P<role>(?:[A-Z][\w'’-]*\s+){{0,4}}(?i:{any_of(ROLE_NOUNS)})|[A-Z]{{3,5}})\s+"
    r"(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\W*$")
_COUNTED_PUBLIC = lazy_compile(rf"\b(?:{NOT_PEOPLE})\b", re.I)
# A line that only counts the public: "2 members of the public", "One member of the public present".
_PUBLIC_COUNT = lazy_compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|no)\s+"
                             r"members? of the public(?:\s+(?:present|attended|in attendance))?\W*$", re.I)
_CAPITALISED = lazy_compile(r"\b[A-Z][a-z]")
# "Quorum - 50% of Representatives / >50% ...": the rule after the word, with its numbers.
_QUORUM_RULE = lazy_compile(rf"^(?:{QUORUM})\s*[-–—:]\s*\S.*\d", re.I)


def on_visitor_line(segmenter: _Segmenter, step: Step) -> bool:
    """A "Name – Role" line under the attendance list: in attendance, with the counted public left out."""
    if _wrapped_holder(segmenter, step):
        return True
    attendance = segmenter.seg.attendance
    if segmenter.state.context is not Context.ATTENDANCE or step.block.kind is not BlockKind.PARAGRAPH or \
            not attendance or attendance[-1].blocks or not attendance[-1].text:
        return False  # only after a list written in full on its label's line ("Present– Cllr A, Cllr B.")
    if _PUBLIC_COUNT.match(step.text.strip()):
        segmenter.seg.loose_blocks.append(step.block)  # "2 members of the public": the list goes on below
        return True
    m = _VISITOR_LINE.match(step.text.strip()) or _VISITOR_FROM_COUNCIL.match(step.text.strip())
    above = step.previous
    if m is None and above is not None and _PUBLIC_COUNT.match(above.text.strip()) and \
            (titled := _TITLE_THEN_VISITOR.match(step.text.strip())):
        # "5 members of the public" / "Police Community Support Officer Ann Lee": a visitor after the public
        segmenter.seg.attendance.append(AttendancePart(IN_ATTENDANCE, "", f"{titled['name']} ({titled['role']})"))
        return True
    # Anything after the role may only count the public ("9 members of the public"), never name someone.
    if m is None or m["rest"] and (not _COUNTED_PUBLIC.search(m["rest"]) or _CAPITALISED.search(m["rest"])):
        return False
    segmenter.seg.attendance.append(AttendancePart(IN_ATTENDANCE, "", f"{m['name']} ({m['role']})"))
    return True


def on_quorum_rule(segmenter: _Segmenter, step: Step) -> bool:
    """A bold or heading line stating the quorum rule: set aside, never a section."""
    if not (step.block.all_bold or step.block.kind is BlockKind.HEADING) or not _QUORUM_RULE.match(step.text):
        return False
    segmenter.seg.loose_blocks.append(step.block)
    return True


def _wrapped_holder(segmenter: _Segmenter, step: Step) -> bool:
    """"(Ms. V. Thompson)." right under a list line that does not end its sentence: the holder of the
    office that line ends with, wrapped onto a line of its own; the list goes on."""
    parts, state, above = segmenter.seg.attendance, segmenter.state, step.previous
    if state.context is not Context.ATTENDANCE or not is_bracketed_name(step.text) or above is None or \
            not parts or not parts[-1].blocks or parts[-1].blocks[-1] is not above or above.text.rstrip().endswith("."):
        return False
    parts.append(AttendancePart(state.attendance_category, state.attendance_written, "", [step.block]))
    return True
