"""A template's action line filled in with its brackets kept: "- [ ] [Task] - [Owner] - [Due]" becomes
"[Find a roomba] - [Everyone] - [Completed]". Each column is read without its brackets, as the line
"Find a roomba - Everyone - Completed" would be: the task, who does it, when."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile

# Two to four dash-separated columns, each wrapped in square brackets ("[Draft the report] - [Ana]").
_BRACKETED_COLUMNS = lazy_compile(r"^\[[^\[\]]+\](?:\s+[-–—]\s+\[[^\[\]]+\]){1,3}\s*\.?$")
_COLUMN_DASH = lazy_compile(r"\s+[-–—]\s+")


def unbracketed_columns(text: str) -> str:
    """``text`` with its bracketed columns unwrapped ("[Task] - [Ann] - [Friday]" → "Task - Ann - Friday");
    any other line as it is."""
    stripped = text.strip()
    if not _BRACKETED_COLUMNS.match(stripped):
        return text
    return " - ".join(part.strip().rstrip(".").strip()[1:-1].strip() for part in _COLUMN_DASH.split(stripped))
