"""The catalogue of warning codes: every warning a record can carry, code → meaning.

A record keeps ``warnings`` as the list of messages (the record contract,
version 1) and gives the same warnings with their codes in ``notices``
(``{"code": "date-from-file-name", "message": ...}``), so a program can act on
a warning without parsing its words. Codes are stable: a message's wording
may change, its code does not.

Code that warns calls `warning(code, message)`: the message it returns is a
``str`` (it goes into the same lists as before) that remembers its code, and
an unknown code fails at once. `notice_code` reads the code back when the
record is built.
"""

from __future__ import annotations

WARNING_CODES: dict[str, str] = {
    # the file and its bytes
    "mislabelled-file": "the file name's extension promises another format than the content has",
    "encoding-guessed": "the text is not UTF-8 and was decoded as Windows-1252 or Latin-1",
    "invalid-bytes-replaced": "bytes invalid in the file's declared encoding were replaced",
    "long-paragraph-split": "a runaway line or paragraph was cut into shorter paragraphs",
    "embedded-document-skipped": "a document embedded in a .docx (altChunk) was not read",
    "properties-unreadable": "the document properties (title, date) could not be read",
    "text-only-conversion": "the document was read as text only, without a converter: tables may be lost",
    "page-unreadable": "a PDF page could not be read and was left out",
    "no-text-layer": "the PDF holds no text: it may be scanned images",
    "pages-need-ocr": "pages without a text layer were not read because OCR is off or not installed",
    "read-by-ocr": "pages were read by OCR, with their mean confidence: names and figures may be wrong",
    # the meeting
    "meeting-of-log": "the record is one of several meetings a log document was split into",
    "entry-date-unread": "a log entry's heading looks like a date that could not be read; it was kept apart, undated",
    "first-of-several": "extract() returned the first of several meetings; extract_all() gives all",
    "date-from-file-name": "the meeting date is not in the text and was taken from the file name",
    "no-meeting-date": "no meeting date was found",
    "no-attendance": "no list of who attended (or sent their excuses) was found",
    "no-sections": "no discussion sections were found",
    "attachment-not-read": "a document attached after the meeting's close (its own title and date) was left out",
    "speaker-turns": "speaker turns (dialogue minutes) were read as points of their sections",
    # the fallback for a message given without a code: a bug to report, never intended
    "unclassified": "a warning without a code of its own",
}

UNCLASSIFIED = "unclassified"


class CodedMessage(str):
    """A warning's message that remembers its catalogue code (``.code``)."""

    code: str

    def __new__(cls, code: str, message: str) -> CodedMessage:
        if code not in WARNING_CODES:
            raise KeyError(f"warning code {code!r} is not in notes_extract.warning_codes.WARNING_CODES")
        text = super().__new__(cls, message)
        text.code = code
        return text

    def __reduce__(self) -> tuple[type[CodedMessage], tuple[str, str]]:  # survives pickling to workers
        return CodedMessage, (self.code, str(self))


def warning(code: str, message: str) -> str:
    """The warning ``message`` with its catalogue ``code``; a code not in `WARNING_CODES` raises KeyError."""
    return CodedMessage(code, message)


def notice_code(message: str) -> str:
    """The code of a warning made by `warning`; `UNCLASSIFIED` for a plain string."""
    return getattr(message, "code", UNCLASSIFIED)
