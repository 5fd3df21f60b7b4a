"""Conventions of attendance lists: people listed by their user names in lower case ("Attendees:
alice, bobm, carol_k"), a plural role after a run of names that is each one's ("Ann Lee, Bo Li,
Cy Ode (Directors)"), and names with their initials laid out in columns without commas ("Paul
Allison (PA) – Chair Steve Barrett (SB)"), a list wrapped onto several lines ("R Robson and" / "Bo
Li"), and the role a label gives its names ("Present in the chair:")."""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Attendee
from notes_extract.people_lists import all_handles
from notes_extract.segment import AttendancePart
from notes_extract.segment.labels import NARRATED
from notes_extract.vocab.labels import IN_ATTENDANCE, PRESENT, ROLL_CALL_WORDS
from notes_extract.vocab.people import CHAIR, CHAIRING_LABELS, MEMBER_TITLES


def plural_roles_back(people: list[Attendee]) -> None:
    """"Ann Lee, Bo Li, Cy Ode (Directors)": a plural role after a run of names is each one's,
    back to the last name with a role of its own."""
    for i, person in enumerate(people):
        singular = person.role[:-1] if person.role and person.role.endswith("s") else None
        if not singular or singular not in _PLURAL_ROLE_SINGULARS:
            continue
        person.role = singular
        for before in reversed(people[:i]):
            if before.role is not None:
                break
            before.role = singular


# Roles a bracket may give a run of names in the plural ("(Directors)", "(Members)", "(Trustees)").
_PLURAL_ROLE_SINGULARS = frozenset({*MEMBER_TITLES, "member", "officer", "student", "volunteer", "observer", "guest",
                                    "churchwarden", "deacon", "steward", "warden"})


# Between the entries of a list of user names.
LIST_SEPARATOR = lazy_compile(r"\s*(?:[,;]|\band\b)\s*")
# "Paul Allison (PA) – Chair": a name, its initials in brackets, and perhaps a one-word role after a dash.
_INITIALLED = lazy_compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*\([A-Z]{2,4}\)(?:\s*[–—-]\s*[A-Z][a-z]+)?")
MIN_INITIALLED_COLUMNS = 2


def initialled_columns(line: str) -> str:
    """A line of names with their initials laid out in columns, without commas ("Paul Allison (PA) – Chair
    Steve Barrett (SB)"), as a list with commas between its people; other lines as they are."""
    if "," in line or ";" in line:
        return line
    found = _INITIALLED.findall(line)
    if len(found) < MIN_INITIALLED_COLUMNS or len(" ".join(found).split()) < len(line.split()):
        return line
    return ", ".join(found)


# "Present in the chair:": a label naming who chaired, whatever title the name carries ("Mayor X").
_CHAIRING_LABEL = lazy_compile(rf"\b(?:{CHAIRING_LABELS})$", re.I)


def label_role(label: str) -> str | None:
    """The role a list's label gives each name under it: "Present in the chair:" gives the chair."""
    return CHAIR if _CHAIRING_LABEL.search(label.strip(" :")) else None


def join_wrapped(parts: list[AttendancePart]) -> list[AttendancePart]:
    """One part per list line, except where a line ends mid-list ("R Robson and")
    and the next line goes on with it."""
    out: list[AttendancePart] = []
    for part in parts:
        prev = out[-1] if out else None
        prev_text = (prev.blocks[-1].text if prev and prev.blocks else prev.text if prev else "").rstrip()
        if prev and part.blocks and not part.text and part.category == prev.category and \
                (re.search(r"(,|\band|&)$", prev_text) or part.blocks[0].text.startswith("(")) and \
                part.blocks[0].kind is not BlockKind.TABLE:
            text = f"{prev_text} {part.blocks[0].text}"
            if prev.blocks:
                prev.blocks[-1] = Block(BlockKind.PARAGRAPH, text, prev.blocks[-1].index, prev.blocks[-1].page)
            else:
                prev.text = text
            prev.blocks += part.blocks[1:]
            continue
        out.append(replace(part, blocks=list(part.blocks)))
    return out


def narrated_beside_list(part: AttendancePart, present_listed: bool) -> AttendancePart:
    """"PCSO Ann Lee attended." written beside the list of members present: a non-member who came."""
    if part.label == NARRATED and part.category == PRESENT and present_listed:
        return replace(part, category=IN_ATTENDANCE)
    return part


def sentences_beside_list(parts: list[AttendancePart]) -> list[AttendancePart]:
    """"County Councillor Ann Lee was in attendance.", "Clerk Bo Ode and Cy Rand were present." written after
    the labelled list of those present: the members are listed already, so these came without being members
    (a member who "arrived shortly after the meeting began" keeps a label of its own and stays present)."""
    listed = False
    out: list[AttendancePart] = []
    for part in parts:
        if part.category == PRESENT and not part.label and listed and part.text.strip():
            part = replace(part, category=IN_ATTENDANCE)
        listed = listed or part.category == PRESENT and bool(part.label.strip()) and part.label != NARRATED and \
            bool(part.text.strip() or part.blocks)  # a bare "Attendance" heading lists no one yet
        out.append(part)
    return out


def handle_lists_of(parts: list[AttendancePart]) -> set[str]:
    """The labels whose lines, one a line, are all user names in lower case ("- alice", "- bobm")."""
    lines: dict[str, list[str]] = {}
    for part in parts:
        lines.setdefault(part.label, []).extend(b.text for b in part.blocks if b.kind is not BlockKind.TABLE)
    return {label for label, texts in lines.items() if all_handles(texts)}


# "Ann Lee, Bo Li present": a run of names, then the roll-call word that says which list they are in.
_RUN_THEN_STATUS = [(category, lazy_compile(rf"^(?P<names>.*\S)\s+(?:(?:were|was|are|is)\s+)?(?:{words})\.?$", re.I))
                    for category, words in ROLL_CALL_WORDS]
# Two runs at least: one name list ending in "present" is a list like any other.
MIN_STATUS_RUNS = 2


def status_runs(text: str) -> list[tuple[str, str]] | None:
    """A roll call written as runs of names, each closed by the word for its list ("Roll call: Ann
    Lee, Bo Li present; Cy Ode absent"): (list, names) for each run, or None for another line."""
    runs = [run.strip() for run in re.split(r";\s*|\.\s+(?=[A-Z])", text.strip().rstrip(".")) if run.strip()]
    if len(runs) < MIN_STATUS_RUNS:
        return None
    out = []
    for run in runs:
        found = next(((category, m["names"]) for category, pattern in _RUN_THEN_STATUS if (m := pattern.match(run))),
                     None)
        if found is None:
            return None
        out.append(found)
    return out
