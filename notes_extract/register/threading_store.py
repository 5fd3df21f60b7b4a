"""Threading a series again: read its meetings from the register, thread them, store the result."""

from __future__ import annotations

import hashlib
import re
import sqlite3

from rapidfuzz import fuzz

from notes_extract.register.threads import Item, SeriesMeeting, point_status, thread_series

# Kinds of agenda item whose points review earlier actions ("Matters arising", "Review of actions").
REVIEW_SECTION_KINDS = ("action_review",)
# A point this close (rapidfuzz token-set ratio) to an action of its meeting is that action's line, not a mention.
SAME_ITEM_SIMILARITY = 95
# The record's origin of an action listed as carried from an earlier meeting.
PREVIOUS_MEETING = "previous_meeting"


def thread_id_of(source_sha256: str, meeting_index: int, position: int) -> str:
    """A thread's id: stable across runs, from where its action was raised."""
    return hashlib.sha256(f"{source_sha256}:{meeting_index}:{position}".encode()).hexdigest()[:10]


def topic_of(title: str | None) -> str | None:
    """An agenda item's title as compared across meetings: lower-case words only."""
    words = re.findall(r"[^\W\d_]+", (title or "").lower())
    return " ".join(words) or None


def rethread(conn: sqlite3.Connection, series_names: list[str]) -> None:
    for series in series_names:
        conn.execute("DELETE FROM mentions WHERE meeting_id IN (SELECT id FROM meetings WHERE series = ?)", (series,))
        conn.execute("DELETE FROM threads WHERE series = ?", (series,))
        meetings, raised_at = _series_meetings(conn, series)
        threads, unmatched = thread_series(meetings, lambda item, ids=raised_at: ids[item.action_id or 0])
        for thread in threads:
            conn.execute("INSERT INTO threads VALUES (?, ?, ?, ?, ?)",
                         (thread.id, series, thread.raised.action_id, thread.status, thread.last_meeting_id))
            for mention in thread.mentions:
                _insert_mention(conn, thread.id, mention.item, mention.status, mention.similarity)
        for mention in unmatched:
            _insert_mention(conn, None, mention.item, mention.status, None)


def _insert_mention(conn: sqlite3.Connection, thread_id: str | None, item: Item, status: str | None,
                    similarity: float | None) -> None:
    conn.execute("INSERT INTO mentions (thread_id, meeting_id, action_id, point_id, text, status, status_text, "
                 "similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (thread_id, item.meeting_id, item.action_id, item.point_id, item.text, status, item.status_text,
                  similarity))


def _series_meetings(conn: sqlite3.Connection, series: str) -> tuple[list[SeriesMeeting], dict[int, str]]:
    """The series' meetings in date order (undated ones last), with their actions and review points,
    and the thread id each action would raise."""
    rows = conn.execute("SELECT id, date FROM meetings WHERE series = ? "
                        "ORDER BY date IS NULL, date, source_path, meeting_index, id", (series,)).fetchall()
    meetings = {row["id"]: SeriesMeeting(row["id"], row["date"] is not None, [], []) for row in rows}
    raised_at: dict[int, str] = {}
    for row in conn.execute(
            "SELECT a.id, a.meeting_id, a.text, a.owners, a.status, a.status_text, a.origin, a.section, a.position, "
            "m.source_sha256, "
            "m.meeting_index FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.series = ? "
            "ORDER BY a.meeting_id, a.position", (series,)):
        owners = tuple(o for o in (row["owners"] or "").split("; ") if o)
        meetings[row["meeting_id"]].actions.append(
            Item(row["meeting_id"], row["text"], owners, row["status"], row["status_text"], action_id=row["id"],
                 reports=bool(row["status_text"]) or row["origin"] == PREVIOUS_MEETING,
                 section=topic_of(row["section"])))
        raised_at[row["id"]] = thread_id_of(row["source_sha256"], row["meeting_index"], row["position"])
    for row in conn.execute(
            "SELECT p.id, p.meeting_id, p.text, s.kind, s.title FROM points p JOIN sections s ON s.id = p.section_id "
            "JOIN meetings m ON m.id = p.meeting_id WHERE m.series = ? AND p.kind = 'point' "
            "ORDER BY p.meeting_id, s.position, p.position", (series,)):
        review = row["kind"] in REVIEW_SECTION_KINDS
        item = Item(row["meeting_id"], row["text"], (), point_status(row["text"]), None, point_id=row["id"],
                    reports=True, section=topic_of(row["title"]), review=review)
        meeting = meetings[row["meeting_id"]]
        if not any(fuzz.token_set_ratio(action.text, item.text) >= SAME_ITEM_SIMILARITY for action in meeting.actions):
            (meeting.review_points if review else meeting.topic_points).append(item)
    return list(meetings.values()), raised_at
