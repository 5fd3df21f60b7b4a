"""Writing one meeting's record into the register's tables (and its text into the search index)."""

from __future__ import annotations

import sqlite3
from typing import Any

from notes_extract.record_files import LoadedRecord
from notes_extract.tables import ATTENDANCE_GROUPS

# Search-index rows of meeting M have rowids M * SEARCH_ROWS_PER_MEETING + n (see the schema's trigger).
SEARCH_ROWS_PER_MEETING = 1_000_000


class _SearchRows:
    """Numbers a meeting's rows in the full-text index."""

    def __init__(self, conn: sqlite3.Connection, meeting_id: int) -> None:
        self.conn, self.meeting_id, self.count = conn, meeting_id, 0

    def add(self, text: str, kind: str, item_id: int, section: str | None) -> None:
        self.count += 1
        self.conn.execute("INSERT INTO search (rowid, text, kind, item_id, meeting_id, section) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          (self.meeting_id * SEARCH_ROWS_PER_MEETING + self.count, text, kind, item_id,
                           self.meeting_id, section))


def person_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    return int(conn.execute("INSERT INTO people (name) VALUES (?)", (name,)).lastrowid or 0)


def store_record(conn: sqlite3.Connection, loaded: LoadedRecord, origin: str, series: str) -> int:
    """Insert one meeting with everything it holds; returns its id."""
    record = loaded.record
    meeting = record.get("meeting") or {}
    cursor = conn.execute(
        "INSERT INTO meetings (source_sha256, meeting_index, source_path, origin_path, series, title, date, "
        "start_time, end_time, location, chair, minute_taker) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (loaded.source_sha256, loaded.meeting_index, (record.get("source") or {}).get("path"), origin, series,
         *(meeting.get(f) for f in ("title", "date", "start_time", "end_time", "location", "chair", "minute_taker"))))
    meeting_id = int(cursor.lastrowid or 0)
    search = _SearchRows(conn, meeting_id)
    _store_attendance(conn, meeting_id, record.get("attendance") or {})
    _store_sections(conn, meeting_id, record.get("sections", []), search)
    _store_actions(conn, meeting_id, record.get("actions", []), search)
    _store_decisions(conn, meeting_id, record.get("decisions", []), search)
    return meeting_id


def _store_attendance(conn: sqlite3.Connection, meeting_id: int, attendance: dict[str, Any]) -> None:
    for group in ATTENDANCE_GROUPS:
        for person in attendance.get(group, []):
            conn.execute("INSERT INTO attendance VALUES (?, ?, ?, ?, ?)",
                         (meeting_id, person_id(conn, person["name"]), group, person.get("role"), person.get("text")))


def _store_sections(conn: sqlite3.Connection, meeting_id: int, sections: list[dict[str, Any]],
                    search: _SearchRows) -> None:
    for position, section in enumerate(sections, start=1):
        section_id = conn.execute(
            "INSERT INTO sections (meeting_id, position, title, kind, presenter) VALUES (?, ?, ?, ?, ?)",
            (meeting_id, position, section["title"], section.get("kind"), section.get("presenter"))).lastrowid
        for number, point in enumerate(section.get("points", []), start=1):
            point_id = conn.execute(
                "INSERT INTO points (section_id, meeting_id, position, text, level, kind) VALUES (?, ?, ?, ?, ?, ?)",
                (section_id, meeting_id, number, point["text"], point.get("level"), point.get("kind"))).lastrowid
            search.add(point["text"], "point", int(point_id or 0), section["title"])


def _store_actions(conn: sqlite3.Connection, meeting_id: int, actions: list[dict[str, Any]],
                   search: _SearchRows) -> None:
    for position, action in enumerate(actions, start=1):
        due = action.get("due") or {}
        owners = action.get("owners", [])
        action_id = int(conn.execute(
            "INSERT INTO actions (meeting_id, position, ref, text, owners, due_date, due_text, status, status_text, "
            "origin, section) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (meeting_id, position, action.get("ref"), action["text"], "; ".join(o["name"] for o in owners),
             due.get("date"), due.get("text"), action.get("status"), action.get("status_text"), action.get("origin"),
             action.get("section"))).lastrowid or 0)
        for owner in owners:
            conn.execute("INSERT INTO action_owners VALUES (?, ?, ?)",
                         (action_id, person_id(conn, owner["name"]), owner.get("text")))
        search.add(action["text"], "action", action_id, action.get("section"))


def _store_decisions(conn: sqlite3.Connection, meeting_id: int, decisions: list[dict[str, Any]],
                     search: _SearchRows) -> None:
    for position, decision in enumerate(decisions, start=1):
        votes = decision.get("votes") or {}
        decision_id = conn.execute(
            "INSERT INTO decisions (meeting_id, position, text, kind, section, proposer, seconder, outcome, "
            "votes_for, votes_against, votes_abstain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (meeting_id, position, decision["text"], decision.get("kind"), decision.get("section"),
             decision.get("proposer"), decision.get("seconder"), decision.get("outcome"), votes.get("for"),
             votes.get("against"), votes.get("abstain"))).lastrowid
        search.add(decision["text"], "decision", int(decision_id or 0), decision.get("section"))
