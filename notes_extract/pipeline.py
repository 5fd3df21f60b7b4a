"""From a loaded document to a validated record: segment, then extract each part.

This module is wiring only: each step is one extractor's entry point, and
what a step needs from an earlier one is passed to it by name.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from notes_extract.dates import FoundDate, infer_day_first
from notes_extract.document import Block, Document
from notes_extract.extractors.actions import extract_actions
from notes_extract.extractors.attendance import extract_attendance
from notes_extract.extractors.closing import declarations, extract_next_meeting, mentioned_next_meeting
from notes_extract.extractors.context import Context
from notes_extract.extractors.decisions import extract_decisions
from notes_extract.extractors.inline_due import date_next_meeting_dues
from notes_extract.extractors.meeting import extract_meeting
from notes_extract.extractors.notes_points import reattached
from notes_extract.extractors.sections import read_sections
from notes_extract.extractors.table_owners import action_owner_names
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.limits import Deadline
from notes_extract.models import MinutesRecord, Source, notices_for
from notes_extract.nlp import proper_nouns
from notes_extract.people import roster_of
from notes_extract.people_lists import all_names, split_people
from notes_extract.segment import segment
from notes_extract.segment.arising_parts import fold_arising_parts
from notes_extract.segment.attachments import without_attachment
from notes_extract.segment.attendance_sentences import split_attendance_sentences
from notes_extract.segment.bold_labels import colon_after_bold_labels
from notes_extract.segment.caps_run_ins import title_caps_run_ins
from notes_extract.segment.caps_stops import unstopped_caps_titles
from notes_extract.segment.chat_headers import read_chat_headers
from notes_extract.segment.chat_logs import unwrap_chat_logs
from notes_extract.segment.first_outline_item import number_first_outline_items
from notes_extract.segment.flattened import unflatten_items
from notes_extract.segment.form_labels import values_under_form_labels
from notes_extract.segment.grouped_items import title_grouped_items
from notes_extract.segment.inline_bullets import cut_inline_bullets
from notes_extract.segment.inline_caps import cut_inline_caps_headings
from notes_extract.segment.labels import attendance_label
from notes_extract.segment.marked_headings import marks_headings
from notes_extract.segment.meetbot_raw import read_meetbot_log
from notes_extract.segment.meetbot_summary import read_meetbot_summary
from notes_extract.segment.minute_refs import number_minute_refs
from notes_extract.segment.numbered_body import title_numbered_body
from notes_extract.segment.numbered_minutes import title_numbered_minutes
from notes_extract.segment.numbered_titles import title_numbered_lines
from notes_extract.segment.run_gaps import title_run_gaps
from notes_extract.segment.run_in_titles import title_run_in_paragraphs
from notes_extract.segment.scribe_recaps import without_scribe_recaps
from notes_extract.segment.sentence_items import title_sentence_items
from notes_extract.segment.wrapped_lines import join_wrapped_lines
from notes_extract.warning_codes import warning


def build_record(doc: Document, data: bytes, *, source_name: str | None,
                 meeting_number: tuple[int, int] | None = None, deadline: Deadline | None = None,
                 split_at: str = "date lines", entry_date: FoundDate | None = None,
                 day_first: bool | None = None, names_in_log: frozenset[str] = frozenset()) -> MinutesRecord:
    """The record of the one meeting ``doc`` holds (meeting ``n`` of ``total``
    in a meeting log when ``meeting_number`` is given, split at ``split_at``, its entry dated
    ``entry_date``, its numeric dates read in the log's ``day_first`` order, ``names_in_log`` the
    names the whole log writes, see `log_names`)."""
    doc, attachment_warning = without_attachment(doc)
    marked_headings = marks_headings(doc.blocks)  # the file's own headings, before the passes make more
    doc.blocks = split_attendance_sentences(cut_inline_bullets(cut_inline_caps_headings(title_run_gaps(
        title_numbered_body(title_sentence_items(title_caps_run_ins(unflatten_items(title_numbered_lines(title_run_in_paragraphs(
            title_numbered_minutes(unstopped_caps_titles(number_minute_refs(colon_after_bold_labels(
            values_under_form_labels(read_meetbot_summary(without_scribe_recaps(unwrap_chat_logs(read_meetbot_log(
                number_first_outline_items(join_wrapped_lines(read_chat_headers(doc.blocks))))))))))))))))))))))
    doc.blocks = title_grouped_items(doc.blocks, doc.format)  # after the passes that make numbered items headings
    texts = [b.text for b in doc.blocks]
    segments = segment(doc.blocks, marked_headings=marked_headings)
    fold_arising_parts(segments)  # "2. Matters Arising" over "Internet Security", "Boundary Issue": its points
    attendance = extract_attendance(segments)
    roster = roster_of(attendance)
    day_first = infer_day_first("\n".join(texts)) if day_first is None else day_first
    meeting, meeting_warnings = extract_meeting(doc, segments, attendance, roster, day_first=day_first,
                                                source_name=source_name or "", entry_date=entry_date,
                                                in_log=meeting_number is not None)
    ctx = Context(roster=roster, meeting_date=dt.date.fromisoformat(meeting.date) if meeting.date else None,
                  day_first=day_first,
                  names=proper_nouns(_written_lines(doc.blocks)) | action_owner_names(segments) | names_in_log)
    reading = read_sections(segments, ctx, attendance, deadline=deadline, source_name=source_name)
    decisions = extract_decisions(segments, ctx, section_decisions=reading.decisions)
    actions = extract_actions(segments, ctx, section_drafts=reading.drafts, updates=reading.updates,
                              sections=reading.sections)
    reattached([*actions, *decisions], reading.sections)  # raised under a heading the record does not keep

    warnings = list(doc.warnings)
    if meeting_number:
        warnings.append(warning("meeting-of-log", "Meeting {} of {} in this document, which was split at its {}."
                                .format(*meeting_number, split_at)))
    warnings += meeting_warnings + ([attachment_warning] if attachment_warning else [])
    if not attendance.present and not attendance.apologies:
        warnings.append(warning("no-attendance", "No attendance list was found."))
    if not reading.sections:
        warnings.append(warning("no-sections", "No discussion sections were found."))
    if segments.turns:
        warnings.append(warning("speaker-turns",
                                f"{segments.turns} speaker turns were read as points of their sections."))
    # (a log's entries name the next entry's meeting, which is no announcement of this one's)
    next_meeting = extract_next_meeting(doc, segments, ctx) or \
        (mentioned_next_meeting(texts) if meeting_number is None else None)
    date_next_meeting_dues(actions, next_meeting)
    return MinutesRecord(
        source=Source(path=source_name, format=doc.format,  # type: ignore[arg-type]
                      sha256=hashlib.sha256(data).hexdigest(), pages=doc.pages,
                      ocr_pages=doc.ocr_pages or None, meeting_index=meeting_number[0] if meeting_number else 1,
                      meeting_count=meeting_number[1] if meeting_number else 1),
        meeting=meeting,
        attendance=attendance,
        actions=actions,
        decisions=decisions,
        sections=reading.sections,
        declarations_of_interest=declarations(reading.declared, texts),
        next_meeting=next_meeting,
        warnings=[str(message) for message in warnings],
        notices=notices_for(warnings),
    )


_WORD = lazy_compile(r"[\w'’-]+")


def _written_lines(blocks: list[Block]) -> list[str]:
    """The document's texts as written: a table's cells line by line, so that one line's last word
    and the next line's first do not read as a sentence ("... sensors Doable Have to ...")."""
    return [line for b in blocks for line in
            ([cell_line for row in b.rows for cell in row for cell_line in cell.splitlines()] if b.rows else [b.text])]


def log_names(blocks: list[Block]) -> frozenset[str]:
    """The names a whole log writes as names (capitalised mid-sentence, never in lower case), for each of
    its meetings: an entry may give "Fabien will ..." and name him mid-sentence only in another entry."""
    lines = _written_lines(blocks)
    lower_case = {word for line in lines for word in _WORD.findall(line) if word.islower()}
    return frozenset(name for name in proper_nouns(lines) | _listed_attendees(lines) if name.lower() not in lower_case)


def _listed_attendees(lines: list[str]) -> set[str]:
    """The words of the names any entry lists as its attendance ("Attendees: Ann, Bo, Cy"): a person
    absent from one meeting still owns "Cy to draft the proposal" there."""
    found: set[str] = set()
    for line in lines:
        label = attendance_label(line.strip())
        if label is None or not label.after_colon:
            continue
        people = split_people(label.rest.strip().rstrip("."))
        if people and all_names(people):
            found.update(word for person in people for word in _WORD.findall(person) if word[:1].isupper())
    return found
