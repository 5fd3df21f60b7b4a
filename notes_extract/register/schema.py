"""The register's SQLite schema, its version, and opening a database file.

The schema is documented in the README ("The register"); `SCHEMA_VERSION` is stored in the
`meta` table. A database of an older version is migrated by the steps in `_MIGRATIONS`; one
without a `meta` table, or of a newer version, is refused with `RegisterError`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from notes_extract.errors import NotesExtractError

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE origins (
    path TEXT PRIMARY KEY,            -- the record file (or document) the meetings were read from
    sha256 TEXT NOT NULL              -- of its bytes when read: unchanged files are skipped
);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    source_sha256 TEXT NOT NULL,
    meeting_index INTEGER NOT NULL,   -- 1-based position of the meeting in its source document
    source_path TEXT,
    origin_path TEXT NOT NULL REFERENCES origins(path) ON DELETE CASCADE,
    series TEXT NOT NULL,             -- normalised title: meetings of one body
    title TEXT, date TEXT, start_time TEXT, end_time TEXT, location TEXT, chair TEXT, minute_taker TEXT,
    UNIQUE (source_sha256, meeting_index)
);
CREATE INDEX meetings_series ON meetings (series, date);
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    attendance TEXT NOT NULL,         -- the record's group: present, absent, in_attendance, ...
    role TEXT, text TEXT
);
CREATE INDEX attendance_person ON attendance (person_id);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, title TEXT NOT NULL, kind TEXT, presenter TEXT
);
CREATE TABLE points (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL, level INTEGER, kind TEXT
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, ref TEXT, text TEXT NOT NULL, owners TEXT,
    due_date TEXT, due_text TEXT, status TEXT, status_text TEXT, origin TEXT, section TEXT
);
CREATE TABLE action_owners (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    text TEXT
);
CREATE INDEX action_owners_person ON action_owners (person_id);
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT, section TEXT, proposer TEXT, seconder TEXT,
    outcome TEXT, votes_for INTEGER, votes_against INTEGER, votes_abstain INTEGER
);
CREATE TABLE threads (
    id TEXT PRIMARY KEY,              -- stable: from the raising meeting's source sha256, index and position
    series TEXT NOT NULL,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,  -- where it was raised
    status TEXT NOT NULL,             -- current: the last mention's status, else the raised one
    last_meeting_id INTEGER NOT NULL  -- the meeting of its last mention (or where it was raised)
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    thread_id TEXT REFERENCES threads(id) ON DELETE CASCADE,  -- NULL: a mention no thread matched
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    action_id INTEGER REFERENCES actions(id) ON DELETE CASCADE,
    point_id INTEGER REFERENCES points(id) ON DELETE CASCADE,
    text TEXT NOT NULL, status TEXT, status_text TEXT, similarity REAL
);
CREATE INDEX mentions_thread ON mentions (thread_id);
CREATE VIRTUAL TABLE search USING fts5 (
    text, kind UNINDEXED, item_id UNINDEXED, meeting_id UNINDEXED, section UNINDEXED,
    tokenize = 'porter unicode61'
);
-- search rows of meeting M have rowids M * 1000000 + n: a meeting's rows go with it
CREATE TRIGGER meetings_unsearch AFTER DELETE ON meetings BEGIN
    DELETE FROM search WHERE rowid BETWEEN old.id * 1000000 AND old.id * 1000000 + 999999;
END;
"""


class RegisterError(NotesExtractError):
    """The register database cannot be used (another schema version, not a register, locked)."""

    code = "register-error"
    exit_status = 14


# version → the SQL that brings a database of that version to the next one.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def open_register(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """The register at ``path``: created when missing (``create``), migrated when older, refused
    (`RegisterError`) when it is not a register or is newer than this version of the tool."""
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise RegisterError("no such register (run `notes-extract register SRC --db FILE` first)", source=str(path))
    try:
        conn = sqlite3.connect(path)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise RegisterError(f"not a register database ({exc})", source=str(path)) from exc
    if not tables:
        with conn:
            conn.executescript(DDL)
            conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        return conn
    if "meta" not in tables:
        conn.close()
        raise RegisterError("not a notes-extract register (no meta table); use a new --db file", source=str(path))
    _bring_up_to_date(conn, path)
    return conn


def _bring_up_to_date(conn: sqlite3.Connection, path: Path) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row and str(row[0]).isdigit() else 0
    if version > SCHEMA_VERSION:
        conn.close()
        raise RegisterError(f"register schema version {version} is newer than this notes-extract reads "
                            f"({SCHEMA_VERSION}); upgrade notes-extract", source=str(path))
    while version < SCHEMA_VERSION:
        migrate = _MIGRATIONS.get(version)
        if migrate is None:
            conn.close()
            raise RegisterError(f"register schema version {version} cannot be migrated to {SCHEMA_VERSION}; "
                                "register the records again into a new --db file", source=str(path))
        with conn:
            migrate(conn)
            version += 1
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
