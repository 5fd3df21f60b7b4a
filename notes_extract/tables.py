"""Records as flat tables for spreadsheets: one row per action, decision, attendee, meeting or section.

`rows(kind, records)` gives the rows as dicts of text in `COLUMNS[kind]` order; `write_table`
writes them as CSV (RFC 4180, the csv module's quoting), TSV, JSON Lines or a Markdown table.
Cells a spreadsheet would run as a formula are escaped in CSV and TSV.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from notes_extract.models import Attendance, MinutesRecord

# The attendance groups of the record, in its order (present, apologies, absent, in_attendance).
ATTENDANCE_GROUPS: tuple[str, ...] = tuple(Attendance.model_fields)
MEETING_COLUMNS = ("meeting_date", "meeting_title", "source")
COLUMNS: dict[str, tuple[str, ...]] = {
    "actions": (*MEETING_COLUMNS, "ref", "action", "owners", "due", "due_text", "status", "status_text",
                "origin", "section"),
    "decisions": (*MEETING_COLUMNS, "section", "decision", "kind", "outcome", "proposer", "seconder",
                  "votes_for", "votes_against", "votes_abstain"),
    "attendance": (*MEETING_COLUMNS, "name", "attendance", "role", "text"),
    "meetings": (*MEETING_COLUMNS, "start_time", "end_time", "location", "chair", "minute_taker",
                 *ATTENDANCE_GROUPS, "actions", "decisions", "sections", "next_meeting"),
    "sections": (*MEETING_COLUMNS, "number", "section", "kind", "presenter", "points"),
}
TABLE_KINDS = tuple(COLUMNS)
FORMATS = ("csv", "tsv", "jsonl", "markdown")
# A cell starting with one of these runs as a formula in Excel, LibreOffice and Google Sheets
# (OWASP "CSV injection"); a leading single quote makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Several owners, or a section's points, in one cell.
OWNER_SEPARATOR = "; "
POINT_SEPARATOR = "\n"

Row = dict[str, str]


def rows(kind: str, records: Iterable[MinutesRecord | dict[str, Any]]) -> Iterator[Row]:
    """One row per item of ``kind`` ("actions", "decisions", "attendance", "meetings", "sections")
    over ``records`` (models or their JSON as dicts), each a dict of text in `COLUMNS[kind]` order."""
    if kind not in COLUMNS:
        raise ValueError(f"unknown table {kind!r}: choose one of {', '.join(TABLE_KINDS)}")
    row_maker = _ROW_MAKERS[kind]
    for record in records:
        data = record.model_dump(mode="json", by_alias=True) if isinstance(record, MinutesRecord) else record
        meeting = data.get("meeting") or {}
        base = {"meeting_date": _text(meeting.get("date")), "meeting_title": _text(meeting.get("title")),
                "source": _text((data.get("source") or {}).get("path"))}
        for values in row_maker(data):
            row = {**base, **values}
            yield {column: row.get(column, "") for column in COLUMNS[kind]}


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _action_rows(data: dict[str, Any]) -> Iterator[Row]:
    for action in data.get("actions", []):
        due = action.get("due") or {}
        yield {"ref": _text(action.get("ref")), "action": action["text"],
               "owners": OWNER_SEPARATOR.join(o["name"] for o in action.get("owners", [])),
               "due": _text(due.get("date") or due.get("text")), "due_text": _text(due.get("text")),
               "status": _text(action.get("status")), "status_text": _text(action.get("status_text")),
               "origin": _text(action.get("origin")), "section": _text(action.get("section"))}


def _decision_rows(data: dict[str, Any]) -> Iterator[Row]:
    for decision in data.get("decisions", []):
        votes = decision.get("votes") or {}
        yield {"section": _text(decision.get("section")), "decision": decision["text"],
               "kind": _text(decision.get("kind")), "outcome": _text(decision.get("outcome")),
               "proposer": _text(decision.get("proposer")), "seconder": _text(decision.get("seconder")),
               "votes_for": _text(votes.get("for")), "votes_against": _text(votes.get("against")),
               "votes_abstain": _text(votes.get("abstain"))}


def _attendance_rows(data: dict[str, Any]) -> Iterator[Row]:
    attendance = data.get("attendance") or {}
    for group in ATTENDANCE_GROUPS:
        for person in attendance.get(group, []):
            yield {"name": person["name"], "attendance": group, "role": _text(person.get("role")),
                   "text": _text(person.get("text"))}


def _meeting_rows(data: dict[str, Any]) -> Iterator[Row]:
    meeting = data.get("meeting") or {}
    attendance = data.get("attendance") or {}
    row = {field: _text(meeting.get(field)) for field in ("start_time", "end_time", "location", "chair",
                                                          "minute_taker")}
    row.update({group: str(len(attendance.get(group, []))) for group in ATTENDANCE_GROUPS})
    row.update({part: str(len(data.get(part, []))) for part in ("actions", "decisions", "sections")})
    next_meeting = data.get("next_meeting") or {}
    row["next_meeting"] = _text(next_meeting.get("date") or next_meeting.get("text"))
    yield row


def _section_rows(data: dict[str, Any]) -> Iterator[Row]:
    for number, section in enumerate(data.get("sections", []), start=1):
        yield {"number": str(number), "section": section["title"], "kind": _text(section.get("kind")),
               "presenter": _text(section.get("presenter")),
               "points": POINT_SEPARATOR.join(p["text"] for p in section.get("points", []))}


_ROW_MAKERS = {"actions": _action_rows, "decisions": _decision_rows, "attendance": _attendance_rows,
               "meetings": _meeting_rows, "sections": _section_rows}


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never as a formula: "=SUM(A1)" → "'=SUM(A1)"."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_table(table_rows: Iterable[Row], kind: str, stream: IO[str], fmt: str = "csv") -> int:
    """Write ``table_rows`` (from `rows`) to a text stream in ``fmt``; returns the number of rows.

    Open a CSV/TSV file with ``newline=""`` (the csv module writes RFC 4180 CRLF line ends) and
    ``encoding="utf-8-sig"`` for Excel."""
    columns = COLUMNS[kind]
    count = 0
    if fmt in ("csv", "tsv"):
        writer = csv.writer(stream, dialect="excel" if fmt == "csv" else "excel-tab")
        writer.writerow(columns)
        for row in table_rows:
            writer.writerow([safe_cell(row[c]) for c in columns])
            count += 1
    elif fmt == "jsonl":
        for row in table_rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "markdown":
        stream.write("| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n")
        for row in table_rows:
            stream.write("| " + " | ".join(_markdown_cell(row[c]) for c in columns) + " |\n")
            count += 1
    else:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return count


def _markdown_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")
