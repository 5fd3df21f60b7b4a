"""Attendance: who was present, sent apologies, was absent or attended as a non-member,
and the roles that "Chair: JC" lines, signatures and forms give."""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.extractors.attendance_apologies import apology_sentences, without_reasons
from notes_extract.extractors.attendance_columns import (
    named_columns,
    office_and_holder,
    says_what_they_do,
    status_and_note,
)
from notes_extract.extractors.attendance_dashes import dashed_lists, person_before_dash
from notes_extract.extractors.attendance_lists import (
    LIST_SEPARATOR,
    handle_lists_of,
    initialled_columns,
    join_wrapped,
    label_role,
    narrated_beside_list,
    plural_roles_back,
    sentences_beside_list,
    status_runs,
)
from notes_extract.extractors.attendance_sign_in import names_of_sign_in_lists
from notes_extract.extractors.attendance_ticks import sorted_by_ticks
from notes_extract.extractors.attendance_titles import lower_case_title_runs
from notes_extract.extractors.label_columns import label_column_entries
from notes_extract.extractors.member_apologies import settle_apologies
from notes_extract.extractors.role_lines import SIGNATURE_LABEL, read_role_lines
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Attendance, Attendee
from notes_extract.people import (
    PersonEntry,
    Roster,
    is_known_role,
    is_role_word,
    looks_like_name,
    names_an_organisation,
    normalise_role,
    parse_entry,
    strip_honorifics,
    with_bracket_closed,
    without_note_after_bracket,
)
from notes_extract.people_affiliations import comma_affiliation_layout
from notes_extract.people_fields import (
    affiliated_fields_layout,
    affiliation_fields,
    fields_before,
    names_before_organisation,
    organisation_last_layout,
    people_from_dash,
    person_fields_layout,
    person_from_affiliation,
    person_from_fields,
)
from notes_extract.people_lists import all_handles, is_handle, list_sentences, split_people, surname_first_layout
from notes_extract.people_offices import offices_then_holders
from notes_extract.segment import (
    AttendanceLabel,
    AttendancePart,
    Segments,
    attendance_key,
    attendance_label,
    roll_call,
)
from notes_extract.segment.checkbox_roster import roster_people
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import (
    ABSENT,
    APOLOGIES,
    APOLOGY_RECEIPT_VERBS,
    APOLOGY_WORDS,
    ATTENDANCE_MARKS,
    ATTENDANCE_NAME_COLUMN,
    ATTENDANCE_ROLE_COLUMN,
    IN_ATTENDANCE,
    IN_ATTENDANCE_ONLY_LIST,
    NOT_PEOPLE,
    PRESENT,
    PUBLIC_COUNT_AFTER_NAMES,
)
from notes_extract.vocab.people import (
    CLERK,
    COUNCIL_TIERS,
    DEPUTY_CLERK,
    MEETING_ROLES,
    MEMBER_TITLES,
    MINUTE_TAKER,
    MINUTES_BY_PHRASE,
    NAME,
    ORGANISATION_ENDINGS,
    PARTICIPANT_ROLES,
    PLAIN_MEMBER_WORDS,
    ROLES_AFTER_NAME,
    SEAT_TITLES,
    VISITOR_ROLES,
)

# Lines inside an attendance list that count people rather than name them.
_NOT_PEOPLE = lazy_compile(rf"\b({NOT_PEOPLE})\b", re.I)
# "Commissioners present:" makes each member listed a commissioner; "Non-voting observers": observers, whatever
# their seat; "Directors and Staff present" (two groups) gives neither's title.
_MEMBER_TITLE = lazy_compile(rf"^(?:non[- ]voting )?(?P<title>{any_of((*SEAT_TITLES, *MEMBER_TITLES, *VISITOR_ROLES))}"
                             r")s?\b(?!\s+(?:and|&)\s)", re.I)
# "Councillors D Richardson (Chair), R Healey and P Moran": the title covers the line.
_PLURAL_TITLES = any_of((*(f'{title}s' for title in MEMBER_TITLES), 'cllrs'))
_PLURAL_TITLE = lazy_compile(rf"^(?:{any_of(COUNCIL_TIERS)}\s+)?({_PLURAL_TITLES})\.?\s+(?=[A-Z])", re.I)
# "The Mayor (Mr X) and Councillors A, B and C": a plural title inside the line starts a run of its own.
_PLURAL_TITLE_INSIDE = lazy_compile(
    rf"(?:,\s*|\s+(?:and|&)\s+)(?=(?:{any_of(COUNCIL_TIERS)}\s+)?(?:{_PLURAL_TITLES})\.?\s+[A-Z])", re.I)
# "The Mayor (Mr B R Gardener), ...": an office first, then its holder's name in brackets.
_OFFICE_THEN_NAME = lazy_compile(rf"^(?:the\s+)?(?P<role>{ROLES_AFTER_NAME})\s*\((?P<name>[^()]+)\)"
                                 r"(?:\s*,\s*|\s+(?:and|&)\s+|\W*$)", re.I)


# The label of a list of those who came that does not set them apart from the members.
_GENERAL_IN_ATTENDANCE = lazy_compile(IN_ATTENDANCE_ONLY_LIST, re.I)


def extract_attendance(segments: Segments) -> Attendance:
    """The meeting's attendance: the lists the segmenter found, with the roles
    its role lines, signatures and form fields give."""
    # ("Ana ✅, Ben ❌": a roll of ticks and crosses with no key)
    return sorted_by_ticks(read_attendance(segments.attendance, read_role_lines(segments.role_mentions)))


def read_attendance(parts: list[AttendancePart], role_lines: list[tuple[str, str]] = ()) -> Attendance:  # type: ignore[assignment]
    """The four attendance lists, from labelled lines, lists and tables, with
    the roles that "Chair: X" / "Note taker: Y" lines give."""
    lists: dict[str, list[Attendee]] = {category: [] for category in Attendance.model_fields}
    parts = join_wrapped([_without_restated_label(p) for p in parts])
    parts = [replace(p, blocks=[replace(b, text=with_bracket_closed(b.text)) if b.kind is not BlockKind.TABLE else b
                                for b in p.blocks]) for p in parts]  # "Bo Ode (@bode, Foo": the bracket closed
    parts, keys = _roster_keys(parts)
    parts = _names_after_organisations(parts)
    parts = names_of_sign_in_lists(parts)  # "Ann Lee / Acme / @annl": one person a line, then their details
    affiliations = affiliation_fields([b.text for p in parts for b in p.blocks if b.kind is not BlockKind.TABLE])
    parts = _without_organisations_after(parts)
    parts = _without_repeated_affiliations(parts, affiliations)
    # "Ann Lee, Green Trust, Chair" on each line of the list: one person a line, in fields
    width = person_fields_layout([b.text for p in parts for b in p.blocks if b.kind is not BlockKind.TABLE])
    dashed = dashed_lists(parts)  # "Bo Li - Student/Researcher" on each line of a list
    # "Gus Tran, Met Office, UK [UKMO]": one person a line, then where from, in fields of any number
    listed = [b.text for p in parts for b in p.blocks if b.kind is not BlockKind.TABLE]
    affiliated = affiliated_fields_layout(listed) or comma_affiliation_layout(listed)  # "Stu Hood, Twitter"
    # "Abernethy, Clare" on each line of a list: one person a line, surname first
    surname_first = surname_first_layout([b.text for p in parts for b in p.blocks if b.kind is not BlockKind.TABLE])
    general_list: set[str] = set()  # entries under a bare "In attendance" label
    handle_lists = handle_lists_of(parts)  # labels over "- alice", "- bobm": user names, one a line
    for part in (narrated_beside_list(p, bool(lists[PRESENT])) for p in sentences_beside_list(parts)):
        general = part.category == IN_ATTENDANCE and bool(_GENERAL_IN_ATTENDANCE.fullmatch(part.label.strip()))
        names = [n for n in LIST_SEPARATOR.split(part.text.strip().rstrip(".")) if n] if not part.blocks else []
        handles = all_handles(names)  # "Attendees: alice, bobm, carol_k": user names, each a person as written
        entries = [(part.category, name, None) for name in names] if handles else \
            _entries(part, width, part.label in dashed, affiliated, surname_first)
        handles = handles or part.label in handle_lists
        added: list[Attendee] = []  # this part's people, in the order written
        for listed_in, listed_as, line_role in entries:
            category, entry = roll_call(listed_in, listed_as)
            if part.label in keys and part.category == PRESENT:
                category, entry = _marked(entry, *keys[part.label])
            person = parse_entry(without_reasons(entry) if category in (APOLOGIES, ABSENT) else entry)
            # "- ann (notes)" among "- Bo", "- Cy": a user name alone on a line of the list is someone too
            if person is None or not (_is_person(person.name) or handles or part.blocks and is_handle(entry)) or \
                    _MINUTES_BY_ENTRY.match(entry):
                continue
            if any(_same_entry(a, person) for a in lists[category]):
                continue
            role = label_role(part.label) or person.role or line_role or _member_role(part.label)
            role = None if category == APOLOGIES and role in APOLOGY_RECEIPT_VERBS else role  # "(accepted)": no role
            lists[category].append(Attendee(name=person.name, role=role, text=person.text))
            added.append(lists[category][-1])
            if general and category == IN_ATTENDANCE:
                general_list.add(person.text)
        plural_roles_back(added)
    for category, attendees in lists.items():
        lists[category] = _without_affiliation_roles(attendees)
    for label, names in role_lines:
        shared = _SHARED_ROLE.split(names)  # "Ann Lee (@al) / Bo Ode (@bo)": two people took it in turn
        if len(shared) == 1 and len(both := split_people(names)) > 1 and all(len(n.split()) > 1 for n in both):
            shared = both  # "Co-chairs: Ann Lee and Bo Ode": each a full name
        for name in shared:
            person = parse_entry(name) if len(shared) > 1 else None
            _apply_role_line(lists, label, person.name if person else name)
    if not lists[PRESENT]:
        # "In attendance:" as the only list of who came names those present, not visitors beside them
        lists[PRESENT] = [a for a in lists[IN_ATTENDANCE] if a.text in general_list and a.role not in
                          (CLERK, DEPUTY_CLERK, *VISITOR_ROLES)]
        lists[IN_ATTENDANCE] = [a for a in lists[IN_ATTENDANCE] if a not in lists[PRESENT]]
    # A clerk, an observer or a guest listed with those present attends without being a member.
    officers = [a for a in lists[PRESENT] if a.role in (CLERK, DEPUTY_CLERK, *VISITOR_ROLES)]
    lists[PRESENT] = [a for a in lists[PRESENT] if a not in officers]
    lists[IN_ATTENDANCE] = officers + lists[IN_ATTENDANCE]
    lists[PRESENT], lists[APOLOGIES] = settle_apologies(lists[PRESENT], lists[APOLOGIES],
                                                        members=any(part.membership for part in parts))
    return Attendance(**lists)


def _member_role(label: str) -> str | None:
    """"Commissioners present:" makes each member listed a commissioner."""
    m = _MEMBER_TITLE.match(label.strip())
    return normalise_role(m["title"]) if m else None


_CALLED_BY = lazy_compile(r"meeting called by", re.I)  # who called the meeting holds no role in it
_TAKEN_BY = lazy_compile(r"\s*(taken\s+)?by$", re.I)  # "Minutes taken by": the label's last words
_LOWER_CASE_WORD = lazy_compile(r"[a-z][\w.-]+")


def role_of_line(label: str) -> str | None:
    """The role a "Label: name" line gives ("Note taker" → "minute taker")."""
    if _CALLED_BY.match(label):
        return None
    if label.lower() in ("minutes", SIGNATURE_LABEL):
        return MINUTE_TAKER
    return normalise_role(_TAKEN_BY.sub("", label))


# " / " between two full names, each of two words or more: both held the role.
_SHARED_ROLE = lazy_compile(r"(?<=[\w)])\s+/\s+(?=[A-Z][\w'’.-]*\s+[A-Z])")


def _apply_role_line(lists: dict[str, list[Attendee]], label: str, name: str) -> None:
    """Give the named attendee the role; add them to those present when the
    lists do not name them (templates often list roles apart)."""
    role = role_of_line(label)
    if role in PARTICIPANT_ROLES and name.strip():
        # "Student Name: | 40126401": a form names a participant however it identifies them
        if not any(a.name == name.strip() for people in lists.values() for a in people):
            lists[PRESENT].append(Attendee(name=name.strip(), role=role, text=f"{label}: {name}"))
        return
    everyone = [a for people in lists.values() for a in people]
    roster = Roster([a.name for a in everyone])
    # "Moderator: Ann Lee [Acme] (@annl)": the name without its details may be listed
    resolved = roster.resolve(strip_honorifics(name)) or (entry := parse_entry(name)) and roster.resolve(entry.name)
    if resolved:
        for people in lists.values():
            for i, person in enumerate(people):
                if person.name == resolved and person.role is None and role:
                    people[i] = person.model_copy(update={"role": role})
        return
    person = parse_entry(name)
    if person is None or not _is_person(person.name) or len(person.name.split()) < 2:
        return
    # "Attendees: Cristina, Sean" + "Note taker: Cristina Hilario": one person.
    first = person.name.split()[0].lower()
    for people in lists.values():
        for i, attendee in enumerate(people):
            if attendee.name.lower() == first:
                people[i] = Attendee(name=person.name, role=attendee.role or role, text=attendee.text)
                return
    # "Present: Gillis, Marsh" + "Respectfully submitted, Rick Gillis": the surname the list gives is theirs
    last = person.name.split()[-1].lower()
    if any(attendee.name.lower() == last for people in lists.values() for attendee in people):
        return
    if role in MEETING_ROLES and label != SIGNATURE_LABEL:  # a signature's writer may not have been listed
        # "Recorder: Ann Lee (Board Administrative Assistant)" beside a list of the members: staff taking the minutes
        staff = role == MINUTE_TAKER and bool(lists[PRESENT]) and person.role is not None
        entry = Attendee(name=person.name, role=role, text=f"{label}: {name}")
        lists[IN_ATTENDANCE if staff else PRESENT].append(entry)


# "18 members including the committee (Ann Lee, Bo Li, Cy Ode)": a head count, then who in brackets.
# A tens word is spelt out: "County Cllr Ann Lee, Bo Li (Clerk)" counts nobody.
_COUNT_THEN_NAMES = lazy_compile(r"^\W*(?:\d+|[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[- ]\w+)?)\s+"
                                 r"[^()]{0,60}\((?P<names>[^()]+)\)\W*$", re.I)
# "Rohleder arrived shortly after the meeting began."
_ARRIVED = lazy_compile(rf"^(?P<name>{NAME})\s+(arrived|joined)\b")
# "34 members (list held by the Secretary), including Ann Lee (Chair) and Bo Li": a head count, then who.
_COUNT_INCLUDING = lazy_compile(r"^\W*\d+\s+[^,;]{0,80}?,?\s+including\s+(?P<names>.+)$", re.I)
_PUBLIC_AFTER_NAMES = lazy_compile(rf"\s+{PUBLIC_COUNT_AFTER_NAMES}$", re.I)
_MINUTES_BY_ENTRY = lazy_compile(rf"^\W*(?:{MINUTES_BY_PHRASE})", re.I)


def _entries(part: AttendancePart, width: int | None = None, dashed: bool = False,
             affiliated: bool = False, surname_first: bool = False) -> list[tuple[str, str, str | None]]:
    """(category, entry as written, the role a plural title or the list's role field gives);
    ``width`` is the number of fields of the list's "Name, Organisation, Role" lines, if it has them;
    ``dashed``: the list's lines are "Name - Role"."""
    out: list[tuple[str, str, str | None]] = []
    lines: list[str] = []
    written_lines = {b.text for b in part.blocks}
    if part.text:
        # The list is the first sentence; later ones may add a late arrival.
        text = _PUBLIC_AFTER_NAMES.sub("", part.text)  # "... P. Markwell together with 5 members of the public"
        first, *later = list_sentences(text)
        # "18 members including the committee (Ann Lee, Bo Li)": the names the count gives
        if m := _COUNT_THEN_NAMES.match(first) or _COUNT_INCLUDING.match(first):
            first = m["names"]  # "34 members, including Ann Lee (Chair) and Bo Li": the names the count gives
        lines.append(first)
        for sentence in later:
            if _MINUTES_BY_ENTRY.match(sentence):
                continue  # "Minutes by AL.": who took the minutes (see the meeting), not one more name
            if part.category == APOLOGIES and (restated := _RESTATED_APOLOGY.match(sentence)):
                # "No apologies from councillors. Apologies from Cllr Ann Lee noted.": the names of the later one
                lines.append(_NOTED_AT_END.sub("", sentence[restated.end():]))
                continue
            if m := _ARRIVED.match(sentence):
                out.append((part.category, m["name"], None))
            elif all(looks_like_name(p) for p in split_people(sentence)):
                lines[-1] += ", " + sentence  # "Graham Smith. Colin Solloway": a full stop for a comma
    for block in part.blocks:
        if block.kind is BlockKind.TABLE:
            out += _table_entries(block, part.category)
        elif (people := roster_people(block.text)) is not None:
            out += [(part.category, name, role) for name, role in people]  # "[x] Acme: Ann Lee (Primary)"
        else:
            lines.append(without_note_after_bracket(block.text))  # "Ann Lee and Bo Ode (Acme) - no guest"
    for line in map(initialled_columns, lines):
        if surname_first and line in written_lines:
            out.append((part.category, line, None))  # "Abernethy, Clare": one person, surname first
            continue
        if width and line in written_lines and (fields := person_from_fields(line, width)):
            out.append((part.category, *fields))  # "Ann Lee, Green Trust, Chair": one person
            continue
        if affiliated and line in written_lines:
            out.append((part.category, *person_from_affiliation(line)))  # "Gus Tran, Met Office, UK [UKMO]"
            continue
        if dashed and line in written_lines | {part.text.strip()} and (people := people_from_dash(line)):
            # "Bo Li - Student/Researcher": one person and their role; "Al Roe and Bo Li - Reps": two
            out += [(part.category, *fields) for fields in people]
            continue
        if line in written_lines and (person := person_before_dash(line)):
            out.append((part.category, *person))  # "Bo Ode - Head of Finance, Acme": one person
            continue
        out += _titled_runs(line, part.category)
    return out


# (the stop first, what stands before it after: a pattern opening with a look-behind is tried at every character)
def _titled_runs(text: str, category: str) -> list[tuple[str, str, str | None]]:
    """The entries of one list line, read run by run where plural titles start runs inside it."""
    out: list[tuple[str, str, str | None]] = []
    if runs := status_runs(text):  # "Ann Lee, Bo Li present; Cy Ode absent"
        return [(listed_in, e, None) for listed_in, names in runs for e in split_people(names)]
    if held := offices_then_holders(text):
        return [(category, name, role) for name, role in held]  # "Staff Officer (Ms. V. Thompson), ..."
    if (titled := lower_case_title_runs(text, category)) is not None:  # "supervisors Ann Lee, clerk Bo Li"
        return titled
    for line in _PLURAL_TITLE_INSIDE.split(text):
        if office := _OFFICE_THEN_NAME.match(line.strip()):
            out.append((category, office["name"], normalise_role(office["role"])))
            line = line.strip()[office.end():]
        title = _PLURAL_TITLE.match(line)
        if not title:
            out += [(category, e, None) for e in split_people(line)]
            continue
        covered, after = _title_run(line[title.end():])
        role = _member_role(title.group(1))
        out += [(category, e, role) for e in split_people(covered)]
        # "Councillors A, B and C, D (EDC)": the title's list ends at its "and"; those after are not members
        out += [(IN_ATTENDANCE if category == PRESENT else category, e, None)
                for e in split_people(after)]
    return out


def _same_entry(listed: Attendee, person: PersonEntry) -> bool:
    """Whether ``person`` repeats someone already listed; "Mrs Gardiner" and
    "Gardiner" in one list are two people, told apart by the title."""
    if listed.name.lower() != person.name.lower():
        return False
    return listed.text.lower() == person.text.lower() or len(person.name.split()) > 1


# The "and" that closes a list of names, outside brackets, and the comma after its last name.
_LIST_AND = lazy_compile(r"\s(?:and|&)\s+(?![^(]*\))", re.I)


def _title_run(text: str) -> tuple[str, str]:
    """The names a plural title covers ("D Thompson, N Armstrong and P Clarke") and
    what the line lists after them."""
    closing = _LIST_AND.search(text)
    if closing is None:
        return text, ""
    comma = re.compile(r",(?![^(]*\))").search(text, closing.end())
    return (text[:comma.start()], text[comma.end():]) if comma else (text, "")


# "Name/Nym": the name column, another thing it may hold after a slash.
_NAME_HEADER = lazy_compile(rf"^({ATTENDANCE_NAME_COLUMN})(?:\s*/\s*\w+)?$", re.I)
_ROLE_HEADER = lazy_compile(rf"^({ATTENDANCE_ROLE_COLUMN})$", re.I)


def _table_entries(block: Block, category: str) -> list[tuple[str, str, str | None]]:
    """People in an attendance table: a "Name | Role" table, or one per cell, with the
    role a group cell gives the names after it ("Present | Parish Councillors | Bride")."""
    if (by_column := label_column_entries(block)) is not None:
        return by_column  # "Attending: | Absent:": each column's names under its label
    header = [c.strip() for c in block.rows[0]] if block.rows else []
    name_col = next((i for i, c in enumerate(header) if _NAME_HEADER.match(c)), None)
    if name_col is None and any(_ROLE_HEADER.match(c) for c in header):  # "Present | Role": a label heads the names
        labelled = [(i, found) for i, c in enumerate(header) if (found := attendance_label(c)) and not found.rest]
        name_col, category = (labelled[0][0], labelled[0][1].category) if labelled else (None, category)
    if name_col is not None:
        return named_columns(block, header, name_col, category)
    out: list[tuple[str, str, str | None]] = []
    group_role: str | None = None
    for row in block.rows:
        cells = [c for c in row if c.strip()]
        if not cells:
            continue
        label = attendance_label(cells[0]) if not _group_role(cells[0]) else None  # "Trustees": a group
        if label:
            category, group_role = label.category, None
            names = _names_after(label)
            cells = ([names] if names else []) + cells[1:]
        if cells and (role := _group_role(cells[0])):
            group_role, cells = role, cells[1:]  # "Parish Councillors": the title of the names beside and below
        elif len(cells) > 1 and (role := _role_cell(cells[0])):
            group_role, cells = role, cells[1:]  # "Chairman: | Ann Lee": the role of the names beside and below
        if len(cells) == 2 and (status := status_and_note(cells[1]))[0]:  # a roll call: "Ann Lee | Present"
            out.append((status[0] or category, cells[0], normalise_role(status[1]) if status[1] else group_role))
            continue
        if len(cells) == 3 and (status := status_and_note(cells[2]))[0] and (held := office_and_holder(cells[:2])):
            out.append((status[0], held[1], normalise_role(held[0])))  # "Commodore | Ann Lee | Present"
            continue
        # "Ann Lee | Church Steward" (not "Ann Lee, Chair | Bo Ode, Treasurer": each cell a person and role)
        if len(cells) == 2 and "," not in cells[0] and looks_like_name(cells[0]) and says_what_they_do(cells[1]):
            # "Cllr A Lee | Chair": the column's role, not the title's ("councillor"): written as the entry's own
            titled = (own := parse_entry(cells[0])) is not None and own.role is not None
            out.append((category, f"{cells[0]} ({cells[1]})", None) if titled else
                       (category, cells[0], normalise_role(cells[1])))
            continue
        if len(cells) == 2 and len(cells[0].split()) >= 2 and cells[1].lower() in PLAIN_MEMBER_WORDS:
            out.append((category, cells[0], None))  # "Bo Li | Member": a seat, no role
            continue
        if len(cells) == 2 and not looks_like_name(cells[1]):
            out.append((category, f"{cells[0]} ({cells[1]})", group_role))
            continue
        for cell in cells:
            out += [(category, e, group_role) for e in split_people(_SHARED_NOTE.sub("", cell))]
    return out


# "Mrs Clark and Jones (both CDC)": a note on everyone before it, not a role of the last.
_SHARED_NOTE = lazy_compile(r"\s*\((?:both|all) [^)]*\)", re.I)
# A cell that only names a group of members by their title ("Parish Councillors", "Trustees").
_GROUP_CELL = lazy_compile(rf"^(?:{any_of(COUNCIL_TIERS)}\s+)?(?P<title>{any_of(MEMBER_TITLES)})s\s*:?$", re.I)


def _role_cell(cell: str) -> str | None:
    """The role a cell before names gives them: "Chairman:", "Parish Councillor"."""
    m = _SINGLE_TITLE_CELL.match(cell.strip())
    if m:
        return normalise_role(m["title"])
    return normalise_role(cell) if is_known_role(cell) else None

# A cell naming one member's title ("Parish Councillor", "Councillor:").
_SINGLE_TITLE_CELL = lazy_compile(rf"^(?:{any_of(COUNCIL_TIERS)}\s+)?(?P<title>{any_of(MEMBER_TITLES)})\s*:?$", re.I)


def _group_role(cell: str) -> str | None:
    """The role a group cell gives its members: "Parish Councillors" → councillor."""
    m = _GROUP_CELL.match(cell.strip())
    return normalise_role(m["title"]) if m else None


# --- rosters: a key to the mark beside names, and "Acme - Ann Lee / Bo Li" lines --------

def _roster_keys(parts: list[AttendancePart]) -> tuple[list[AttendancePart], dict[str, tuple[str, str]]]:
    """The parts without the roster's key ("+ indicates attending"), and the key (mark, list)
    each list label's roster is written with."""
    keys: dict[str, tuple[str, str]] = {}
    out: list[AttendancePart] = []
    for part in parts:
        blocks: list[Block] = []
        for block in part.blocks:
            key = attendance_key(block.text) if block.kind is not BlockKind.TABLE else None
            if key is None:
                blocks.append(block)
                continue
            keys[part.label] = key[:2]
            if key[2]:  # the key written on after the last name
                blocks.append(replace(block, text=key[2]))
        text = part.text
        if text and (key := attendance_key(text)):
            keys[part.label], text = key[:2], key[2]
        out.append(replace(part, text=text, blocks=blocks))
    return out, keys


def _marked(entry: str, mark: str, listed_in: str) -> tuple[str, str]:
    """The list a roster's mark puts the entry in ("Ann Lee +" with "+ indicates attending"),
    and the entry without it; an entry without the mark is in the other list."""
    pattern = re.compile(rf"^\s*{re.escape(mark)}+\s*|\s*{re.escape(mark)}+\s*$")
    if pattern.search(entry):
        return listed_in, pattern.sub("", entry)
    return (ABSENT if listed_in == PRESENT else PRESENT), entry


# "Acme - Ann Lee + / Bo Li": the organisation, then its member and their alternate.
_ORG_THEN_NAMES = lazy_compile(r"^(?P<org>[^-–—/()]{1,40}?)\s+[-–—]\s+(?P<names>.+)$")
_ALTERNATE = lazy_compile(r"\s+/\s+(?![^()]*\))")
_ENTRY_MARK = lazy_compile(rf"\s*{ATTENDANCE_MARKS}+\s*$")


def _names_after_organisations(parts: list[AttendancePart]) -> list[AttendancePart]:
    """A roster whose lines open with the organisation ("Acme - Ann Lee / Bo Li") in most of
    its lines with alternates: each line's names, the organisation left out."""
    lines = [b.text for p in parts for b in p.blocks if b.kind is not BlockKind.TABLE]
    with_alternates = [m for line in lines if (m := _ORG_THEN_NAMES.match(line)) and _ALTERNATE.search(m["names"])]
    if not with_alternates or 2 * len(with_alternates) < len([line for line in lines if _ORG_THEN_NAMES.match(line)]):
        return parts
    out = []
    for part in parts:
        blocks = [replace(b, text=", ".join(_ALTERNATE.split(m["names"])))
                  if b.kind is not BlockKind.TABLE and (m := _ORG_THEN_NAMES.match(b.text))
                  and all(looks_like_name(_ENTRY_MARK.sub("", n)) or "(" in n for n in _ALTERNATE.split(m["names"]))
                  else b for b in part.blocks]
        out.append(replace(part, blocks=blocks))
    return out


# The fewest entries of a list with an organisation in brackets ("Bo Li (Acme Ltd)") before a
# lower-case one-word bracket beside another name ("(adorsys)") reads as an organisation too.
MIN_BRACKETED_ORGANISATIONS = 2
_BRACKET = lazy_compile(r"\(([^()]+)\)")


def _without_affiliation_roles(attendees: list[Attendee]) -> list[Attendee]:
    """A list whose brackets say where people are from: a one-word bracket that is no role
    ("Ann Lee (acme)") is their organisation written in lower case, not a role."""
    brackets = [m[1] for a in attendees if (m := _BRACKET.search(a.text))]
    if sum(1 for b in brackets if names_an_organisation(b)) < MIN_BRACKETED_ORGANISATIONS:
        return attendees
    return [a.model_copy(update={"role": None})
            if a.role and _LOWER_CASE_WORD.fullmatch(a.role) and not is_role_word(a.role) and
            (m := _BRACKET.search(a.text)) and m[1].strip().lower() == a.role else a for a in attendees]


def _without_repeated_affiliations(parts: list[AttendancePart], affiliations: set[str]) -> list[AttendancePart]:
    """Lines that end in fields several lines repeat ("Ann Lee, Acme, Research" and "Bo Li,
    Acme, Research"): those fields say where people are from, so they are dropped."""
    if not affiliations:
        return parts
    for part in parts:
        part.blocks = [replace(b, text=fields_before(b.text, affiliations)) if b.kind is not BlockKind.TABLE
                       else b for b in part.blocks]
    return parts


def _without_organisations_after(parts: list[AttendancePart]) -> list[AttendancePart]:
    """A list whose lines each end in where the people are from ("Bo Li and Cy Ode, Acme"):
    its people only, one label's list at a time."""
    for label in dict.fromkeys(p.label for p in parts):
        group = [p for p in parts if p.label == label]
        lines = [b.text for p in group for b in p.blocks if b.kind is not BlockKind.TABLE]
        if not organisation_last_layout(lines) or any(p.text.strip() for p in group):
            continue
        for part in group:
            part.blocks = [replace(b, text=names_before_organisation(b.text)) if b.kind is not BlockKind.TABLE
                           else b for b in part.blocks]
    return parts


def _is_person(name: str) -> bool:
    if _NOT_PEOPLE.search(name):
        return False
    words = name.split()  # "Mary Cole, Acme Management": the managing agent after its person is no one
    return looks_like_name(name) and not (len(words) >= 2 and words[-1].lower().strip(".") in ORGANISATION_ENDINGS)


# --- what the segmenter recorded: role mentions and labels said again ------------

# "Apologies: Apologies were received from B. Mooney": the label said again.
# "Apologies for Absence: were received from Ann Lee": the label's own sentence going on after the colon.
_RESTATED_APOLOGY = lazy_compile(rf"^({APOLOGY_WORDS})\s+(were\s+|was\s+)?(received\s+|sent\s+)?from\s+"
                                 rf"|^(?:were|was|have been|had been)\s+(?:{any_of(APOLOGY_RECEIPT_VERBS)})"
                                 r"\s+from\s*:?\s+", re.I)
# "... C Sampson noted.": the sentence's verb after the names.
_NOTED_AT_END = lazy_compile(r"\s+(?:(?:were|was)\s+)?(?:noted|accepted|received)\W*$", re.I)


def _names_after(label: AttendanceLabel) -> str:
    """The names after an attendance label, without the label said again."""
    rest = _RESTATED_APOLOGY.sub("", label.rest) if label.after_colon else label.rest
    return apology_sentences(rest) if label.category == APOLOGIES else rest


def _without_restated_label(part: AttendancePart) -> AttendancePart:
    """The part with only the names as its text ("B. Mooney", not "Apologies were received from B. Mooney")."""
    text = _RESTATED_APOLOGY.sub("", part.text) if part.after_colon else part.text
    return replace(part, text=apology_sentences(text) if part.category == APOLOGIES else text)
