"""notes-extract: meeting minutes (.docx, .pdf, .txt, .md) into validated JSON records.

    >>> from notes_extract import extract
    >>> record = extract("samples/allies-group-2025-07-02.docx")
    >>> record.meeting.date
    '2025-07-02'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from notes_extract.errors import (
    CorruptDocumentError,
    DocumentTimeoutError,
    EmptyDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    NotesExtractError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from notes_extract.limits import Limits

if TYPE_CHECKING:
    from notes_extract.api import extract, extract_all, extract_text
    from notes_extract.batch import extract_many
    from notes_extract.models import (
        SCHEMA_VERSION,
        Action,
        Attendance,
        Attendee,
        Decision,
        Due,
        Meeting,
        MinutesRecord,
        NextMeeting,
        Notice,
        Owner,
        Point,
        Section,
        Source,
        Votes,
    )

# Names imported on first use, so that `notes-extract --help` does not load the extraction modules.
_LAZY = {
    **dict.fromkeys(("extract", "extract_all", "extract_text"), "notes_extract.api"),
    "extract_many": "notes_extract.batch",
    **dict.fromkeys(
        ("SCHEMA_VERSION", "Action", "Attendance", "Attendee", "Decision", "Due", "Meeting", "MinutesRecord",
         "NextMeeting", "Notice", "Owner", "Point", "Section", "Source", "Votes"),
        "notes_extract.models",
    ),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'notes_extract' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "Attendance",
    "Attendee",
    "CorruptDocumentError",
    "Decision",
    "DocumentTimeoutError",
    "Due",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "LimitExceededError",
    "Limits",
    "Meeting",
    "MinutesRecord",
    "NextMeeting",
    "NotesExtractError",
    "Notice",
    "Owner",
    "Point",
    "Section",
    "Source",
    "SourceNotFoundError",
    "UnsupportedFormatError",
    "Votes",
    "__version__",
    "extract",
    "extract_all",
    "extract_many",
    "extract_text",
]
