"""Questions the register answers: action threads, full-text search, one person's record."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from notes_extract.register.threads import CLOSED_STATUSES
from notes_extract.tables import ATTENDANCE_GROUPS

# Rows `search` returns unless told otherwise.
SEARCH_LIMIT = 50
# Attendance groups that mean the person was there.
ATTENDED_GROUPS = (ATTENDANCE_GROUPS[0], ATTENDANCE_GROUPS[3])  # present, in_attendance
EXCUSED_GROUP = ATTENDANCE_GROUPS[1]


def actions(conn: sqlite3.Connection, *, open_only: bool = False, owner: str | None = None,
            body: str | None = None, since: str | None = None) -> list[dict[str, Any]]:
    """Action threads, oldest first: owner, action, raised, due, status, last_seen, body, id and mentions.

    ``open_only`` keeps threads not done or cancelled; ``owner`` and ``body`` match part of an
    owner's name or of the series (case-insensitive); ``since`` keeps threads raised on or after
    an ISO date."""
    where, params = [], []
    if open_only:
        where.append(f"t.status NOT IN ({','.join('?' * len(CLOSED_STATUSES))})")
        params.extend(CLOSED_STATUSES)
    if owner:
        where.append("a.owners LIKE ?")
        params.append(f"%{owner}%")
    if body:
        where.append("(t.series LIKE ? OR m.title LIKE ?)")
        params.extend([f"%{body}%", f"%{body}%"])
    if since:
        where.append("m.date >= ?")
        params.append(since)
    rows = conn.execute(
        "SELECT t.id, t.series, t.status, a.text, a.owners, a.due_date, a.due_text, m.date AS raised, "
        "m.title, m.source_path, last.date AS last_seen FROM threads t JOIN actions a ON a.id = t.action_id "
        "JOIN meetings m ON m.id = a.meeting_id JOIN meetings last ON last.id = t.last_meeting_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY m.date IS NULL, m.date, m.id, a.position", params).fetchall()
    return [{"id": r["id"], "owner": r["owners"] or "", "action": r["text"], "raised": r["raised"],
             "due": r["due_date"] or r["due_text"], "status": r["status"], "last_seen": r["last_seen"],
             "body": r["series"], "meeting": r["title"], "source": r["source_path"],
             "mentions": _mentions(conn, r["id"])} for r in rows]


def _mentions(conn: sqlite3.Connection, thread_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT m.date, m.title AS meeting, x.text, x.status, x.status_text, x.similarity, "
        "CASE WHEN x.action_id IS NULL THEN 'point' ELSE 'action' END AS kind FROM mentions x "
        "JOIN meetings m ON m.id = x.meeting_id WHERE x.thread_id = ? ORDER BY m.date, m.id", (thread_id,))]


def unmatched_mentions(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Review points ("Matters arising") that no action thread matched."""
    return [dict(r) for r in conn.execute(
        "SELECT m.date, m.title AS meeting, m.series AS body, x.text, x.status FROM mentions x "
        "JOIN meetings m ON m.id = x.meeting_id WHERE x.thread_id IS NULL ORDER BY m.date, m.id, x.id")]


def fts_query(words: str) -> str:
    """The user's words as an FTS5 query of quoted terms (all must occur), so punctuation is no syntax."""
    terms = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", words)
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def search(conn: sqlite3.Connection, words: str, *, limit: int = SEARCH_LIMIT) -> list[dict[str, Any]]:
    """Points, actions and decisions holding all of ``words`` (stemmed), best match first."""
    query = fts_query(words)
    if not query:
        return []
    return [dict(r) for r in conn.execute(
        "SELECT m.title AS meeting, m.date, s.section, s.kind, s.text FROM search s "
        "JOIN meetings m ON m.id = s.meeting_id WHERE search MATCH ? ORDER BY bm25(search), m.date LIMIT ?",
        (query, limit))]


def person(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    """The people whose name holds ``name`` ("Caunce" finds "J. Caunce" too): the meetings each
    attended, sent apologies to, and the action threads each owns."""
    found = conn.execute("SELECT id, name FROM people WHERE name LIKE ? ORDER BY name", (f"%{name}%",)).fetchall()
    people = []
    for row in found:
        people.append({
            "name": row["name"],
            "attended": _meetings_of(conn, row["id"], ATTENDED_GROUPS),
            EXCUSED_GROUP: _meetings_of(conn, row["id"], (EXCUSED_GROUP,)),
            "actions": [dict(r) for r in conn.execute(
                "SELECT t.id, a.text AS action, m.date AS raised, t.status, m.series AS body FROM threads t "
                "JOIN actions a ON a.id = t.action_id JOIN meetings m ON m.id = a.meeting_id "
                "JOIN action_owners o ON o.action_id = a.id WHERE o.person_id = ? ORDER BY m.date", (row["id"],))],
        })
    return {"query": name, "people": people}


def _meetings_of(conn: sqlite3.Connection, person_id: int, groups: tuple[str, ...]) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT DISTINCT m.date, m.title AS meeting, at.role FROM attendance at "
        "JOIN meetings m ON m.id = at.meeting_id "
        f"WHERE at.person_id = ? AND at.attendance IN ({','.join('?' * len(groups))}) ORDER BY m.date",
        (person_id, *groups))]
