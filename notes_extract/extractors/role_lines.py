"""Role lines: who held which role, from "Chair: JC" lines, a signature under "Respectfully
submitted," and a form's labelled fields (the attendance extractor gives the roles to attendees)."""

from __future__ import annotations

import re

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import normalise_role
from notes_extract.segment import PARTICIPANT_FIELD, ROLE_LINE, is_role_line
from notes_extract.segment.parts import RoleMention, RoleSource
from notes_extract.vocab.people import MEETING_ROLES, ROLE_LINE_LABELS

# The label of the role a signature under "Respectfully submitted," gives: who wrote the minutes, which
# says nothing of whether they were among those present.
SIGNATURE_LABEL = "minutes submitted"
# "Secretary (minutes)": an office, then in brackets the part its holder plays at the meeting.
_PART_PLAYED = lazy_compile(r"\((?P<part>[^()]+)\)\s*$")
# "Chair: Ann Lee | Minutes: Cat Ng": several role fields on one line, set apart by bars.
FIELD_BAR = lazy_compile(r"\s+\|\s+")
# "Chair: Ann Lee; Minutes: Cat Ng", "Chair: Ann Lee, Minutes: Cat Ng", "Chair: Ann Lee    Scribe: Cat Ng": the next
# role field on the line, after a semicolon, a comma, a wide gap or a capitalised label.
_NEXT_ROLE_FIELD = lazy_compile(rf"(?:\s*[;,]\s*|\s{{2,}}|\t|\s+(?=(?-i:[A-Z])))(?=(?:{ROLE_LINE_LABELS})\s*:\s)", re.I)
_ROLE_LABEL = lazy_compile(rf"(?:{ROLE_LINE_LABELS})(?:\s*(?:&|\band\b|/|\+)\s*(?:{ROLE_LINE_LABELS}))?", re.I)
# "Chair & Minutes: Cat Ng", "Facilitator/Note-taker: Cat Ng": one person in two roles.
_JOINED_ROLES = lazy_compile(rf"^(?P<first>{ROLE_LINE_LABELS})\s*(?:&|\band\b|/|\+)\s*(?P<second>{ROLE_LINE_LABELS})"
                             r"\s*(?P<rest>:\s*\S.*)$", re.I)


def role_fields(text: str) -> list[str]:
    """A line's role fields, one "Role: Name" each: the line itself when it holds one field; "Chair: Ann Lee; Minutes:
    Cat Ng" and "Chair & Minutes: Cat Ng" as two."""
    fields = []
    for part in FIELD_BAR.split(text) if "|" in text else [text]:
        colon = part.find(":")
        # only a line that opens with a role field ("Election of Officers – Chairman: Ann Lee; Secretary: Cat Ng"
        # reports an election, and "Apologies: ... Note-taker: Cat Ng" is read whole)
        opens_with_role = colon > 0 and _ROLE_LABEL.fullmatch(part[:colon].strip(" \t-*•"))
        pieces = _NEXT_ROLE_FIELD.split(part[colon:]) if opens_with_role else [part]
        if opens_with_role:
            pieces[0] = part[:colon] + pieces[0]
        for piece in pieces:
            m = _JOINED_ROLES.match(piece.strip())
            fields += [f"{m['first']}{m['rest']}", f"{m['second']}{m['rest']}"] if m else [piece]
    return fields


def read_role_lines(mentions: list[RoleMention]) -> list[tuple[str, str]]:
    """(role label, name) pairs, in document order, from the role lines,
    signatures and form fields the segmenter found."""
    roles: list[tuple[str, str]] = []
    for mention in mentions:
        if mention.source is RoleSource.LINE:
            roles += [role for part in role_fields(mention.block.text) if (role := read_role_line(part))]
        elif mention.source is RoleSource.SIGNATURE:
            roles += _signature_roles(mention.block)
        elif role := _form_role(mention.label, mention.value):
            roles.append(role)
    return roles


def read_role_line(text: str) -> tuple[str, str] | None:
    """("chair", "JC") for "Chair: JC"; None for anything else."""
    m = ROLE_LINE.match(text.strip())
    if m is None or not is_role_line(text):
        return None
    label = m["role"].lower()
    if part := _PART_PLAYED.search(label):
        # "Secretary (minutes)": the part played at this meeting, when it is one, is what the line names
        label = part["part"] if normalise_role(part["part"]) in MEETING_ROLES else label[: part.start()].strip()
    name = m["name"].strip(" .")
    if (part := _PART_PLAYED.search(name)) and normalise_role(part["part"]) in MEETING_ROLES:
        # "Secretary: Cat Ng (minutes)": the part played at this meeting, written after the name
        label, name = part["part"], name[: part.start()].strip()
    return label, name


def _signature_roles(signature: Block) -> list[tuple[str, str]]:
    """"Donna Ladner, Secretary" under "Respectfully submitted,": she wrote the
    minutes, and holds the role after the comma; nothing for a line that is no name."""
    name, _, role_text = signature.text.partition(",")
    if not 1 < len(name.split()) <= 4:
        return []
    roles: list[tuple[str, str]] = []
    if role_text.strip() and len(role_text.split()) <= 3:
        roles.append((role_text.strip(" ."), name.strip()))
    roles.append((SIGNATURE_LABEL, name.strip()))
    return roles


def _form_role(label: str, value: str) -> tuple[str, str] | None:
    """("student", "40126401") for a form's "Student name: | 40126401"; a role line's role otherwise."""
    if m := PARTICIPANT_FIELD.match(label):
        return m["role"].lower(), value
    return read_role_line(f"{label}: {value}")
