"""From a loaded document to a validated record: segment, then extract each part."""

from __future__ import annotations

import datetime as dt
import hashlib

from notes_extract.dates import infer_day_first
from notes_extract.document import Document
from notes_extract.extractors.actions import (
    Draft,
    apply_updates,
    line_action,
    link,
    place_in_sections,
    split_owners,
    status_update,
    table_actions,
)
from notes_extract.extractors.attendance import extract_attendance
from notes_extract.extractors.closing import NONE_DECLARED, declarations, next_meeting
from notes_extract.extractors.context import Context
from notes_extract.extractors.decisions import read_decision
from notes_extract.extractors.meeting import extract_meeting
from notes_extract.extractors.sections import block_points, read_heading, section_kind
from notes_extract.models import Decision, MinutesRecord, Point, Section, Source
from notes_extract.nlp import proper_nouns
from notes_extract.people import Roster
from notes_extract.segment import SectionSpan, next_meeting_label, segment

# Section kinds that are agenda items in their own right even when the
# minutes record nothing under them.
_KEEP_EMPTY = {"declarations", "previous_minutes", "action_review", "aob", "report"}


def build_record(doc: Document, data: bytes, *, source_name: str | None) -> MinutesRecord:
    """The record of the one meeting ``doc`` holds."""
    warnings = list(doc.warnings)
    seg = segment(doc.blocks)
    attendance = extract_attendance(seg.attendance, seg.role_lines)
    roster = Roster([p.name for people in (attendance.present, attendance.apologies,
                                           attendance.absent, attendance.in_attendance)
                     for p in people])
    day_first = infer_day_first("\n".join(b.text for b in doc.blocks))
    meeting = extract_meeting(doc, seg.title_blocks, attendance, roster, day_first=day_first,
                              source_name=source_name or "", warnings=warnings, role_lines=seg.role_lines)
    meeting_date = dt.date.fromisoformat(meeting.date) if meeting.date else None
    # Whoever an action table names as an owner is a name, known or not.
    table_owners = {name for table in seg.action_tables if "owner" in table.columns
                    for row in table.table.rows[1:] if len(row) > table.columns["owner"]
                    for name in split_owners(row[table.columns["owner"]])}
    ctx = Context(roster=roster, meeting_date=meeting_date, day_first=day_first,
                  names=proper_nouns([b.text for b in doc.blocks]) | table_owners)

    sections, line_drafts, decisions, updates, declared = _read_sections(seg.sections, ctx)
    for block in seg.loose_blocks:
        if decision := read_decision(block.text, roster, section=None):
            decisions.append(decision)

    table_drafts = [d for table in seg.action_tables for d in table_actions(table, ctx)]
    for block in seg.action_lines:
        for text, _level in block_points(block):
            if draft := line_action(text, ctx, section=None, labelled=True):
                line_drafts.append(draft)
    drafts = link(table_drafts, line_drafts, ctx)
    place_in_sections(drafts, [(s.title, [p.text for p in s.points]) for s in sections])
    for wording, status, words in apply_updates(drafts, updates, ctx):
        # An update on an action this document never listed: record it, as reported.
        if draft := line_action(wording, ctx, section=None):
            draft.status, draft.status_text, draft.origin = status, words, "previous_meeting"
            drafts.append(draft)

    nm = None
    if seg.next_meeting:
        nm = next_meeting(seg.next_meeting, next_meeting_label(seg.next_meeting[0].text) or "", ctx)

    all_texts = [b.text for b in doc.blocks]
    interests = declarations(declared, all_texts)

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


def _read_sections(
    spans: list[SectionSpan], ctx: Context
) -> tuple[list[Section], list[Draft], list[Decision], list[tuple[str, str, str]], list[str]]:
    """Sections with their points, plus the actions, decisions, action updates
    and declared interests their points state."""
    sections: list[Section] = []
    drafts: list[Draft] = []
    decisions: list[Decision] = []
    updates: list[tuple[str, str, str]] = []
    declared: list[str] = []
    for i, span in enumerate(spans):
        head = read_heading(span, ctx.roster)
        kind = section_kind(head.title)
        raw_points = ([(head.lead_point, 0)] if head.lead_point else []) + [
            p for block in span.blocks for p in block_points(block)
        ]
        points: list[Point] = []
        for text, level in raw_points:
            if kind != "declarations" and NONE_DECLARED.search(text):
                declared.append(text)  # "No conflicts of interest were declared."
                continue
            if kind == "declarations":
                declared.append(text)
            point_kind = "point"
            update = status_update(text) if kind == "action_review" else None
            if update:
                updates.append(update)
            elif draft := line_action(text, ctx, section=head.title):
                if kind == "action_review":
                    draft.origin = "previous_meeting"
                    draft.section = None
                drafts.append(draft)
                point_kind = "action"
            if decision := read_decision(text, ctx.roster, section=head.title):
                decisions.append(decision)
                point_kind = "decision" if point_kind == "point" else point_kind
            points.append(Point(text=text, level=level, kind=point_kind))  # type: ignore[arg-type]
        if not points and kind not in _KEEP_EMPTY and _groups_next(span, spans[i + 1:]):
            continue  # a heading that only groups the items after it
        sections.append(Section(title=head.title, heading_text=span.heading_text, kind=kind,  # type: ignore[arg-type]
                                presenter=head.presenter, points=points))
    return sections, drafts, decisions, updates, declared


def _groups_next(span: SectionSpan, rest: list[SectionSpan]) -> bool:
    return bool(rest)
