"""A raw MeetBot log ("[15:00:02] <ann> #startmeeting team" ... "<ann> #endmeeting"): the meeting's facts
are in the log itself, where the bot's own summary would have printed them.

The nick who starts the meeting chairs it; the stamps of "#startmeeting" and "#endmeeting" are when it
opened and closed; the bot's answer ("Meeting started Wed Mar 11 15:00:02 2026 UTC") or a stamp with
the day gives the date; everyone who said something, the bot aside, was there (MeetBot's own "People
present" list is exactly that). Each fact is written as the label line typed minutes use ("Chair: ann",
"Meeting started at: 15:00", "Present: ann, bo"), before the log, unless the document has that line
already; the chat-log pass then reads the commands in the log as usual.
"""

from __future__ import annotations

import re

from notes_extract.chat_lines import ChatLine, chat_line
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import attendance_label, is_role_line

_START = lazy_compile(r"^#startmeeting\b", re.I)
_END = lazy_compile(r"^#endmeeting\b", re.I)
# "Meeting started Wed Mar 11 15:00:02 2026 UTC.": the bot's answer, which carries the day.
_BOT_STARTED = lazy_compile(r"^Meeting started\s+(?:[A-Z][a-z]{2}\s+)?(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2})\s+"
                            r"\d{1,2}:\d{2}(?::\d{2})?\s+(?P<year>\d{4})\b")
# The bot's own lines ("Meeting started ...", "Meeting ended ...", "Minutes: http://..."): not a person.
_BOT_LINE = lazy_compile(r"^(?:Meeting (?:started|ended)\b|Minutes(?: \(text\))?:|Log:)", re.I)
_CLOCK = lazy_compile(r"(?P<h>\d{1,2}):(?P<m>\d{2})")
_STAMP_DAY = lazy_compile(r"\d{4}-\d{2}-\d{2}")
_DATE_LABEL = lazy_compile(r"^\W*Date\s*:", re.I)
_MEETING_LABEL = lazy_compile(r"^\W*Meeting\s*:", re.I)


def _clock(stamp: str) -> str | None:
    m = _CLOCK.search(stamp)
    return f"{int(m['h']):02d}:{m['m']}" if m else None


def _date(lines: list[ChatLine]) -> str | None:
    for line in lines:
        if m := _BOT_STARTED.match(line.text):
            return f"{m['day']} {m['month']} {m['year']}"
    return next((m[0] for line in lines if (m := _STAMP_DAY.search(line.stamp))), None)


def read_meetbot_log(blocks: list[Block]) -> list[Block]:
    """The blocks with a raw MeetBot log's facts written as label lines before it; the blocks
    themselves when no "#startmeeting" opens a log."""
    lines = [(n, line) for n, b in enumerate(blocks) if b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
             and (line := chat_line(b.text)) is not None and line.marked and not line.event]
    start = next(((n, line) for n, line in lines if _START.match(line.text)), None)
    if start is None:
        return blocks
    said = [line for _, line in lines]
    bots = {line.nick for line in said if _BOT_LINE.match(line.text)}
    end = next((line for _, line in lines if _END.match(line.text)), None)
    above = blocks[:start[0]]
    facts: list[str] = []
    if not any(_DATE_LABEL.match(b.text) for b in above) and (day := _date(said)):
        facts.append(f"Date: {day}")
    if (opened := _clock(start[1].stamp)) is not None:
        facts.append(f"Meeting started at: {opened}")
    if end is not None and (closed := _clock(end.stamp)) is not None:
        facts.append(f"Meeting ended at: {closed}")
    # "#startmeeting IRC team": the meeting's name, the title a typed page would carry
    if (name := _START.sub("", start[1].text).strip()) and not any(_MEETING_LABEL.match(b.text) for b in above):
        facts.append(f"Meeting: {name}")
    if not any(is_role_line(b.text) for b in above):
        facts.append(f"Chair: {start[1].nick}")
    people = list(dict.fromkeys(line.nick for line in said if line.nick not in bots))
    if people and not any(attendance_label(b.text) for b in above):
        facts.append(f"Present: {', '.join(people)}")
    first = blocks[start[0]]
    # before the log's first message, keeping its index: the facts a title block would give
    return [*above, *(Block(BlockKind.PARAGRAPH, text, index=first.index, page=first.page) for text in facts),
            *blocks[start[0]:]]
