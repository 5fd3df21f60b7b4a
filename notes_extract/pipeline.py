"""From a loaded document to a validated record: segment, then extract each part."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from dataclasses import dataclass, field

from notes_extract.dates import infer_day_first
from notes_extract.document import Block, BlockKind, Document
from notes_extract.extractors.actions import (
    ACTION_LABEL,
    Draft,
    apply_updates,
    line_action,
    link,
    place_in_sections,
    point_actions,
    split_owners,
    status_of,
    status_update,
    table_actions,
)
from notes_extract.extractors.attendance import extract_attendance, read_role_lines
from notes_extract.extractors.closing import NONE_DECLARED, declarations, next_meeting, next_meeting_mention
from notes_extract.extractors.context import Context
from notes_extract.extractors.decisions import ELECTIONS, decisions_in, election_result, table_decisions
from notes_extract.extractors.meeting import extract_meeting
from notes_extract.extractors.sections import (
    block_points,
    clean_title,
    read_heading,
    section_kind,
    strip_numbering,
)
from notes_extract.limits import Deadline
from notes_extract.models import Decision, MinutesRecord, Point, Section, Source
from notes_extract.nlp import find_commitments, proper_nouns, sentences
from notes_extract.people import Roster, entry_aliases, normalise_role, strip_honorifics
from notes_extract.segment import (
    DECISION_LABELS,
    FIELD_LABELS,
    SectionSpan,
    next_meeting_label,
    segment,
)

# Roles one person holds, so that "the Clerk" in the minutes is that person.
_OFFICE_ROLES = {"chair", "clerk", "secretary", "treasurer", "minute taker", "president", "vice-chair",
                 "deputy clerk"}

# Section kinds that are agenda items in their own right even when the
# minutes record nothing under them.
_KEEP_EMPTY = {"declarations", "previous_minutes", "action_review", "aob", "report"}


def build_record(doc: Document, data: bytes, *, source_name: str | None,
                 meeting_number: tuple[int, int] | None = None, deadline: Deadline | None = None) -> MinutesRecord:
    """The record of the one meeting ``doc`` holds (meeting ``n`` of ``total``
    in a meeting log when ``meeting_number`` is given)."""
    warnings = list(doc.warnings)
    if meeting_number:
        warnings.append("Meeting {} of {} in this document, which was split at its date lines.".format(
            *meeting_number))
    seg = segment(doc.blocks)
    attendance = extract_attendance(seg.attendance, role_lines := read_role_lines(seg.role_mentions))
    everyone = [p for people in (attendance.present, attendance.apologies, attendance.absent,
                                 attendance.in_attendance) for p in people]
    holders: dict[str, list[str]] = {}
    for person in everyone:
        if person.role:
            holders.setdefault(person.role, []).append(person.name)
    roster = Roster([p.name for p in everyone],
                    {alias: p.name for p in everyone for alias in entry_aliases(p.text)},
                    {role: names[0] for role, names in holders.items()
                     if len(names) == 1 and role in _OFFICE_ROLES})
    day_first = infer_day_first("\n".join(b.text for b in doc.blocks))
    meeting = extract_meeting(doc, seg.title_blocks, attendance, roster, day_first=day_first,
                              source_name=source_name or "", warnings=warnings, role_lines=role_lines,
                              fields=seg.fields)
    meeting_date = dt.date.fromisoformat(meeting.date) if meeting.date else None
    # Whoever an action table names as an owner is a name, known or not.
    table_owners = {name for table in seg.action_tables if "owner" in table.columns
                    for row in table.table.rows[1:] if len(row) > table.columns["owner"]
                    for name in split_owners(row[table.columns["owner"]])}
    ctx = Context(roster=roster, meeting_date=meeting_date, day_first=day_first,
                  names=proper_nouns([b.text for b in doc.blocks]) | table_owners)

    role_holders = {p.role: p.name for people in (attendance.present, attendance.in_attendance)
                    for p in people if p.role}
    reading = _read_sections(seg.sections, ctx, role_holders, deadline, source_name)
    sections = merge_agenda(reading.sections, seg.agenda)
    decisions = reading.decisions
    loose = decisions_in([sentences(b.text) for b in seg.loose_blocks], roster, section=None)
    decisions = [d for _, d in loose] + decisions
    decisions += [d for table in seg.motion_tables for d in table_decisions(table, roster)]
    line_drafts = [d for b in seg.loose_blocks for d in point_actions(b.text, ctx, section=None)]
    line_drafts += reading.drafts

    table_drafts = [d for table in seg.action_tables for d in table_actions(table, ctx)]
    line_drafts += _action_list(seg.action_lines, ctx)
    drafts = link(table_drafts, line_drafts, ctx)
    place_in_sections(drafts, [(s.title, [p.text for p in s.points]) for s in sections])
    for wording, status, words in apply_updates(drafts, reading.updates, ctx):
        # An update on an action this document never listed: record it, as reported.
        if draft := line_action(wording, ctx, section=None):
            draft.status, draft.status_text, draft.origin = status, words, "previous_meeting"
            drafts.append(draft)

    nm = None
    if seg.next_meeting:
        nm = next_meeting(seg.next_meeting, next_meeting_label(seg.next_meeting[0].text) or "", ctx)
    if nm is None or nm.date is None and nm.tbc and not re.search(r"\b(tbc|tbd|tba|to be)\b", nm.text, re.I):
        nm = next_meeting_mention([b.text for b in doc.blocks], ctx) or nm
    front = next((v for k, v in doc.metadata.items() if re.fullmatch(r"next[-_ ]?meeting(_date)?", k, re.I)), "")
    if nm is None and front:
        # front matter: "next-meeting: 2026-06-04"
        nm = next_meeting([Block(kind=BlockKind.PARAGRAPH, text=front)], front, ctx)

    all_texts = [b.text for b in doc.blocks]
    interests = declarations(reading.declared, all_texts)

    if not attendance.present and not attendance.apologies:
        warnings.append("No attendance list was found.")
    if not sections:
        warnings.append("No discussion sections were found.")

    return MinutesRecord(
        source=Source(path=source_name, format=doc.format,  # type: ignore[arg-type]
                      sha256=hashlib.sha256(data).hexdigest(), pages=doc.pages),
        meeting=meeting,
        attendance=attendance,
        actions=[d.to_model(ctx) for d in drafts],
        decisions=decisions,
        sections=sections,
        declarations_of_interest=interests,
        next_meeting=nm,
        warnings=warnings,
    )


@dataclass
class _SectionReading:
    sections: list[Section] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    updates: list[tuple[str, str, str]] = field(default_factory=list)
    declared: list[str] = field(default_factory=list)


def _action_list(blocks: list[Block], ctx: Context) -> list[Draft]:
    """Actions listed under an Actions heading: every line is one, and an
    unlabelled line that follows a labelled one without being a task of its
    own continues it ("AI: Tomas draft policy ..." then "void -> int returns")."""
    drafts: list[Draft] = []
    for block in blocks:
        for text, _level in block_points(block):
            labelled = bool(ACTION_LABEL.match(text))
            if drafts and not labelled and any(ACTION_LABEL.match(b.text) for b in blocks) and \
                    not find_commitments(text, ctx.roster, ctx.names):
                drafts[-1].text = f"{drafts[-1].text} {text.strip()}"
                continue
            new = point_actions(text, ctx, section=None, labelled=True)
            if block.label and len(new) == 1 and new[0].ref is None:
                new[0].ref = block.label.strip().rstrip(".)").lstrip("(")  # "1." of a numbered action list
            drafts += new
    return drafts


def _read_sections(spans: list[SectionSpan], ctx: Context, role_holders: dict[str, str],
                   deadline: Deadline | None = None, source_name: str | None = None) -> _SectionReading:
    """Sections with their points, plus the actions, decisions, action updates
    and declared interests their points state."""
    out = _SectionReading()
    for i, span in enumerate(spans):
        if deadline is not None:
            deadline.check(source_name, f"reading item {i + 1} of {len(spans)}")
        following_items = i + 1 < len(spans)
        head = read_heading(span, ctx.roster)
        kind = section_kind(head.title)
        if kind == "discussion" and span.parent and section_kind(span.parent) == "report":
            kind = "report"  # an item under a "Reports" heading
        presenter = head.presenter or _presenter_from_role(head.title, role_holders)
        if presenter is None and (person := ctx.roster.resolve(head.title)) and \
                len(strip_honorifics(head.title).split()) <= 3:
            presenter, kind = person, "report"  # an item named after the person reporting
        if presenter is None and span.presenter_hint:
            presenter = ctx.roster.resolve_or_keep(span.presenter_hint)

        raw = ([(head.lead_point, 0, None)] if head.lead_point else []) + [
            (text, level, block.label if block.kind is BlockKind.LIST_ITEM else None)
            for block in span.blocks for text, level in block_points(block)
        ]
        points: list[Point] = []
        labels: list[str | None] = []  # each point's list number or letter, as written
        runs: list[tuple[bool, list[int]]] = [(False, [])]  # (decision label in force, point indices)
        last_action: tuple[Draft, int] | None = None  # the latest action and its point's level
        for text, level, label in raw:
            if FIELD_LABELS.match(text):
                runs.append((bool(DECISION_LABELS.match(text)), []))
                continue
            if kind != "declarations" and NONE_DECLARED.search(text):
                out.declared.append(text)  # "No conflicts of interest were declared."
                continue
            if kind == "declarations":
                out.declared.append(text)
            point_kind = "point"
            update = status_update(text) if kind == "action_review" else None
            if update:
                out.updates.append(update)
            elif (status := _STATUS_ONLY.match(text)) and last_action and last_action[1] < level:
                # "Action Complete" under an action: its status, not a new action
                last_action[0].status = status_of(status["words"]) or "done"  # type: ignore[assignment]
                last_action[0].status_text = status["words"]
            else:
                drafts = point_actions(text, ctx, section=head.title)
                for draft in drafts:
                    if kind == "action_review" and (_REVIEWS_ACTIONS.search(head.title) or draft.status_text):
                        draft.origin, draft.section = "previous_meeting", None
                if drafts:
                    out.drafts += drafts
                    point_kind = "action"
                    last_action = (drafts[-1], level)
            runs[-1][1].append(len(points))
            points.append(Point(text=text, level=level, kind=point_kind))  # type: ignore[arg-type]
            labels.append(label)

        if ELECTIONS.search(head.title):
            for point in points:
                if decision := election_result(point.text, ctx.roster, section=head.title):
                    out.decisions.append(decision)
                    point.kind = "decision"
        for all_decisions, indices in runs:
            indices = [k for k in indices if points[k].kind != "decision"]
            found = decisions_in([sentences(points[k].text) for k in indices], ctx.roster,
                                 section=head.title, all_decisions=all_decisions)
            decided = {indices[index] for index, _ in found}
            for index, decision in found:
                out.decisions.append(decision)
                point = points[indices[index]]
                if point.kind == "point":
                    point.kind = "decision"
                if decision.text.endswith(":"):
                    # "... be made as follows:" and the numbered list it introduces
                    for k in range(indices[index] + 1, len(points)):
                        if labels[k] is None or k in decided:
                            break
                        decision.text = f"{decision.text} {labels[k]} {points[k].text}"
        if not points and not span.tables and (kind not in _KEEP_EMPTY or following_items):
            continue  # a heading that only groups the items after it, or a form label left blank
        out.sections.append(Section(title=head.title, heading_text=span.heading_text, kind=kind,  # type: ignore[arg-type]
                                    presenter=presenter, points=points))
    return out


# A line that only reports the state of the action above it: "Action Complete".
_STATUS_ONLY = re.compile(r"^\W*(?:action\s+)?(?P<words>(?:complete[d]?|done|closed|finished|in progress|ongoing)"
                          r"(?:-ish)?)\W*$", re.I)
# A review of earlier actions, as opposed to "Matters arising" in general.
_REVIEWS_ACTIONS = re.compile(r"\bactions?\b|\baction (log|items)\b", re.I)

_ROLE_REPORT = re.compile(r"^(?P<role>[\w -]{3,30}?)['’]s?\s+report\b", re.I)


def _presenter_from_role(title: str, role_holders: dict[str, str]) -> str | None:
    """"Treasurer's Report" is presented by whoever the attendance lists as treasurer."""
    m = _ROLE_REPORT.match(title)
    if not m:
        return None
    return role_holders.get(normalise_role(m["role"]) or "")


def merge_agenda(sections: list[Section], agenda: list[str]) -> list[Section]:
    """Sections in agenda order: the minutes' own heading for each agenda item
    that has one, the agenda item itself for those the minutes pass over
    without a heading, and the remaining headings where they stand."""
    if not agenda:
        return sections
    titles = [strip_numbering(clean_title(a)) for a in agenda]
    matched: dict[int, int] = {}  # agenda index → section index
    for a, title in enumerate(titles):
        best, best_score = None, 0.0
        for j, section in enumerate(sections):
            if j in matched.values():
                continue
            score = difflib.SequenceMatcher(None, title.lower(), section.title.lower()).ratio()
            if score > best_score:
                best, best_score = j, score
        if best is not None and best_score >= 0.75:
            matched[a] = best
    # Only an agenda the minutes follow (most items have their heading) speaks for
    # the items the minutes pass over; otherwise it is a plan, not the record.
    add_unmatched = len(matched) * 2 >= len(titles)
    out: list[Section] = []
    used: set[int] = set()
    for a, title in enumerate(titles):
        if a in matched:
            j = matched[a]
            # headings the minutes have before this one and no agenda item took
            for k in range(j):
                if k not in used and k not in matched.values():
                    out.append(sections[k])
                    used.add(k)
            out.append(sections[j])
            used.add(j)
        elif title and add_unmatched:
            out.append(Section(title=title, heading_text=agenda[a], kind=section_kind(title)))  # type: ignore[arg-type]
    out += [s for k, s in enumerate(sections) if k not in used]
    return out
