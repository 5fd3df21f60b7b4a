"""What every extractor needs to know about the meeting being read."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from notes_extract.dates import find_dates
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import Roster
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import WEEKDAYS

_WEEKDAY = lazy_compile(rf"\b(?:on|by|next|this)\s+({any_of(WEEKDAYS)})\b", re.I)


@dataclass(frozen=True)
class Context:
    roster: Roster
    meeting_date: dt.date | None
    day_first: bool
    # Capitalised words used as names somewhere in the document (see nlp.proper_nouns).
    names: frozenset[str] = frozenset()

    def dates_in(self, text: str) -> list[tuple[str | None, str]]:
        """(ISO date, text) of each date in ``text``; a missing year comes from
        the meeting, moved to the next year when that would put a deadline
        well before the meeting ("31 Jan" at a December meeting)."""
        year = self.meeting_date.year if self.meeting_date else None
        out: list[tuple[str | None, str]] = []
        for found in find_dates(text, day_first=self.day_first, default_year=year):
            iso = found.date
            if iso and not found.has_year and self.meeting_date:
                date = dt.date.fromisoformat(iso)
                if (self.meeting_date - date).days > 60:
                    try:
                        iso = date.replace(year=date.year + 1).isoformat()
                    except ValueError:  # 29 February
                        iso = None
            out.append((iso, found.text))
        if self.meeting_date and (m := _WEEKDAY.search(text)):
            # "on Saturday": the first such day after the meeting
            ahead = (WEEKDAYS.index(m.group(1).lower()) - self.meeting_date.weekday() - 1) % 7 + 1
            out.append(((self.meeting_date + dt.timedelta(days=ahead)).isoformat(), m.group(0)))
        return out
