"""What the log-splitting helpers (`log_entries`, `log_styles`, `log_odd_dates`, `log_titles`,
`log_mixed`, `log_guards`) know of an entry's opening: `meetings._Start` as a protocol, so the
helpers need not import `meetings` (which imports them)."""

from __future__ import annotations

from typing import Protocol, TypeVar

from notes_extract.dates import FoundDate


class LogStart(Protocol):
    """A block that may open a log entry (see `meetings._Start`)."""

    @property
    def index(self) -> int: ...
    @property
    def date(self) -> FoundDate | None: ...
    @property
    def key(self) -> str: ...
    @property
    def numbered(self) -> bool: ...
    @property
    def shape(self) -> tuple[object, ...]: ...
    @property
    def split_at(self) -> str: ...


StartT = TypeVar("StartT", bound=LogStart)
